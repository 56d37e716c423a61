"""Write gold/*.json for the newsdec6 set (same format and rules as ../newsdev).

Seven articles written in the 2026-12-02 (second) session, after the newsdec5 round, for a
sixth first-run estimate: the Electronic Arts buyout, Keurig Dr Pepper/JDE Peet's (a press
release), Thoma Bravo/Dayforce (a bulleted brief), the Anglo American-Teck merger, the
Holcim/Amrize spin-off (a web page with menus), the reported Qualcomm approach to Intel
(unconfirmed) and Samsung Biologics' split (a translated question-and-answer piece). The
gold was committed before the extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "n1_games_buyout.txt": {
        "companies": ["Electronic Arts|EA", "Public Investment Fund|PIF", "Silver Lake", "Affinity Partners",
                      "JPMorgan Chase", "Respawn Entertainment", "Take-Two Interactive", "Ubisoft", "Microsoft",
                      "Activision Blizzard"],
        "people": ["Jared Kushner", "Andrew Wilson"],
        "relations": """
Public Investment Fund | ACQUIRED | Electronic Arts | planned | amount=55000000000 currency=USD
Silver Lake | ACQUIRED | Electronic Arts | planned | amount=55000000000 currency=USD
Affinity Partners | ACQUIRED | Electronic Arts | planned | amount=55000000000 currency=USD
Public Investment Fund | INVESTED_IN | Electronic Arts | current
Jared Kushner | FOUNDED | Affinity Partners | completed
Andrew Wilson | LEADS | Electronic Arts | current | role=CEO
Electronic Arts | ACQUIRED | Respawn Entertainment | completed | date=2017
Respawn Entertainment | SUBSIDIARY_OF | Electronic Arts | current
Electronic Arts | COMPETES_WITH | Take-Two Interactive | current
Electronic Arts | COMPETES_WITH | Ubisoft | current
Electronic Arts | COMPETES_WITH | Activision Blizzard | current
Activision Blizzard | SUBSIDIARY_OF | Microsoft | current
Electronic Arts | COMPETES_WITH | Microsoft | current?
""",
    },
    "n2_coffee_deal.txt": {
        "companies": ["Keurig Dr Pepper|KDP", "JDE Peet's", "Jacobs", "L'OR", "Peet's", "Beverage Co.",
                      "Global Coffee Co.", "JAB Holding|JAB", "Nestlé", "Starbucks"],
        "people": ["Tim Cofer", "Sudhanshu Priyadarshi"],
        "relations": """
Keurig Dr Pepper | ACQUIRED | JDE Peet's | planned | amount=15700000000 currency=EUR
Jacobs | SUBSIDIARY_OF | JDE Peet's | current
L'OR | SUBSIDIARY_OF | JDE Peet's | current
Peet's | SUBSIDIARY_OF | JDE Peet's | current
Beverage Co. | SUBSIDIARY_OF | Keurig Dr Pepper | planned?
Global Coffee Co. | SUBSIDIARY_OF | Keurig Dr Pepper | planned?
Tim Cofer | LEADS | Keurig Dr Pepper | current | role=CEO
Tim Cofer | LEADS | Beverage Co. | planned | role=CEO
Sudhanshu Priyadarshi | WORKS_FOR | Keurig Dr Pepper | current
Sudhanshu Priyadarshi | LEADS | Keurig Dr Pepper | current? | role=CFO
Sudhanshu Priyadarshi | LEADS | Global Coffee Co. | planned
JDE Peet's | SUBSIDIARY_OF | JAB Holding | current
JAB Holding | INVESTED_IN | Keurig Dr Pepper | current
Global Coffee Co. | COMPETES_WITH | Nestlé | planned?
Global Coffee Co. | COMPETES_WITH | Starbucks | planned?
Keurig Dr Pepper | COMPETES_WITH | Nestlé | planned?
Keurig Dr Pepper | COMPETES_WITH | Starbucks | planned?
""",
    },
    "n3_payroll_buyout.txt": {
        "companies": ["Thoma Bravo", "Dayforce", "Abu Dhabi Investment Authority", "Workday", "ADP", "Darktrace"],
        "people": ["David Ossip"],
        "relations": """
Thoma Bravo | ACQUIRED | Dayforce | planned | amount=12300000000 currency=USD
Abu Dhabi Investment Authority | INVESTED_IN | Dayforce | planned
David Ossip | FOUNDED | Dayforce | completed
David Ossip | LEADS | Dayforce | current | role=chairman
Dayforce | COMPETES_WITH | Workday | current
Dayforce | COMPETES_WITH | ADP | current
Thoma Bravo | ACQUIRED | Darktrace | completed | date=2024 amount=5300000000 currency=USD
""",
    },
    "n4_miners_merge.txt": {
        "companies": ["Anglo American|Anglo", "Teck Resources|Teck", "Anglo Teck", "BHP", "De Beers",
                      "Valterra Platinum", "Glencore", "Rio Tinto", "Freeport-McMoRan"],
        "people": ["Duncan Wanblad|Wanblad", "Jonathan Price"],
        "relations": """
Anglo American | MERGED_INTO | Anglo Teck | planned
Teck Resources | MERGED_INTO | Anglo Teck | planned
Anglo American | MERGED_INTO | Teck Resources | planned?
Teck Resources | MERGED_INTO | Anglo American | planned?
BHP | ACQUIRED | Anglo American | planned?
Duncan Wanblad | LEADS | Anglo American | current | role=CEO
Duncan Wanblad | LEADS | Anglo Teck | planned | role=CEO
Jonathan Price | LEADS | Teck Resources | current | role=CEO
Jonathan Price | WORKS_FOR | Anglo Teck | planned?
Jonathan Price | LEADS | Anglo Teck | planned? | role=deputy CEO
De Beers | SUBSIDIARY_OF | Anglo American | current
Valterra Platinum | SUBSIDIARY_OF | Anglo American | former
Anglo Teck | COMPETES_WITH | BHP | planned
Anglo Teck | COMPETES_WITH | Rio Tinto | planned
Anglo Teck | COMPETES_WITH | Freeport-McMoRan | planned
""",
    },
    "n5_cement_spinoff.txt": {
        "companies": ["Holcim", "Amrize", "CRH", "Heidelberg Materials"],
        "people": ["Jan Jenisch", "Miljan Gutovic"],
        "relations": """
Amrize | SUBSIDIARY_OF | Holcim | former
Jan Jenisch | LEADS | Holcim | former | role=CEO
Jan Jenisch | LEADS | Amrize | current | role=chairman
Miljan Gutovic | LEADS | Holcim | current
Amrize | COMPETES_WITH | CRH | current
Amrize | COMPETES_WITH | Heidelberg Materials | current
""",
    },
    "n6_chip_approach.txt": {
        "companies": ["Qualcomm", "Intel", "Intel Foundry", "Altera", "Apollo Global Management",
                      "Bloomberg News", "Nvidia", "AMD"],
        "people": ["Cristiano Amon", "Pat Gelsinger"],
        "relations": """
Qualcomm | ACQUIRED | Intel | rumored
Cristiano Amon | LEADS | Qualcomm | current | role=CEO
Pat Gelsinger | LEADS | Intel | current | role=CEO
Intel Foundry | SUBSIDIARY_OF | Intel | current
Altera | SUBSIDIARY_OF | Intel | current
Apollo Global Management | INVESTED_IN | Intel | rumored
Intel | COMPETES_WITH | Nvidia | current
Intel | COMPETES_WITH | AMD | current
""",
    },
    "n7_bio_split.txt": {
        "companies": ["Samsung Biologics", "Samsung Epis Holdings", "Samsung Bioepis", "Biogen", "Lonza",
                      "WuXi Biologics"],
        "people": ["John Rim", "Kim Kyung-ah"],
        "relations": """
Samsung Epis Holdings | SUBSIDIARY_OF | Samsung Biologics | planned?
Samsung Bioepis | SUBSIDIARY_OF | Samsung Epis Holdings | planned
Samsung Bioepis | SUBSIDIARY_OF | Samsung Biologics | current
Samsung Biologics | FOUNDED | Samsung Epis Holdings | planned?
Samsung Biologics | ACQUIRED | Samsung Bioepis | completed? | date=2022 amount=2300000000 currency=USD seller=Biogen
Biogen | INVESTED_IN | Samsung Bioepis | former
John Rim | LEADS | Samsung Biologics | current | role=CEO
Kim Kyung-ah | LEADS | Samsung Bioepis | current | role=president
Samsung Biologics | COMPETES_WITH | Lonza | current
Samsung Biologics | COMPETES_WITH | WuXi Biologics | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
