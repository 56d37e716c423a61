"""Write gold/*.json for the newsdec15 set (same format and rules as ../newsdev).

Seven articles written in the 2026-12-02 (sixth) session, for a fifteenth first-run
estimate: Abbott/Exact Sciences (a wire story), Skechers going private with 3G Capital (a
brief), PepsiCo/Poppi (a question-and-answer explainer), JSW Paints/Akzo Nobel India
(Indian business press, crore), Shell denying a BP bid (British business press),
IBM/Confluent (a press release as a web page) and the abandoned XRG bid for Santos (a
wire story). The gold was committed before the extractor first ran on them. The
corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "u1_cancer_tests.txt": {
        "companies": ["Abbott Laboratories|Abbott", "Exact Sciences|Exact", "Guardant Health"],
        "people": ["Kevin Conroy", "Robert Ford"],
        "relations": """
Abbott Laboratories | ACQUIRED | Exact Sciences | planned | amount=21000000000 currency=USD
Exact Sciences | SUBSIDIARY_OF | Abbott Laboratories | planned?
Exact Sciences | COMPETES_WITH | Guardant Health | current
Kevin Conroy | LEADS | Exact Sciences | current | role=CEO date=2009
Robert Ford | LEADS | Abbott Laboratories | current | role=CEO
""",
    },
    "u2_sneaker_buyout.txt": {
        "companies": ["Skechers|Skechers U.S.A.", "3G Capital", "Restaurant Brands International", "Burger King",
                      "Kraft Heinz", "Nike", "Adidas"],
        "people": ["Robert Greenberg", "Jorge Paulo Lemann"],
        "relations": """
3G Capital | ACQUIRED | Skechers | planned | amount=9400000000 currency=USD
Skechers | SUBSIDIARY_OF | 3G Capital | planned?
Robert Greenberg | FOUNDED | Skechers | completed | date=1992
Robert Greenberg | LEADS | Skechers | current | role=CEO
Jorge Paulo Lemann | FOUNDED | 3G Capital | completed
3G Capital | INVESTED_IN | Restaurant Brands International | current?
3G Capital | INVESTED_IN | Kraft Heinz | current?
Burger King | SUBSIDIARY_OF | Restaurant Brands International | current
Skechers | COMPETES_WITH | Nike | current
Skechers | COMPETES_WITH | Adidas | current
""",
    },
    "u3_soda_explainer.txt": {
        "companies": ["Poppi", "PepsiCo", "Olipop", "Coca-Cola"],
        "people": ["Allison Ellsworth", "Stephen Ellsworth", "Ramon Laguarta"],
        "relations": """
Allison Ellsworth | FOUNDED | Poppi | completed
Stephen Ellsworth | FOUNDED | Poppi | completed
PepsiCo | ACQUIRED | Poppi | completed | date=2025-05 amount=1950000000 currency=USD
Poppi | SUBSIDIARY_OF | PepsiCo | current?
Poppi | COMPETES_WITH | Olipop | current
Poppi | COMPETES_WITH | Coca-Cola | current
Ramon Laguarta | LEADS | PepsiCo | current | role=CEO date=2018
""",
    },
    "u4_paint_stake.txt": {
        "companies": ["JSW Paints", "JSW Group", "Akzo Nobel India", "AkzoNobel", "Sebi", "Asian Paints",
                      "Berger Paints", "Aditya Birla Group|Aditya Birla", "Birla Opus", "Dulux"],
        "people": ["Sajjan Jindal", "Parth Jindal"],
        "relations": """
JSW Paints | SUBSIDIARY_OF | JSW Group | current
Sajjan Jindal | LEADS | JSW Group | current | role=head
JSW Paints | ACQUIRED | Akzo Nobel India | planned | stake_pct=74.76 amount=89860000000 currency=INR seller=AkzoNobel
Akzo Nobel India | SUBSIDIARY_OF | AkzoNobel | current
Akzo Nobel India | SUBSIDIARY_OF | JSW Paints | planned?
Dulux | SUBSIDIARY_OF | Akzo Nobel India | current?
Parth Jindal | LEADS | JSW Paints | current | role=managing director
JSW Paints | COMPETES_WITH | Asian Paints | current
JSW Paints | COMPETES_WITH | Berger Paints | current
JSW Paints | COMPETES_WITH | Birla Opus | current
Birla Opus | SUBSIDIARY_OF | Aditya Birla Group | current
""",
    },
    "u5_oil_denial.txt": {
        "companies": ["Shell", "BP", "Elliott Management|Elliott", "ExxonMobil", "Chevron"],
        "people": ["Murray Auchincloss", "Wael Sawan"],
        "relations": """
Shell | ACQUIRED | BP | rumored
Shell | COMPETES_WITH | BP | current
Murray Auchincloss | LEADS | BP | current | role=CEO
Elliott Management | INVESTED_IN | BP | current | stake_pct=5
BP | COMPETES_WITH | ExxonMobil | current?
BP | COMPETES_WITH | Chevron | current?
Wael Sawan | LEADS | Shell | current | role=CEO
""",
    },
    "u6_data_streaming.html": {
        "companies": ["IBM|IBM Corporation", "Confluent|Confluent, Inc.", "LinkedIn", "HashiCorp", "Red Hat"],
        "people": ["Jay Kreps", "Neha Narkhede", "Jun Rao", "Arvind Krishna"],
        "relations": """
IBM | ACQUIRED | Confluent | planned | amount=11000000000 currency=USD
Confluent | SUBSIDIARY_OF | IBM | planned?
Jay Kreps | FOUNDED | Confluent | completed | date=2014
Neha Narkhede | FOUNDED | Confluent | completed | date=2014
Jun Rao | FOUNDED | Confluent | completed | date=2014
Jay Kreps | LEADS | Confluent | current | role=CEO
Jay Kreps | WORKS_FOR | LinkedIn | former?
Neha Narkhede | WORKS_FOR | LinkedIn | former?
Jun Rao | WORKS_FOR | LinkedIn | former?
Arvind Krishna | LEADS | IBM | current | role=CEO
IBM | ACQUIRED | HashiCorp | completed | date=2025
IBM | ACQUIRED | Red Hat | completed | date=2019
HashiCorp | SUBSIDIARY_OF | IBM | current?
Red Hat | SUBSIDIARY_OF | IBM | current?
""",
    },
    "u7_gas_bid.txt": {
        "companies": ["XRG", "Abu Dhabi National Oil Co|ADNOC", "Santos", "Carlyle", "Woodside Energy", "Covestro"],
        "people": ["Kevin Gallagher"],
        "relations": """
XRG | SUBSIDIARY_OF | Abu Dhabi National Oil Co | current
XRG | ACQUIRED | Santos | planned?
Carlyle | ACQUIRED | Santos | planned?
Kevin Gallagher | LEADS | Santos | current | role=CEO
Santos | COMPETES_WITH | Woodside Energy | current
XRG | ACQUIRED | Covestro | planned
Covestro | SUBSIDIARY_OF | XRG | planned?
Abu Dhabi National Oil Co | FOUNDED | XRG | completed?
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
