"""Write gold/*.json for the newsdec28 set (same format and rules as ../newsdev).

Five articles written in the 2026-12-04 (thirteenth) session, for a twenty-eighth first-run
estimate: Berkshire Hathaway buying OxyChem from Occidental (a seller, an existing stake, a
planned succession), Japan Tobacco's offer for Vector Group (a unit to be run inside another,
parents of rivals), Hindustan Unilever's new chief executive (a parent's stake, a demerger,
rivals in a list), Walmart and Target both naming insiders (two successions in one story, a
past role at a unit) and Celsius buying Alani Nu (a seller, a co-founding company, a majority
stake read as control). The gold was committed before the extractor first ran on them. The
corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "m1_chemicals_sale.txt": {
        "companies": ["Berkshire Hathaway Inc|Berkshire Hathaway|Berkshire", "OxyChem",
                      "Occidental Petroleum Corp|Occidental Petroleum|Occidental", "CrownRock", "Olin Corp|Olin",
                      "Westlake Corp|Westlake", "Anadarko Petroleum|Anadarko", "Lubrizol"],
        "people": ["Vicki Hollub", "Greg Abel", "Warren Buffett|Buffett"],
        "relations": """
Berkshire Hathaway Inc | ACQUIRED | OxyChem | planned | amount=9700000000 currency=USD seller=Occidental Petroleum Corp
OxyChem | SUBSIDIARY_OF | Occidental Petroleum Corp | current
OxyChem | SUBSIDIARY_OF | Berkshire Hathaway Inc | planned?
Berkshire Hathaway Inc | INVESTED_IN | Occidental Petroleum Corp | current | stake_pct=28
Occidental Petroleum Corp | ACQUIRED | CrownRock | completed | date=2024 amount=12000000000 currency=USD
OxyChem | COMPETES_WITH | Olin Corp | current
OxyChem | COMPETES_WITH | Westlake Corp | current
Vicki Hollub | LEADS | Occidental Petroleum Corp | current | role=CEO
Greg Abel | LEADS | Berkshire Hathaway Inc | planned | role=CEO
Greg Abel | WORKS_FOR | Berkshire Hathaway Inc | current?
Warren Buffett | LEADS | Berkshire Hathaway Inc | current | role=CEO
Occidental Petroleum Corp | ACQUIRED | Anadarko Petroleum | completed? | date=2019
Lubrizol | SUBSIDIARY_OF | Berkshire Hathaway Inc | current
Berkshire Hathaway Inc | ACQUIRED | Lubrizol | completed | date=2011
""",
    },
    "m2_tobacco_deal.txt": {
        "companies": ["Japan Tobacco Inc|Japan Tobacco|JT", "Vector Group Ltd|Vector Group|Vector", "Liggett",
                      "Gallaher", "JT International", "Philip Morris USA", "Altria Group|Altria", "R.J. Reynolds",
                      "British American Tobacco", "Philip Morris International"],
        "people": ["Howard Lorber", "Masamichi Terabatake"],
        "relations": """
Japan Tobacco Inc | ACQUIRED | Vector Group Ltd | planned | amount=2400000000 currency=USD
Liggett | SUBSIDIARY_OF | Vector Group Ltd | current
Japan Tobacco Inc | ACQUIRED | Gallaher | completed | date=2007
Vector Group Ltd | SUBSIDIARY_OF | JT International | planned?
Vector Group Ltd | SUBSIDIARY_OF | Japan Tobacco Inc | planned?
JT International | SUBSIDIARY_OF | Japan Tobacco Inc | current
Liggett | COMPETES_WITH | Philip Morris USA | current
Liggett | COMPETES_WITH | R.J. Reynolds | current
Philip Morris USA | COMPETES_WITH | R.J. Reynolds | current?
Philip Morris USA | SUBSIDIARY_OF | Altria Group | current
R.J. Reynolds | SUBSIDIARY_OF | British American Tobacco | current
Howard Lorber | LEADS | Vector Group Ltd | current | role=CEO
Masamichi Terabatake | LEADS | Japan Tobacco Inc | current | role=CEO
Japan Tobacco Inc | COMPETES_WITH | Philip Morris International | current
""",
    },
    "m3_consumer_ceo.txt": {
        "companies": ["Hindustan Unilever Ltd|Hindustan Unilever|HUL", "Unilever Plc|Unilever", "Beauty & Wellbeing",
                      "Kwality Wall's (India) Ltd|Kwality Wall's", "The Magnum Ice Cream Company|Magnum Ice Cream Company",
                      "ITC Ltd|ITC", "Nestle India", "Dabur India"],
        "people": ["Priya Nair|Nair", "Rohit Jawa", "Nitin Paranjpe"],
        "relations": """
Priya Nair | LEADS | Hindustan Unilever Ltd | planned | role=CEO
Rohit Jawa | LEADS | Hindustan Unilever Ltd | current | role=CEO
Priya Nair | WORKS_FOR | Hindustan Unilever Ltd | completed? | date=1995
Priya Nair | LEADS | Beauty & Wellbeing | current | role=head
Priya Nair | WORKS_FOR | Unilever Plc | current?
Beauty & Wellbeing | SUBSIDIARY_OF | Unilever Plc | current
Hindustan Unilever Ltd | SUBSIDIARY_OF | Unilever Plc | current
Unilever Plc | INVESTED_IN | Hindustan Unilever Ltd | current? | stake_pct=61.9
Kwality Wall's (India) Ltd | SUBSIDIARY_OF | Hindustan Unilever Ltd | current
The Magnum Ice Cream Company | SUBSIDIARY_OF | Unilever Plc | current
Hindustan Unilever Ltd | COMPETES_WITH | ITC Ltd | current
Hindustan Unilever Ltd | COMPETES_WITH | Nestle India | current
Hindustan Unilever Ltd | COMPETES_WITH | Dabur India | current
Nitin Paranjpe | LEADS | Hindustan Unilever Ltd | current | role=chairman
""",
    },
    "m4_retail_successions.txt": {
        "companies": ["Walmart Inc|Walmart", "Walmart U.S.", "Sam's Club", "Target Corp|Target",
                      "Amazon.com Inc|Amazon.com|Amazon", "Costco Wholesale Corp|Costco Wholesale|Costco"],
        "people": ["Doug McMillon|McMillon", "John Furner|Furner", "Michael Fiddelke|Fiddelke", "Brian Cornell|Cornell"],
        "relations": """
Doug McMillon | LEADS | Walmart Inc | current | role=CEO
Doug McMillon | WORKS_FOR | Walmart Inc | planned?
John Furner | LEADS | Walmart Inc | planned | role=CEO
John Furner | LEADS | Walmart U.S. | current | role=head
John Furner | WORKS_FOR | Walmart Inc | completed? | date=1993
Walmart U.S. | SUBSIDIARY_OF | Walmart Inc | current
John Furner | LEADS | Sam's Club | former | role=CEO
Sam's Club | SUBSIDIARY_OF | Walmart Inc | current?
Walmart Inc | COMPETES_WITH | Target Corp | current
Michael Fiddelke | LEADS | Target Corp | planned | role=CEO
Michael Fiddelke | WORKS_FOR | Target Corp | completed? | date=2003
Brian Cornell | LEADS | Target Corp | current | role=CEO
Walmart Inc | COMPETES_WITH | Amazon.com Inc | current
Walmart Inc | COMPETES_WITH | Costco Wholesale Corp | current
Target Corp | COMPETES_WITH | Amazon.com Inc | current
Target Corp | COMPETES_WITH | Costco Wholesale Corp | current
""",
    },
    "m5_energy_drink.txt": {
        "companies": ["Celsius Holdings Inc|Celsius Holdings|Celsius", "Alani Nu", "Congo Brands",
                      "Monster Beverage Corp|Monster Beverage|Monster", "Red Bull", "PepsiCo Inc|PepsiCo", "Ghost",
                      "Keurig Dr Pepper"],
        "people": ["Katy Hearn", "John Fieldly"],
        "relations": """
Celsius Holdings Inc | ACQUIRED | Alani Nu | planned | amount=1800000000 currency=USD seller=Congo Brands
Alani Nu | SUBSIDIARY_OF | Congo Brands | current?
Alani Nu | SUBSIDIARY_OF | Celsius Holdings Inc | planned?
Katy Hearn | FOUNDED | Alani Nu | completed | date=2018
Congo Brands | FOUNDED | Alani Nu | completed | date=2018
Celsius Holdings Inc | COMPETES_WITH | Monster Beverage Corp | current
Celsius Holdings Inc | COMPETES_WITH | Red Bull | current
Alani Nu | COMPETES_WITH | Monster Beverage Corp | current?
Alani Nu | COMPETES_WITH | Red Bull | current?
John Fieldly | LEADS | Celsius Holdings Inc | current | role=CEO
PepsiCo Inc | INVESTED_IN | Celsius Holdings Inc | current | stake_pct=8.5 date=2022
Celsius Holdings Inc | COMPETES_WITH | Ghost | current
Keurig Dr Pepper | ACQUIRED | Ghost | completed | date=2024
Keurig Dr Pepper | INVESTED_IN | Ghost | completed? | stake_pct=60 date=2024
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
