"""Write gold/*.json for the newsdec26 set (same format and rules as ../newsdev).

Five articles written in the 2026-12-04 (eleventh) session, for a twenty-sixth first-run
estimate, on reorganisations: Disney's three new divisions (co-chairmen, four executives
reporting to the chief executive, a unit dismantled), Tencent's two new groups (units merged
and moved, rivals by market), 3M's health care spin-off (a question-and-answer explainer, a
retained stake, an old unit name), Tata Steel folding subsidiaries into itself (Indian business
style, crore, a pending merger) and Chagee's listing (a feature, a founder-chief, rivals). The
gold was committed before the extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "j1_studio_reshuffle.txt": {
        "companies": ["Walt Disney Co|Disney", "Disney Entertainment", "Disney+", "Hulu", "ESPN",
                      "Disney Parks, Experiences and Products", "Disney Media and Entertainment Distribution",
                      "Netflix"],
        "people": ["Bob Iger|Iger", "Bob Chapek|Chapek", "Dana Walden", "Alan Bergman", "Jimmy Pitaro",
                   "Josh D'Amaro", "Kareem Daniel"],
        "relations": """
Bob Iger | LEADS | Walt Disney Co | current | role=CEO
Bob Chapek | LEADS | Walt Disney Co | former
Disney Entertainment | SUBSIDIARY_OF | Walt Disney Co | planned
Disney+ | SUBSIDIARY_OF | Disney Entertainment | planned?
Hulu | SUBSIDIARY_OF | Disney Entertainment | planned?
Disney+ | SUBSIDIARY_OF | Walt Disney Co | current?
Hulu | SUBSIDIARY_OF | Walt Disney Co | current?
Dana Walden | LEADS | Disney Entertainment | planned | role=co-chairman
Alan Bergman | LEADS | Disney Entertainment | planned | role=co-chairman
ESPN | SUBSIDIARY_OF | Walt Disney Co | current?
Jimmy Pitaro | LEADS | ESPN | current | role=chairman
Josh D'Amaro | LEADS | Disney Parks, Experiences and Products | current | role=head
Disney Parks, Experiences and Products | SUBSIDIARY_OF | Walt Disney Co | current?
Dana Walden | REPORTS_TO | Bob Iger | planned
Alan Bergman | REPORTS_TO | Bob Iger | planned
Jimmy Pitaro | REPORTS_TO | Bob Iger | planned
Josh D'Amaro | REPORTS_TO | Bob Iger | planned
Disney Media and Entertainment Distribution | SUBSIDIARY_OF | Walt Disney Co | former?
Bob Chapek | FOUNDED | Disney Media and Entertainment Distribution | completed | date=2020
Kareem Daniel | LEADS | Disney Media and Entertainment Distribution | former | role=chairman
Kareem Daniel | WORKS_FOR | Walt Disney Co | former
Walt Disney Co | COMPETES_WITH | Netflix | current?
""",
    },
    "j2_internet_restructure.txt": {
        "companies": ["Tencent Holdings|Tencent", "Cloud and Smart Industries Group", "Platform and Content Group",
                      "Online Media Group", "Social Network Group", "Mobile Internet Group", "WeChat Group",
                      "Interactive Entertainment Group", "Alibaba", "Aliyun", "ByteDance"],
        "people": ["Dowson Tong", "Mark Ren", "Pony Ma"],
        "relations": """
Cloud and Smart Industries Group | SUBSIDIARY_OF | Tencent Holdings | current
Platform and Content Group | SUBSIDIARY_OF | Tencent Holdings | current
Dowson Tong | LEADS | Cloud and Smart Industries Group | planned | role=head
Mark Ren | LEADS | Platform and Content Group | planned | role=head
Dowson Tong | WORKS_FOR | Tencent Holdings | current?
Mark Ren | WORKS_FOR | Tencent Holdings | current?
Online Media Group | MERGED_INTO | Platform and Content Group | completed
Online Media Group | SUBSIDIARY_OF | Tencent Holdings | former?
Social Network Group | MERGED_INTO | Platform and Content Group | completed?
Social Network Group | MERGED_INTO | Cloud and Smart Industries Group | completed?
Mobile Internet Group | MERGED_INTO | Platform and Content Group | completed?
Mobile Internet Group | MERGED_INTO | Cloud and Smart Industries Group | completed?
WeChat Group | SUBSIDIARY_OF | Tencent Holdings | current
Interactive Entertainment Group | SUBSIDIARY_OF | Tencent Holdings | current
Pony Ma | LEADS | Tencent Holdings | current | role=chairman
Tencent Holdings | COMPETES_WITH | Alibaba | current
Aliyun | SUBSIDIARY_OF | Alibaba | current
Tencent Holdings | COMPETES_WITH | Aliyun | current?
Tencent Holdings | COMPETES_WITH | ByteDance | current
""",
    },
    "j3_health_spinoff.txt": {
        "companies": ["3M Co|3M", "Solventum Corp|Solventum|3M Health Care", "New York Stock Exchange", "Zimmer Biomet",
                      "L3Harris", "Smith & Nephew", "Convatec"],
        "people": ["Bryan Hanson", "Mike Roman", "Bill Brown"],
        "relations": """
Solventum Corp | SUBSIDIARY_OF | 3M Co | former
3M Co | INVESTED_IN | Solventum Corp | current | stake_pct=19.9
Bryan Hanson | LEADS | Solventum Corp | current | role=CEO
Bryan Hanson | LEADS | Zimmer Biomet | former | role=CEO
Mike Roman | LEADS | 3M Co | current | role=chairman
Bill Brown | LEADS | 3M Co | planned | role=CEO
Bill Brown | WORKS_FOR | L3Harris | former
Solventum Corp | COMPETES_WITH | Smith & Nephew | current
Solventum Corp | COMPETES_WITH | Convatec | current
""",
    },
    "j4_steel_amalgamation.txt": {
        "companies": ["Tata Steel Ltd|Tata Steel", "Tata Metaliks Ltd|Tata Metaliks",
                      "Tata Steel Long Products Ltd|Tata Steel Long Products",
                      "The Tinplate Company of India Ltd|Tinplate Company of India",
                      "National Company Law Tribunal", "Tata Sons", "Tata group", "JSW Steel",
                      "Steel Authority of India"],
        "people": ["T V Narendran", "N Chandrasekaran"],
        "relations": """
Tata Metaliks Ltd | MERGED_INTO | Tata Steel Ltd | completed
Tata Steel Long Products Ltd | MERGED_INTO | Tata Steel Ltd | completed
The Tinplate Company of India Ltd | MERGED_INTO | Tata Steel Ltd | planned
The Tinplate Company of India Ltd | SUBSIDIARY_OF | Tata Steel Ltd | current
Tata Metaliks Ltd | SUBSIDIARY_OF | Tata Steel Ltd | former?
Tata Steel Long Products Ltd | SUBSIDIARY_OF | Tata Steel Ltd | former?
T V Narendran | LEADS | Tata Steel Ltd | current | role=managing director
N Chandrasekaran | LEADS | Tata Steel Ltd | current | role=chairman
N Chandrasekaran | LEADS | Tata Sons | current | role=chairman
Tata Sons | INVESTED_IN | Tata Steel Ltd | current
Tata Steel Ltd | COMPETES_WITH | JSW Steel | current
Tata Steel Ltd | COMPETES_WITH | Steel Authority of India | current
""",
    },
    "j5_tea_listing.txt": {
        "companies": ["Chagee Holdings|Chagee", "Nasdaq", "Mixue Group|Mixue", "Heytea", "Nayuki"],
        "people": ["Zhang Junjie"],
        "relations": """
Zhang Junjie | FOUNDED | Chagee Holdings | completed | date=2017
Zhang Junjie | LEADS | Chagee Holdings | current | role=chairman
Zhang Junjie | INVESTED_IN | Chagee Holdings | current
Chagee Holdings | COMPETES_WITH | Mixue Group | current
Chagee Holdings | COMPETES_WITH | Heytea | current
Chagee Holdings | COMPETES_WITH | Nayuki | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
