"""Write gold/*.json for the newsdec29 set (same format and rules as ../newsdev).

Five articles written in the 2026-12-04 (thirteenth) session, after the newsdec28 round, for
a twenty-ninth first-run estimate: Porsche's new chief executive (a former head of another
carmaker, a parent and a holding company), Woolworths' chief under pressure (a past unit
head, a predecessor, a spun-off business), Adani's plan for Jaiprakash Associates (Indian
business style in crore, a rejected rival offer, a group's arms), EQT's stake in SK Shieldus
(a translated Korean wire, a former name, a stake kept) and Haier buying Carrier's
refrigeration arm (two sales of units, an earlier purchase with a seller). The gold was
committed before the extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "p1_sportscar_ceo.txt": {
        "companies": ["Porsche AG|Porsche", "McLaren Automotive|McLaren", "Volkswagen AG|Volkswagen", "Ferrari",
                      "Mercedes-Benz", "AMG", "Porsche Automobil Holding SE"],
        "people": ["Michael Leiters|Leiters", "Oliver Blume|Blume"],
        "relations": """
Michael Leiters | LEADS | Porsche AG | planned | role=CEO
Oliver Blume | LEADS | Porsche AG | current | role=CEO
Oliver Blume | LEADS | Volkswagen AG | current | role=CEO
Porsche AG | SUBSIDIARY_OF | Volkswagen AG | current
Volkswagen AG | INVESTED_IN | Porsche AG | current?
Michael Leiters | LEADS | McLaren Automotive | former | role=head
Michael Leiters | WORKS_FOR | Porsche AG | former?
Michael Leiters | WORKS_FOR | Ferrari | former?
Michael Leiters | LEADS | Ferrari | former? | role=CTO
Porsche AG | COMPETES_WITH | Ferrari | current
Porsche AG | COMPETES_WITH | AMG | current
AMG | SUBSIDIARY_OF | Mercedes-Benz | current
Porsche Automobil Holding SE | INVESTED_IN | Porsche AG | current | stake_pct=12.5
Volkswagen AG | SUBSIDIARY_OF | Porsche Automobil Holding SE | current
Porsche Automobil Holding SE | INVESTED_IN | Volkswagen AG | current?
""",
    },
    "p2_grocer_ceo.txt": {
        "companies": ["Woolworths Group|Woolworths", "Coles Group|Coles", "WooliesX",
                      "Australian Competition and Consumer Commission", "Aldi", "Big W", "Endeavour Group"],
        "people": ["Amanda Bardwell|Bardwell", "Brad Banducci"],
        "relations": """
Amanda Bardwell | LEADS | Woolworths Group | current | role=CEO
Amanda Bardwell | LEADS | WooliesX | former | role=head
Amanda Bardwell | WORKS_FOR | Woolworths Group | current?
WooliesX | SUBSIDIARY_OF | Woolworths Group | current
Brad Banducci | LEADS | Woolworths Group | former | role=CEO
Woolworths Group | COMPETES_WITH | Coles Group | current
Aldi | COMPETES_WITH | Woolworths Group | current
Aldi | COMPETES_WITH | Coles Group | current
Big W | SUBSIDIARY_OF | Woolworths Group | current
Endeavour Group | SUBSIDIARY_OF | Woolworths Group | former
""",
    },
    "p3_cement_insolvency.txt": {
        "companies": ["Jaiprakash Associates Ltd|Jaiprakash Associates|Jaiprakash", "Adani Enterprises Ltd|Adani Enterprises",
                      "Vedanta Ltd|Vedanta", "National Company Law Tribunal", "ICICI Bank", "Adani Group",
                      "Ambuja Cements|Ambuja", "UltraTech Cement", "Aditya Birla Group", "Holcim"],
        "people": ["Gautam Adani", "Anil Agarwal"],
        "relations": """
Adani Enterprises Ltd | ACQUIRED | Jaiprakash Associates Ltd | planned | amount=145350000000 currency=INR
Vedanta Ltd | ACQUIRED | Jaiprakash Associates Ltd | planned?
Adani Enterprises Ltd | SUBSIDIARY_OF | Adani Group | current
Ambuja Cements | SUBSIDIARY_OF | Adani Group | current
Ambuja Cements | COMPETES_WITH | UltraTech Cement | current
UltraTech Cement | SUBSIDIARY_OF | Aditya Birla Group | current
Gautam Adani | LEADS | Adani Group | current | role=chairman
Adani Group | ACQUIRED | Ambuja Cements | completed? | date=2022 seller=Holcim
Ambuja Cements | SUBSIDIARY_OF | Holcim | former?
Anil Agarwal | INVESTED_IN | Vedanta Ltd | current?
Anil Agarwal | LEADS | Vedanta Ltd | current?
""",
    },
    "p4_security_unit.txt": {
        "companies": ["EQT Partners|EQT", "SK Shieldus Co.|SK Shieldus|ADT Caps", "SK Square Co.|SK Square",
                      "Macquarie Korea Asset Management", "SK Telecom", "S-1 Corp.|S-1", "Samsung", "KT Telecop"],
        "people": ["Park Sung-ha"],
        "relations": """
EQT Partners | ACQUIRED | SK Shieldus Co. | planned | stake_pct=68 amount=2000000000000 currency=KRW seller=SK Square Co.
SK Shieldus Co. | SUBSIDIARY_OF | SK Square Co. | current
SK Shieldus Co. | SUBSIDIARY_OF | EQT Partners | planned?
SK Square Co. | INVESTED_IN | SK Shieldus Co. | planned? | stake_pct=32
Macquarie Korea Asset Management | INVESTED_IN | SK Shieldus Co. | current?
SK Square Co. | SUBSIDIARY_OF | SK Telecom | former
Park Sung-ha | LEADS | SK Square Co. | current | role=CEO
SK Shieldus Co. | COMPETES_WITH | S-1 Corp. | current
SK Shieldus Co. | COMPETES_WITH | KT Telecop | current
Samsung | INVESTED_IN | S-1 Corp. | current
""",
    },
    "p5_appliance_unit.txt": {
        "companies": ["Haier Smart Home Co|Haier Smart Home|Haier", "Carrier Global Corp|Carrier Global|Carrier",
                      "Carrier Commercial Refrigeration", "Viessmann Climate Solutions", "Viessmann Group",
                      "Honeywell International|Honeywell", "Global Access Solutions", "GE Appliances", "General Electric",
                      "Midea Group|Midea", "Whirlpool Corp|Whirlpool"],
        "people": ["David Gitlin"],
        "relations": """
Haier Smart Home Co | ACQUIRED | Carrier Commercial Refrigeration | planned | amount=775000000 currency=USD seller=Carrier Global Corp
Carrier Commercial Refrigeration | SUBSIDIARY_OF | Carrier Global Corp | current
Carrier Global Corp | ACQUIRED | Viessmann Climate Solutions | completed | date=2023 amount=12000000000 currency=EUR seller=Viessmann Group
Viessmann Climate Solutions | SUBSIDIARY_OF | Viessmann Group | former?
Viessmann Climate Solutions | SUBSIDIARY_OF | Carrier Global Corp | current?
David Gitlin | LEADS | Carrier Global Corp | current | role=CEO
Honeywell International | ACQUIRED | Global Access Solutions | planned | amount=4950000000 currency=USD seller=Carrier Global Corp
Global Access Solutions | SUBSIDIARY_OF | Carrier Global Corp | current
Haier Smart Home Co | ACQUIRED | GE Appliances | completed | date=2016 amount=5400000000 currency=USD seller=General Electric
GE Appliances | SUBSIDIARY_OF | Haier Smart Home Co | current
GE Appliances | SUBSIDIARY_OF | General Electric | former?
Haier Smart Home Co | COMPETES_WITH | Midea Group | current
Haier Smart Home Co | COMPETES_WITH | Whirlpool Corp | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
