"""Write gold/*.json for the newsdec21 set (same format and rules as ../newsdev).

Four articles written in the 2026-12-03 (ninth) session, for a twenty-first first-run
estimate: Block completing its Afterpay takeover (an Australian wire story, `A$`), the rise
and troubles of Byju's (a feature, with a name that ends in `'s` and a hedged takeover
interest), Ola Electric's listing (Indian business style, `Rs ... crore`) and Wolfspeed
leaving bankruptcy (a brief). The gold was committed before the extractor first ran on them.
The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "e1_buy_now_pay_later.txt": {
        "companies": ["Block Inc|Block|Square", "Afterpay", "Australian Securities Exchange", "Cash App", "Klarna",
                      "Affirm"],
        "people": ["Jack Dorsey", "Nick Molnar", "Anthony Eisen"],
        "relations": """
Block Inc | ACQUIRED | Afterpay | completed | amount=39000000000 currency=AUD
Afterpay | SUBSIDIARY_OF | Block Inc | current?
Jack Dorsey | LEADS | Block Inc | current?
Cash App | SUBSIDIARY_OF | Block Inc | current
Afterpay | MERGED_INTO | Cash App | planned?
Afterpay | MERGED_INTO | Block Inc | planned?
Nick Molnar | FOUNDED | Afterpay | completed | date=2014
Anthony Eisen | FOUNDED | Afterpay | completed | date=2014
Nick Molnar | WORKS_FOR | Block Inc | planned
Anthony Eisen | WORKS_FOR | Block Inc | planned
Afterpay | COMPETES_WITH | Klarna | current
Afterpay | COMPETES_WITH | Affirm | current
Block Inc | COMPETES_WITH | Klarna | current?
Block Inc | COMPETES_WITH | Affirm | current?
""",
    },
    "e2_edtech_troubles.txt": {
        "companies": ["Byju's", "Prosus", "General Atlantic", "WhiteHat Jr", "Aakash Educational Services|Aakash",
                      "Manipal Education and Medical Group", "Physics Wallah", "Unacademy"],
        "people": ["Byju Raveendran|Raveendran", "Divya Gokulnath", "Ranjan Pai"],
        "relations": """
Byju Raveendran | FOUNDED | Byju's | completed | date=2011
Divya Gokulnath | FOUNDED | Byju's | completed | date=2011
Prosus | INVESTED_IN | Byju's | current | stake_pct=10
General Atlantic | INVESTED_IN | Byju's | current
Byju's | ACQUIRED | WhiteHat Jr | completed | date=2020 amount=300000000 currency=USD
Byju's | ACQUIRED | Aakash Educational Services | completed | date=2021 amount=1000000000 currency=USD
WhiteHat Jr | SUBSIDIARY_OF | Byju's | current?
Aakash Educational Services | SUBSIDIARY_OF | Byju's | current
Byju Raveendran | LEADS | Byju's | current | role=CEO
Ranjan Pai | LEADS | Manipal Education and Medical Group | current | role=chairman
Ranjan Pai | INVESTED_IN | Aakash Educational Services | completed | date=2023
Byju's | COMPETES_WITH | Physics Wallah | current
Byju's | COMPETES_WITH | Unacademy | current
""",
    },
    "e3_scooter_listing.txt": {
        "companies": ["Ola Electric Mobility|Ola Electric", "Ola", "Krutrim", "SoftBank Group|SoftBank", "TVS Motor",
                      "Bajaj Auto", "Hero MotoCorp", "Ather Energy"],
        "people": ["Bhavish Aggarwal|Aggarwal", "Ankit Bhati"],
        "relations": """
Bhavish Aggarwal | FOUNDED | Ola Electric Mobility | completed | date=2017
Bhavish Aggarwal | LEADS | Ola Electric Mobility | current | role=chairman
Bhavish Aggarwal | FOUNDED | Ola | completed | date=2010
Ankit Bhati | FOUNDED | Ola | completed | date=2010
Bhavish Aggarwal | FOUNDED | Krutrim | completed
SoftBank Group | INVESTED_IN | Ola Electric Mobility | current
Ola Electric Mobility | COMPETES_WITH | TVS Motor | current
Ola Electric Mobility | COMPETES_WITH | Bajaj Auto | current
Ola Electric Mobility | COMPETES_WITH | Ather Energy | current
Hero MotoCorp | INVESTED_IN | Ather Energy | current
""",
    },
    "e4_chipmaker_restructuring.txt": {
        "companies": ["Wolfspeed|Cree", "Renesas Electronics|Renesas", "Apollo Global Management|Apollo",
                      "Micron Technology", "SMART Global Holdings", "onsemi", "STMicroelectronics"],
        "people": ["Robert Feurle", "Gregg Lowe"],
        "relations": """
Renesas Electronics | INVESTED_IN | Wolfspeed | current
Apollo Global Management | INVESTED_IN | Wolfspeed | current
Robert Feurle | LEADS | Wolfspeed | current | role=CEO
Robert Feurle | WORKS_FOR | Micron Technology | former
Gregg Lowe | LEADS | Wolfspeed | former | role=CEO
Wolfspeed | COMPETES_WITH | onsemi | current
Wolfspeed | COMPETES_WITH | STMicroelectronics | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
