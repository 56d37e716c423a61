"""Write gold/*.json for the newsdec9 set (same format and rules as ../newsdev).

Seven articles written in the 2026-12-02 (fourth) session, for a ninth first-run estimate:
DSV's completed purchase of DB Schenker, the Windsurf/OpenAI/Google/Cognition week (an
explainer), Jindal's offer for Thyssenkrupp's steel arm (a brief), Torrent Pharma's deal for
JB Chemicals (Indian business press, amounts in crore), Comcast's Versant spin-off (a web
page), the HD Hyundai shipyard merger (a translated wire story) and Unilever's purchase of
Dr. Squatch (a press release). The gold was committed before the extractor first ran on
them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "p1_freight_deal.txt": {
        "companies": ["DSV", "DB Schenker|Schenker", "Deutsche Bahn", "Kuehne+Nagel", "DHL",
                      "CVC Capital Partners"],
        "people": ["Jens H. Lund"],
        "relations": """
DSV | ACQUIRED | DB Schenker | completed | amount=14300000000 currency=EUR seller=Deutsche Bahn
DB Schenker | SUBSIDIARY_OF | Deutsche Bahn | former
DB Schenker | SUBSIDIARY_OF | DSV | current?
Deutsche Bahn | ACQUIRED | DB Schenker | completed? | date=2002
CVC Capital Partners | ACQUIRED | DB Schenker | rumored?
DSV | COMPETES_WITH | CVC Capital Partners | current?
DSV | COMPETES_WITH | Kuehne+Nagel | current
DSV | COMPETES_WITH | DHL | current
Jens H. Lund | LEADS | DSV | current | role=CEO
""",
    },
    "p2_coding_startup.txt": {
        "companies": ["Windsurf|Codeium", "OpenAI", "Google", "Google DeepMind", "Cognition", "Cursor",
                      "Anysphere", "Microsoft", "GitHub Copilot"],
        "people": ["Varun Mohan", "Douglas Chen", "Jeff Wang", "Scott Wu"],
        "relations": """
OpenAI | ACQUIRED | Windsurf | planned? | amount=3000000000 currency=USD
Varun Mohan | LEADS | Windsurf | former | role=CEO
Varun Mohan | FOUNDED | Windsurf | completed | date=2021
Douglas Chen | FOUNDED | Windsurf | completed | date=2021
Varun Mohan | WORKS_FOR | Google DeepMind | planned?
Douglas Chen | WORKS_FOR | Google DeepMind | planned?
Varun Mohan | WORKS_FOR | Google | planned?
Douglas Chen | WORKS_FOR | Google | planned?
Douglas Chen | WORKS_FOR | Windsurf | former?
Jeff Wang | LEADS | Windsurf | current | role=CEO
Jeff Wang | WORKS_FOR | Windsurf | former?
Cognition | ACQUIRED | Windsurf | planned
Scott Wu | LEADS | Cognition | current | role=CEO
Google DeepMind | SUBSIDIARY_OF | Google | current?
Windsurf | COMPETES_WITH | Cursor | current
Windsurf | COMPETES_WITH | GitHub Copilot | current
Windsurf | COMPETES_WITH | Anysphere | current?
Windsurf | COMPETES_WITH | Microsoft | current?
Cursor | SUBSIDIARY_OF | Anysphere | current?
GitHub Copilot | SUBSIDIARY_OF | Microsoft | current
""",
    },
    "p3_steel_offer.txt": {
        "companies": ["Thyssenkrupp", "Jindal Steel International", "Thyssenkrupp Steel Europe",
                      "EP Corporate Group", "Jindal Steel & Power", "TKMS"],
        "people": ["Miguel López", "Daniel Kretinsky", "Naveen Jindal"],
        "relations": """
Jindal Steel International | ACQUIRED | Thyssenkrupp Steel Europe | planned?
Thyssenkrupp Steel Europe | SUBSIDIARY_OF | Thyssenkrupp | current
Miguel López | LEADS | Thyssenkrupp | current | role=CEO
EP Corporate Group | INVESTED_IN | Thyssenkrupp Steel Europe | current | date=2024 stake_pct=20
Daniel Kretinsky | LEADS | EP Corporate Group | current?
Daniel Kretinsky | INVESTED_IN | EP Corporate Group | current?
Naveen Jindal | LEADS | Jindal Steel & Power | current | role=chairman
Naveen Jindal | LEADS | Jindal Steel International | current?
Jindal Steel International | SUBSIDIARY_OF | Jindal Steel & Power | current?
TKMS | SUBSIDIARY_OF | Thyssenkrupp | current
Thyssenkrupp | INVESTED_IN | TKMS | planned? | stake_pct=51
""",
    },
    "p4_pharma_control.txt": {
        "companies": ["Torrent Pharmaceuticals|Torrent Pharma|Torrent",
                      "JB Chemicals & Pharmaceuticals|JB Pharma", "KKR", "Tau Investment Holdings",
                      "Torrent Group", "Sun Pharmaceutical", "Cipla"],
        "people": ["Samir Mehta", "Nikhil Chopra"],
        "relations": """
Torrent Pharmaceuticals | ACQUIRED | JB Chemicals & Pharmaceuticals | planned | seller=KKR
JB Chemicals & Pharmaceuticals | MERGED_INTO | Torrent Pharmaceuticals | planned
Torrent Pharmaceuticals | INVESTED_IN | JB Chemicals & Pharmaceuticals | planned? | stake_pct=46.39
Tau Investment Holdings | SUBSIDIARY_OF | KKR | current
Tau Investment Holdings | INVESTED_IN | JB Chemicals & Pharmaceuticals | current? | stake_pct=46.39
KKR | ACQUIRED | JB Chemicals & Pharmaceuticals | completed | date=2020
JB Chemicals & Pharmaceuticals | SUBSIDIARY_OF | KKR | current?
Samir Mehta | LEADS | Torrent Group | current | role=chairman
Torrent Pharmaceuticals | SUBSIDIARY_OF | Torrent Group | current?
Nikhil Chopra | LEADS | JB Chemicals & Pharmaceuticals | current | role=CEO
Torrent Pharmaceuticals | COMPETES_WITH | Sun Pharmaceutical | current
Torrent Pharmaceuticals | COMPETES_WITH | Cipla | current
""",
    },
    "p5_cable_spinoff.html": {
        "companies": ["Comcast", "Versant", "NBCUniversal", "USA Network", "CNBC", "MSNBC", "Oxygen", "E!",
                      "Syfy", "Golf Channel", "Fandango", "Rotten Tomatoes", "NBCUniversal Media Group",
                      "Bravo", "Peacock", "Warner Bros. Discovery", "Discovery Global", "ScreenBiz Daily"],
        "people": ["Mark Lazarus", "Anand Kini", "Brian Roberts"],
        "relations": """
Versant | SUBSIDIARY_OF | Comcast | current?
USA Network | SUBSIDIARY_OF | Versant | planned
CNBC | SUBSIDIARY_OF | Versant | planned
MSNBC | SUBSIDIARY_OF | Versant | planned
Oxygen | SUBSIDIARY_OF | Versant | planned
E! | SUBSIDIARY_OF | Versant | planned
Syfy | SUBSIDIARY_OF | Versant | planned
Golf Channel | SUBSIDIARY_OF | Versant | planned
Fandango | SUBSIDIARY_OF | Versant | planned
Rotten Tomatoes | SUBSIDIARY_OF | Versant | planned
USA Network | SUBSIDIARY_OF | NBCUniversal | current?
CNBC | SUBSIDIARY_OF | NBCUniversal | current?
MSNBC | SUBSIDIARY_OF | NBCUniversal | current?
Oxygen | SUBSIDIARY_OF | NBCUniversal | current?
E! | SUBSIDIARY_OF | NBCUniversal | current?
Syfy | SUBSIDIARY_OF | NBCUniversal | current?
Golf Channel | SUBSIDIARY_OF | NBCUniversal | current?
Mark Lazarus | LEADS | Versant | planned | role=CEO
Mark Lazarus | LEADS | NBCUniversal Media Group | current | role=chairman
Anand Kini | WORKS_FOR | Versant | planned
Anand Kini | LEADS | Versant | planned? | role=CFO
Bravo | SUBSIDIARY_OF | NBCUniversal | current
Peacock | SUBSIDIARY_OF | NBCUniversal | current
NBCUniversal Media Group | SUBSIDIARY_OF | NBCUniversal | current?
NBCUniversal | SUBSIDIARY_OF | Comcast | current?
Brian Roberts | LEADS | Comcast | current | role=CEO
Discovery Global | SUBSIDIARY_OF | Warner Bros. Discovery | planned?
""",
    },
    "p6_shipyard_merger.txt": {
        "companies": ["HD Hyundai Heavy Industries|HD Hyundai Heavy", "HD Hyundai Mipo",
                      "HD Korea Shipbuilding & Offshore Engineering", "HD Hyundai", "Hanwha Ocean",
                      "Samsung Heavy Industries"],
        "people": ["Chung Ki-sun"],
        "relations": """
HD Hyundai Mipo | MERGED_INTO | HD Hyundai Heavy Industries | planned
HD Hyundai Heavy Industries | ACQUIRED | HD Hyundai Mipo | planned?
HD Hyundai Mipo | SUBSIDIARY_OF | HD Korea Shipbuilding & Offshore Engineering | current
HD Hyundai Heavy Industries | SUBSIDIARY_OF | HD Korea Shipbuilding & Offshore Engineering | current
HD Korea Shipbuilding & Offshore Engineering | SUBSIDIARY_OF | HD Hyundai | current
HD Hyundai Mipo | SUBSIDIARY_OF | HD Hyundai | current?
HD Hyundai Heavy Industries | SUBSIDIARY_OF | HD Hyundai | current?
Chung Ki-sun | LEADS | HD Hyundai | current | role=chairman
HD Hyundai Heavy Industries | COMPETES_WITH | Hanwha Ocean | current
HD Hyundai Heavy Industries | COMPETES_WITH | Samsung Heavy Industries | current
""",
    },
    "p7_grooming_release.txt": {
        "companies": ["Unilever", "Dr. Squatch", "Summit Partners", "Unilever Personal Care", "Dove", "Rexona",
                      "Axe"],
        "people": ["Jack Haldrup", "Fabian Garcia", "Fernando Fernandez", "Hein Schumacher"],
        "relations": """
Unilever | ACQUIRED | Dr. Squatch | planned | amount=1500000000 currency=USD seller=Summit Partners
Dr. Squatch | SUBSIDIARY_OF | Summit Partners | current?
Dr. Squatch | SUBSIDIARY_OF | Unilever | planned?
Jack Haldrup | FOUNDED | Dr. Squatch | completed | date=2013
Dr. Squatch | SUBSIDIARY_OF | Unilever Personal Care | planned
Unilever Personal Care | SUBSIDIARY_OF | Unilever | current?
Dove | SUBSIDIARY_OF | Unilever Personal Care | current
Rexona | SUBSIDIARY_OF | Unilever Personal Care | current
Axe | SUBSIDIARY_OF | Unilever Personal Care | current
Fabian Garcia | LEADS | Unilever Personal Care | current | role=president
Fernando Fernandez | LEADS | Unilever | current | role=CEO
Hein Schumacher | LEADS | Unilever | former | role=CEO
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
