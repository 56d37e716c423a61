"""Write gold/*.json for the newsdec14 set (same format and rules as ../newsdev).

Eight articles written in the 2026-12-02 (sixth) session, for a fourteenth first-run
estimate: Starbucks selling control of Starbucks China to Boyu Capital (a wire story),
Zalando/About You (translated German business press), Johnson & Johnson/Intra-Cellular
(a question-and-answer explainer), Qualcomm/Alphawave (British business press),
Omnicom/Interpublic (a wire story), Charter/Cox (a brief), Diageo's new chief executive
(a people move) and Seven & i selling York Holdings to Bain Capital (a translated wire
story). The gold was committed before the extractor first ran on them. The corporate
facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "t1_china_coffee.txt": {
        "companies": ["Starbucks|Starbucks Corp", "Starbucks China", "Boyu Capital", "Luckin Coffee",
                      "Cotti Coffee", "Chipotle Mexican Grill|Chipotle"],
        "people": ["Brian Niccol|Niccol", "Molly Liu"],
        "relations": """
Boyu Capital | ACQUIRED | Starbucks China | planned | stake_pct=60
Boyu Capital | INVESTED_IN | Starbucks China | planned? | stake_pct=60
Starbucks China | SUBSIDIARY_OF | Starbucks | current
Starbucks China | SUBSIDIARY_OF | Boyu Capital | planned?
Starbucks | INVESTED_IN | Starbucks China | planned? | stake_pct=40
Starbucks | COMPETES_WITH | Luckin Coffee | current
Starbucks | COMPETES_WITH | Cotti Coffee | current
Brian Niccol | LEADS | Starbucks | current | role=CEO
Brian Niccol | WORKS_FOR | Chipotle Mexican Grill | former?
Molly Liu | LEADS | Starbucks China | current | role=head
""",
    },
    "t2_fashion_platform.txt": {
        "companies": ["Zalando|Zalando SE", "About You|About You Holding SE", "European Commission",
                      "Otto Group", "Heartland", "Lounge by Zalando", "Shein", "Temu"],
        "people": ["Tarek Müller", "Robert Gentz"],
        "relations": """
Zalando | ACQUIRED | About You | completed | amount=1100000000 currency=EUR
About You | SUBSIDIARY_OF | Zalando | current?
Zalando | COMPETES_WITH | About You | former?
Otto Group | INVESTED_IN | About You | former
Heartland | INVESTED_IN | About You | former?
Tarek Müller | FOUNDED | About You | completed
Tarek Müller | LEADS | About You | current | role=co-CEO
Lounge by Zalando | SUBSIDIARY_OF | Zalando | current
Robert Gentz | FOUNDED | Zalando | completed | date=2008
Robert Gentz | LEADS | Zalando | current | role=CEO
Zalando | COMPETES_WITH | Shein | current
Zalando | COMPETES_WITH | Temu | current
About You | COMPETES_WITH | Shein | current
About You | COMPETES_WITH | Temu | current
""",
    },
    "t3_psychiatry_drug.txt": {
        "companies": ["Johnson & Johnson|J&J", "Intra-Cellular Therapies|Intra-Cellular",
                      "Rockefeller University", "AbbVie", "Otsuka"],
        "people": ["Sharon Mates", "Joaquin Duato"],
        "relations": """
Johnson & Johnson | ACQUIRED | Intra-Cellular Therapies | completed | date=2025-04-02 amount=14600000000 currency=USD
Intra-Cellular Therapies | SUBSIDIARY_OF | Johnson & Johnson | current
Sharon Mates | FOUNDED | Intra-Cellular Therapies | completed | date=2002
Sharon Mates | LEADS | Intra-Cellular Therapies | former | role=CEO
Johnson & Johnson | COMPETES_WITH | AbbVie | current
Johnson & Johnson | COMPETES_WITH | Otsuka | current
Intra-Cellular Therapies | COMPETES_WITH | AbbVie | current?
Intra-Cellular Therapies | COMPETES_WITH | Otsuka | current?
Joaquin Duato | LEADS | Johnson & Johnson | current | role=CEO date=2022
""",
    },
    "t4_chip_links.txt": {
        "companies": ["Qualcomm", "Alphawave IP Group|Alphawave", "Broadcom", "Marvell Technology"],
        "people": ["Tony Pialis", "Cristiano Amon"],
        "relations": """
Qualcomm | ACQUIRED | Alphawave IP Group | planned | amount=2400000000 currency=USD
Alphawave IP Group | SUBSIDIARY_OF | Qualcomm | planned?
Tony Pialis | FOUNDED | Alphawave IP Group | completed | date=2017
Tony Pialis | LEADS | Alphawave IP Group | current | role=CEO
Alphawave IP Group | COMPETES_WITH | Broadcom | current?
Alphawave IP Group | COMPETES_WITH | Marvell Technology | current?
Cristiano Amon | LEADS | Qualcomm | current | role=CEO
""",
    },
    "t5_ad_giants.txt": {
        "companies": ["Omnicom Group|Omnicom", "Interpublic Group|Interpublic", "WPP", "Publicis Groupe",
                      "Federal Trade Commission|U.S. Federal Trade Commission", "McCann", "Acxiom"],
        "people": ["John Wren", "Philippe Krakowsky", "Daryl Simm"],
        "relations": """
Omnicom Group | ACQUIRED | Interpublic Group | completed | amount=13250000000 currency=USD
Interpublic Group | SUBSIDIARY_OF | Omnicom Group | current
McCann | SUBSIDIARY_OF | Interpublic Group | current
Acxiom | SUBSIDIARY_OF | Interpublic Group | current
McCann | SUBSIDIARY_OF | Omnicom Group | current?
Acxiom | SUBSIDIARY_OF | Omnicom Group | current?
Omnicom Group | COMPETES_WITH | WPP | current
Omnicom Group | COMPETES_WITH | Publicis Groupe | current
John Wren | LEADS | Omnicom Group | current | role=CEO
Philippe Krakowsky | LEADS | Interpublic Group | current | role=CEO
Philippe Krakowsky | LEADS | Omnicom Group | current | role=co-president
Philippe Krakowsky | WORKS_FOR | Omnicom Group | current?
Daryl Simm | LEADS | Omnicom Group | current | role=co-president
Daryl Simm | WORKS_FOR | Omnicom Group | current?
""",
    },
    "t6_cable_merger.txt": {
        "companies": ["Charter Communications|Charter", "Cox Communications|Cox", "Cox Enterprises",
                      "Spectrum", "Comcast", "T-Mobile", "Verizon"],
        "people": ["Chris Winfrey", "Alex Taylor"],
        "relations": """
Charter Communications | MERGED_INTO | Cox Communications | planned?
Cox Communications | MERGED_INTO | Charter Communications | planned?
Charter Communications | ACQUIRED | Cox Communications | planned?
Cox Communications | SUBSIDIARY_OF | Cox Enterprises | current
Cox Enterprises | INVESTED_IN | Charter Communications | planned? | stake_pct=23
Cox Enterprises | INVESTED_IN | Cox Communications | planned? | stake_pct=23
Spectrum | SUBSIDIARY_OF | Charter Communications | current?
Spectrum | SUBSIDIARY_OF | Cox Communications | planned?
Chris Winfrey | LEADS | Charter Communications | current | role=CEO
Alex Taylor | LEADS | Cox Enterprises | current | role=chairman
Charter Communications | COMPETES_WITH | Comcast | current
Charter Communications | COMPETES_WITH | T-Mobile | current
Charter Communications | COMPETES_WITH | Verizon | current
Cox Communications | COMPETES_WITH | Comcast | current
Cox Communications | COMPETES_WITH | T-Mobile | current
Cox Communications | COMPETES_WITH | Verizon | current
""",
    },
    "t7_spirits_chief.txt": {
        "companies": ["Diageo", "Tesco", "Unilever", "Haleon", "GSK", "Pernod Ricard"],
        "people": ["Dave Lewis|Lewis", "Nik Jhangiani", "Debra Crew|Crew"],
        "relations": """
Dave Lewis | LEADS | Diageo | planned | role=CEO date=2026-01-01
Dave Lewis | LEADS | Tesco | former | role=head date=2014
Dave Lewis | WORKS_FOR | Unilever | former
Dave Lewis | WORKS_FOR | Tesco | former?
Dave Lewis | LEADS | Haleon | current | role=chairman
Haleon | SUBSIDIARY_OF | GSK | former?
Nik Jhangiani | WORKS_FOR | Diageo | current
Nik Jhangiani | LEADS | Diageo | current? | role=CFO
Debra Crew | LEADS | Diageo | former | date=2023
Diageo | COMPETES_WITH | Pernod Ricard | current
""",
    },
    "t8_superstore_sale.txt": {
        "companies": ["Seven & i Holdings|Seven & i", "York Holdings", "Bain Capital", "Ito-Yokado",
                      "7-Eleven", "Alimentation Couche-Tard|Couche-Tard", "York-Benimaru"],
        "people": ["Stephen Dacus", "Ryuichi Isaka|Isaka"],
        "relations": """
Bain Capital | ACQUIRED | York Holdings | planned | amount=814700000000 currency=JPY seller=Seven & i Holdings
York Holdings | SUBSIDIARY_OF | Seven & i Holdings | current
York Holdings | SUBSIDIARY_OF | Bain Capital | planned?
Ito-Yokado | SUBSIDIARY_OF | York Holdings | current
Ito-Yokado | SUBSIDIARY_OF | Seven & i Holdings | current?
York-Benimaru | SUBSIDIARY_OF | York Holdings | current
Seven & i Holdings | INVESTED_IN | York Holdings | planned
7-Eleven | SUBSIDIARY_OF | Seven & i Holdings | current
Alimentation Couche-Tard | ACQUIRED | Seven & i Holdings | planned?
Stephen Dacus | LEADS | Seven & i Holdings | planned | role=CEO
Stephen Dacus | WORKS_FOR | Seven & i Holdings | current?
Ryuichi Isaka | LEADS | Seven & i Holdings | current | role=president date=2016
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
