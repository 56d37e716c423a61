"""Write gold/*.json for the newsdec30 set (same format and rules as ../newsdev).

Five articles written in the 2026-12-04 (fourteenth) session, for a thirtieth first-run
estimate: Yageo winning Shibaura Electronics against a friendly counter-bidder (a withdrawn
offer, an earlier purchase, rivals), Suntory's chairman resigning (a past chief executive
post, a renamed acquisition, a jointly owned former employer, a listed arm with brands),
Celltrion absorbing its sales affiliate (a Korean wire, a holding company, a majority-held
affiliate, a spun-off rival), OCBC's offer for the rest of Great Eastern (a stake raised, a
subsidiary, a rival named as a unit of its parent) and Virgin Australia's listing (a private
equity owner keeping a minority, a stake bought, a succession, a rival with a budget arm).
The gold was committed before the extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "q1_sensor_bidding_war.txt": {
        "companies": ["Yageo Corp|Yageo", "Shibaura Electronics|Shibaura", "MinebeaMitsumi", "Kemet",
                      "Murata Manufacturing", "TDK Corp|TDK"],
        "people": ["Pierre Chen"],
        "relations": """
Yageo Corp | ACQUIRED | Shibaura Electronics | completed | amount=110000000000 currency=JPY
MinebeaMitsumi | ACQUIRED | Shibaura Electronics | planned?
Shibaura Electronics | SUBSIDIARY_OF | Yageo Corp | current?
Yageo Corp | COMPETES_WITH | MinebeaMitsumi | current?
Yageo Corp | ACQUIRED | Kemet | completed | date=2020 amount=1800000000 currency=USD
Kemet | SUBSIDIARY_OF | Yageo Corp | current?
Yageo Corp | COMPETES_WITH | Murata Manufacturing | current
Yageo Corp | COMPETES_WITH | TDK Corp | current
Pierre Chen | LEADS | Yageo Corp | current | role=chairman
""",
    },
    "q2_drinks_chairman.txt": {
        "companies": ["Suntory Holdings|Suntory", "Lawson", "Suntory Global Spirits|Beam Suntory|Beam Inc",
                      "Mitsubishi Corp", "KDDI", "Suntory Beverage & Food", "Coca-Cola Bottlers Japan",
                      "Asahi Group Holdings", "Orangina", "Lucozade"],
        "people": ["Takeshi Niinami|Niinami", "Nobuhiro Torii"],
        "relations": """
Takeshi Niinami | LEADS | Suntory Holdings | former | role=chairman
Takeshi Niinami | WORKS_FOR | Suntory Holdings | former?
Takeshi Niinami | LEADS | Lawson | former | role=CEO
Takeshi Niinami | WORKS_FOR | Lawson | former?
Suntory Holdings | ACQUIRED | Suntory Global Spirits | completed | date=2014 amount=16000000000 currency=USD
Suntory Global Spirits | SUBSIDIARY_OF | Suntory Holdings | current?
Lawson | SUBSIDIARY_OF | Mitsubishi Corp | current
Lawson | SUBSIDIARY_OF | KDDI | current
Mitsubishi Corp | INVESTED_IN | Lawson | current?
KDDI | INVESTED_IN | Lawson | current?
Mitsubishi Corp | ACQUIRED | Lawson | completed?
KDDI | ACQUIRED | Lawson | completed?
Nobuhiro Torii | LEADS | Suntory Holdings | current | role=CEO
Suntory Beverage & Food | SUBSIDIARY_OF | Suntory Holdings | current
Suntory Beverage & Food | COMPETES_WITH | Coca-Cola Bottlers Japan | current
Suntory Beverage & Food | COMPETES_WITH | Asahi Group Holdings | current
Orangina | SUBSIDIARY_OF | Suntory Beverage & Food | current
Lucozade | SUBSIDIARY_OF | Suntory Beverage & Food | current
""",
    },
    "q3_biosimilar_merger.txt": {
        "companies": ["Celltrion Inc.|Celltrion", "Celltrion Healthcare Co.|Celltrion Healthcare", "Korea Exchange",
                      "Celltrion Holdings", "Celltrion Pharm", "Samsung Bioepis", "Samsung Biologics", "Sandoz",
                      "Novartis", "Johnson & Johnson"],
        "people": ["Seo Jung-jin|Seo"],
        "relations": """
Celltrion Healthcare Co. | MERGED_INTO | Celltrion Inc. | completed
Celltrion Healthcare Co. | SUBSIDIARY_OF | Celltrion Inc. | former?
Seo Jung-jin | FOUNDED | Celltrion Inc. | completed
Seo Jung-jin | LEADS | Celltrion Inc. | current | role=chairman
Celltrion Holdings | INVESTED_IN | Celltrion Inc. | current
Seo Jung-jin | INVESTED_IN | Celltrion Holdings | current?
Celltrion Pharm | MERGED_INTO | Celltrion Inc. | planned?
Celltrion Pharm | SUBSIDIARY_OF | Celltrion Inc. | current
Celltrion Inc. | INVESTED_IN | Celltrion Pharm | current? | stake_pct=55
Celltrion Inc. | COMPETES_WITH | Samsung Bioepis | current
Celltrion Inc. | COMPETES_WITH | Sandoz | current
Samsung Bioepis | SUBSIDIARY_OF | Samsung Biologics | current
Sandoz | SUBSIDIARY_OF | Novartis | former
Celltrion Inc. | COMPETES_WITH | Johnson & Johnson | current?
""",
    },
    "q4_insurer_offer.txt": {
        "companies": ["Oversea-Chinese Banking Corp|OCBC", "Great Eastern Holdings|Great Eastern", "Prudential Singapore",
                      "AIA Singapore", "AIA Group", "Singapore Exchange"],
        "people": ["Greg Hingston", "Helen Wong"],
        "relations": """
Oversea-Chinese Banking Corp | ACQUIRED | Great Eastern Holdings | planned?
Oversea-Chinese Banking Corp | INVESTED_IN | Great Eastern Holdings | current? | stake_pct=93.7
Great Eastern Holdings | SUBSIDIARY_OF | Oversea-Chinese Banking Corp | current
Great Eastern Holdings | COMPETES_WITH | Prudential Singapore | current
Great Eastern Holdings | COMPETES_WITH | AIA Singapore | current
AIA Singapore | SUBSIDIARY_OF | AIA Group | current
Greg Hingston | LEADS | Great Eastern Holdings | current | role=CEO
Helen Wong | LEADS | Oversea-Chinese Banking Corp | current | role=CEO
""",
    },
    "q5_airline_listing.txt": {
        "companies": ["Virgin Australia", "Bain Capital", "Qatar Airways", "Qantas Airways|Qantas", "Jetstar", "Rex",
                      "Velocity Frequent Flyer"],
        "people": ["Dave Emerson", "Jayne Hrdlicka", "Vanessa Hudson"],
        "relations": """
Bain Capital | ACQUIRED | Virgin Australia | completed | date=2020 amount=3500000000 currency=AUD
Bain Capital | INVESTED_IN | Virgin Australia | current | stake_pct=30
Virgin Australia | SUBSIDIARY_OF | Bain Capital | former?
Qatar Airways | INVESTED_IN | Virgin Australia | current | stake_pct=25
Dave Emerson | LEADS | Virgin Australia | current | role=CEO
Jayne Hrdlicka | LEADS | Virgin Australia | former | role=CEO
Virgin Australia | COMPETES_WITH | Qantas Airways | current
Virgin Australia | COMPETES_WITH | Jetstar | current?
Jetstar | SUBSIDIARY_OF | Qantas Airways | current
Vanessa Hudson | LEADS | Qantas Airways | current | role=CEO
Rex | COMPETES_WITH | Virgin Australia | current?
Rex | COMPETES_WITH | Qantas Airways | current?
Velocity Frequent Flyer | SUBSIDIARY_OF | Virgin Australia | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
