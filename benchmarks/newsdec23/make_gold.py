"""Write gold/*.json for the newsdec23 set (same format and rules as ../newsdev).

Five articles written in the 2026-12-03 (tenth) session, for a twenty-third first-run
estimate: AkzoNobel and Axalta agreeing a merger of equals (a deputy chief executive and a
chair for the combined group), Mahindra buying control of SML Isuzu (`Rs ... crore`, two
sellers and their stakes), LG Electronics taking a majority of Bear Robotics (a stake it
already held), Talabat's Dubai listing (a controlling owner, a name with `&`) and Swisscom
completing its Vodafone Italia purchase (a fact box of buyer, seller and rivals). The gold was
committed before the extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "g1_paint_merger.txt": {
        "companies": ["AkzoNobel", "Axalta Coating Systems|Axalta", "Dulux", "Sikkens", "Sherwin-Williams",
                      "PPG Industries"],
        "people": ["Greg Poux-Guillaume", "Chris Villavarayan", "Rakesh Sachdev"],
        "relations": """
Axalta Coating Systems | MERGED_INTO | AkzoNobel | planned?
AkzoNobel | MERGED_INTO | Axalta Coating Systems | planned?
AkzoNobel | ACQUIRED | Axalta Coating Systems | planned?
Greg Poux-Guillaume | LEADS | AkzoNobel | current | role=CEO
Chris Villavarayan | LEADS | Axalta Coating Systems | current | role=CEO
Chris Villavarayan | LEADS | AkzoNobel | planned? | role=deputy CEO
Rakesh Sachdev | LEADS | Axalta Coating Systems | current | role=chairman
Rakesh Sachdev | LEADS | AkzoNobel | planned? | role=chairman
Dulux | SUBSIDIARY_OF | AkzoNobel | current?
Sikkens | SUBSIDIARY_OF | AkzoNobel | current?
AkzoNobel | COMPETES_WITH | Sherwin-Williams | current
AkzoNobel | COMPETES_WITH | PPG Industries | current
Axalta Coating Systems | COMPETES_WITH | Sherwin-Williams | current?
Axalta Coating Systems | COMPETES_WITH | PPG Industries | current?
""",
    },
    "g2_truck_maker_stake.txt": {
        "companies": ["Mahindra & Mahindra Ltd|Mahindra & Mahindra|Mahindra", "SML Isuzu|SML|Swaraj Mazda",
                      "Sumitomo Corporation", "Isuzu Motors", "Tata Motors", "Ashok Leyland"],
        "people": ["Anish Shah"],
        "relations": """
Mahindra & Mahindra Ltd | ACQUIRED | SML Isuzu | planned | amount=5550000000 currency=INR stake_pct=58.96 seller=Sumitomo Corporation
SML Isuzu | SUBSIDIARY_OF | Mahindra & Mahindra Ltd | planned
Sumitomo Corporation | INVESTED_IN | SML Isuzu | current | stake_pct=43.96
Isuzu Motors | INVESTED_IN | SML Isuzu | current | stake_pct=15
SML Isuzu | SUBSIDIARY_OF | Sumitomo Corporation | current?
Anish Shah | LEADS | Mahindra & Mahindra Ltd | current | role=CEO
Mahindra & Mahindra Ltd | COMPETES_WITH | Tata Motors | current
Mahindra & Mahindra Ltd | COMPETES_WITH | Ashok Leyland | current
SML Isuzu | COMPETES_WITH | Tata Motors | current?
SML Isuzu | COMPETES_WITH | Ashok Leyland | current?
""",
    },
    "g3_robot_startup.txt": {
        "companies": ["LG Electronics Inc|LG Electronics|LG", "Bear Robotics", "Google", "Pudu Robotics",
                      "Keenon Robotics"],
        "people": ["John Ha"],
        "relations": """
LG Electronics Inc | ACQUIRED | Bear Robotics | planned | stake_pct=51
Bear Robotics | SUBSIDIARY_OF | LG Electronics Inc | planned
LG Electronics Inc | INVESTED_IN | Bear Robotics | current | date=2024 amount=60000000 currency=USD
John Ha | FOUNDED | Bear Robotics | completed | date=2017
John Ha | LEADS | Bear Robotics | current | role=CEO
John Ha | WORKS_FOR | Google | former
LG Electronics Inc | COMPETES_WITH | Pudu Robotics | current
LG Electronics Inc | COMPETES_WITH | Keenon Robotics | current
Bear Robotics | COMPETES_WITH | Pudu Robotics | current?
Bear Robotics | COMPETES_WITH | Keenon Robotics | current?
""",
    },
    "g4_delivery_listing.txt": {
        "companies": ["Talabat Holding|Talabat", "Delivery Hero", "Careem", "e&", "Noon", "Public Investment Fund"],
        "people": ["Tomaso Rodriguez", "Niklas Ostberg"],
        "relations": """
Talabat Holding | SUBSIDIARY_OF | Delivery Hero | current
Delivery Hero | INVESTED_IN | Talabat Holding | current? | stake_pct=85
Delivery Hero | ACQUIRED | Talabat Holding | completed?
Tomaso Rodriguez | LEADS | Talabat Holding | current | role=CEO
Niklas Ostberg | LEADS | Delivery Hero | current | role=CEO
Niklas Ostberg | FOUNDED | Delivery Hero | completed | date=2011
Talabat Holding | COMPETES_WITH | Careem | current
Talabat Holding | COMPETES_WITH | Noon | current
Careem | SUBSIDIARY_OF | e& | current
Public Investment Fund | INVESTED_IN | Noon | current
""",
    },
    "g5_italian_telecoms.txt": {
        "companies": ["Swisscom", "Vodafone Italia", "Vodafone Group|Vodafone", "Fastweb", "Iliad", "TIM", "WindTre"],
        "people": ["Walter Renna", "Margherita Della Valle"],
        "relations": """
Swisscom | ACQUIRED | Vodafone Italia | completed | amount=8000000000 currency=EUR seller=Vodafone Group
Vodafone Italia | SUBSIDIARY_OF | Swisscom | current
Vodafone Italia | SUBSIDIARY_OF | Vodafone Group | former
Vodafone Italia | MERGED_INTO | Fastweb | planned
Fastweb | SUBSIDIARY_OF | Swisscom | current
Swisscom | ACQUIRED | Fastweb | completed? | date=2007
Vodafone Italia | MERGED_INTO | Iliad | planned?
Walter Renna | LEADS | Fastweb | current | role=CEO
Margherita Della Valle | LEADS | Vodafone Group | current | role=CEO
Fastweb | COMPETES_WITH | TIM | current
Fastweb | COMPETES_WITH | WindTre | current
Fastweb | COMPETES_WITH | Iliad | current
Vodafone Italia | COMPETES_WITH | TIM | current?
Vodafone Italia | COMPETES_WITH | WindTre | current?
Vodafone Italia | COMPETES_WITH | Iliad | current?
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
