"""Write gold/*.json for the long-article news set (same format and rules as ../newsdev).

These eight articles are longer (250-360 words) and written like wire copy: a dateline,
background paragraphs, reported speech and an analyst's quote. They were written and
annotated after all tuning on the other news sets, and their gold was committed before
the extractor first ran on them: their first score is the project's estimate for news it
has never seen. Analysts and their firms are invented; the corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "l1_carmaker_brands.txt": {
        "companies": ["Zhejiang Geely Holding Group|Zhejiang Geely Holding|Geely", "Geely Automobile Holdings|Geely Automobile",
                      "Zeekr Intelligent Technology|Zeekr", "Lynk & Co", "Volvo Cars|Volvo", "Ford", "Lotus",
                      "Mercedes-Benz Group", "Polestar", "BYD", "Tesla", "SAIC Motor", "Toyota", "Eastbridge Research"],
        "people": ["Li Shufu|Li", "Gui Shengyue", "Hakan Samuelsson", "Jim Rowan", "Michael Lohscheller", "Helen Zhou"],
        "relations": """
Geely Automobile Holdings | SUBSIDIARY_OF | Zhejiang Geely Holding Group | current
Geely Automobile Holdings | ACQUIRED | Zeekr Intelligent Technology | planned | amount=2200000000 currency=USD
Zeekr Intelligent Technology | SUBSIDIARY_OF | Geely Automobile Holdings | current?
Gui Shengyue | LEADS | Geely Automobile Holdings | current | role=CEO
Zeekr Intelligent Technology | ACQUIRED | Lynk & Co | completed | stake_pct=51
Lynk & Co | SUBSIDIARY_OF | Zeekr Intelligent Technology | current?
Lynk & Co | SUBSIDIARY_OF | Geely Automobile Holdings | former?
Lynk & Co | SUBSIDIARY_OF | Volvo Cars | former?
Li Shufu | LEADS | Zhejiang Geely Holding Group | current | role=chairman
Li Shufu | LEADS | Geely Automobile Holdings | current | role=chairman
Li Shufu | FOUNDED | Zhejiang Geely Holding Group | completed?
Zhejiang Geely Holding Group | ACQUIRED | Volvo Cars | completed | date=2010 amount=1800000000 currency=USD seller=Ford
Volvo Cars | SUBSIDIARY_OF | Ford | former?
Volvo Cars | SUBSIDIARY_OF | Zhejiang Geely Holding Group | current?
Zhejiang Geely Holding Group | ACQUIRED | Lotus | completed | date=2017 stake_pct=51
Lotus | SUBSIDIARY_OF | Zhejiang Geely Holding Group | current?
Li Shufu | INVESTED_IN | Mercedes-Benz Group | current
Hakan Samuelsson | LEADS | Volvo Cars | current | role=CEO
Jim Rowan | LEADS | Volvo Cars | former? | role=CEO
Polestar | SUBSIDIARY_OF | Volvo Cars | former?
Volvo Cars | FOUNDED | Polestar | completed?
Michael Lohscheller | LEADS | Polestar | current | role=head
BYD | COMPETES_WITH | Tesla | current?
Zhejiang Geely Holding Group | COMPETES_WITH | BYD | current?
Zhejiang Geely Holding Group | COMPETES_WITH | SAIC Motor | current?
Helen Zhou | WORKS_FOR | Eastbridge Research | current
""",
    },
    "l2_design_deal.txt": {
        "companies": ["Adobe", "Figma", "Brown University", "Competition and Markets Authority", "Adobe XD",
                      "European Commission", "Canva", "Sketch", "Index Ventures", "Greylock", "Kleiner Perkins",
                      "Midjourney", "Microsoft"],
        "people": ["Shantanu Narayen", "Dylan Field|Field", "Evan Wallace"],
        "relations": """
Adobe | ACQUIRED | Figma | rumored | amount=20000000000 currency=USD
Adobe | COMPETES_WITH | Figma | current
Shantanu Narayen | LEADS | Adobe | current | role=CEO
Dylan Field | FOUNDED | Figma | completed | date=2012
Dylan Field | LEADS | Figma | current | role=CEO
Evan Wallace | FOUNDED | Figma | completed | date=2012
Adobe XD | SUBSIDIARY_OF | Adobe | current?
Adobe XD | COMPETES_WITH | Figma | current?
Figma | COMPETES_WITH | Canva | current
Figma | COMPETES_WITH | Sketch | current
Index Ventures | INVESTED_IN | Figma | current
Greylock | INVESTED_IN | Figma | current
Kleiner Perkins | INVESTED_IN | Figma | current
Adobe | COMPETES_WITH | Midjourney | current?
Microsoft | COMPETES_WITH | Adobe | current?
Microsoft | ACQUIRED | Figma | rumored
""",
    },
    "l3_brewer_softdrinks.txt": {
        "companies": ["Carlsberg", "Britvic", "Robinsons", "J2O", "Carlsberg Britvic", "Carlsberg Marston's Brewing Company",
                      "ISS", "Pepsi", "7Up", "PepsiCo", "Marston's", "Baltika Breweries|Baltika", "VG Group", "Nordhavn Securities",
                      "Heineken", "Anheuser-Busch InBev", "Coca-Cola Europacific Partners"],
        "people": ["Paul Davies", "Simon Litherland", "Jacob Aarup-Andersen", "Maria Ekholm"],
        "relations": """
Carlsberg | ACQUIRED | Britvic | completed | amount=3300000000 currency=GBP
Britvic | SUBSIDIARY_OF | Carlsberg | current?
Robinsons | SUBSIDIARY_OF | Britvic | current?
J2O | SUBSIDIARY_OF | Britvic | current?
Carlsberg Britvic | SUBSIDIARY_OF | Carlsberg | current?
Britvic | MERGED_INTO | Carlsberg Britvic | planned?
Paul Davies | LEADS | Carlsberg Britvic | planned | role=head
Paul Davies | LEADS | Carlsberg Marston's Brewing Company | current | role=head
Simon Litherland | LEADS | Britvic | current | role=CEO
Jacob Aarup-Andersen | LEADS | Carlsberg | current | role=CEO
Jacob Aarup-Andersen | LEADS | ISS | former | role=CEO
Carlsberg | ACQUIRED | Carlsberg Marston's Brewing Company | completed | amount=206000000 currency=GBP seller=Marston's
Marston's | INVESTED_IN | Carlsberg Marston's Brewing Company | former | stake_pct=40
Carlsberg Marston's Brewing Company | SUBSIDIARY_OF | Carlsberg | current
Carlsberg Marston's Brewing Company | SUBSIDIARY_OF | Marston's | former?
Baltika Breweries | SUBSIDIARY_OF | Carlsberg | former
VG Group | ACQUIRED | Baltika Breweries | completed | seller=Carlsberg
Maria Ekholm | WORKS_FOR | Nordhavn Securities | current
Carlsberg | COMPETES_WITH | Heineken | current
Carlsberg | COMPETES_WITH | Anheuser-Busch InBev | current
Britvic | COMPETES_WITH | Coca-Cola Europacific Partners | current
""",
    },
    "l4_luxury_rescue.txt": {
        "companies": ["Coupang", "Farfetch", "Athena", "Greenoaks Capital|Greenoaks", "Yoox Net-a-Porter", "Richemont",
                      "Browns", "New Guards Group", "Off-White", "Palm Angels", "Mytheresa", "Zalando", "Naver",
                      "Gmarket", "Shinsegae", "Hanbit Securities"],
        "people": ["José Neves|Neves", "Bom Kim", "Park Ji-hoon"],
        "relations": """
Coupang | ACQUIRED | Farfetch | planned | amount=500000000 currency=USD
Farfetch | SUBSIDIARY_OF | Athena | planned?
Athena | SUBSIDIARY_OF | Coupang | planned?
Coupang | ACQUIRED | Athena | planned? | stake_pct=80.1
Coupang | INVESTED_IN | Athena | planned? | stake_pct=80.1
Greenoaks Capital | INVESTED_IN | Athena | planned
Greenoaks Capital | INVESTED_IN | Coupang | current?
José Neves | FOUNDED | Farfetch | completed | date=2007
José Neves | LEADS | Farfetch | current | role=CEO
Bom Kim | FOUNDED | Coupang | completed
Bom Kim | LEADS | Coupang | current | role=CEO
Farfetch | INVESTED_IN | Yoox Net-a-Porter | rumored | stake_pct=47.5
Yoox Net-a-Porter | SUBSIDIARY_OF | Richemont | current
Browns | SUBSIDIARY_OF | Farfetch | current
Farfetch | ACQUIRED | New Guards Group | completed | date=2019 amount=675000000 currency=USD
New Guards Group | SUBSIDIARY_OF | Farfetch | current?
Off-White | SUBSIDIARY_OF | New Guards Group | current
Palm Angels | SUBSIDIARY_OF | New Guards Group | current
Farfetch | COMPETES_WITH | Mytheresa | current
Farfetch | COMPETES_WITH | Zalando | current
Coupang | COMPETES_WITH | Naver | current
Coupang | COMPETES_WITH | Gmarket | current
Gmarket | SUBSIDIARY_OF | Shinsegae | current
Park Ji-hoon | WORKS_FOR | Hanbit Securities | current
""",
    },
    "l5_food_chief.txt": {
        "companies": ["Nestlé", "Nespresso", "Fresenius", "Inditex", "Unilever", "Danone", "Nature's Bounty", "Froneri",
                      "PAI Partners", "L'Oréal", "Lemanic Asset Management"],
        "people": ["Laurent Freixe|Freixe", "Philipp Navratil|Navratil", "Mark Schneider", "Paul Bulcke|Bulcke",
                   "Pablo Isla", "Claire Dubois"],
        "relations": """
Laurent Freixe | LEADS | Nestlé | former | role=CEO
Laurent Freixe | WORKS_FOR | Nestlé | former?
Philipp Navratil | LEADS | Nestlé | current | role=CEO
Philipp Navratil | LEADS | Nespresso | current | role=CEO
Philipp Navratil | WORKS_FOR | Nestlé | current?
Nespresso | SUBSIDIARY_OF | Nestlé | current
Mark Schneider | LEADS | Nestlé | former | role=head
Mark Schneider | LEADS | Fresenius | former | role=head
Philipp Navratil | REPORTS_TO | Paul Bulcke | planned
Paul Bulcke | LEADS | Nestlé | current | role=chairman
Pablo Isla | LEADS | Nestlé | planned | role=chairman
Pablo Isla | WORKS_FOR | Nestlé | current?
Pablo Isla | LEADS | Inditex | former | role=head
Nestlé | COMPETES_WITH | Unilever | current
Nestlé | COMPETES_WITH | Danone | current
Nestlé | ACQUIRED | Nature's Bounty | completed | date=2021
Nature's Bounty | SUBSIDIARY_OF | Nestlé | current?
Froneri | SUBSIDIARY_OF | Nestlé | current
Froneri | SUBSIDIARY_OF | PAI Partners | current
Nestlé | INVESTED_IN | Froneri | current?
PAI Partners | INVESTED_IN | Froneri | current?
Nestlé | INVESTED_IN | L'Oréal | current | stake_pct=20
Claire Dubois | WORKS_FOR | Lemanic Asset Management | current
""",
    },
    "l6_search_livestream.txt": {
        "companies": ["Baidu", "YY Live", "JOYY", "Bigo Live", "Douyin", "Kuaishou", "ByteDance", "iQiyi", "Alibaba Cloud",
                      "Huawei Cloud", "Apollo Go", "Jade River Capital"],
        "people": ["Robin Li", "David Xueling Li", "Shen Dou", "Wang Lei"],
        "relations": """
Baidu | ACQUIRED | YY Live | rumored | amount=3600000000 currency=USD
YY Live | SUBSIDIARY_OF | JOYY | current
Bigo Live | SUBSIDIARY_OF | JOYY | current?
Robin Li | FOUNDED | Baidu | completed
Robin Li | LEADS | Baidu | current | role=CEO
Baidu | COMPETES_WITH | Douyin | current
Baidu | COMPETES_WITH | Kuaishou | current
Douyin | SUBSIDIARY_OF | ByteDance | current
David Xueling Li | LEADS | JOYY | current | role=chairman
David Xueling Li | FOUNDED | JOYY | completed | date=2005
iQiyi | SUBSIDIARY_OF | Baidu | current
Baidu | INVESTED_IN | iQiyi | current?
Shen Dou | WORKS_FOR | Baidu | current?
Baidu | COMPETES_WITH | Alibaba Cloud | current?
Baidu | COMPETES_WITH | Huawei Cloud | current?
Apollo Go | SUBSIDIARY_OF | Baidu | current
Wang Lei | WORKS_FOR | Jade River Capital | current
""",
    },
    "l7_software_deal.txt": {
        "companies": ["IBM", "HashiCorp", "IBM Software", "Red Hat", "Kyndryl", "Apptio", "Vista Equity Partners", "Pulumi",
                      "Amazon Web Services", "Microsoft Azure", "Accenture", "Oracle", "Harbor Point Research"],
        "people": ["Rob Thomas|Thomas", "Dave McJannet", "Armon Dadgar", "Mitchell Hashimoto", "Arvind Krishna",
                   "Ginni Rometty", "Tom Reyes"],
        "relations": """
IBM | ACQUIRED | HashiCorp | completed | amount=6400000000 currency=USD
HashiCorp | SUBSIDIARY_OF | IBM | current?
HashiCorp | MERGED_INTO | IBM Software | planned?
HashiCorp | SUBSIDIARY_OF | IBM Software | planned?
IBM Software | SUBSIDIARY_OF | IBM | current?
Rob Thomas | LEADS | IBM Software | current | role=senior vice president
IBM | ACQUIRED | Red Hat | completed | date=2019 amount=34000000000 currency=USD
Red Hat | SUBSIDIARY_OF | IBM | current?
Dave McJannet | LEADS | HashiCorp | current | role=CEO
Armon Dadgar | FOUNDED | HashiCorp | completed | date=2012
Mitchell Hashimoto | FOUNDED | HashiCorp | completed | date=2012
Armon Dadgar | WORKS_FOR | HashiCorp | current?
Armon Dadgar | REPORTS_TO | Rob Thomas | planned
Arvind Krishna | LEADS | IBM | current | role=CEO
Ginni Rometty | LEADS | IBM | former? | role=CEO
Kyndryl | SUBSIDIARY_OF | IBM | former?
IBM | ACQUIRED | Apptio | completed | amount=4600000000 currency=USD seller=Vista Equity Partners
Apptio | SUBSIDIARY_OF | Vista Equity Partners | former?
HashiCorp | COMPETES_WITH | Pulumi | current
HashiCorp | COMPETES_WITH | Amazon Web Services | current
HashiCorp | COMPETES_WITH | Microsoft Azure | current
IBM | COMPETES_WITH | Accenture | current
IBM | COMPETES_WITH | Oracle | current
Tom Reyes | WORKS_FOR | Harbor Point Research | current
""",
    },
    "l8_messaging_stake.txt": {
        "companies": ["SoftBank Corp|SoftBank", "Naver", "A Holdings", "LY Corporation|LY|LY Corp", "LINE", "Yahoo Japan",
                      "Z Holdings", "LINE Corporation", "PayPay", "Kakao", "Meta", "WhatsApp", "Rakuten", "Amazon",
                      "SoftBank Group", "Ginza Equity Research"],
        "people": ["Choi Soo-yeon", "Takeshi Idezawa", "Shin Jung-ho", "Masayoshi Son", "Kenji Mori"],
        "relations": """
A Holdings | SUBSIDIARY_OF | SoftBank Corp | current
A Holdings | SUBSIDIARY_OF | Naver | current
SoftBank Corp | INVESTED_IN | A Holdings | current?
Naver | INVESTED_IN | A Holdings | current?
LY Corporation | SUBSIDIARY_OF | A Holdings | current
A Holdings | ACQUIRED | LY Corporation | completed?
A Holdings | INVESTED_IN | LY Corporation | current?
LY Corporation | SUBSIDIARY_OF | SoftBank Corp | current?
LY Corporation | SUBSIDIARY_OF | Naver | current?
LINE | SUBSIDIARY_OF | LY Corporation | current?
Yahoo Japan | SUBSIDIARY_OF | LY Corporation | current?
Z Holdings | MERGED_INTO | LY Corporation | completed | date=2023-10
LINE Corporation | MERGED_INTO | LY Corporation | completed | date=2023-10
Yahoo Japan | MERGED_INTO | LY Corporation | completed? | date=2023-10
Choi Soo-yeon | LEADS | Naver | current | role=CEO
Takeshi Idezawa | LEADS | LY Corporation | current | role=CEO
Takeshi Idezawa | LEADS | LINE Corporation | former | role=head
Shin Jung-ho | WORKS_FOR | Naver | current?
Shin Jung-ho | WORKS_FOR | LY Corporation | former
PayPay | SUBSIDIARY_OF | LY Corporation | current
LINE | COMPETES_WITH | Kakao | current
LINE | COMPETES_WITH | WhatsApp | current
WhatsApp | SUBSIDIARY_OF | Meta | current
LY Corporation | COMPETES_WITH | Rakuten | current
LY Corporation | COMPETES_WITH | Amazon | current
SoftBank Corp | SUBSIDIARY_OF | SoftBank Group | current
Masayoshi Son | FOUNDED | SoftBank Group | completed
Kenji Mori | WORKS_FOR | Ginza Equity Research | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
