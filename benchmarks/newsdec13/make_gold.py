"""Write gold/*.json for the newsdec13 set (same format and rules as ../newsdev).

Six articles written in the 2026-12-02 (fifth) session, for a thirteenth first-run
estimate: Sanofi/Blueprint Medicines (a wire story), Lilly/Verve (a brief), Webtoon
Entertainment (a question-and-answer explainer), the ended Kioxia/Western Digital talks
(a translated wire story), Luckin Coffee and Cotti (a feature) and Merck KGaA/SpringWorks
(a wire story). The gold was committed before the extractor first ran on them. The
corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "s1_rare_disease.txt": {
        "companies": ["Sanofi", "Blueprint Medicines|Blueprint", "Novartis"],
        "people": ["Paul Hudson", "Kate Haviland"],
        "relations": """
Sanofi | ACQUIRED | Blueprint Medicines | planned | amount=9500000000 currency=USD
Blueprint Medicines | SUBSIDIARY_OF | Sanofi | planned?
Paul Hudson | LEADS | Sanofi | current | role=CEO
Kate Haviland | LEADS | Blueprint Medicines | current | role=CEO
Blueprint Medicines | COMPETES_WITH | Novartis | current
""",
    },
    "s2_gene_editing.txt": {
        "companies": ["Eli Lilly|Lilly", "Verve Therapeutics|Verve"],
        "people": ["Sekar Kathiresan", "David Ricks"],
        "relations": """
Eli Lilly | ACQUIRED | Verve Therapeutics | planned | amount=1300000000 currency=USD
Verve Therapeutics | SUBSIDIARY_OF | Eli Lilly | planned?
Eli Lilly | INVESTED_IN | Verve Therapeutics | current
Sekar Kathiresan | FOUNDED | Verve Therapeutics | completed
Sekar Kathiresan | LEADS | Verve Therapeutics | current | role=CEO
David Ricks | LEADS | Eli Lilly | current | role=CEO
""",
    },
    "s3_comics_platform.txt": {
        "companies": ["Webtoon Entertainment", "Webtoon", "Wattpad", "Nasdaq", "Naver", "LY Corp",
                      "Kakao Entertainment", "Kakao"],
        "people": ["Junkoo Kim", "Allen Lau", "Ivan Yuen"],
        "relations": """
Webtoon | SUBSIDIARY_OF | Webtoon Entertainment | current
Wattpad | SUBSIDIARY_OF | Webtoon Entertainment | current
Webtoon Entertainment | SUBSIDIARY_OF | Naver | current
LY Corp | INVESTED_IN | Webtoon Entertainment | current
Naver | INVESTED_IN | LY Corp | current
Junkoo Kim | FOUNDED | Webtoon | completed | date=2004
Junkoo Kim | FOUNDED | Webtoon Entertainment | completed?
Junkoo Kim | LEADS | Webtoon Entertainment | current | role=CEO
Naver | ACQUIRED | Wattpad | completed | date=2021 amount=600000000 currency=USD
Allen Lau | FOUNDED | Wattpad | completed | date=2006
Ivan Yuen | FOUNDED | Wattpad | completed | date=2006
Webtoon Entertainment | COMPETES_WITH | Kakao Entertainment | current
Kakao Entertainment | SUBSIDIARY_OF | Kakao | current
""",
    },
    "s4_flash_memory.txt": {
        "companies": ["Kioxia Holdings|Kioxia", "Western Digital", "SK Hynix", "Bain Capital", "Toshiba"],
        "people": ["David Goeckeler"],
        "relations": """
Kioxia Holdings | MERGED_INTO | Western Digital | rumored?
SK Hynix | INVESTED_IN | Kioxia Holdings | current
Bain Capital | ACQUIRED | Kioxia Holdings | completed | date=2018 seller=Toshiba
Kioxia Holdings | SUBSIDIARY_OF | Toshiba | former?
Kioxia Holdings | SUBSIDIARY_OF | Bain Capital | current?
SK Hynix | COMPETES_WITH | Kioxia Holdings | current
SK Hynix | COMPETES_WITH | Western Digital | current
David Goeckeler | LEADS | Western Digital | current | role=CEO
""",
    },
    "s5_coffee_chains.txt": {
        "companies": ["Luckin Coffee|Luckin", "Starbucks", "Centurium Capital", "Cotti Coffee", "Starbucks China",
                      "Mixue Group", "Lucky Cup"],
        "people": ["Guo Jinyi", "Lu Zhengyao", "Qian Zhiya"],
        "relations": """
Luckin Coffee | SUBSIDIARY_OF | Centurium Capital | current | date=2022
Centurium Capital | INVESTED_IN | Luckin Coffee | current?
Luckin Coffee | COMPETES_WITH | Starbucks | current
Guo Jinyi | LEADS | Luckin Coffee | current | role=chairman
Luckin Coffee | COMPETES_WITH | Cotti Coffee | current
Lu Zhengyao | FOUNDED | Cotti Coffee | completed | date=2022
Qian Zhiya | FOUNDED | Cotti Coffee | completed | date=2022
Lu Zhengyao | FOUNDED | Luckin Coffee | completed
Qian Zhiya | FOUNDED | Luckin Coffee | completed
Luckin Coffee | COMPETES_WITH | Starbucks China | current
Cotti Coffee | COMPETES_WITH | Starbucks China | current
Luckin Coffee | COMPETES_WITH | Lucky Cup | current
Cotti Coffee | COMPETES_WITH | Lucky Cup | current
Lucky Cup | SUBSIDIARY_OF | Mixue Group | current
Starbucks China | SUBSIDIARY_OF | Starbucks | current?
""",
    },
    "s6_tumour_drugs.txt": {
        "companies": ["Merck KGaA", "SpringWorks Therapeutics|SpringWorks", "Pfizer", "Bain Capital Life Sciences",
                      "AstraZeneca"],
        "people": ["Saqib Islam"],
        "relations": """
Merck KGaA | ACQUIRED | SpringWorks Therapeutics | planned | amount=3900000000 currency=USD
SpringWorks Therapeutics | SUBSIDIARY_OF | Merck KGaA | planned
Saqib Islam | LEADS | SpringWorks Therapeutics | current | role=CEO
SpringWorks Therapeutics | SUBSIDIARY_OF | Pfizer | former?
Bain Capital Life Sciences | INVESTED_IN | SpringWorks Therapeutics | current?
Merck KGaA | COMPETES_WITH | AstraZeneca | planned?
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
