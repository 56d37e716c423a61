"""Write gold/*.json for the newsweb set (same format and rules as ../newsdev).

Eight articles written to look like the news a user scrapes from the web rather than clean
wire copy: page breadcrumbs, source lines, bylines, reprint notices, the stiff phrasing of
translated Chinese tech news, next to four plainer wire stories (Meituan's Keeta, a ByteDance
reshuffle, Naver/Dunamu, Harman/Masimo, Nestlé's chief, Xiaomi's car, JD.com's food delivery,
DoorDash/Deliveroo). The gold was committed before the extractor first ran on them. Analysts,
bylines and outlets are invented; the corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "y1_keeta_gulf.txt": {
        "companies": ["Keeta", "Meituan", "Dianshang Daily", "Deliveroo", "Foodpanda", "Delivery Hero",
                      "HungerStation", "Jahez", "Careem", "Uber", "Mobike", "Meituan Bike",
                      "Harbour Lane Securities"],
        "people": ["Li Qian", "Tony Qiu", "Wang Puzhong", "Wang Xing", "Zhou Min"],
        "relations": """
Keeta | SUBSIDIARY_OF | Meituan | current
Keeta | COMPETES_WITH | Deliveroo | current
Keeta | COMPETES_WITH | Foodpanda | current
Foodpanda | SUBSIDIARY_OF | Delivery Hero | current
Keeta | COMPETES_WITH | HungerStation | current
Keeta | COMPETES_WITH | Jahez | current
Keeta | COMPETES_WITH | Careem | current
HungerStation | SUBSIDIARY_OF | Delivery Hero | current
Uber | ACQUIRED | Careem | completed | date=2020 amount=3100000000 currency=USD
Tony Qiu | LEADS | Keeta | current?
Tony Qiu | REPORTS_TO | Wang Puzhong | current
Wang Puzhong | REPORTS_TO | Wang Xing | current
Wang Puzhong | WORKS_FOR | Meituan | current?
Wang Puzhong | LEADS | Meituan | current?
Wang Xing | FOUNDED | Meituan | completed
Wang Xing | LEADS | Meituan | current | role=CEO
Meituan | ACQUIRED | Mobike | completed | date=2018-04 amount=2700000000 currency=USD
Mobike | MERGED_INTO | Meituan Bike | completed
Mobike | MERGED_INTO | Meituan | completed?
Meituan Bike | SUBSIDIARY_OF | Meituan | current
Zhou Min | WORKS_FOR | Harbour Lane Securities | current
""",
    },
    "y2_bytedance_reshuffle.txt": {
        "companies": ["ByteDance", "Pinwan Tech", "TikTok", "Xiaomi", "Douyin", "Lark", "Volcano Engine",
                      "ByteDance China", "Moonton", "Kuaishou", "Tencent"],
        "people": ["Zhang Yiming", "Liang Rubo", "Shou Zi Chew|Chew", "Zhang Nan"],
        "relations": """
Zhang Yiming | FOUNDED | ByteDance | completed
Zhang Yiming | LEADS | ByteDance | current | role=CEO
Liang Rubo | FOUNDED | ByteDance | completed
Liang Rubo | LEADS | ByteDance | planned | role=CEO
Liang Rubo | WORKS_FOR | ByteDance | current?
Shou Zi Chew | LEADS | TikTok | current | role=CEO
Shou Zi Chew | WORKS_FOR | Xiaomi | former
Shou Zi Chew | WORKS_FOR | ByteDance | current
Shou Zi Chew | LEADS | Xiaomi | former?
TikTok | SUBSIDIARY_OF | ByteDance | current
Douyin | SUBSIDIARY_OF | ByteDance | current
Lark | SUBSIDIARY_OF | ByteDance | current
Volcano Engine | SUBSIDIARY_OF | ByteDance | current
ByteDance China | SUBSIDIARY_OF | ByteDance | current?
Zhang Nan | LEADS | ByteDance China | current | role=CEO
ByteDance | ACQUIRED | Moonton | completed | date=2021-03 amount=4000000000 currency=USD
Douyin | COMPETES_WITH | Kuaishou | current
ByteDance | COMPETES_WITH | Kuaishou | current?
Tencent | INVESTED_IN | Kuaishou | current
""",
    },
    "y3_naver_dunamu.txt": {
        "companies": ["Naver Financial", "Naver", "Dunamu", "Upbit", "Naver Pay", "Kakao Pay", "Toss",
                      "Bithumb", "Hangang Capital"],
        "people": ["Song Chi-hyung", "Choi Soo-yeon", "Park Sang-jin", "Oh Kyoung-suk", "Kim Ji-won"],
        "relations": """
Naver Financial | SUBSIDIARY_OF | Naver | current
Naver Financial | ACQUIRED | Dunamu | planned
Dunamu | SUBSIDIARY_OF | Naver Financial | planned?
Dunamu | MERGED_INTO | Naver Financial | planned?
Upbit | SUBSIDIARY_OF | Dunamu | current
Song Chi-hyung | LEADS | Dunamu | current | role=chairman
Song Chi-hyung | INVESTED_IN | Dunamu | current
Song Chi-hyung | INVESTED_IN | Naver Financial | planned
Naver Pay | SUBSIDIARY_OF | Naver Financial | current
Naver Pay | COMPETES_WITH | Kakao Pay | current
Naver Pay | COMPETES_WITH | Toss | current
Naver Financial | COMPETES_WITH | Kakao Pay | current?
Naver Financial | COMPETES_WITH | Toss | current?
Upbit | COMPETES_WITH | Bithumb | current
Choi Soo-yeon | LEADS | Naver | current | role=CEO
Park Sang-jin | LEADS | Naver Financial | current
Oh Kyoung-suk | LEADS | Dunamu | current | role=CEO
Kim Ji-won | WORKS_FOR | Hangang Capital | current
""",
    },
    "y4_harman_audio.txt": {
        "companies": ["Harman International|Harman", "Samsung Electronics|Samsung", "Masimo", "Sound United",
                      "Bowers & Wilkins", "Denon", "Marantz", "Politan Capital Management", "JBL",
                      "Harman Kardon", "Sonos", "Bose", "Wharf Street Partners"],
        "people": ["Joe Kiani", "Katie Szyman", "Christian Sobottka", "Rachel Gold"],
        "relations": """
Harman International | SUBSIDIARY_OF | Samsung Electronics | current
Harman International | ACQUIRED | Sound United | planned | amount=350000000 currency=USD seller=Masimo
Sound United | SUBSIDIARY_OF | Masimo | current
Bowers & Wilkins | SUBSIDIARY_OF | Sound United | current
Denon | SUBSIDIARY_OF | Sound United | current
Marantz | SUBSIDIARY_OF | Sound United | current
Bowers & Wilkins | SUBSIDIARY_OF | Masimo | current?
Denon | SUBSIDIARY_OF | Masimo | current?
Marantz | SUBSIDIARY_OF | Masimo | current?
Masimo | ACQUIRED | Sound United | completed | date=2022 amount=1000000000 currency=USD
Politan Capital Management | INVESTED_IN | Masimo | current?
Joe Kiani | FOUNDED | Masimo | completed
Joe Kiani | LEADS | Masimo | former | role=CEO
Katie Szyman | LEADS | Masimo | current
JBL | SUBSIDIARY_OF | Harman International | current
Harman Kardon | SUBSIDIARY_OF | Harman International | current
Harman International | COMPETES_WITH | Sonos | current?
Harman International | COMPETES_WITH | Bose | current?
Sound United | COMPETES_WITH | Sonos | current?
Sound United | COMPETES_WITH | Bose | current?
Samsung Electronics | ACQUIRED | Harman International | completed | date=2017 amount=8000000000 currency=USD
Christian Sobottka | LEADS | Harman International | current | role=CEO
Rachel Gold | WORKS_FOR | Wharf Street Partners | current
""",
    },
    "y5_nestle_ceo.txt": {
        "companies": ["Nestlé", "Nespresso", "Purina", "Gerber", "L'Oréal", "Danone", "Unilever",
                      "Lakeside Research"],
        "people": ["Laurent Freixe|Freixe", "Philipp Navratil|Navratil", "Mark Schneider", "Paul Bulcke",
                   "Pablo Isla", "Thomas Frey"],
        "relations": """
Laurent Freixe | LEADS | Nestlé | former | role=CEO
Philipp Navratil | LEADS | Nestlé | current | role=CEO
Philipp Navratil | LEADS | Nespresso | current?
Philipp Navratil | WORKS_FOR | Nestlé | current?
Nespresso | SUBSIDIARY_OF | Nestlé | current
Mark Schneider | LEADS | Nestlé | former?
Paul Bulcke | LEADS | Nestlé | current | role=chairman
Pablo Isla | WORKS_FOR | Nestlé | current?
Purina | SUBSIDIARY_OF | Nestlé | current
Gerber | SUBSIDIARY_OF | Nestlé | current
Nestlé | INVESTED_IN | L'Oréal | current | stake_pct=20
Nestlé | COMPETES_WITH | Danone | current
Nestlé | COMPETES_WITH | Unilever | current
Thomas Frey | WORKS_FOR | Lakeside Research | current
""",
    },
    "y6_xiaomi_ev.txt": {
        "companies": ["Xiaomi|Xiaomi Group", "Xiaomi Auto", "Auto Observer", "Tesla", "BYD", "Nio", "Xpeng",
                      "DeepMotion", "China Passenger Car Association"],
        "people": ["Lei Jun", "Lu Weibing", "Sun Hao"],
        "relations": """
Xiaomi Auto | SUBSIDIARY_OF | Xiaomi | current
Xiaomi | FOUNDED | Xiaomi Auto | completed | date=2021
Lei Jun | FOUNDED | Xiaomi | completed
Lei Jun | LEADS | Xiaomi | current | role=CEO
Xiaomi | COMPETES_WITH | Tesla | current?
Xiaomi | COMPETES_WITH | BYD | current?
Xiaomi | COMPETES_WITH | Nio | current?
Xiaomi | COMPETES_WITH | Xpeng | current?
Xiaomi Auto | COMPETES_WITH | Tesla | current?
Xiaomi Auto | COMPETES_WITH | BYD | current?
Xiaomi Auto | COMPETES_WITH | Nio | current?
Xiaomi Auto | COMPETES_WITH | Xpeng | current?
Xiaomi | ACQUIRED | DeepMotion | completed | date=2021 amount=77000000 currency=USD
Lu Weibing | LEADS | Xiaomi | current | role=president
""",
    },
    "y7_jd_food_delivery.txt": {
        "companies": ["JD.com|JD", "JD Food Delivery", "Retail Insight Weekly", "Meituan", "Ele.me", "Alibaba",
                      "Dada Group", "Bund Advisory"],
        "people": ["Richard Liu|Liu Qiangdong", "Sandy Xu", "Wang Xing", "Chen Yu"],
        "relations": """
JD Food Delivery | SUBSIDIARY_OF | JD.com | current
JD.com | FOUNDED | JD Food Delivery | completed?
JD.com | COMPETES_WITH | Meituan | current
JD.com | COMPETES_WITH | Ele.me | current
JD Food Delivery | COMPETES_WITH | Meituan | current?
JD Food Delivery | COMPETES_WITH | Ele.me | current?
Alibaba | ACQUIRED | Ele.me | completed | date=2018
Ele.me | SUBSIDIARY_OF | Alibaba | current?
Richard Liu | FOUNDED | JD.com | completed
Dada Group | SUBSIDIARY_OF | JD.com | current
Sandy Xu | LEADS | JD.com | current | role=CEO
Wang Xing | FOUNDED | Meituan | completed
Chen Yu | WORKS_FOR | Bund Advisory | current
""",
    },
    "y8_deliveroo_doordash.txt": {
        "companies": ["DoorDash", "Deliveroo", "Wolt", "Amazon", "Uber Eats", "Just Eat Takeaway", "Prosus",
                      "Thames Row Capital"],
        "people": ["Will Shu", "Greg Orlowski", "Tony Xu", "Hannah Price"],
        "relations": """
DoorDash | ACQUIRED | Deliveroo | completed | amount=2900000000 currency=GBP
Will Shu | FOUNDED | Deliveroo | completed | date=2013
Greg Orlowski | FOUNDED | Deliveroo | completed | date=2013
Tony Xu | FOUNDED | DoorDash | completed
Tony Xu | LEADS | DoorDash | current | role=CEO
DoorDash | ACQUIRED | Wolt | completed | date=2022 amount=8000000000 currency=USD
Wolt | SUBSIDIARY_OF | DoorDash | current
Deliveroo | SUBSIDIARY_OF | DoorDash | current?
Amazon | INVESTED_IN | Deliveroo | former
Deliveroo | COMPETES_WITH | Uber Eats | current
Deliveroo | COMPETES_WITH | Just Eat Takeaway | current
DoorDash | COMPETES_WITH | Uber Eats | current?
DoorDash | COMPETES_WITH | Just Eat Takeaway | current?
Prosus | ACQUIRED | Just Eat Takeaway | completed | date=2025
Hannah Price | WORKS_FOR | Thames Row Capital | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
