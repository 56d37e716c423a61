"""Write gold/*.json for the newsbrief set (same format and rules as ../newsdev).

Eight short wire briefs (75-100 words: a dateline with the date, 'according to people
familiar with the matter', 'said in a filing', dense facts per sentence) about other
groups, written after all tuning on the other sets. The gold was committed before the
extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "w1_chocolate.txt": {
        "companies": ["Hershey", "Mondelez International|Mondelez", "Oreo", "Hershey Trust", "Mars", "Kellanova"],
        "people": ["Dirk Van de Put"],
        "relations": """
Mondelez International | ACQUIRED | Hershey | rumored
Oreo | SUBSIDIARY_OF | Mondelez International | current?
Hershey | SUBSIDIARY_OF | Hershey Trust | current?
Hershey Trust | INVESTED_IN | Hershey | current?
Dirk Van de Put | LEADS | Mondelez International | current | role=CEO
Mars | ACQUIRED | Kellanova | planned
Mondelez International | COMPETES_WITH | Mars | current?
Hershey | COMPETES_WITH | Mars | current?
""",
    },
    "w2_consumer_health.txt": {
        "companies": ["Kimberly-Clark", "Kenvue", "Johnson & Johnson", "Tylenol", "Listerine", "Neutrogena"],
        "people": ["Mike Hsu", "Kirk Perry", "Thibaut Mongon"],
        "relations": """
Kimberly-Clark | ACQUIRED | Kenvue | planned | amount=48700000000 currency=USD
Kenvue | SUBSIDIARY_OF | Johnson & Johnson | former
Tylenol | SUBSIDIARY_OF | Kenvue | current
Listerine | SUBSIDIARY_OF | Kenvue | current
Neutrogena | SUBSIDIARY_OF | Kenvue | current
Mike Hsu | LEADS | Kimberly-Clark | current | role=CEO
Kirk Perry | LEADS | Kenvue | current | role=CEO
Thibaut Mongon | LEADS | Kenvue | former
""",
    },
    "w3_lung_drug.txt": {
        "companies": ["Merck & Co.|Merck|MSD", "Verona Pharma|Verona"],
        "people": ["Robert Davis"],
        "relations": """
Merck & Co. | ACQUIRED | Verona Pharma | completed | amount=10000000000 currency=USD
Verona Pharma | SUBSIDIARY_OF | Merck & Co. | current
Robert Davis | LEADS | Merck & Co. | current | role=CEO
""",
    },
    "w4_games_unit.txt": {
        "companies": ["Tencent", "Vantage Studios|Vantage", "Ubisoft", "Electronic Arts", "Take-Two Interactive"],
        "people": ["Yves Guillemot"],
        "relations": """
Tencent | INVESTED_IN | Vantage Studios | completed | stake_pct=25 amount=1160000000 currency=EUR
Vantage Studios | SUBSIDIARY_OF | Ubisoft | current
Yves Guillemot | LEADS | Ubisoft | current | role=CEO
Ubisoft | COMPETES_WITH | Electronic Arts | current
Ubisoft | COMPETES_WITH | Take-Two Interactive | current
""",
    },
    "w5_cloud_security.txt": {
        "companies": ["Alphabet", "Google", "Wiz", "Google Cloud", "Sequoia Capital", "Index Ventures",
                      "Palo Alto Networks", "CrowdStrike"],
        "people": ["Assaf Rappaport", "Thomas Kurian"],
        "relations": """
Google | SUBSIDIARY_OF | Alphabet | current
Google | ACQUIRED | Wiz | planned | amount=32000000000 currency=USD
Assaf Rappaport | FOUNDED | Wiz | completed | date=2020
Wiz | SUBSIDIARY_OF | Google Cloud | planned
Google Cloud | SUBSIDIARY_OF | Google | current?
Thomas Kurian | LEADS | Google Cloud | current
Sequoia Capital | INVESTED_IN | Wiz | current
Index Ventures | INVESTED_IN | Wiz | current
Wiz | COMPETES_WITH | Palo Alto Networks | current
Wiz | COMPETES_WITH | CrowdStrike | current
""",
    },
    "w6_ecommerce_india.txt": {
        "companies": ["Walmart", "Flipkart", "Amazon", "Reliance", "JioMart", "PhonePe"],
        "people": ["Sachin Bansal", "Binny Bansal", "Kalyan Krishnamurthy"],
        "relations": """
Flipkart | SUBSIDIARY_OF | Walmart | current
Walmart | ACQUIRED | Flipkart | completed | date=2018 amount=16000000000 currency=USD stake_pct=77
Sachin Bansal | FOUNDED | Flipkart | completed | date=2007
Binny Bansal | FOUNDED | Flipkart | completed | date=2007
Kalyan Krishnamurthy | LEADS | Flipkart | current | role=CEO
Flipkart | COMPETES_WITH | Amazon | current
Flipkart | COMPETES_WITH | JioMart | current
JioMart | SUBSIDIARY_OF | Reliance | current
PhonePe | SUBSIDIARY_OF | Flipkart | former
""",
    },
    "w7_outdoor_brands.txt": {
        "companies": ["Amer Sports", "Arc'teryx", "Salomon", "Wilson", "Anta Sports|Anta", "Fila"],
        "people": ["James Zheng"],
        "relations": """
Arc'teryx | SUBSIDIARY_OF | Amer Sports | current
Salomon | SUBSIDIARY_OF | Amer Sports | current
Wilson | SUBSIDIARY_OF | Amer Sports | current
Anta Sports | ACQUIRED | Amer Sports | completed? | date=2019
Anta Sports | INVESTED_IN | Amer Sports | current
James Zheng | LEADS | Amer Sports | current | role=CEO
Fila | SUBSIDIARY_OF | Anta Sports | current
""",
    },
    "w8_bank_chief.txt": {
        "companies": ["UBS", "UBS Switzerland", "Credit Suisse", "Julius Baer"],
        "people": ["Sabine Keller-Busse", "Sergio Ermotti", "Colm Kelleher"],
        "relations": """
Sabine Keller-Busse | LEADS | UBS Switzerland | current
Sabine Keller-Busse | LEADS | UBS | former? | role=COO
Sabine Keller-Busse | WORKS_FOR | UBS | current?
Sabine Keller-Busse | REPORTS_TO | Sergio Ermotti | current
Sergio Ermotti | LEADS | UBS | current | role=CEO
UBS Switzerland | SUBSIDIARY_OF | UBS | current
UBS | ACQUIRED | Credit Suisse | completed | date=2023
Credit Suisse | SUBSIDIARY_OF | UBS | current?
Colm Kelleher | LEADS | UBS | current | role=chairman
UBS | COMPETES_WITH | Julius Baer | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
