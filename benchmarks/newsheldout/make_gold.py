"""Write gold/*.json for the held-out news articles (same format and rules as ../newsdev).

These six articles were written and annotated after the rules were tuned on newsdev, and
the extractor was not run on them before their gold was fixed: their score is the
project's estimate for news it has never seen. Do not tune rules on them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "h1_cancer_drug_deal.txt": {
        "companies": ["Pfizer", "Seagen", "Novartis", "Merck & Co", "AstraZeneca", "Roche"],
        "people": ["Clay Siegall", "David Epstein", "Chris Boshoff"],
        "relations": """
Pfizer | ACQUIRED | Seagen | planned | amount=43000000000 currency=USD
Clay Siegall | FOUNDED | Seagen | completed | date=1998
Clay Siegall | LEADS | Seagen | former | role=CEO
David Epstein | WORKS_FOR | Novartis | former
David Epstein | LEADS | Seagen | current | role=CEO date=2022
Merck & Co | ACQUIRED | Seagen | rumored
Seagen | MERGED_INTO | Pfizer | planned?
Chris Boshoff | WORKS_FOR | Pfizer | current?
Chris Boshoff | LEADS | Pfizer | current? | role=head
Pfizer | COMPETES_WITH | AstraZeneca | current
Pfizer | COMPETES_WITH | Roche | current
Pfizer | INVESTED_IN | Seagen | current | stake_pct=6 amount=650000000 currency=USD date=2020
""",
    },
    "h2_india_media.txt": {
        "companies": ["Reliance Industries|Reliance", "Walt Disney|Disney", "Viacom18", "Star India", "Sony",
                      "Netflix", "Amazon Prime Video", "Bodhi Tree Systems"],
        "people": ["Nita Ambani", "Mukesh Ambani", "Uday Shankar", "James Murdoch"],
        "relations": """
Viacom18 | SUBSIDIARY_OF | Reliance Industries | current
Viacom18 | MERGED_INTO | Star India | planned
Star India | SUBSIDIARY_OF | Walt Disney | current
Mukesh Ambani | LEADS | Reliance Industries | current | role=chairman
Uday Shankar | LEADS | Star India | former | role=head
James Murdoch | FOUNDED | Bodhi Tree Systems | completed
Uday Shankar | FOUNDED | Bodhi Tree Systems | completed
Bodhi Tree Systems | INVESTED_IN | Viacom18 | completed
""",
    },
    "h3_family_buyout.txt": {
        "companies": ["Toyota Motor|Toyota", "Toyota Industries", "Toyota Fudosan"],
        "people": ["Akio Toyoda|Toyoda", "Koichi Sato", "Kiichiro Toyoda", "Koichi Ito"],
        "relations": """
Toyota Motor | ACQUIRED | Toyota Industries | planned | amount=4700000000000 currency=JPY
Toyota Industries | FOUNDED | Toyota Motor | completed? | date=1937
Toyota Fudosan | SUBSIDIARY_OF | Toyota Motor | current?
Akio Toyoda | LEADS | Toyota Fudosan | current | role=chairman
Toyota Motor | INVESTED_IN | Toyota Industries | current | stake_pct=24
Toyota Industries | INVESTED_IN | Toyota Motor | current | stake_pct=9
Koichi Sato | LEADS | Toyota Motor | current | role=CEO date=2023
Koichi Sato | REPORTS_TO | Akio Toyoda | current
Kiichiro Toyoda | FOUNDED | Toyota Motor | completed
Koichi Ito | LEADS | Toyota Industries | current | role=president
""",
    },
    "h4_coffee_ceo.txt": {
        "companies": ["Starbucks", "Chipotle Mexican Grill|Chipotle", "Reckitt Benckiser", "Luckin Coffee",
                      "Elliott Management"],
        "people": ["Brian Niccol|Niccol", "Laxman Narasimhan|Narasimhan", "Rachel Ruggeri", "Scott Boatwright"],
        "relations": """
Brian Niccol | LEADS | Starbucks | current | role=chairman
Laxman Narasimhan | LEADS | Starbucks | former | role=head
Brian Niccol | LEADS | Chipotle Mexican Grill | current | role=CEO date=2018
Brian Niccol | WORKS_FOR | Starbucks | planned?
Rachel Ruggeri | LEADS | Starbucks | planned | role=CEO
Rachel Ruggeri | WORKS_FOR | Starbucks | current?
Laxman Narasimhan | LEADS | Reckitt Benckiser | former | role=CEO
Luckin Coffee | COMPETES_WITH | Starbucks | current
Elliott Management | INVESTED_IN | Starbucks | completed
Scott Boatwright | LEADS | Chipotle Mexican Grill | current | role=COO
""",
    },
    "h5_bargain_apps.txt": {
        "companies": ["Temu", "PDD Holdings", "Shein", "SPARC Group|SPARC", "Forever 21", "Pinduoduo", "Alibaba",
                      "Taobao", "Amazon", "Haul", "Bernstein", "TikTok Shop", "ByteDance"],
        "people": ["Xu Yangtian"],
        "relations": """
Temu | SUBSIDIARY_OF | PDD Holdings | current
Xu Yangtian | FOUNDED | Shein | completed
Shein | INVESTED_IN | SPARC Group | completed
Forever 21 | SUBSIDIARY_OF | SPARC Group | current
SPARC Group | INVESTED_IN | Shein | completed
Pinduoduo | SUBSIDIARY_OF | PDD Holdings | current?
Pinduoduo | COMPETES_WITH | Taobao | current
Taobao | SUBSIDIARY_OF | Alibaba | current
Haul | SUBSIDIARY_OF | Amazon | current?
Amazon | FOUNDED | Haul | completed
Amazon | COMPETES_WITH | Temu | current
Amazon | COMPETES_WITH | Shein | current
Haul | COMPETES_WITH | Temu | current?
Haul | COMPETES_WITH | Shein | current?
TikTok Shop | SUBSIDIARY_OF | ByteDance | current
TikTok Shop | COMPETES_WITH | Temu | current?
TikTok Shop | COMPETES_WITH | Shein | current?
TikTok Shop | COMPETES_WITH | Amazon | current?
""",
    },
    "h6_fintech_merger.txt": {
        "companies": ["Naver Financial", "Naver", "Dunamu", "Upbit", "Kakao", "Kakao Pay", "Mirae Asset"],
        "people": ["Song Chi-hyung", "Choi Soo-yeon", "Park Sang-jin"],
        "relations": """
Naver Financial | SUBSIDIARY_OF | Naver | current
Dunamu | SUBSIDIARY_OF | Naver Financial | planned
Naver Financial | MERGED_INTO | Dunamu | planned?
Dunamu | MERGED_INTO | Naver Financial | planned?
Upbit | SUBSIDIARY_OF | Dunamu | current
Song Chi-hyung | LEADS | Dunamu | current | role=chairman
Song Chi-hyung | INVESTED_IN | Naver Financial | planned?
Choi Soo-yeon | LEADS | Naver | current | role=CEO
Naver | COMPETES_WITH | Kakao | current?
Kakao Pay | SUBSIDIARY_OF | Kakao | current
Naver | FOUNDED | Naver Financial | completed?
Mirae Asset | INVESTED_IN | Naver Financial | current
Park Sang-jin | LEADS | Naver Financial | current | role=head
""",
    },
}


if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
