"""Write gold/*.json for the newsdec22 set (same format and rules as ../newsdev).

Five articles written in the 2026-12-03 (tenth) session, for a twenty-second first-run
estimate: Home Depot agreeing to buy SRS Distribution (a seller that had bought it from
another fund, a rival name ending in `'s`), Walmart agreeing to buy Vizio (a reporting line
that starts at closing), Albertsons ending its Kroger merger (an abandoned deal, rivals shared
by two companies), Hanwha completing its Daewoo Shipbuilding takeover (Korean names, `won`, a
rename) and SK Hynix finishing its purchase of Intel's flash business (a hedged merger talk).
The gold was committed before the extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "f1_roofing_supplier.txt": {
        "companies": ["The Home Depot Inc|Home Depot|The Home Depot", "SRS Distribution|SRS",
                      "Leonard Green & Partners|Leonard Green", "Lowe's", "Berkshire Partners",
                      "Beacon Roofing Supply", "ABC Supply"],
        "people": ["Dan Tinker|Tinker", "Ted Decker"],
        "relations": """
The Home Depot Inc | ACQUIRED | SRS Distribution | planned | amount=18250000000 currency=USD seller=Leonard Green & Partners
SRS Distribution | SUBSIDIARY_OF | The Home Depot Inc | planned
Leonard Green & Partners | ACQUIRED | SRS Distribution | completed | date=2018 seller=Berkshire Partners
SRS Distribution | SUBSIDIARY_OF | Leonard Green & Partners | current?
Dan Tinker | FOUNDED | SRS Distribution | completed | date=2008
Dan Tinker | LEADS | SRS Distribution | current | role=CEO
Ted Decker | LEADS | The Home Depot Inc | current | role=CEO
The Home Depot Inc | COMPETES_WITH | Lowe's | current
SRS Distribution | COMPETES_WITH | Beacon Roofing Supply | current
SRS Distribution | COMPETES_WITH | ABC Supply | current
Beacon Roofing Supply | COMPETES_WITH | ABC Supply | current?
""",
    },
    "f2_television_maker.txt": {
        "companies": ["Walmart Inc|Walmart", "Vizio Holding Corp|Vizio", "The Wall Street Journal|Wall Street Journal",
                      "Walmart Connect", "Samsung Electronics", "LG Electronics", "TCL", "Amazon", "Roku"],
        "people": ["William Wang|Wang", "Seth Dallaire"],
        "relations": """
Walmart Inc | ACQUIRED | Vizio Holding Corp | planned | amount=2300000000 currency=USD
Vizio Holding Corp | SUBSIDIARY_OF | Walmart Inc | planned?
William Wang | FOUNDED | Vizio Holding Corp | completed | date=2002
William Wang | LEADS | Vizio Holding Corp | current | role=CEO
William Wang | INVESTED_IN | Vizio Holding Corp | current?
William Wang | REPORTS_TO | Seth Dallaire | planned
Seth Dallaire | WORKS_FOR | Walmart Inc | current
Walmart Connect | SUBSIDIARY_OF | Walmart Inc | current
Walmart Connect | COMPETES_WITH | Amazon | current
Walmart Connect | COMPETES_WITH | Roku | current
Walmart Inc | COMPETES_WITH | Amazon | current?
Walmart Inc | COMPETES_WITH | Roku | current?
Vizio Holding Corp | COMPETES_WITH | Samsung Electronics | current
Vizio Holding Corp | COMPETES_WITH | LG Electronics | current
Vizio Holding Corp | COMPETES_WITH | TCL | current
""",
    },
    "f3_grocery_deal_collapse.txt": {
        "companies": ["Albertsons Cos|Albertsons", "Kroger Co|Kroger", "Federal Trade Commission",
                      "C&S Wholesale Grocers", "Safeway", "Vons", "Jewel-Osco", "Cerberus Capital Management",
                      "Walmart", "Costco", "Amazon"],
        "people": ["Vivek Sankaran", "Rodney McMullen"],
        "relations": """
Kroger Co | ACQUIRED | Albertsons Cos | planned? | date=2022-10 amount=24600000000 currency=USD
Albertsons Cos | MERGED_INTO | Kroger Co | planned?
Safeway | SUBSIDIARY_OF | Albertsons Cos | current
Vons | SUBSIDIARY_OF | Albertsons Cos | current
Jewel-Osco | SUBSIDIARY_OF | Albertsons Cos | current
Vivek Sankaran | LEADS | Albertsons Cos | current | role=CEO
Cerberus Capital Management | INVESTED_IN | Albertsons Cos | current
Rodney McMullen | LEADS | Kroger Co | current | role=CEO
Kroger Co | COMPETES_WITH | Walmart | current
Kroger Co | COMPETES_WITH | Costco | current
Kroger Co | COMPETES_WITH | Amazon | current
Albertsons Cos | COMPETES_WITH | Walmart | current
Albertsons Cos | COMPETES_WITH | Costco | current
Albertsons Cos | COMPETES_WITH | Amazon | current
Kroger Co | COMPETES_WITH | Albertsons Cos | current?
""",
    },
    "f4_shipbuilder_takeover.txt": {
        "companies": ["Hanwha Group|Hanwha", "Daewoo Shipbuilding & Marine Engineering|DSME|Hanwha Ocean",
                      "Korea Development Bank|KDB", "Hanwha Aerospace", "Hyundai Heavy Industries|Hyundai Heavy",
                      "European Union", "HD Korea Shipbuilding & Offshore Engineering", "Samsung Heavy Industries"],
        "people": ["Kwon Hyuk-woong"],
        "relations": """
Hanwha Group | ACQUIRED | Daewoo Shipbuilding & Marine Engineering | completed | amount=2000000000000 currency=KRW
Daewoo Shipbuilding & Marine Engineering | SUBSIDIARY_OF | Hanwha Group | current
Hanwha Aerospace | SUBSIDIARY_OF | Hanwha Group | current
Hanwha Aerospace | INVESTED_IN | Daewoo Shipbuilding & Marine Engineering | current?
Korea Development Bank | INVESTED_IN | Daewoo Shipbuilding & Marine Engineering | current
Daewoo Shipbuilding & Marine Engineering | SUBSIDIARY_OF | Korea Development Bank | former?
Kwon Hyuk-woong | LEADS | Daewoo Shipbuilding & Marine Engineering | current | role=CEO
Kwon Hyuk-woong | LEADS | Hanwha Group | current | role=vice chairman
Daewoo Shipbuilding & Marine Engineering | MERGED_INTO | Hyundai Heavy Industries | planned?
Hyundai Heavy Industries | ACQUIRED | Daewoo Shipbuilding & Marine Engineering | planned?
Hyundai Heavy Industries | SUBSIDIARY_OF | HD Korea Shipbuilding & Offshore Engineering | current
Daewoo Shipbuilding & Marine Engineering | COMPETES_WITH | HD Korea Shipbuilding & Offshore Engineering | current
Daewoo Shipbuilding & Marine Engineering | COMPETES_WITH | Samsung Heavy Industries | current
Daewoo Shipbuilding & Marine Engineering | COMPETES_WITH | Hyundai Heavy Industries | current?
""",
    },
    "f5_flash_memory.txt": {
        "companies": ["SK Hynix Inc|SK Hynix", "Solidigm", "Intel Corp|Intel", "Samsung Electronics", "Kioxia",
                      "Western Digital"],
        "people": ["Rob Crooke"],
        "relations": """
SK Hynix Inc | ACQUIRED | Solidigm | completed | amount=9000000000 currency=USD seller=Intel Corp
Solidigm | SUBSIDIARY_OF | SK Hynix Inc | current
Solidigm | SUBSIDIARY_OF | Intel Corp | former?
SK Hynix Inc | FOUNDED | Solidigm | completed? | date=2021
Rob Crooke | LEADS | Solidigm | former? | role=CEO
Rob Crooke | WORKS_FOR | Intel Corp | former
SK Hynix Inc | COMPETES_WITH | Samsung Electronics | current
SK Hynix Inc | COMPETES_WITH | Kioxia | current
SK Hynix Inc | COMPETES_WITH | Western Digital | current
Samsung Electronics | COMPETES_WITH | Kioxia | current?
Samsung Electronics | COMPETES_WITH | Western Digital | current?
Kioxia | MERGED_INTO | Western Digital | rumored?
SK Hynix Inc | INVESTED_IN | Kioxia | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
