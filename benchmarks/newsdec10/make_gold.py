"""Write gold/*.json for the newsdec10 set (same format and rules as ../newsdev).

Seven articles written in the 2026-12-02 (fifth) session, for a tenth first-run estimate:
Renesas's completed takeover of Altium (a wire story), Tata Motors' offer for Iveco (Indian
business press), Novonesis (a question-and-answer explainer), AMD's sale of ZT Systems'
factories to Sanmina (a brief with a reporting line), Xero's purchase of Melio (a press
release as a web page), Lenovo's purchase of Infinidat (a wire story) and Nippon Paint's
purchase of AOC (a brief). The gold was committed before the extractor first ran on them.
The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "p1_board_software.txt": {
        "companies": ["Renesas Electronics|Renesas", "Altium|Protel", "Australian Securities Exchange",
                      "Intersil", "Integrated Device Technology", "Dialog Semiconductor",
                      "Cadence Design Systems", "Siemens"],
        "people": ["Hidetoshi Shibata", "Aram Mirkazemi", "Nick Martin"],
        "relations": """
Renesas Electronics | ACQUIRED | Altium | completed | amount=9100000000 currency=AUD
Altium | SUBSIDIARY_OF | Renesas Electronics | current
Hidetoshi Shibata | LEADS | Renesas Electronics | current | role=CEO
Aram Mirkazemi | LEADS | Altium | current | role=CEO
Renesas Electronics | ACQUIRED | Intersil | completed | date=2017
Renesas Electronics | ACQUIRED | Integrated Device Technology | completed | date=2019
Renesas Electronics | ACQUIRED | Dialog Semiconductor | completed | date=2021
Nick Martin | FOUNDED | Altium | completed | date=1985
Altium | COMPETES_WITH | Cadence Design Systems | current
Altium | COMPETES_WITH | Siemens | current
""",
    },
    "p2_truck_offer.txt": {
        "companies": ["Tata Motors", "Iveco Group|Iveco", "Jaguar Land Rover|JLR", "Ford", "IDV", "Leonardo",
                      "Exor", "Daimler Truck", "Volvo", "Traton"],
        "people": ["N Chandrasekaran", "Olof Persson"],
        "relations": """
Tata Motors | ACQUIRED | Iveco Group | planned | amount=3800000000 currency=EUR
Iveco Group | SUBSIDIARY_OF | Tata Motors | planned?
Tata Motors | ACQUIRED | Jaguar Land Rover | completed | date=2008 seller=Ford
Jaguar Land Rover | SUBSIDIARY_OF | Tata Motors | current?
Jaguar Land Rover | SUBSIDIARY_OF | Ford | former?
Leonardo | ACQUIRED | IDV | planned | amount=1700000000 currency=EUR seller=Iveco Group
IDV | SUBSIDIARY_OF | Iveco Group | current
IDV | SUBSIDIARY_OF | Leonardo | planned?
Exor | INVESTED_IN | Iveco Group | current | stake_pct=27
N Chandrasekaran | LEADS | Tata Motors | current | role=chairman
Olof Persson | LEADS | Iveco Group | current | role=CEO
Tata Motors | COMPETES_WITH | Daimler Truck | current
Tata Motors | COMPETES_WITH | Volvo | current
Tata Motors | COMPETES_WITH | Traton | current
""",
    },
    "p3_enzyme_explainer.txt": {
        "companies": ["Novonesis|Novozymes", "Chr. Hansen", "Novo Holdings", "Novo Nordisk Foundation",
                      "Novo Nordisk", "DSM-Firmenich", "Feed Enzyme Alliance",
                      "International Flavors & Fragrances"],
        "people": ["Ester Baiget", "Mauricio Graber"],
        "relations": """
Chr. Hansen | MERGED_INTO | Novonesis | completed | date=2024-01
Ester Baiget | LEADS | Novonesis | current | role=CEO
Mauricio Graber | LEADS | Chr. Hansen | former
Novo Holdings | INVESTED_IN | Novonesis | current
Novo Holdings | SUBSIDIARY_OF | Novo Nordisk Foundation | current
Novo Nordisk | SUBSIDIARY_OF | Novo Nordisk Foundation | current
Novonesis | ACQUIRED | Feed Enzyme Alliance | planned | date=2025-02 amount=1500000000 currency=EUR seller=DSM-Firmenich
DSM-Firmenich | INVESTED_IN | Feed Enzyme Alliance | current?
Novonesis | INVESTED_IN | Feed Enzyme Alliance | current?
Novonesis | COMPETES_WITH | International Flavors & Fragrances | current
Novonesis | COMPETES_WITH | DSM-Firmenich | current
""",
    },
    "p4_rack_factories.txt": {
        "companies": ["AMD|Advanced Micro Devices", "ZT Systems|ZT", "Sanmina", "Nvidia"],
        "people": ["Frank Zhang", "Doug Huang", "Forrest Norrod", "Jure Sola", "Lisa Su"],
        "relations": """
AMD | ACQUIRED | ZT Systems | completed | amount=4900000000 currency=USD
ZT Systems | SUBSIDIARY_OF | AMD | current
Sanmina | ACQUIRED | ZT Systems | planned? | amount=3000000000 currency=USD seller=AMD
Frank Zhang | FOUNDED | ZT Systems | completed | date=1994
Doug Huang | LEADS | ZT Systems | current | role=president
Doug Huang | WORKS_FOR | AMD | current
Doug Huang | REPORTS_TO | Forrest Norrod | current
Forrest Norrod | WORKS_FOR | AMD | current
Jure Sola | LEADS | Sanmina | current | role=CEO
Lisa Su | LEADS | AMD | current | role=CEO
AMD | COMPETES_WITH | Nvidia | current
""",
    },
    "p5_payments_release.html": {
        "companies": ["Xero", "Melio", "Intuit", "QuickBooks"],
        "people": ["Matan Bar", "Ilan Atias", "Sukhinder Singh Cassidy"],
        "relations": """
Xero | ACQUIRED | Melio | planned | amount=2500000000 currency=USD
Melio | SUBSIDIARY_OF | Xero | planned
Matan Bar | FOUNDED | Melio | completed | date=2018
Ilan Atias | FOUNDED | Melio | completed | date=2018
Matan Bar | LEADS | Melio | current | role=CEO
Sukhinder Singh Cassidy | LEADS | Xero | current | role=CEO
Xero | COMPETES_WITH | QuickBooks | current
Xero | COMPETES_WITH | Intuit | current?
QuickBooks | SUBSIDIARY_OF | Intuit | current
""",
    },
    "p6_storage_deal.txt": {
        "companies": ["Lenovo Group|Lenovo", "Infinidat", "Infrastructure Solutions Group", "EMC",
                      "Dell Technologies", "NetApp", "Pure Storage", "Motorola Mobility", "Google"],
        "people": ["Kirk Skaugen", "Phil Bullinger", "Moshe Yanai", "Yang Yuanqing"],
        "relations": """
Lenovo Group | ACQUIRED | Infinidat | planned
Infinidat | SUBSIDIARY_OF | Infrastructure Solutions Group | planned
Infinidat | SUBSIDIARY_OF | Lenovo Group | planned?
Infrastructure Solutions Group | SUBSIDIARY_OF | Lenovo Group | current
Kirk Skaugen | LEADS | Infrastructure Solutions Group | current | role=president
Kirk Skaugen | WORKS_FOR | Lenovo Group | current?
Phil Bullinger | LEADS | Infinidat | current | role=CEO
Moshe Yanai | FOUNDED | Infinidat | completed | date=2011
Moshe Yanai | WORKS_FOR | EMC | former?
Lenovo Group | COMPETES_WITH | Dell Technologies | current
Lenovo Group | COMPETES_WITH | NetApp | current
Lenovo Group | COMPETES_WITH | Pure Storage | current
Yang Yuanqing | LEADS | Lenovo Group | current | role=chairman
Lenovo Group | ACQUIRED | Motorola Mobility | completed | date=2014 seller=Google
Motorola Mobility | SUBSIDIARY_OF | Lenovo Group | current?
Motorola Mobility | SUBSIDIARY_OF | Google | former?
""",
    },
    "p7_paint_resins.txt": {
        "companies": ["Nippon Paint Holdings|Nippon Paint", "AOC", "Lone Star Funds", "DuluxGroup",
                      "Cromology", "Wuthelam Holdings", "Sherwin-Williams", "PPG Industries", "AkzoNobel"],
        "people": ["Goh Hup Jin", "Wee Siew Kim", "Yuichiro Wakatsuki"],
        "relations": """
Nippon Paint Holdings | ACQUIRED | AOC | planned | amount=2300000000 currency=USD seller=Lone Star Funds
AOC | SUBSIDIARY_OF | Lone Star Funds | current?
AOC | SUBSIDIARY_OF | Nippon Paint Holdings | planned?
Nippon Paint Holdings | ACQUIRED | DuluxGroup | completed | date=2019
Nippon Paint Holdings | ACQUIRED | Cromology | completed | date=2022
DuluxGroup | SUBSIDIARY_OF | Nippon Paint Holdings | current?
Cromology | SUBSIDIARY_OF | Nippon Paint Holdings | current?
Nippon Paint Holdings | SUBSIDIARY_OF | Wuthelam Holdings | current
Goh Hup Jin | LEADS | Wuthelam Holdings | current?
Goh Hup Jin | LEADS | Nippon Paint Holdings | current | role=chairman
Wee Siew Kim | LEADS | Nippon Paint Holdings | current | role=co-president date=2021
Yuichiro Wakatsuki | LEADS | Nippon Paint Holdings | current | role=co-president date=2021
Nippon Paint Holdings | COMPETES_WITH | Sherwin-Williams | current
Nippon Paint Holdings | COMPETES_WITH | PPG Industries | current
Nippon Paint Holdings | COMPETES_WITH | AkzoNobel | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
