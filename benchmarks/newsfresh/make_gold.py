"""Write gold/*.json for the fresh news articles (same format and rules as ../newsdev).

These five articles were written and annotated after all tuning on newsdev and
newsheldout, and the extractor was not run on them before their gold was committed:
their first score is the project's estimate for news it has never seen. Do not tune
rules on them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "c1_network_software.txt": {
        "companies": ["Cisco Systems|Cisco", "Splunk", "Palo Alto Networks", "CrowdStrike", "AppDynamics",
                      "ThousandEyes", "European Union"],
        "people": ["Gary Steele", "Chuck Robbins"],
        "relations": """
Cisco Systems | ACQUIRED | Splunk | completed
Gary Steele | LEADS | Splunk | current | role=CEO date=2022
Gary Steele | REPORTS_TO | Chuck Robbins | planned
Gary Steele | WORKS_FOR | Cisco Systems | planned?
Chuck Robbins | LEADS | Cisco Systems | current | role=CEO
Splunk | SUBSIDIARY_OF | Cisco Systems | planned?
Splunk | MERGED_INTO | Cisco Systems | planned?
Cisco Systems | COMPETES_WITH | Palo Alto Networks | current?
Cisco Systems | COMPETES_WITH | CrowdStrike | current?
Cisco Systems | ACQUIRED | AppDynamics | completed | date=2017
Cisco Systems | ACQUIRED | ThousandEyes | completed | date=2020
""",
    },
    "c2_convenience_bid.txt": {
        "companies": ["Seven & i Holdings|Seven & i", "7-Eleven", "Alimentation Couche-Tard|Couche-Tard", "Circle K",
                      "Itochu", "7-Eleven Inc"],
        "people": ["Stephen Dacus", "Ryuichi Isaka|Isaka"],
        "relations": """
7-Eleven | SUBSIDIARY_OF | Seven & i Holdings | current
Alimentation Couche-Tard | ACQUIRED | Seven & i Holdings | rumored
Circle K | SUBSIDIARY_OF | Alimentation Couche-Tard | current
Itochu | INVESTED_IN | Seven & i Holdings | rumored
7-Eleven Inc | SUBSIDIARY_OF | Seven & i Holdings | current
Stephen Dacus | LEADS | Seven & i Holdings | planned | role=CEO
Ryuichi Isaka | LEADS | Seven & i Holdings | current | role=CEO date=2016
Stephen Dacus | WORKS_FOR | Seven & i Holdings | current?
""",
    },
    "c3_drug_plants.txt": {
        "companies": ["Novo Holdings", "Novo Nordisk", "Catalent", "Eli Lilly"],
        "people": ["Alessandro Maselli", "Kasim Kutay"],
        "relations": """
Novo Holdings | ACQUIRED | Catalent | completed | amount=16500000000 currency=USD
Novo Nordisk | SUBSIDIARY_OF | Novo Holdings | current
Novo Nordisk | COMPETES_WITH | Eli Lilly | current?
Catalent | SUBSIDIARY_OF | Novo Holdings | planned
Alessandro Maselli | LEADS | Catalent | current | role=CEO
Kasim Kutay | LEADS | Novo Holdings | current | role=CEO
Novo Holdings | INVESTED_IN | Catalent | planned?
""",
    },
    "c4_ev_price_war.txt": {
        "companies": ["Xiaomi", "Tesla", "BYD", "Nio", "Xpeng", "Geely", "Volvo Cars", "Zeekr", "Xiaomi EV",
                      "Morgan Stanley", "Apple"],
        "people": ["Lei Jun|Lei"],
        "relations": """
Lei Jun | FOUNDED | Xiaomi | completed
Lei Jun | LEADS | Xiaomi | current? | role=founder
Xiaomi | COMPETES_WITH | Tesla | current?
Volvo Cars | SUBSIDIARY_OF | Geely | current
Zeekr | SUBSIDIARY_OF | Geely | current
Xiaomi EV | SUBSIDIARY_OF | Xiaomi | current?
Lei Jun | LEADS | Xiaomi EV | current | role=head
Apple | COMPETES_WITH | Xiaomi | former
""",
    },
    "c5_sportswear_ceo.txt": {
        "companies": ["Nike", "eBay", "ServiceNow", "Foot Locker", "Hoka", "On", "Deckers Brands"],
        "people": ["Elliott Hill|Hill", "John Donahoe|Donahoe", "Mark Parker"],
        "relations": """
Elliott Hill | LEADS | Nike | current | role=president
John Donahoe | LEADS | Nike | former | role=CEO
Elliott Hill | WORKS_FOR | Nike | former?
John Donahoe | LEADS | eBay | former | role=CEO
John Donahoe | LEADS | ServiceNow | former | role=CEO
John Donahoe | WORKS_FOR | Nike | current? | date=2020
Nike | COMPETES_WITH | Hoka | current
Nike | COMPETES_WITH | On | current
Hoka | SUBSIDIARY_OF | Deckers Brands | current
Elliott Hill | REPORTS_TO | Mark Parker | planned
Mark Parker | LEADS | Nike | current | role=chairman
""",
    },
}


if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
