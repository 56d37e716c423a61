"""Write gold/*.json for the newsdec11 set (same format and rules as ../newsdev).

Seven articles written in the 2026-12-02 (fifth) session, for an eleventh first-run
estimate: Baker Hughes's deal for Chart Industries (a wire story), Alibaba's sales of Sun Art
and Intime (Chinese business press), Bharti's stake in BT (British business press), Naver's
purchase of Poshmark (a translated wire story), Ferrero's purchase of WK Kellogg (a brief),
Puma's new chief executive (a people move) and Prosus's purchase of Despegar (a press
release as a web page). The gold was committed before the extractor first ran on them. The
corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "q1_lng_equipment.txt": {
        "companies": ["Baker Hughes", "Chart Industries|Chart", "Flowserve", "Siemens Energy", "GE Vernova"],
        "people": ["Lorenzo Simonelli", "Jill Evanko"],
        "relations": """
Baker Hughes | ACQUIRED | Chart Industries | planned | amount=13600000000 currency=USD
Chart Industries | SUBSIDIARY_OF | Baker Hughes | planned?
Chart Industries | MERGED_INTO | Flowserve | planned?
Flowserve | MERGED_INTO | Chart Industries | planned?
Lorenzo Simonelli | LEADS | Baker Hughes | current | role=CEO
Jill Evanko | LEADS | Chart Industries | current | role=CEO
Baker Hughes | COMPETES_WITH | Siemens Energy | current
Baker Hughes | COMPETES_WITH | GE Vernova | current
""",
    },
    "q2_retail_exit.txt": {
        "companies": ["Alibaba Group|Alibaba", "Sun Art Retail Group|Sun Art", "DCP Capital", "Intime Retail|Intime",
                      "Auchan", "Youngor Group", "PDD Holdings", "JD.com"],
        "people": ["Daniel Zhang", "Eddie Wu", "Joe Tsai"],
        "relations": """
DCP Capital | ACQUIRED | Sun Art Retail Group | planned | amount=13100000000 currency=HKD seller=Alibaba Group
Sun Art Retail Group | SUBSIDIARY_OF | Alibaba Group | current
Alibaba Group | INVESTED_IN | Sun Art Retail Group | current? | stake_pct=78.7
Youngor Group | ACQUIRED | Intime Retail | planned | amount=7400000000 currency=CNY seller=Alibaba Group
Intime Retail | SUBSIDIARY_OF | Alibaba Group | current
Alibaba Group | ACQUIRED | Sun Art Retail Group | completed | date=2020 amount=3600000000 currency=USD seller=Auchan
Sun Art Retail Group | SUBSIDIARY_OF | Auchan | former?
Alibaba Group | ACQUIRED | Intime Retail | completed | date=2017
Daniel Zhang | LEADS | Alibaba Group | former | role=CEO
Eddie Wu | LEADS | Alibaba Group | current | role=CEO date=2023
Joe Tsai | LEADS | Alibaba Group | current | role=chairman
Alibaba Group | COMPETES_WITH | PDD Holdings | current
Alibaba Group | COMPETES_WITH | JD.com | current
""",
    },
    "q3_telecom_stake.txt": {
        "companies": ["Bharti Global|Bharti", "Bharti Enterprises", "BT Group|BT", "Altice UK", "Deutsche Telekom",
                      "Bharti Airtel", "Virgin Media O2", "Vodafone"],
        "people": ["Sunil Bharti Mittal|Mittal", "Patrick Drahi", "Allison Kirkby"],
        "relations": """
Bharti Global | INVESTED_IN | BT Group | planned | stake_pct=24.5 seller=Altice UK
Altice UK | INVESTED_IN | BT Group | current
Bharti Global | SUBSIDIARY_OF | Bharti Enterprises | current
Patrick Drahi | LEADS | Altice UK | current?
Deutsche Telekom | INVESTED_IN | BT Group | current | stake_pct=12
Sunil Bharti Mittal | FOUNDED | Bharti Enterprises | completed
Sunil Bharti Mittal | LEADS | Bharti Enterprises | current | role=chairman
Bharti Airtel | SUBSIDIARY_OF | Bharti Enterprises | current
Allison Kirkby | LEADS | BT Group | current | role=CEO
BT Group | COMPETES_WITH | Virgin Media O2 | current
BT Group | COMPETES_WITH | Vodafone | current
""",
    },
    "q4_resale_app.txt": {
        "companies": ["Naver|Naver Corp.", "Poshmark", "Nasdaq", "Coupang", "ThredUp", "Depop", "Etsy"],
        "people": ["Manish Chandra", "Choi Soo-yeon"],
        "relations": """
Naver | ACQUIRED | Poshmark | completed | amount=1200000000 currency=USD
Poshmark | SUBSIDIARY_OF | Naver | current
Manish Chandra | FOUNDED | Poshmark | completed | date=2011
Manish Chandra | LEADS | Poshmark | current | role=CEO
Choi Soo-yeon | LEADS | Naver | current | role=CEO
Naver | COMPETES_WITH | Coupang | current
Poshmark | COMPETES_WITH | ThredUp | current
Poshmark | COMPETES_WITH | Depop | current
Depop | SUBSIDIARY_OF | Etsy | current
""",
    },
    "q5_cereal_deal.txt": {
        "companies": ["Ferrero Group|Ferrero", "WK Kellogg Co|WK Kellogg", "Kellogg Co|Kellogg", "Kellanova", "Nestle",
                      "Keebler", "General Mills", "Post Holdings"],
        "people": ["Gary Pilnick", "Giovanni Ferrero"],
        "relations": """
Ferrero Group | ACQUIRED | WK Kellogg Co | planned | amount=3100000000 currency=USD
WK Kellogg Co | SUBSIDIARY_OF | Ferrero Group | planned?
WK Kellogg Co | SUBSIDIARY_OF | Kellogg Co | former
Gary Pilnick | LEADS | WK Kellogg Co | current | role=chairman
Ferrero Group | ACQUIRED | Keebler | completed | date=2019 seller=Kellogg Co
Keebler | SUBSIDIARY_OF | Ferrero Group | current?
Keebler | SUBSIDIARY_OF | Kellogg Co | former?
Giovanni Ferrero | LEADS | Ferrero Group | current | role=chairman
WK Kellogg Co | COMPETES_WITH | General Mills | current
WK Kellogg Co | COMPETES_WITH | Post Holdings | current
""",
    },
    "q6_sportswear_boss.txt": {
        "companies": ["Puma", "Adidas", "Artemis", "Nike", "On", "Hoka"],
        "people": ["Arthur Hoeld|Hoeld", "Arne Freundt", "Markus Neubrand", "Heloise Temple-Boyer|Temple-Boyer"],
        "relations": """
Arthur Hoeld | LEADS | Puma | planned | role=CEO
Arthur Hoeld | WORKS_FOR | Adidas | former
Arne Freundt | LEADS | Puma | former | role=CEO
Markus Neubrand | WORKS_FOR | Puma | current
Markus Neubrand | LEADS | Puma | current?
Heloise Temple-Boyer | LEADS | Puma | current | role=chair
Heloise Temple-Boyer | WORKS_FOR | Artemis | current
Artemis | INVESTED_IN | Puma | current | stake_pct=29
Puma | COMPETES_WITH | Nike | current
Puma | COMPETES_WITH | Adidas | current
Puma | COMPETES_WITH | On | current
Puma | COMPETES_WITH | Hoka | current
""",
    },
    "q7_travel_release.html": {
        "companies": ["Prosus|Prosus N.V.", "Despegar|Despegar.com, Corp.|Despegar.com", "iFood", "Booking Holdings",
                      "Expedia", "Naspers"],
        "people": ["Damian Scokin", "Fabricio Bloisi"],
        "relations": """
Prosus | ACQUIRED | Despegar | planned | amount=1700000000 currency=USD
Despegar | SUBSIDIARY_OF | Prosus | planned?
Damian Scokin | LEADS | Despegar | current | role=CEO
Fabricio Bloisi | LEADS | Prosus | current | role=CEO
iFood | SUBSIDIARY_OF | Prosus | current
Despegar | COMPETES_WITH | Booking Holdings | current
Despegar | COMPETES_WITH | Expedia | current
Prosus | SUBSIDIARY_OF | Naspers | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
