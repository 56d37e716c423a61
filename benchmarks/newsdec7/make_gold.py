"""Write gold/*.json for the newsdec7 set (same format and rules as ../newsdev).

Seven articles written in the 2026-12-02 (third) session for a seventh first-run estimate:
the Union Pacific-Norfolk Southern merger, the Pfizer/Novo Nordisk contest for Metsera (a
dated timeline), Monte dei Paschi's takeover of Mediobanca (a web page), JioStar (a
question-and-answer explainer), China's food-delivery war, the Korea Zinc control fight and
Nestlé's change of chief executive (a press release). The gold was committed before the
extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "n1_rail_merger.txt": {
        "companies": ["Union Pacific", "Norfolk Southern", "Surface Transportation Board", "BNSF", "CSX",
                      "Berkshire Hathaway", "Linde"],
        "people": ["Jim Vena", "Mark George", "Warren Buffett", "Joe Hinrichs", "Steve Angel"],
        "relations": """
Union Pacific | ACQUIRED | Norfolk Southern | planned | amount=85000000000 currency=USD
Union Pacific | COMPETES_WITH | Norfolk Southern | current?
Jim Vena | LEADS | Union Pacific | current | role=CEO
Mark George | LEADS | Norfolk Southern | current | role=head
Union Pacific | COMPETES_WITH | BNSF | current?
Union Pacific | COMPETES_WITH | CSX | current?
BNSF | SUBSIDIARY_OF | Berkshire Hathaway | current
Warren Buffett | LEADS | Berkshire Hathaway | current?
BNSF | MERGED_INTO | CSX | rumored?
Berkshire Hathaway | ACQUIRED | CSX | rumored?
Joe Hinrichs | LEADS | CSX | former | role=CEO
Steve Angel | LEADS | CSX | current | role=CEO
Steve Angel | LEADS | Linde | former | role=head
""",
    },
    "n2_obesity_bidding.txt": {
        "companies": ["Pfizer", "Metsera", "ARCH Venture Partners", "Novo Nordisk", "Eli Lilly"],
        "people": ["Mike Doustdar", "Albert Bourla", "Whit Bernard"],
        "relations": """
Pfizer | ACQUIRED | Metsera | completed | date=2025-11-13 amount=10000000000 currency=USD
Novo Nordisk | ACQUIRED | Metsera | rumored?
ARCH Venture Partners | FOUNDED | Metsera | completed | date=2022
Mike Doustdar | LEADS | Novo Nordisk | current | role=CEO
Albert Bourla | LEADS | Pfizer | current | role=CEO
Whit Bernard | LEADS | Metsera | current | role=CEO
Whit Bernard | WORKS_FOR | Pfizer | planned
Pfizer | COMPETES_WITH | Novo Nordisk | current?
Pfizer | COMPETES_WITH | Eli Lilly | current?
Novo Nordisk | COMPETES_WITH | Eli Lilly | current?
Metsera | SUBSIDIARY_OF | Pfizer | current?
""",
    },
    "n3_italy_banks.html": {
        "companies": ["Banca Monte dei Paschi di Siena|Monte dei Paschi", "Mediobanca", "Assicurazioni Generali",
                      "Delfin", "Banca Generali"],
        "people": ["Luigi Lovaglio", "Francesco Gaetano Caltagirone", "Alberto Nagel"],
        "relations": """
Banca Monte dei Paschi di Siena | ACQUIRED | Mediobanca | completed | amount=16000000000 currency=EUR
Mediobanca | SUBSIDIARY_OF | Banca Monte dei Paschi di Siena | current?
Luigi Lovaglio | LEADS | Banca Monte dei Paschi di Siena | current | role=CEO
Mediobanca | INVESTED_IN | Assicurazioni Generali | current | stake_pct=13
Delfin | INVESTED_IN | Banca Monte dei Paschi di Siena | current
Delfin | INVESTED_IN | Mediobanca | current
Francesco Gaetano Caltagirone | INVESTED_IN | Banca Monte dei Paschi di Siena | current?
Francesco Gaetano Caltagirone | INVESTED_IN | Mediobanca | current?
Alberto Nagel | LEADS | Mediobanca | current | role=CEO
Mediobanca | ACQUIRED | Banca Generali | rumored?
""",
    },
    "n4_india_media.txt": {
        "companies": ["JioStar", "Reliance Industries|Reliance", "Walt Disney|Disney", "Viacom18", "Star India",
                      "Bodhi Tree Systems", "JioCinema", "Disney+ Hotstar", "JioHotstar", "Netflix",
                      "Amazon Prime Video", "Zee Entertainment", "Sony", "Culver Max Entertainment"],
        "people": ["Nita Ambani", "Uday Shankar"],
        "relations": """
Viacom18 | SUBSIDIARY_OF | Reliance Industries | current
Star India | SUBSIDIARY_OF | Walt Disney | former?
Viacom18 | MERGED_INTO | JioStar | completed?
Star India | MERGED_INTO | JioStar | completed?
Reliance Industries | FOUNDED | JioStar | completed? | date=2024-11
Walt Disney | FOUNDED | JioStar | completed? | date=2024-11
JioStar | SUBSIDIARY_OF | Reliance Industries | current
Reliance Industries | INVESTED_IN | JioStar | current | stake_pct=63
Walt Disney | INVESTED_IN | JioStar | current | stake_pct=37
Nita Ambani | LEADS | JioStar | current | role=chairperson
Uday Shankar | LEADS | JioStar | current | role=vice chairman
Uday Shankar | LEADS | Star India | former | role=head
Bodhi Tree Systems | INVESTED_IN | Viacom18 | current?
Uday Shankar | FOUNDED | Bodhi Tree Systems | completed?
JioCinema | MERGED_INTO | JioHotstar | completed
Disney+ Hotstar | MERGED_INTO | JioHotstar | completed
JioHotstar | SUBSIDIARY_OF | JioStar | current
JioHotstar | COMPETES_WITH | Netflix | current
JioHotstar | COMPETES_WITH | Amazon Prime Video | current
JioStar | COMPETES_WITH | Zee Entertainment | current
JioStar | COMPETES_WITH | Culver Max Entertainment | current
Culver Max Entertainment | SUBSIDIARY_OF | Sony | current
Zee Entertainment | MERGED_INTO | Sony | former?
Sony | ACQUIRED | Zee Entertainment | former?
""",
    },
    "n5_food_delivery.txt": {
        "companies": ["Meituan", "JD.com", "Alibaba Group|Alibaba", "Taobao Instant Commerce", "Taobao", "Ele.me",
                      "Fliggy", "Tmall", "Keeta", "Deliveroo", "Foodpanda", "DoorDash"],
        "people": ["Richard Liu", "Wang Xing", "Eddie Wu"],
        "relations": """
Richard Liu | FOUNDED | JD.com | completed
JD.com | COMPETES_WITH | Meituan | current
Alibaba Group | COMPETES_WITH | Meituan | current
Taobao Instant Commerce | SUBSIDIARY_OF | Taobao | current
Taobao Instant Commerce | SUBSIDIARY_OF | Alibaba Group | current?
Taobao | SUBSIDIARY_OF | Alibaba Group | current
Ele.me | SUBSIDIARY_OF | Alibaba Group | current
Fliggy | SUBSIDIARY_OF | Alibaba Group | current
Tmall | SUBSIDIARY_OF | Alibaba Group | current?
Wang Xing | LEADS | Meituan | current | role=CEO
Eddie Wu | LEADS | Alibaba Group | current | role=CEO
Keeta | SUBSIDIARY_OF | Meituan | current
Keeta | COMPETES_WITH | Deliveroo | current
Keeta | COMPETES_WITH | Foodpanda | current
Deliveroo | SUBSIDIARY_OF | DoorDash | current
DoorDash | ACQUIRED | Deliveroo | completed | date=2025-10
JD.com | COMPETES_WITH | Alibaba Group | current?
""",
    },
    "n6_zinc_fight.txt": {
        "companies": ["Korea Zinc", "Young Poong", "MBK Partners", "Bain Capital", "Sun Metals Corporation"],
        "people": ["Choi Yun-beom", "Chang Hyung-jin", "Michael ByungJu Kim"],
        "relations": """
Choi Yun-beom | LEADS | Korea Zinc | current | role=chairman
Young Poong | INVESTED_IN | Korea Zinc | current
MBK Partners | INVESTED_IN | Korea Zinc | current
Sun Metals Corporation | SUBSIDIARY_OF | Korea Zinc | current
Sun Metals Corporation | INVESTED_IN | Young Poong | current | stake_pct=10
Chang Hyung-jin | LEADS | Young Poong | current | role=chairman
Michael ByungJu Kim | FOUNDED | MBK Partners | completed
Bain Capital | INVESTED_IN | Korea Zinc | current?
""",
    },
    "n7_food_ceo.txt": {
        "companies": ["Nestlé S.A.|Nestlé", "Nespresso", "Nescafé", "KitKat", "Purina", "Unilever", "Danone",
                      "Mondelez International"],
        "people": ["Philipp Navratil", "Laurent Freixe", "Paul Bulcke", "Mark Schneider"],
        "relations": """
Philipp Navratil | LEADS | Nestlé S.A. | current | role=CEO
Laurent Freixe | LEADS | Nestlé S.A. | former | role=CEO
Philipp Navratil | WORKS_FOR | Nestlé S.A. | current?
Philipp Navratil | LEADS | Nespresso | former? | role=CEO
Nespresso | SUBSIDIARY_OF | Nestlé S.A. | current?
Paul Bulcke | LEADS | Nestlé S.A. | current | role=chairman
Mark Schneider | LEADS | Nestlé S.A. | former | role=CEO
Nescafé | SUBSIDIARY_OF | Nestlé S.A. | current
KitKat | SUBSIDIARY_OF | Nestlé S.A. | current
Purina | SUBSIDIARY_OF | Nestlé S.A. | current
Nestlé S.A. | COMPETES_WITH | Unilever | current
Nestlé S.A. | COMPETES_WITH | Danone | current
Nestlé S.A. | COMPETES_WITH | Mondelez International | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
