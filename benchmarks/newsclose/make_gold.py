"""Write gold/*.json for the newsclose set (same format and rules as ../newsdev).

Six articles written last, after every rule of the session, for one more first-run
estimate: Nippon Life/Resolution Life, Hanwha's shipyard, Geely taking Zeekr private,
Dick's/Foot Locker, Novo Nordisk's new chief, Tata Consumer's two purchases. The gold was
committed before the extractor first ran on them. Analysts and outlets are invented; the
corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "k1_life_insurer.txt": {
        "companies": ["Nippon Life Insurance|Nippon Life", "Resolution Life", "Dai-ichi Life", "Meiji Yasuda",
                      "Marunouchi Research"],
        "people": ["Clive Cowdery", "Kenta Ishii"],
        "relations": """
Nippon Life Insurance | ACQUIRED | Resolution Life | planned | amount=8200000000 currency=USD
Nippon Life Insurance | INVESTED_IN | Resolution Life | current
Clive Cowdery | FOUNDED | Resolution Life | completed | date=2003
Nippon Life Insurance | COMPETES_WITH | Dai-ichi Life | current
Nippon Life Insurance | COMPETES_WITH | Meiji Yasuda | current
Kenta Ishii | WORKS_FOR | Marunouchi Research | current
""",
    },
    "k2_shipyard.txt": {
        "companies": ["Hanwha Group|Hanwha", "Hanwha Ocean", "Hanwha Systems", "Philly Shipyard", "Aker", "US Navy",
                      "Hanwha Aerospace", "HD Hyundai Heavy Industries", "Samsung Heavy Industries"],
        "people": ["Kim Seung-youn", "Kim Dong-kwan"],
        "relations": """
Hanwha Ocean | SUBSIDIARY_OF | Hanwha Group | current
Hanwha Systems | SUBSIDIARY_OF | Hanwha Group | current
Hanwha Ocean | ACQUIRED | Philly Shipyard | completed | amount=100000000 currency=USD seller=Aker
Hanwha Systems | ACQUIRED | Philly Shipyard | completed
Philly Shipyard | SUBSIDIARY_OF | Aker | former?
Kim Seung-youn | LEADS | Hanwha Group | current | role=chairman
Hanwha Aerospace | SUBSIDIARY_OF | Hanwha Group | current
Hanwha Ocean | COMPETES_WITH | HD Hyundai Heavy Industries | current
Hanwha Ocean | COMPETES_WITH | Samsung Heavy Industries | current
Kim Dong-kwan | LEADS | Hanwha Group | current?
Kim Dong-kwan | WORKS_FOR | Hanwha Group | current?
""",
    },
    "k3_ev_privatisation.txt": {
        "companies": ["Geely Automobile Holdings|Geely Auto", "Zeekr", "New York Stock Exchange", "Lynk & Co",
                      "Zhejiang Geely Holding Group", "Nio", "Li Auto", "Tesla", "Qiche Zhi Jia"],
        "people": ["Li Shufu", "An Conghui"],
        "relations": """
Geely Automobile Holdings | ACQUIRED | Zeekr | planned
Zeekr | SUBSIDIARY_OF | Geely Automobile Holdings | current
Geely Automobile Holdings | INVESTED_IN | Zeekr | current?
Lynk & Co | MERGED_INTO | Zeekr | completed
Lynk & Co | SUBSIDIARY_OF | Zeekr | current
Geely Automobile Holdings | INVESTED_IN | Lynk & Co | current?
Geely Automobile Holdings | SUBSIDIARY_OF | Zhejiang Geely Holding Group | current
Li Shufu | FOUNDED | Zhejiang Geely Holding Group | completed
An Conghui | LEADS | Zeekr | current | role=CEO
Zeekr | COMPETES_WITH | Nio | current
Zeekr | COMPETES_WITH | Li Auto | current
Zeekr | COMPETES_WITH | Tesla | current
""",
    },
    "k4_sneaker_deal.txt": {
        "companies": ["Dick's Sporting Goods|Dick's", "Foot Locker", "Nike", "JD Sports", "Finish Line",
                      "Allegheny Street Research"],
        "people": ["Mary Dillon", "Lauren Hobart", "Ed Stack", "Laura Kim"],
        "relations": """
Dick's Sporting Goods | ACQUIRED | Foot Locker | planned | amount=2400000000 currency=USD
Foot Locker | SUBSIDIARY_OF | Dick's Sporting Goods | planned?
Mary Dillon | LEADS | Foot Locker | current | role=CEO
Lauren Hobart | LEADS | Dick's Sporting Goods | current | role=CEO
Ed Stack | LEADS | Dick's Sporting Goods | current | role=executive chairman
Dick's Sporting Goods | COMPETES_WITH | JD Sports | current
Foot Locker | COMPETES_WITH | JD Sports | current
Dick's Sporting Goods | COMPETES_WITH | Foot Locker | current?
Finish Line | SUBSIDIARY_OF | JD Sports | current
Laura Kim | WORKS_FOR | Allegheny Street Research | current
""",
    },
    "k5_drugmaker_chief.txt": {
        "companies": ["Novo Nordisk|Novo", "Eli Lilly", "Novo Holdings"],
        "people": ["Maziar Mike Doustdar|Mike Doustdar|Doustdar", "Lars Fruergaard Jørgensen", "Lars Rebien Sørensen"],
        "relations": """
Maziar Mike Doustdar | LEADS | Novo Nordisk | planned | role=CEO
Maziar Mike Doustdar | WORKS_FOR | Novo Nordisk | current?
Lars Fruergaard Jørgensen | LEADS | Novo Nordisk | former
Novo Nordisk | COMPETES_WITH | Eli Lilly | current
Novo Nordisk | SUBSIDIARY_OF | Novo Holdings | current
Lars Rebien Sørensen | LEADS | Novo Nordisk | current | role=chairman
""",
    },
    "k6_food_brands.txt": {
        "companies": ["Tata Consumer Products", "Tata Group", "Capital Foods", "Ching's Secret", "Organic India",
                      "Fabindia", "General Atlantic", "Nestlé India", "Hindustan Unilever", "Worli Capital"],
        "people": ["Sunil D'Souza", "Neha Rao"],
        "relations": """
Tata Consumer Products | SUBSIDIARY_OF | Tata Group | current
Tata Consumer Products | ACQUIRED | Capital Foods | planned
Tata Consumer Products | ACQUIRED | Organic India | planned | seller=Fabindia
Organic India | SUBSIDIARY_OF | Fabindia | current
General Atlantic | INVESTED_IN | Capital Foods | current?
Ching's Secret | SUBSIDIARY_OF | Capital Foods | current?
Sunil D'Souza | LEADS | Tata Consumer Products | current | role=managing director
Tata Consumer Products | COMPETES_WITH | Nestlé India | current
Tata Consumer Products | COMPETES_WITH | Hindustan Unilever | current
Neha Rao | WORKS_FOR | Worli Capital | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
