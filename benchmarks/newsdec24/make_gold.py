"""Write gold/*.json for the newsdec24 set (same format and rules as ../newsdev).

Four articles written in the 2026-12-03 (tenth) session, for a twenty-fourth first-run
estimate: Marks and Spencer buying half of Ocado's grocery arm (a joint venture, three
founders in one list, `£`), Hyundai Motor India's listing (`Rs ... crore`, a parent's stake,
a rival's controlling owner), a profile of Revolut after a share sale (investors listed, two
founders and their titles) and L'Oreal buying a stake in Galderma (a seller consortium, an old
name, a product's maker as rival). The gold was committed before the extractor first ran on
them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "h1_grocery_venture.txt": {
        "companies": ["Marks and Spencer Group|Marks and Spencer|M&S", "Ocado Group|Ocado", "Ocado Retail",
                      "Waitrose", "John Lewis Partnership", "Goldman Sachs", "Tesco", "Sainsbury's"],
        "people": ["Tim Steiner|Steiner", "Jason Gissing", "Jonathan Faiman"],
        "relations": """
Marks and Spencer Group | INVESTED_IN | Ocado Retail | planned | amount=750000000 currency=GBP stake_pct=50
Ocado Retail | SUBSIDIARY_OF | Ocado Group | current?
Ocado Retail | SUBSIDIARY_OF | Marks and Spencer Group | planned?
Ocado Group | INVESTED_IN | Ocado Retail | current?
Waitrose | SUBSIDIARY_OF | John Lewis Partnership | current
Tim Steiner | FOUNDED | Ocado Group | completed | date=2000
Jason Gissing | FOUNDED | Ocado Group | completed | date=2000
Jonathan Faiman | FOUNDED | Ocado Group | completed | date=2000
Tim Steiner | WORKS_FOR | Goldman Sachs | former
Jason Gissing | WORKS_FOR | Goldman Sachs | former
Jonathan Faiman | WORKS_FOR | Goldman Sachs | former
Tim Steiner | LEADS | Ocado Group | current | role=CEO
Ocado Retail | COMPETES_WITH | Tesco | current
Ocado Retail | COMPETES_WITH | Sainsbury's | current
Tesco | COMPETES_WITH | Sainsbury's | current?
""",
    },
    "h2_car_listing.txt": {
        "companies": ["Hyundai Motor India Ltd|Hyundai Motor India", "Hyundai Motor Company",
                      "Life Insurance Corporation of India", "Maruti Suzuki India", "Suzuki Motor", "Tata Motors",
                      "Mahindra & Mahindra"],
        "people": ["Unsoo Kim"],
        "relations": """
Hyundai Motor India Ltd | SUBSIDIARY_OF | Hyundai Motor Company | current
Hyundai Motor Company | INVESTED_IN | Hyundai Motor India Ltd | current? | stake_pct=82.5
Maruti Suzuki India | SUBSIDIARY_OF | Suzuki Motor | current
Hyundai Motor India Ltd | COMPETES_WITH | Maruti Suzuki India | current
Hyundai Motor India Ltd | COMPETES_WITH | Tata Motors | current
Hyundai Motor India Ltd | COMPETES_WITH | Mahindra & Mahindra | current
Unsoo Kim | LEADS | Hyundai Motor India Ltd | current | role=managing director
""",
    },
    "h3_fintech_profile.txt": {
        "companies": ["Revolut", "Coatue", "D1 Capital Partners", "Tiger Global", "Credit Suisse", "Monzo",
                      "Starling Bank", "Wise"],
        "people": ["Nik Storonsky|Storonsky", "Vlad Yatsenko|Yatsenko"],
        "relations": """
Coatue | INVESTED_IN | Revolut | current
D1 Capital Partners | INVESTED_IN | Revolut | current
Tiger Global | INVESTED_IN | Revolut | current
Nik Storonsky | FOUNDED | Revolut | completed | date=2015
Vlad Yatsenko | FOUNDED | Revolut | completed | date=2015
Nik Storonsky | LEADS | Revolut | current | role=CEO
Vlad Yatsenko | LEADS | Revolut | current | role=CTO
Nik Storonsky | WORKS_FOR | Credit Suisse | former
Revolut | COMPETES_WITH | Monzo | current
Revolut | COMPETES_WITH | Starling Bank | current
Revolut | COMPETES_WITH | Wise | current
""",
    },
    "h4_skincare_stake.txt": {
        "companies": ["L'Oreal SA|L'Oreal", "Galderma Group|Galderma|Nestle Skin Health", "EQT", "Nestle", "Shire",
                      "AbbVie"],
        "people": ["Flemming Ornskov"],
        "relations": """
L'Oreal SA | INVESTED_IN | Galderma Group | planned | stake_pct=10
EQT | INVESTED_IN | Galderma Group | current
L'Oreal SA | FOUNDED | Galderma Group | completed | date=1981
Nestle | FOUNDED | Galderma Group | completed | date=1981
Galderma Group | SUBSIDIARY_OF | Nestle | former
Galderma Group | SUBSIDIARY_OF | L'Oreal SA | former?
Nestle | ACQUIRED | Galderma Group | completed?
EQT | ACQUIRED | Galderma Group | completed | date=2019 amount=10200000000 currency=CHF seller=Nestle
Flemming Ornskov | LEADS | Galderma Group | current | role=CEO
Flemming Ornskov | LEADS | Shire | former | role=CEO
Galderma Group | COMPETES_WITH | AbbVie | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
