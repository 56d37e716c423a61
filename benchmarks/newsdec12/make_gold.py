"""Write gold/*.json for the newsdec12 set (same format and rules as ../newsdev).

Seven articles written in the 2026-12-02 (fifth) session, for a twelfth first-run
estimate: ConocoPhillips/Marathon Oil (a wire story), Recruit folding Glassdoor into Indeed
(tech press), Doosan's cancelled Bobcat reshuffle (a translated wire story), Bajaj Finserv
buying out Allianz (Indian business press, crore), Aviva/Direct Line (British business
press), ServiceNow/Moveworks (a press release as a web page) and Nvidia/Run:ai (a brief).
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
    "r1_shale_deal.txt": {
        "companies": ["ConocoPhillips", "Marathon Oil|Marathon", "Federal Trade Commission", "Exxon Mobil", "Chevron"],
        "people": ["Lee Tillman", "Ryan Lance"],
        "relations": """
ConocoPhillips | ACQUIRED | Marathon Oil | completed | amount=22500000000 currency=USD
Marathon Oil | SUBSIDIARY_OF | ConocoPhillips | current?
Lee Tillman | LEADS | Marathon Oil | current? | role=CEO
Ryan Lance | LEADS | ConocoPhillips | current | role=chairman
ConocoPhillips | COMPETES_WITH | Exxon Mobil | current
ConocoPhillips | COMPETES_WITH | Chevron | current
""",
    },
    "r2_jobs_sites.txt": {
        "companies": ["Recruit Holdings|Recruit", "Glassdoor", "Indeed", "LinkedIn", "Microsoft"],
        "people": ["Christian Sutherland-Wong", "Hisayuki Idekoba|Idekoba"],
        "relations": """
Glassdoor | MERGED_INTO | Indeed | planned
Glassdoor | SUBSIDIARY_OF | Recruit Holdings | current
Indeed | SUBSIDIARY_OF | Recruit Holdings | current
Christian Sutherland-Wong | LEADS | Glassdoor | current | role=CEO
Hisayuki Idekoba | LEADS | Indeed | current
Hisayuki Idekoba | LEADS | Recruit Holdings | current | role=CEO
Recruit Holdings | ACQUIRED | Indeed | completed | date=2012
Recruit Holdings | ACQUIRED | Glassdoor | completed | date=2018 amount=1200000000 currency=USD
Indeed | COMPETES_WITH | LinkedIn | current
Glassdoor | COMPETES_WITH | LinkedIn | current
LinkedIn | SUBSIDIARY_OF | Microsoft | current
""",
    },
    "r3_machinery_reshuffle.txt": {
        "companies": ["Doosan Group|Doosan", "Doosan Bobcat|Bobcat", "Doosan Robotics|Robotics", "Doosan Enerbility",
                      "Caterpillar", "Deere"],
        "people": ["Park Jeong-won"],
        "relations": """
Doosan Bobcat | SUBSIDIARY_OF | Doosan Robotics | planned?
Doosan Bobcat | SUBSIDIARY_OF | Doosan Group | current?
Doosan Robotics | SUBSIDIARY_OF | Doosan Group | current?
Doosan Enerbility | SUBSIDIARY_OF | Doosan Group | current?
Doosan Enerbility | INVESTED_IN | Doosan Bobcat | current | stake_pct=46
Doosan Bobcat | SUBSIDIARY_OF | Doosan Enerbility | current?
Doosan Robotics | ACQUIRED | Doosan Bobcat | planned?
Park Jeong-won | LEADS | Doosan Group | current | role=chairman
Doosan Bobcat | COMPETES_WITH | Caterpillar | current
Doosan Bobcat | COMPETES_WITH | Deere | current
""",
    },
    "r4_insurance_stake.txt": {
        "companies": ["Bajaj Finserv", "Allianz", "Bajaj Allianz General Insurance", "Bajaj Allianz Life Insurance",
                      "Jio Financial Services", "Reliance Industries", "Competition Commission of India"],
        "people": ["Sanjiv Bajaj", "Mukesh Ambani"],
        "relations": """
Bajaj Finserv | INVESTED_IN | Bajaj Allianz General Insurance | current?
Bajaj Finserv | INVESTED_IN | Bajaj Allianz Life Insurance | current?
Allianz | INVESTED_IN | Bajaj Allianz General Insurance | current | stake_pct=26
Allianz | INVESTED_IN | Bajaj Allianz Life Insurance | current | stake_pct=26
Bajaj Finserv | ACQUIRED | Bajaj Allianz General Insurance | planned? | seller=Allianz
Bajaj Finserv | ACQUIRED | Bajaj Allianz Life Insurance | planned? | seller=Allianz
Bajaj Allianz General Insurance | SUBSIDIARY_OF | Bajaj Finserv | planned?
Bajaj Allianz Life Insurance | SUBSIDIARY_OF | Bajaj Finserv | planned?
Sanjiv Bajaj | LEADS | Bajaj Finserv | current | role=chairman
Jio Financial Services | SUBSIDIARY_OF | Reliance Industries | current
Mukesh Ambani | LEADS | Reliance Industries | current?
""",
    },
    "r5_motor_insurer.txt": {
        "companies": ["Aviva", "Direct Line Group|Direct Line", "Churchill", "Green Flag", "Privilege", "Ageas",
                      "Admiral"],
        "people": ["Adam Winslow", "Amanda Blanc"],
        "relations": """
Aviva | ACQUIRED | Direct Line Group | completed | amount=3700000000 currency=GBP
Direct Line Group | SUBSIDIARY_OF | Aviva | current?
Churchill | SUBSIDIARY_OF | Direct Line Group | current
Green Flag | SUBSIDIARY_OF | Direct Line Group | current
Privilege | SUBSIDIARY_OF | Direct Line Group | current
Ageas | ACQUIRED | Direct Line Group | rumored?
Adam Winslow | LEADS | Direct Line Group | current | role=CEO
Amanda Blanc | LEADS | Aviva | current | role=CEO
Aviva | COMPETES_WITH | Admiral | current
""",
    },
    "r6_ai_assistant_release.html": {
        "companies": ["ServiceNow|ServiceNow, Inc.", "Moveworks"],
        "people": ["Bhavin Shah", "Vaibhav Nivargi", "Varun Singh", "Jiang Chen", "Bill McDermott"],
        "relations": """
ServiceNow | ACQUIRED | Moveworks | planned | amount=2850000000 currency=USD
Moveworks | SUBSIDIARY_OF | ServiceNow | planned?
Bhavin Shah | FOUNDED | Moveworks | completed | date=2016
Vaibhav Nivargi | FOUNDED | Moveworks | completed | date=2016
Varun Singh | FOUNDED | Moveworks | completed | date=2016
Jiang Chen | FOUNDED | Moveworks | completed | date=2016
Bhavin Shah | LEADS | Moveworks | current | role=CEO
Bhavin Shah | WORKS_FOR | ServiceNow | planned
Bill McDermott | LEADS | ServiceNow | current | role=chairman
""",
    },
    "r7_gpu_software.txt": {
        "companies": ["Nvidia", "Run:ai", "European Commission", "Advanced Micro Devices", "Intel"],
        "people": ["Omri Geller", "Ronen Dar", "Jensen Huang"],
        "relations": """
Nvidia | ACQUIRED | Run:ai | completed | amount=700000000 currency=USD
Run:ai | SUBSIDIARY_OF | Nvidia | current?
Omri Geller | FOUNDED | Run:ai | completed | date=2018
Ronen Dar | FOUNDED | Run:ai | completed | date=2018
Omri Geller | WORKS_FOR | Nvidia | planned
Ronen Dar | WORKS_FOR | Nvidia | planned
Nvidia | COMPETES_WITH | Advanced Micro Devices | current
Nvidia | COMPETES_WITH | Intel | current
Jensen Huang | LEADS | Nvidia | current | role=CEO
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
