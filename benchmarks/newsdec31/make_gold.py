"""Write gold/*.json for the newsdec31 set (same format and rules as ../newsdev).

Five articles written in the 2026-12-04 (fourteenth) session, after the newsdec30 round, for
a thirty-first first-run estimate, all from South-East and East Asia: Jollibee buying most of
Compose Coffee (a stake split with a partner, brands run abroad, a founder still chairman),
Cebu Pacific buying AirSWIFT from Ayala Land (a seller's parent, a controlling holding
company, rivals), CP Group's supermarkets as a question-and-answer explainer (a purchase with
a seller, a merger, a renamed company, a majority holder, rivals with owners), Keppel's
offshore unit merged into Sembcorp Marine (a renamed company, a chief executive who moved
between them) and Shiseido's new chief executive (a succession, brands sold, an older
purchase). The gold was committed before the extractor first ran on them. The corporate facts
are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "r1_fast_food_coffee.txt": {
        "companies": ["Jollibee Foods Corp|Jollibee Foods|JFC|Jollibee", "Compose Coffee|Compose",
                      "Elevation Equity Partners Korea", "Starbucks Korea", "Mega MGC Coffee", "Ediya Coffee",
                      "The Coffee Bean & Tea Leaf|Coffee Bean & Tea Leaf", "Smashburger", "Tim Ho Wan", "McDonald's",
                      "Golden Arches Development Corp|Golden Arches Development"],
        "people": ["Tony Tan Caktiong", "Ernesto Tanmantiong"],
        "relations": """
Jollibee Foods Corp | ACQUIRED | Compose Coffee | planned | stake_pct=70
Elevation Equity Partners Korea | INVESTED_IN | Compose Coffee | planned | stake_pct=30
Compose Coffee | SUBSIDIARY_OF | Jollibee Foods Corp | planned?
Compose Coffee | COMPETES_WITH | Starbucks Korea | current?
Compose Coffee | COMPETES_WITH | Mega MGC Coffee | current
Compose Coffee | COMPETES_WITH | Ediya Coffee | current
Tony Tan Caktiong | FOUNDED | Jollibee Foods Corp | completed
Tony Tan Caktiong | LEADS | Jollibee Foods Corp | current | role=chairman
Jollibee Foods Corp | ACQUIRED | The Coffee Bean & Tea Leaf | completed | date=2019 amount=350000000 currency=USD
The Coffee Bean & Tea Leaf | SUBSIDIARY_OF | Jollibee Foods Corp | current?
Smashburger | SUBSIDIARY_OF | Jollibee Foods Corp | current
Tim Ho Wan | SUBSIDIARY_OF | Jollibee Foods Corp | current
Ernesto Tanmantiong | LEADS | Jollibee Foods Corp | current | role=CEO
Jollibee Foods Corp | COMPETES_WITH | McDonald's | current
Jollibee Foods Corp | COMPETES_WITH | Golden Arches Development Corp | current?
""",
    },
    "r2_budget_airline_resort.txt": {
        "companies": ["Cebu Pacific", "AirSWIFT", "Ayala Land", "Ayala Corp", "JG Summit Holdings|JG Summit",
                      "Philippine Airlines", "AirAsia Philippines", "Airbus"],
        "people": ["Mike Szucs", "Lucio Tan"],
        "relations": """
Cebu Pacific | ACQUIRED | AirSWIFT | planned | amount=1750000000 currency=PHP seller=Ayala Land
AirSWIFT | SUBSIDIARY_OF | Ayala Land | current
Ayala Land | SUBSIDIARY_OF | Ayala Corp | current
Cebu Pacific | SUBSIDIARY_OF | JG Summit Holdings | current
Mike Szucs | LEADS | Cebu Pacific | current | role=CEO
Cebu Pacific | COMPETES_WITH | Philippine Airlines | current
Cebu Pacific | COMPETES_WITH | AirAsia Philippines | current
Lucio Tan | INVESTED_IN | Philippine Airlines | current?
""",
    },
    "r3_thai_retail_merger.txt": {
        "companies": ["Charoen Pokphand Group|CP Group|CP", "Tesco", "Lotus's|Tesco Lotus", "Siam Makro|CP Axtra",
                      "CP All", "7-Eleven", "Central Retail", "Tops", "Central Group", "Big C", "BJC", "TCC Group", "Makro"],
        "people": ["Suphachai Chearavanont|Suphachai", "Dhanin Chearavanont|Dhanin"],
        "relations": """
Charoen Pokphand Group | ACQUIRED | Lotus's | completed | date=2020 amount=10600000000 currency=USD seller=Tesco
Lotus's | SUBSIDIARY_OF | Tesco | former
Lotus's | MERGED_INTO | Siam Makro | completed | date=2022
Lotus's | SUBSIDIARY_OF | Siam Makro | current?
Lotus's | SUBSIDIARY_OF | Charoen Pokphand Group | current?
Makro | SUBSIDIARY_OF | Siam Makro | current?
Siam Makro | SUBSIDIARY_OF | Charoen Pokphand Group | current
Siam Makro | SUBSIDIARY_OF | CP All | current
CP All | INVESTED_IN | Siam Makro | current? | stake_pct=60
CP All | SUBSIDIARY_OF | Charoen Pokphand Group | current
Suphachai Chearavanont | LEADS | Charoen Pokphand Group | current | role=CEO
Dhanin Chearavanont | LEADS | Charoen Pokphand Group | current | role=chairman
Siam Makro | COMPETES_WITH | Central Retail | current
Siam Makro | COMPETES_WITH | Big C | current
Tops | SUBSIDIARY_OF | Central Retail | current
Tops | SUBSIDIARY_OF | Central Group | current
Central Retail | SUBSIDIARY_OF | Central Group | current?
Big C | SUBSIDIARY_OF | BJC | current
BJC | SUBSIDIARY_OF | TCC Group | current
""",
    },
    "r4_shipyard_merger.txt": {
        "companies": ["Keppel Corp|Keppel|Keppel Ltd", "Keppel Offshore & Marine", "Sembcorp Marine|Seatrium",
                      "Temasek Holdings|Temasek", "Hanwha Ocean", "Samsung Heavy Industries"],
        "people": ["Chris Ong|Ong", "Loh Chin Hua"],
        "relations": """
Keppel Offshore & Marine | MERGED_INTO | Sembcorp Marine | completed
Keppel Offshore & Marine | SUBSIDIARY_OF | Keppel Corp | former
Chris Ong | LEADS | Sembcorp Marine | current | role=CEO
Chris Ong | LEADS | Keppel Offshore & Marine | former
Chris Ong | WORKS_FOR | Keppel Offshore & Marine | former?
Loh Chin Hua | LEADS | Keppel Corp | current | role=CEO
Temasek Holdings | INVESTED_IN | Keppel Corp | current
Temasek Holdings | INVESTED_IN | Sembcorp Marine | former
Sembcorp Marine | COMPETES_WITH | Hanwha Ocean | current
Sembcorp Marine | COMPETES_WITH | Samsung Heavy Industries | current
""",
    },
    "r5_cosmetics_ceo.txt": {
        "companies": ["Shiseido Co|Shiseido", "Coca-Cola", "CVC Capital Partners", "Tsubaki", "Bare Minerals", "Buxom",
                      "Laura Mercier", "Advent International", "Drunk Elephant", "L'Oréal", "Estée Lauder",
                      "Kao Corp", "Kose Corp"],
        "people": ["Kentaro Fujiwara|Fujiwara", "Masahiko Uotani|Uotani"],
        "relations": """
Kentaro Fujiwara | LEADS | Shiseido Co | current
Kentaro Fujiwara | WORKS_FOR | Shiseido Co | current?
Masahiko Uotani | LEADS | Shiseido Co | current
Masahiko Uotani | WORKS_FOR | Coca-Cola | former?
Shiseido Co | ACQUIRED | Drunk Elephant | completed | date=2019 amount=845000000 currency=USD
Drunk Elephant | SUBSIDIARY_OF | Shiseido Co | current?
CVC Capital Partners | ACQUIRED | Tsubaki | completed | date=2021 seller=Shiseido Co
Tsubaki | SUBSIDIARY_OF | Shiseido Co | former
Advent International | ACQUIRED | Bare Minerals | planned
Advent International | ACQUIRED | Buxom | planned
Advent International | ACQUIRED | Laura Mercier | planned
Bare Minerals | SUBSIDIARY_OF | Shiseido Co | former?
Buxom | SUBSIDIARY_OF | Shiseido Co | former?
Laura Mercier | SUBSIDIARY_OF | Shiseido Co | former?
Shiseido Co | COMPETES_WITH | L'Oréal | current
Shiseido Co | COMPETES_WITH | Estée Lauder | current
Shiseido Co | COMPETES_WITH | Kao Corp | current
Shiseido Co | COMPETES_WITH | Kose Corp | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
