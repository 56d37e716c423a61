"""Write gold/*.json for the newsdec18 set (same format and rules as ../newsdev).

Four articles written late in the 2026-12-03 (eighth) session, for an eighteenth first-run
estimate: Rogers completing its Shaw takeover (a Canadian wire story), Blackstone and Vista
taking Smartsheet private (a brief), the Nordstrom family and El Puerto de Liverpool buying
Nordstrom (a feature with 'per cent') and Roark Capital completing Subway (restaurant trade
press). The gold was committed before the extractor first ran on them. The corporate facts
are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "w1_cable_merger.txt": {
        "companies": ["Rogers Communications|Rogers|Rogers Communications Inc", "Shaw Communications|Shaw",
                      "Freedom Mobile", "Videotron", "Quebecor", "Competition Bureau", "BCE", "Telus"],
        "people": ["Tony Staffieri", "Brad Shaw", "JR Shaw"],
        "relations": """
Rogers Communications | ACQUIRED | Shaw Communications | completed | amount=26000000000 currency=CAD
Shaw Communications | SUBSIDIARY_OF | Rogers Communications | current?
Videotron | ACQUIRED | Freedom Mobile | planned | amount=2850000000 currency=CAD seller=Shaw Communications
Freedom Mobile | SUBSIDIARY_OF | Shaw Communications | former?
Videotron | SUBSIDIARY_OF | Quebecor | current
Tony Staffieri | LEADS | Rogers Communications | current | role=CEO
Brad Shaw | LEADS | Shaw Communications | former
JR Shaw | FOUNDED | Shaw Communications | completed
Brad Shaw | WORKS_FOR | Rogers Communications | planned
Rogers Communications | COMPETES_WITH | BCE | current
Rogers Communications | COMPETES_WITH | Telus | current
""",
    },
    "w2_workplace_software.txt": {
        "companies": ["Smartsheet|Smartsheet Inc", "Blackstone", "Vista Equity Partners", "Asana", "Monday.com",
                      "Atlassian"],
        "people": ["Mark Mader"],
        "relations": """
Blackstone | ACQUIRED | Smartsheet | planned | amount=8400000000 currency=USD
Vista Equity Partners | ACQUIRED | Smartsheet | planned | amount=8400000000 currency=USD
Smartsheet | SUBSIDIARY_OF | Blackstone | planned?
Smartsheet | SUBSIDIARY_OF | Vista Equity Partners | planned?
Mark Mader | LEADS | Smartsheet | current | role=CEO
Smartsheet | COMPETES_WITH | Asana | current
Smartsheet | COMPETES_WITH | Monday.com | current
Smartsheet | COMPETES_WITH | Atlassian | current
""",
    },
    "w3_department_store.txt": {
        "companies": ["Nordstrom", "El Puerto de Liverpool|Liverpool", "Nordstrom Rack", "TJX", "T.J. Maxx",
                      "Ross Stores", "Macy's", "Saks Global"],
        "people": ["Erik Nordstrom", "Pete Nordstrom|Pete"],
        "relations": """
El Puerto de Liverpool | ACQUIRED | Nordstrom | planned? | amount=6250000000 currency=USD
El Puerto de Liverpool | INVESTED_IN | Nordstrom | current
Erik Nordstrom | LEADS | Nordstrom | current | role=CEO
Pete Nordstrom | LEADS | Nordstrom | current | role=president
Nordstrom Rack | SUBSIDIARY_OF | Nordstrom | current?
Nordstrom Rack | COMPETES_WITH | T.J. Maxx | current
Nordstrom Rack | COMPETES_WITH | Ross Stores | current
T.J. Maxx | SUBSIDIARY_OF | TJX | current
Nordstrom | COMPETES_WITH | Macy's | current
Nordstrom | COMPETES_WITH | Saks Global | current
""",
    },
    "w4_sandwich_chain.txt": {
        "companies": ["Roark Capital Group|Roark|Roark Capital", "Subway", "Inspire Brands|Inspire", "Arby's",
                      "Dunkin'|Dunkin", "Buffalo Wild Wings", "Jersey Mike's", "Jimmy John's"],
        "people": ["Fred DeLuca", "Peter Buck", "John Chidsey"],
        "relations": """
Roark Capital Group | ACQUIRED | Subway | completed | amount=9600000000 currency=USD
Subway | SUBSIDIARY_OF | Roark Capital Group | current?
Fred DeLuca | FOUNDED | Subway | completed | date=1965
Peter Buck | FOUNDED | Subway | completed | date=1965
Inspire Brands | SUBSIDIARY_OF | Roark Capital Group | current
Arby's | SUBSIDIARY_OF | Inspire Brands | current
Dunkin' | SUBSIDIARY_OF | Inspire Brands | current
Buffalo Wild Wings | SUBSIDIARY_OF | Inspire Brands | current
John Chidsey | LEADS | Subway | current | role=CEO
Subway | COMPETES_WITH | Jersey Mike's | current
Subway | COMPETES_WITH | Jimmy John's | current
Jimmy John's | SUBSIDIARY_OF | Inspire Brands | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
