"""Write gold/*.json for the newsmix set (same format and rules as ../newsdev).

Seven articles written after the newsweb round, mixing the web-page style (breadcrumbs,
source lines, disclaimers) with wire copy and a feature: a blocked Chinese streaming merger,
PhonePe and Flipkart, Sony's Kadokawa stake, the VodafoneThree merger, Coupang's Farfetch
rescue, Temu's rivals, Intel's new chief. The gold was committed before the extractor first
ran on them. Analysts and outlets are invented; the corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "z1_streaming_merger_blocked.txt": {
        "companies": ["State Administration for Market Regulation|SAMR", "Huya", "DouYu", "Tencent", "JOYY",
                      "Douyin", "Kuaishou", "Game Watch Daily"],
        "people": ["Chen Shaojie", "Dong Rongjie"],
        "relations": """
Huya | ACQUIRED | DouYu | rumored?
Huya | MERGED_INTO | DouYu | rumored?
DouYu | MERGED_INTO | Huya | rumored?
Tencent | INVESTED_IN | DouYu | current
Huya | SUBSIDIARY_OF | Tencent | current
Tencent | ACQUIRED | Huya | completed | date=2020 seller=JOYY
Tencent | INVESTED_IN | Huya | current?
Huya | SUBSIDIARY_OF | JOYY | former?
Chen Shaojie | FOUNDED | DouYu | completed
Chen Shaojie | LEADS | DouYu | current | role=CEO
Dong Rongjie | LEADS | Huya | current | role=CEO
Huya | COMPETES_WITH | DouYu | current?
Huya | COMPETES_WITH | Douyin | current?
Huya | COMPETES_WITH | Kuaishou | current?
DouYu | COMPETES_WITH | Douyin | current?
DouYu | COMPETES_WITH | Kuaishou | current?
""",
    },
    "z2_payments_spinout.txt": {
        "companies": ["PhonePe", "Walmart", "Flipkart", "Google Pay", "Paytm", "Amazon", "Colaba Securities"],
        "people": ["Sameer Nigam", "Rahul Chari", "Kalyan Krishnamurthy", "Ritu Menon"],
        "relations": """
PhonePe | SUBSIDIARY_OF | Walmart | current
Sameer Nigam | FOUNDED | PhonePe | completed | date=2015
Rahul Chari | FOUNDED | PhonePe | completed | date=2015
Sameer Nigam | WORKS_FOR | Flipkart | former
Rahul Chari | WORKS_FOR | Flipkart | former
Flipkart | ACQUIRED | PhonePe | completed | date=2016
PhonePe | SUBSIDIARY_OF | Flipkart | former
Flipkart | SUBSIDIARY_OF | Walmart | current
Walmart | ACQUIRED | Flipkart | completed | date=2018 amount=16000000000 currency=USD stake_pct=77
Sameer Nigam | LEADS | PhonePe | current | role=CEO
Rahul Chari | WORKS_FOR | PhonePe | current
PhonePe | COMPETES_WITH | Google Pay | current
PhonePe | COMPETES_WITH | Paytm | current
Kalyan Krishnamurthy | LEADS | Flipkart | current
Flipkart | COMPETES_WITH | Amazon | current
Ritu Menon | WORKS_FOR | Colaba Securities | current
""",
    },
    "z3_anime_stake.txt": {
        "companies": ["Sony Group|Sony", "Kadokawa", "FromSoftware", "Aniplex", "Sony Music Entertainment Japan",
                      "Tencent", "PlayStation", "Nintendo", "Microsoft", "Xbox", "Shiodome Research"],
        "people": ["Hidetaka Miyazaki", "Takeshi Natsuno", "Aya Mori"],
        "relations": """
Sony Group | INVESTED_IN | Kadokawa | planned | stake_pct=10 amount=50000000000 currency=JPY
Sony Group | ACQUIRED | Kadokawa | rumored
FromSoftware | SUBSIDIARY_OF | Kadokawa | current
Hidetaka Miyazaki | LEADS | FromSoftware | current
Takeshi Natsuno | LEADS | Kadokawa | current | role=president
Aniplex | SUBSIDIARY_OF | Sony Music Entertainment Japan | current
Aniplex | SUBSIDIARY_OF | Sony Group | current?
Sony Music Entertainment Japan | SUBSIDIARY_OF | Sony Group | current?
Tencent | INVESTED_IN | Kadokawa | current
Tencent | INVESTED_IN | FromSoftware | current
PlayStation | SUBSIDIARY_OF | Sony Group | current
Xbox | SUBSIDIARY_OF | Microsoft | current
PlayStation | COMPETES_WITH | Nintendo | current
PlayStation | COMPETES_WITH | Xbox | current
Aya Mori | WORKS_FOR | Shiodome Research | current
""",
    },
    "z4_mobile_merger.txt": {
        "companies": ["Vodafone Group|Vodafone", "CK Hutchison", "Vodafone UK", "Three UK", "VodafoneThree",
                      "Competition and Markets Authority", "BT", "EE", "Virgin Media O2", "Liberty Global",
                      "Telefónica", "Southwark Partners"],
        "people": ["Max Taylor", "Margherita Della Valle", "Owen Hale"],
        "relations": """
Vodafone UK | MERGED_INTO | VodafoneThree | completed
Three UK | MERGED_INTO | VodafoneThree | completed
Vodafone UK | SUBSIDIARY_OF | Vodafone Group | former?
Three UK | SUBSIDIARY_OF | CK Hutchison | former?
VodafoneThree | SUBSIDIARY_OF | Vodafone Group | current | stake_pct=51
Vodafone Group | INVESTED_IN | VodafoneThree | current?
CK Hutchison | INVESTED_IN | VodafoneThree | current | stake_pct=49
Max Taylor | LEADS | VodafoneThree | current | role=CEO
VodafoneThree | COMPETES_WITH | EE | current
VodafoneThree | COMPETES_WITH | Virgin Media O2 | current
VodafoneThree | COMPETES_WITH | BT | current?
EE | SUBSIDIARY_OF | BT | current
Virgin Media O2 | SUBSIDIARY_OF | Liberty Global | current
Virgin Media O2 | SUBSIDIARY_OF | Telefónica | current
Margherita Della Valle | LEADS | Vodafone Group | current | role=CEO
Owen Hale | WORKS_FOR | Southwark Partners | current
""",
    },
    "z5_luxury_rescue.txt": {
        "companies": ["Coupang", "Farfetch", "Athena", "Greenoaks", "New Guards Group", "Off-White", "Palm Angels",
                      "Browns", "Naver", "Alibaba", "AliExpress", "PDD", "Temu", "Yeouido Capital"],
        "people": ["Bom Kim|Kim", "José Neves", "Jun Seo-yeon"],
        "relations": """
Bom Kim | FOUNDED | Coupang | completed
Bom Kim | LEADS | Coupang | current | role=CEO
Coupang | ACQUIRED | Farfetch | completed | date=2023-12
Athena | ACQUIRED | Farfetch | completed?
Coupang | INVESTED_IN | Farfetch | completed?
Athena | SUBSIDIARY_OF | Coupang | current
Coupang | FOUNDED | Athena | completed
Greenoaks | FOUNDED | Athena | completed
Greenoaks | INVESTED_IN | Athena | current
Coupang | INVESTED_IN | Athena | current?
José Neves | FOUNDED | Farfetch | completed | date=2007
José Neves | LEADS | Farfetch | former
José Neves | WORKS_FOR | Farfetch | former?
New Guards Group | SUBSIDIARY_OF | Farfetch | current
Off-White | SUBSIDIARY_OF | New Guards Group | current
Palm Angels | SUBSIDIARY_OF | New Guards Group | current
Browns | SUBSIDIARY_OF | Farfetch | current
Coupang | COMPETES_WITH | Naver | current
Coupang | COMPETES_WITH | AliExpress | current
Coupang | COMPETES_WITH | Temu | current
AliExpress | SUBSIDIARY_OF | Alibaba | current
Temu | SUBSIDIARY_OF | PDD | current
Jun Seo-yeon | WORKS_FOR | Yeouido Capital | current
""",
    },
    "z6_cross_border.txt": {
        "companies": ["Kuajing Observer", "Sensor Tower", "Temu", "PDD Holdings|PDD", "Pinduoduo", "Shein",
                      "AliExpress", "TikTok Shop", "Amazon", "Amazon Haul"],
        "people": ["Colin Huang|Huang", "Chen Lei", "Zhao Jiazhen", "Xu Yangtian"],
        "relations": """
Temu | SUBSIDIARY_OF | PDD Holdings | current
Pinduoduo | SUBSIDIARY_OF | PDD Holdings | current
Temu | COMPETES_WITH | Shein | current
Temu | COMPETES_WITH | AliExpress | current
Temu | COMPETES_WITH | TikTok Shop | current
Amazon Haul | SUBSIDIARY_OF | Amazon | current
Amazon | FOUNDED | Amazon Haul | completed
Amazon Haul | COMPETES_WITH | Temu | current?
Amazon | COMPETES_WITH | Temu | current?
Colin Huang | FOUNDED | PDD Holdings | completed | date=2015
Colin Huang | LEADS | PDD Holdings | former | role=chairman
Chen Lei | LEADS | PDD Holdings | current | role=co-ceo
Zhao Jiazhen | LEADS | PDD Holdings | current | role=co-ceo
Xu Yangtian | FOUNDED | Shein | completed
""",
    },
    "z7_chipmaker_ceo.txt": {
        "companies": ["Intel", "Cadence Design Systems", "Walden International", "Intel Products", "Nvidia", "AMD",
                      "Intel Foundry", "TSMC"],
        "people": ["Lip-Bu Tan|Tan", "Pat Gelsinger|Gelsinger", "David Zinsner|Zinsner",
                   "Michelle Johnston Holthaus|Holthaus", "Frank Yeary"],
        "relations": """
Lip-Bu Tan | LEADS | Intel | planned | role=CEO
Lip-Bu Tan | LEADS | Cadence Design Systems | former | role=CEO
Pat Gelsinger | LEADS | Intel | former?
Lip-Bu Tan | FOUNDED | Walden International | completed | date=1987
Lip-Bu Tan | WORKS_FOR | Intel | current?
David Zinsner | LEADS | Intel | current | role=co-ceo
Michelle Johnston Holthaus | LEADS | Intel | current | role=co-ceo
David Zinsner | WORKS_FOR | Intel | current?
Michelle Johnston Holthaus | LEADS | Intel Products | current | role=CEO
Michelle Johnston Holthaus | WORKS_FOR | Intel | current?
Intel Products | SUBSIDIARY_OF | Intel | current?
Frank Yeary | LEADS | Intel | current | role=chairman
Intel | COMPETES_WITH | Nvidia | current
Intel | COMPETES_WITH | AMD | current
Intel Foundry | SUBSIDIARY_OF | Intel | current
Intel Foundry | COMPETES_WITH | TSMC | planned?
Intel | COMPETES_WITH | TSMC | planned?
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
