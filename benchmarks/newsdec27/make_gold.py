"""Write gold/*.json for the newsdec27 set (same format and rules as ../newsdev).

Five articles written in the 2026-12-04 (twelfth) session, for a twenty-seventh first-run
estimate: Aeon joining its drugstore arm Welcia with Tsuruha (a planned merger, a stake bought
from an activist fund), Continental's spin-off of Aumovio (a question-and-answer explainer, a
unit kept and one to be sold, a family holding), KKR's buyout of Topcon (a tender offer, a
minority co-investor, rivals with a parent), Citi selling a quarter of Banamex to Fernando
Chico Pardo (a planned chairman, an earlier rumoured bid) and Kohl's firing its chief executive
(an interim chief, careers at other retailers, a predecessor). The gold was committed before
the extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "k1_drugstore_merger.txt": {
        "companies": ["Aeon Co|Aeon", "Welcia Holdings|Welcia", "Tsuruha Holdings|Tsuruha",
                      "Oasis Management|Oasis", "Matsukiyo Cocokara & Co|Matsukiyo Cocokara", "Sugi Holdings"],
        "people": ["Akio Yoshida", "Jun Tsuruha"],
        "relations": """
Welcia Holdings | SUBSIDIARY_OF | Aeon Co | current
Aeon Co | INVESTED_IN | Welcia Holdings | current?
Welcia Holdings | MERGED_INTO | Tsuruha Holdings | planned
Welcia Holdings | COMPETES_WITH | Tsuruha Holdings | current
Aeon Co | COMPETES_WITH | Tsuruha Holdings | current?
Aeon Co | INVESTED_IN | Tsuruha Holdings | planned | stake_pct=26
Aeon Co | ACQUIRED | Tsuruha Holdings | planned?
Tsuruha Holdings | SUBSIDIARY_OF | Aeon Co | planned?
Oasis Management | INVESTED_IN | Tsuruha Holdings | current?
Akio Yoshida | LEADS | Aeon Co | current | role=president
Jun Tsuruha | LEADS | Tsuruha Holdings | current | role=president
Tsuruha Holdings | COMPETES_WITH | Matsukiyo Cocokara & Co | current?
Welcia Holdings | COMPETES_WITH | Matsukiyo Cocokara & Co | current?
Tsuruha Holdings | COMPETES_WITH | Sugi Holdings | current?
Welcia Holdings | COMPETES_WITH | Sugi Holdings | current?
""",
    },
    "k2_auto_spinoff.txt": {
        "companies": ["Continental AG|Continental", "Aumovio SE|Aumovio", "Frankfurt Stock Exchange", "ContiTech",
                      "IHO", "Bosch", "ZF Friedrichshafen", "Valeo"],
        "people": ["Philipp von Hirschheydt", "Christian Koetz"],
        "relations": """
Aumovio SE | SUBSIDIARY_OF | Continental AG | former
Philipp von Hirschheydt | LEADS | Aumovio SE | current | role=CEO
Philipp von Hirschheydt | WORKS_FOR | Continental AG | former?
ContiTech | SUBSIDIARY_OF | Continental AG | current
Christian Koetz | LEADS | Continental AG | current | role=CEO
IHO | INVESTED_IN | Continental AG | current?
IHO | INVESTED_IN | Aumovio SE | current?
Aumovio SE | COMPETES_WITH | Bosch | current
Aumovio SE | COMPETES_WITH | ZF Friedrichshafen | current
Aumovio SE | COMPETES_WITH | Valeo | current
""",
    },
    "k3_optics_buyout.txt": {
        "companies": ["Topcon Corp|Topcon", "KKR", "Japan Investment Corp|JIC", "Carl Zeiss", "Trimble",
                      "Leica Geosystems", "Hexagon", "ValueAct Capital"],
        "people": ["Takashi Eto"],
        "relations": """
KKR | ACQUIRED | Topcon Corp | planned | amount=2300000000 currency=USD
Japan Investment Corp | ACQUIRED | Topcon Corp | planned?
Japan Investment Corp | INVESTED_IN | Topcon Corp | planned
Topcon Corp | SUBSIDIARY_OF | KKR | planned?
Takashi Eto | LEADS | Topcon Corp | current | role=president
Topcon Corp | COMPETES_WITH | Carl Zeiss | current
Topcon Corp | COMPETES_WITH | Trimble | current
Topcon Corp | COMPETES_WITH | Leica Geosystems | current
Topcon Corp | COMPETES_WITH | Hexagon | current?
Leica Geosystems | SUBSIDIARY_OF | Hexagon | current
ValueAct Capital | INVESTED_IN | Topcon Corp | current | stake_pct=8
""",
    },
    "k4_bank_stake.txt": {
        "companies": ["Citigroup Inc|Citigroup|Citi", "Banamex", "Grupo Aeroportuario del Sureste|Asur",
                      "Grupo Mexico", "BBVA Mexico", "Banorte"],
        "people": ["Fernando Chico Pardo|Chico Pardo", "Manuel Romo", "Jane Fraser", "Germán Larrea"],
        "relations": """
Banamex | SUBSIDIARY_OF | Citigroup Inc | current
Fernando Chico Pardo | INVESTED_IN | Banamex | planned | stake_pct=25 amount=2300000000 currency=USD
Fernando Chico Pardo | FOUNDED | Grupo Aeroportuario del Sureste | completed
Fernando Chico Pardo | LEADS | Banamex | planned | role=chairman
Citigroup Inc | INVESTED_IN | Banamex | current?
Manuel Romo | LEADS | Banamex | current | role=CEO
Manuel Romo | REPORTS_TO | Jane Fraser | current?
Jane Fraser | LEADS | Citigroup Inc | current | role=CEO
Grupo Mexico | ACQUIRED | Banamex | rumored
Germán Larrea | INVESTED_IN | Grupo Mexico | current?
Germán Larrea | LEADS | Grupo Mexico | current?
Citigroup Inc | ACQUIRED | Banamex | completed | date=2001 amount=12500000000 currency=USD
Banamex | COMPETES_WITH | BBVA Mexico | current
Banamex | COMPETES_WITH | Banorte | current
""",
    },
    "k5_retailer_ceo.txt": {
        "companies": ["Kohl's Corp|Kohl's", "Walmart", "PepsiCo", "Michaels Cos|Michaels", "Sam's Club", "Macy's",
                      "TJX Cos|TJX", "Ross Stores"],
        "people": ["Ashley Buchanan|Buchanan", "Michael Bender|Bender", "Jill Timm", "Tom Kingsbury"],
        "relations": """
Ashley Buchanan | LEADS | Kohl's Corp | former | role=CEO
Michael Bender | LEADS | Kohl's Corp | current | role=chairman
Michael Bender | WORKS_FOR | Walmart | former
Michael Bender | WORKS_FOR | PepsiCo | former
Ashley Buchanan | LEADS | Michaels Cos | former
Ashley Buchanan | WORKS_FOR | Walmart | former
Ashley Buchanan | LEADS | Sam's Club | former?
Sam's Club | SUBSIDIARY_OF | Walmart | current
Kohl's Corp | COMPETES_WITH | Macy's | current
Kohl's Corp | COMPETES_WITH | TJX Cos | current
Kohl's Corp | COMPETES_WITH | Ross Stores | current
Jill Timm | WORKS_FOR | Kohl's Corp | current
Tom Kingsbury | LEADS | Kohl's Corp | former | role=CEO
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
