"""Write gold/*.json for the newsdec4 set (same format and rules as ../newsdev).

Six articles written at the end of the 2026-12-02 session, after the newsdec3 round,
for a fourth first-run estimate: Nissan's new chief, Carrefour/NewPrinces, Krafton/ADK,
the Glencore-Rio Tinto approach (unconfirmed talks), Nokia/Infinera and a Haier profile.
The gold was committed before the extractor first ran on them. The corporate facts are
public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "g1_carmaker_chief.txt": {
        "companies": ["Nissan Motor|Nissan", "Honda", "Renault", "Foxconn", "Toyota", "BYD"],
        "people": ["Ivan Espinosa|Espinosa", "Makoto Uchida"],
        "relations": """
Ivan Espinosa | LEADS | Nissan Motor | planned | role=CEO
Makoto Uchida | LEADS | Nissan Motor | former
Ivan Espinosa | WORKS_FOR | Nissan Motor | current
Nissan Motor | MERGED_INTO | Honda | rumored?
Renault | INVESTED_IN | Nissan Motor | current
Foxconn | INVESTED_IN | Nissan Motor | rumored
Nissan Motor | COMPETES_WITH | Toyota | current
Nissan Motor | COMPETES_WITH | Honda | current
Nissan Motor | COMPETES_WITH | BYD | current
""",
    },
    "g2_grocer_exit.txt": {
        "companies": ["Carrefour", "Carrefour Italia", "NewPrinces Group|NewPrinces|Newlat Food", "Uni-President",
                      "Princes", "Conad", "Esselunga"],
        "people": ["Angelo Mastrolia", "Alexandre Bompard"],
        "relations": """
NewPrinces Group | ACQUIRED | Carrefour Italia | planned | amount=1000000000 currency=EUR seller=Carrefour
Carrefour Italia | SUBSIDIARY_OF | Carrefour | current
Angelo Mastrolia | LEADS | NewPrinces Group | current
Alexandre Bompard | LEADS | Carrefour | current | role=CEO
NewPrinces Group | ACQUIRED | Princes | completed
NewPrinces Group | COMPETES_WITH | Conad | planned
NewPrinces Group | COMPETES_WITH | Esselunga | planned
""",
    },
    "g3_game_maker_deal.txt": {
        "companies": ["Krafton", "ADK Holdings|ADK", "Bain Capital", "Nexon", "NCSoft", "Tencent"],
        "people": ["Kim Chang-han"],
        "relations": """
Krafton | ACQUIRED | ADK Holdings | planned | amount=75000000000 currency=JPY seller=Bain Capital
ADK Holdings | SUBSIDIARY_OF | Bain Capital | current
Bain Capital | ACQUIRED | ADK Holdings | completed | date=2017
Kim Chang-han | LEADS | Krafton | current | role=CEO
Krafton | COMPETES_WITH | Nexon | current
Krafton | COMPETES_WITH | NCSoft | current
Tencent | INVESTED_IN | Krafton | current
""",
    },
    "g4_miner_talks.txt": {
        "companies": ["Glencore", "Rio Tinto", "Arcadium Lithium", "BHP", "Anglo American"],
        "people": ["Gary Nagle", "Jakob Stausholm"],
        "relations": """
Glencore | MERGED_INTO | Rio Tinto | rumored
Rio Tinto | MERGED_INTO | Glencore | rumored?
Glencore | ACQUIRED | Rio Tinto | rumored?
Gary Nagle | LEADS | Glencore | current | role=CEO
Jakob Stausholm | LEADS | Rio Tinto | current
Rio Tinto | ACQUIRED | Arcadium Lithium | completed | amount=6700000000 currency=USD
Glencore | COMPETES_WITH | BHP | current
Rio Tinto | COMPETES_WITH | BHP | current
Glencore | COMPETES_WITH | Rio Tinto | current?
BHP | ACQUIRED | Anglo American | planned?
""",
    },
    "g5_network_gear.txt": {
        "companies": ["Nokia", "Infinera", "Network Infrastructure", "Alcatel-Lucent", "Ericsson", "Huawei", "Ciena",
                      "Intel"],
        "people": ["Justin Hotard", "Pekka Lundmark"],
        "relations": """
Nokia | ACQUIRED | Infinera | completed | amount=2300000000 currency=USD
Infinera | SUBSIDIARY_OF | Network Infrastructure | planned
Infinera | SUBSIDIARY_OF | Nokia | current?
Network Infrastructure | SUBSIDIARY_OF | Nokia | current
Nokia | ACQUIRED | Alcatel-Lucent | completed | date=2016
Nokia | COMPETES_WITH | Ericsson | current
Nokia | COMPETES_WITH | Huawei | current
Nokia | COMPETES_WITH | Ciena | current
Justin Hotard | LEADS | Nokia | planned | role=CEO
Justin Hotard | WORKS_FOR | Intel | former
Pekka Lundmark | LEADS | Nokia | former
""",
    },
    "g6_appliance_group.txt": {
        "companies": ["Haier", "Haier Smart Home", "GE Appliances", "General Electric", "Fisher & Paykel", "Candy",
                      "Midea", "Gree", "Whirlpool"],
        "people": ["Zhou Yunjie", "Zhang Ruimin"],
        "relations": """
Haier Smart Home | SUBSIDIARY_OF | Haier | current
Haier Smart Home | ACQUIRED | GE Appliances | completed | date=2016 amount=5400000000 currency=USD seller=General Electric
GE Appliances | SUBSIDIARY_OF | General Electric | former
GE Appliances | SUBSIDIARY_OF | Haier Smart Home | current?
Fisher & Paykel | SUBSIDIARY_OF | Haier Smart Home | current
Candy | SUBSIDIARY_OF | Haier Smart Home | current
Zhou Yunjie | LEADS | Haier | current | role=chairman
Zhang Ruimin | FOUNDED | Haier | completed
Zhang Ruimin | LEADS | Haier | former
Haier | COMPETES_WITH | Midea | current
Haier | COMPETES_WITH | Gree | current
Haier | COMPETES_WITH | Whirlpool | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
