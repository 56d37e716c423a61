"""Write gold/*.json for the newsvaried set (same format and rules as ../newsdev).

Six news articles about other groups written in a deliberately different style from
the earlier sets (datelines with dates, dashes for asides, quotes from letters, fronted
clauses, 'As a result of ...', 'formally ...'): an Indian bank merger, a food group's
breakup, a Japanese display maker and its Taiwanese owner, a steel stake, AI stakes, a
Chinese supplier deal. Written after all tuning on the other sets; the gold was
committed before the extractor first ran on them. Analysts and their firms are
invented; the corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "v1_bank_merger.txt": {
        "companies": ["Housing Development Finance Corp|HDFC", "HDFC Bank", "HDFC Life",
                      "HDFC Asset Management Company|HDFC Asset Management", "ICICI Bank", "State Bank of India",
                      "Marine Drive Analytics"],
        "people": ["Sashidhar Jagdishan", "Deepak Parekh", "Rohan Mehta"],
        "relations": """
Housing Development Finance Corp | MERGED_INTO | HDFC Bank | completed
Sashidhar Jagdishan | LEADS | HDFC Bank | current | role=CEO
Housing Development Finance Corp | INVESTED_IN | HDFC Bank | former | stake_pct=21
Deepak Parekh | LEADS | Housing Development Finance Corp | former | role=chairman
HDFC Life | SUBSIDIARY_OF | HDFC Bank | current
HDFC Asset Management Company | SUBSIDIARY_OF | HDFC Bank | current
HDFC Bank | COMPETES_WITH | ICICI Bank | current
HDFC Bank | COMPETES_WITH | State Bank of India | current
Rohan Mehta | WORKS_FOR | Marine Drive Analytics | current
""",
    },
    "v2_food_split.txt": {
        "companies": ["Kraft Heinz", "Heinz", "Berkshire Hathaway", "3G Capital", "Kraft Foods Group",
                      "Global Taste Elevation Co.", "Philadelphia", "North American Grocery Co.", "Oscar Mayer",
                      "Lunchables", "Nestlé", "General Mills", "Allegheny Equity"],
        "people": ["Carlos Abrams-Rivera", "Megan Osei"],
        "relations": """
Heinz | SUBSIDIARY_OF | Berkshire Hathaway | former
Heinz | SUBSIDIARY_OF | 3G Capital | former
Heinz | MERGED_INTO | Kraft Heinz | completed?
Kraft Foods Group | MERGED_INTO | Kraft Heinz | completed?
Heinz | MERGED_INTO | Kraft Foods Group | completed?
Kraft Heinz | FOUNDED | Global Taste Elevation Co. | planned?
Kraft Heinz | FOUNDED | North American Grocery Co. | planned?
Heinz | SUBSIDIARY_OF | Global Taste Elevation Co. | planned?
Philadelphia | SUBSIDIARY_OF | Global Taste Elevation Co. | planned?
Oscar Mayer | SUBSIDIARY_OF | North American Grocery Co. | planned?
Lunchables | SUBSIDIARY_OF | North American Grocery Co. | planned?
Heinz | SUBSIDIARY_OF | Kraft Heinz | current?
Philadelphia | SUBSIDIARY_OF | Kraft Heinz | current?
Oscar Mayer | SUBSIDIARY_OF | Kraft Heinz | current?
Lunchables | SUBSIDIARY_OF | Kraft Heinz | current?
Carlos Abrams-Rivera | LEADS | Kraft Heinz | current | role=CEO
Carlos Abrams-Rivera | LEADS | North American Grocery Co. | planned
Berkshire Hathaway | INVESTED_IN | Kraft Heinz | current | stake_pct=27.5
3G Capital | INVESTED_IN | Kraft Heinz | former
Kraft Heinz | COMPETES_WITH | Nestlé | current
Kraft Heinz | COMPETES_WITH | General Mills | current
Megan Osei | WORKS_FOR | Allegheny Equity | current
""",
    },
    "v3_display_maker.txt": {
        "companies": ["Sharp", "Foxconn|Hon Hai Precision Industry|Hon Hai", "SoftBank Corp", "LG Display", "BOE Technology",
                      "Panasonic", "SoftBank Group", "OpenAI", "Arm", "Dojima Research"],
        "people": ["Masahiro Okitsu", "Young Liu", "Kenta Mori"],
        "relations": """
Sharp | SUBSIDIARY_OF | Foxconn | current
Foxconn | ACQUIRED | Sharp | completed | date=2016 amount=389000000000 currency=JPY stake_pct=66
Masahiro Okitsu | LEADS | Sharp | current | role=president
Masahiro Okitsu | WORKS_FOR | Foxconn | former?
Young Liu | LEADS | Foxconn | current | role=chairman
Sharp | COMPETES_WITH | LG Display | current
Sharp | COMPETES_WITH | BOE Technology | current
Sharp | COMPETES_WITH | Panasonic | current
SoftBank Corp | SUBSIDIARY_OF | SoftBank Group | current
SoftBank Group | INVESTED_IN | OpenAI | current
Arm | SUBSIDIARY_OF | SoftBank Group | current
Kenta Mori | WORKS_FOR | Dojima Research | current
""",
    },
    "v4_steel_stake.txt": {
        "companies": ["EP Corporate Group|EPCG", "Thyssenkrupp", "Thyssenkrupp Steel Europe", "TKMS", "ArcelorMittal",
                      "Salzgitter", "Ruhr Capital"],
        "people": ["Daniel Kretinsky|Kretinsky", "Miguel López", "Sigmar Gabriel", "Jonas Weber"],
        "relations": """
Daniel Kretinsky | INVESTED_IN | EP Corporate Group | current?
EP Corporate Group | INVESTED_IN | Thyssenkrupp Steel Europe | completed | stake_pct=20
Thyssenkrupp Steel Europe | SUBSIDIARY_OF | Thyssenkrupp | current
Miguel López | LEADS | Thyssenkrupp | current | role=CEO
TKMS | SUBSIDIARY_OF | Thyssenkrupp | current
Sigmar Gabriel | LEADS | Thyssenkrupp Steel Europe | former | role=chairman
Thyssenkrupp Steel Europe | COMPETES_WITH | ArcelorMittal | current
Thyssenkrupp Steel Europe | COMPETES_WITH | Salzgitter | current
Thyssenkrupp | COMPETES_WITH | ArcelorMittal | current?
Thyssenkrupp | COMPETES_WITH | Salzgitter | current?
Jonas Weber | WORKS_FOR | Ruhr Capital | current
""",
    },
    "v5_ai_stakes.txt": {
        "companies": ["Microsoft", "OpenAI", "SoftBank Group", "xAI", "Anthropic", "Amazon", "Google", "Gemini",
                      "Presidio Research"],
        "people": ["Sam Altman", "Elon Musk|Musk", "Greg Brockman", "Dario Amodei", "Laura Chen"],
        "relations": """
Microsoft | INVESTED_IN | OpenAI | current | stake_pct=27
Sam Altman | LEADS | OpenAI | current | role=CEO
Sam Altman | FOUNDED | OpenAI | completed | date=2015
Elon Musk | FOUNDED | OpenAI | completed | date=2015
Greg Brockman | FOUNDED | OpenAI | completed | date=2015
SoftBank Group | INVESTED_IN | OpenAI | current
Elon Musk | WORKS_FOR | OpenAI | former?
Elon Musk | LEADS | xAI | current
xAI | COMPETES_WITH | OpenAI | current
OpenAI | COMPETES_WITH | Anthropic | current
Amazon | INVESTED_IN | Anthropic | current
Google | INVESTED_IN | Anthropic | current
Gemini | SUBSIDIARY_OF | Google | current?
OpenAI | COMPETES_WITH | Gemini | current?
OpenAI | COMPETES_WITH | Google | current?
Dario Amodei | FOUNDED | Anthropic | completed | date=2021
Dario Amodei | LEADS | Anthropic | current | role=CEO
Dario Amodei | WORKS_FOR | OpenAI | former?
Laura Chen | WORKS_FOR | Presidio Research | current
""",
    },
    "v6_ev_supplier.txt": {
        "companies": ["BYD Electronic", "BYD", "Jabil", "Apple", "Tesla", "Geely", "Volkswagen", "Pearl River Securities"],
        "people": ["Wang Chuanfu", "Kenny Wilson", "Zhang Wei"],
        "relations": """
BYD Electronic | SUBSIDIARY_OF | BYD | current
Wang Chuanfu | FOUNDED | BYD | completed | date=1995
Wang Chuanfu | LEADS | BYD | current | role=chairman
BYD | COMPETES_WITH | Tesla | current
BYD | COMPETES_WITH | Geely | current
BYD | COMPETES_WITH | Volkswagen | current
Kenny Wilson | LEADS | Jabil | current | role=CEO
Zhang Wei | WORKS_FOR | Pearl River Securities | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
