"""Write gold/*.json for the newsdec set (same format and rules as ../newsdev).

Seven articles written at the start of the 2026-12-02 session, in styles the earlier sets
have little of: a denial of takeover talks, a web page with share buttons and a 'Related'
line, a long feature with a predecessor and disposals, a Chinese audio deal, a question-
and-answer explainer, a bulleted round-up and a Korean joint-venture piece. The gold was
committed before the extractor first ran on them. Analysts and outlets are invented; the
corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "m1_oil_denial.txt": {
        "companies": ["Shell", "BP", "The Wall Street Journal", "BG Group", "Exxon Mobil", "Chevron",
                      "TotalEnergies", "Elliott Management", "Harbourline Securities"],
        "people": ["Wael Sawan", "Priya Menon", "Murray Auchincloss"],
        "relations": """
Shell | ACQUIRED | BP | rumored
Shell | COMPETES_WITH | BP | current?
Wael Sawan | LEADS | Shell | current | role=CEO
Shell | ACQUIRED | BG Group | completed | date=2016 amount=53000000000 currency=USD
BP | COMPETES_WITH | Exxon Mobil | current
BP | COMPETES_WITH | Chevron | current
BP | COMPETES_WITH | TotalEnergies | current
Elliott Management | INVESTED_IN | BP | current | stake_pct=5
Priya Menon | WORKS_FOR | Harbourline Securities | current
Murray Auchincloss | LEADS | BP | current | role=CEO
""",
    },
    "m2_software_deals.txt": {
        "companies": ["Siemens", "Dotmatics", "Insight Partners", "Altair Engineering|Altair",
                      "Siemens Digital Industries Software", "Dassault Systèmes", "Autodesk", "Siemens Energy",
                      "Siemens Healthineers"],
        "people": ["Roland Busch", "James Scapa"],
        "relations": """
Siemens | ACQUIRED | Dotmatics | planned | amount=5100000000 currency=USD seller=Insight Partners
Dotmatics | SUBSIDIARY_OF | Insight Partners | current?
Siemens | ACQUIRED | Altair Engineering | completed | amount=10000000000 currency=USD
Dotmatics | SUBSIDIARY_OF | Siemens Digital Industries Software | planned
Dotmatics | SUBSIDIARY_OF | Siemens | planned?
Siemens Digital Industries Software | SUBSIDIARY_OF | Siemens | current
Roland Busch | LEADS | Siemens | current | role=CEO
Siemens | COMPETES_WITH | Dassault Systèmes | current
Siemens | COMPETES_WITH | Autodesk | current
James Scapa | FOUNDED | Altair Engineering | completed | date=1985
Siemens Energy | SUBSIDIARY_OF | Siemens | former
Siemens | INVESTED_IN | Siemens Healthineers | current
Siemens Healthineers | SUBSIDIARY_OF | Siemens | current?
""",
    },
    "m3_conglomerate_chief.txt": {
        "companies": ["Hitachi", "Hitachi Metals", "Bain Capital", "Hitachi Chemical", "Showa Denko", "ABB",
                      "Hitachi Energy", "GlobalLogic", "Lumada", "Siemens", "Schneider Electric", "Toshiba",
                      "Mitsubishi Electric", "Kanda Equity"],
        "people": ["Toshiaki Tokunaga|Tokunaga", "Keiji Kojima", "Daisuke Mori"],
        "relations": """
Toshiaki Tokunaga | LEADS | Hitachi | current
Keiji Kojima | LEADS | Hitachi | current | role=chairman
Hitachi Metals | SUBSIDIARY_OF | Hitachi | former?
Bain Capital | ACQUIRED | Hitachi Metals | completed?
Showa Denko | ACQUIRED | Hitachi Chemical | completed | amount=960000000000 currency=JPY seller=Hitachi
Hitachi Chemical | SUBSIDIARY_OF | Hitachi | former
Hitachi | ACQUIRED | Hitachi Energy | completed? | seller=ABB
Hitachi Energy | SUBSIDIARY_OF | Hitachi | current?
Hitachi | ACQUIRED | GlobalLogic | completed | date=2021 amount=9600000000 currency=USD
Lumada | SUBSIDIARY_OF | Hitachi | current
Hitachi | COMPETES_WITH | Siemens | current
Hitachi | COMPETES_WITH | Schneider Electric | current
Hitachi | COMPETES_WITH | Toshiba | current
Hitachi | COMPETES_WITH | Mitsubishi Electric | current
Toshiaki Tokunaga | WORKS_FOR | Hitachi | current?
Daisuke Mori | WORKS_FOR | Kanda Equity | current
""",
    },
    "m4_audio_app.txt": {
        "companies": ["Tencent Music Entertainment Group|TME|Tencent Music", "Ximalaya", "Tencent Holdings|Tencent",
                      "QQ Music", "Kugou", "Kuwo", "China Music Corporation", "Goldman Sachs", "Tiger Global",
                      "NetEase Cloud Music", "ByteDance", "Soda Music", "Pearl River Capital"],
        "people": ["Yu Jianjun", "Chen Xiaoyu", "Cussion Pang", "Lin Hua"],
        "relations": """
Tencent Music Entertainment Group | ACQUIRED | Ximalaya | planned | amount=1260000000 currency=USD
Ximalaya | SUBSIDIARY_OF | Tencent Music Entertainment Group | planned?
Tencent Music Entertainment Group | SUBSIDIARY_OF | Tencent Holdings | current
QQ Music | SUBSIDIARY_OF | Tencent Music Entertainment Group | current
Kugou | SUBSIDIARY_OF | Tencent Music Entertainment Group | current
Kuwo | SUBSIDIARY_OF | Tencent Music Entertainment Group | current
China Music Corporation | MERGED_INTO | Tencent Music Entertainment Group | completed? | date=2016
Tencent Holdings | FOUNDED | Tencent Music Entertainment Group | completed? | date=2016
Yu Jianjun | FOUNDED | Ximalaya | completed | date=2012
Chen Xiaoyu | FOUNDED | Ximalaya | completed | date=2012
Goldman Sachs | INVESTED_IN | Ximalaya | current
Tiger Global | INVESTED_IN | Ximalaya | current
Cussion Pang | LEADS | Tencent Music Entertainment Group | current | role=executive chairman
Tencent Music Entertainment Group | COMPETES_WITH | NetEase Cloud Music | current
Tencent Music Entertainment Group | COMPETES_WITH | Soda Music | current
Soda Music | SUBSIDIARY_OF | ByteDance | current
Lin Hua | WORKS_FOR | Pearl River Capital | current
""",
    },
    "m5_super_app_explainer.txt": {
        "companies": ["Grab Holdings|Grab|MyTeksi", "GoTo", "Gojek", "Be Group", "Xanh SM", "Uber", "Jaya Grocer",
                      "GXS Bank", "Singtel", "Grab Financial Group"],
        "people": ["Anthony Tan", "Tan Hooi Ling", "Dara Khosrowshahi"],
        "relations": """
Anthony Tan | FOUNDED | Grab Holdings | completed | date=2012
Tan Hooi Ling | FOUNDED | Grab Holdings | completed | date=2012
Anthony Tan | LEADS | Grab Holdings | current | role=CEO
Grab Holdings | COMPETES_WITH | GoTo | current
Gojek | SUBSIDIARY_OF | GoTo | current
Grab Holdings | COMPETES_WITH | Gojek | current?
Grab Holdings | COMPETES_WITH | Be Group | current
Grab Holdings | COMPETES_WITH | Xanh SM | current
Uber | INVESTED_IN | Grab Holdings | current | date=2018 stake_pct=27.5
Dara Khosrowshahi | LEADS | Uber | former | role=CEO
Dara Khosrowshahi | WORKS_FOR | Grab Holdings | current?
Grab Holdings | ACQUIRED | Jaya Grocer | completed | date=2021
GXS Bank | SUBSIDIARY_OF | Grab Holdings | current
GXS Bank | SUBSIDIARY_OF | Singtel | current?
Grab Financial Group | SUBSIDIARY_OF | Grab Holdings | current
Grab Holdings | MERGED_INTO | GoTo | rumored?
Grab Holdings | ACQUIRED | GoTo | rumored?
""",
    },
    "m6_deals_in_brief.txt": {
        "companies": ["Mitsubishi UFJ Financial Group|MUFG", "MUFG Union Bank", "U.S. Bancorp", "Morgan Stanley",
                      "Lenovo", "IBM", "Motorola Mobility", "Google", "Hyundai Motor|Hyundai", "Kia",
                      "Hyundai Motor Group"],
        "people": ["Yang Yuanqing", "Chung Euisun"],
        "relations": """
U.S. Bancorp | ACQUIRED | MUFG Union Bank | completed | amount=8000000000 currency=USD seller=Mitsubishi UFJ Financial Group
MUFG Union Bank | SUBSIDIARY_OF | Mitsubishi UFJ Financial Group | former
Mitsubishi UFJ Financial Group | INVESTED_IN | Morgan Stanley | current | date=2008
Lenovo | ACQUIRED | Motorola Mobility | completed | date=2014 seller=Google
Motorola Mobility | SUBSIDIARY_OF | Google | former
Yang Yuanqing | LEADS | Lenovo | current | role=chairman
Hyundai Motor | INVESTED_IN | Kia | current
Kia | SUBSIDIARY_OF | Hyundai Motor | current?
Chung Euisun | LEADS | Hyundai Motor Group | current | role=chairman
Chung Euisun | LEADS | Hyundai Motor | current?
Chung Euisun | LEADS | Kia | current?
Hyundai Motor | SUBSIDIARY_OF | Hyundai Motor Group | current?
Kia | SUBSIDIARY_OF | Hyundai Motor Group | current?
""",
    },
    "m7_battery_maker.txt": {
        "companies": ["LG Energy Solution", "LG Chem", "Ultium Cells", "General Motors", "Hyundai Motor Group",
                      "Honda", "CATL", "BYD", "Samsung SDI", "SK On", "LG Group", "Hangang Securities"],
        "people": ["Kim Dong-myung", "Kwon Young-soo", "Koo Kwang-mo", "Park Ji-hoon"],
        "relations": """
LG Energy Solution | SUBSIDIARY_OF | LG Chem | current | stake_pct=81.8
LG Chem | FOUNDED | LG Energy Solution | completed? | date=2020-12
Ultium Cells | SUBSIDIARY_OF | LG Energy Solution | current
Ultium Cells | SUBSIDIARY_OF | General Motors | current
Kim Dong-myung | LEADS | LG Energy Solution | current | role=CEO
Kwon Young-soo | LEADS | LG Energy Solution | former
LG Energy Solution | COMPETES_WITH | CATL | current
LG Energy Solution | COMPETES_WITH | BYD | current
LG Energy Solution | COMPETES_WITH | Samsung SDI | current
LG Energy Solution | COMPETES_WITH | SK On | current
LG Chem | INVESTED_IN | LG Energy Solution | current?
LG Chem | SUBSIDIARY_OF | LG Group | current
Koo Kwang-mo | LEADS | LG Group | current | role=chairman
Park Ji-hoon | WORKS_FOR | Hangang Securities | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
