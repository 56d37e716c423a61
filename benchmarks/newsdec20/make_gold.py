"""Write gold/*.json for the newsdec20 set (same format and rules as ../newsdev).

Four articles written in the 2026-12-03 (ninth) session, for a twentieth first-run estimate:
Currys turning down Elliott (a London wire story with a rumoured second bidder), Ahold
Delhaize as a question-and-answer explainer with a bulleted list of chains, Spotify's founder
handing over to two co-chief executives (a feature with a 'KEY FACTS' box) and Peloton naming
a new chief executive (a tech-desk story). The gold was committed before the extractor first
ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "d1_electricals_retailer.txt": {
        "companies": ["Currys", "Elliott Advisors|Elliott", "JD.com", "Kotsovolos", "Public Group", "AO World",
                      "Argos", "Sainsbury's"],
        "people": ["Alex Baldock"],
        "relations": """
Elliott Advisors | ACQUIRED | Currys | planned?
JD.com | ACQUIRED | Currys | rumored
Public Group | ACQUIRED | Kotsovolos | planned | amount=175000000 currency=GBP seller=Currys
Kotsovolos | SUBSIDIARY_OF | Currys | current
Alex Baldock | LEADS | Currys | current | role=CEO
Currys | COMPETES_WITH | AO World | current
Currys | COMPETES_WITH | Argos | current
Argos | SUBSIDIARY_OF | Sainsbury's | current
""",
    },
    "d2_grocery_group.txt": {
        "companies": ["Ahold Delhaize", "Ahold", "Delhaize Group|Delhaize", "Albert Heijn", "Stop & Shop",
                      "Giant Food", "Hannaford", "Food Lion", "bol", "FreshDirect",
                      "Centerbridge Partners|Centerbridge", "Kroger", "Walmart"],
        "people": ["Frans Muller", "Dick Boer"],
        "relations": """
Ahold | MERGED_INTO | Ahold Delhaize | completed | date=2016-07
Delhaize Group | MERGED_INTO | Ahold Delhaize | completed | date=2016-07
Ahold | MERGED_INTO | Delhaize Group | completed?
Albert Heijn | SUBSIDIARY_OF | Ahold Delhaize | current
Stop & Shop | SUBSIDIARY_OF | Ahold Delhaize | current
Giant Food | SUBSIDIARY_OF | Ahold Delhaize | current
Hannaford | SUBSIDIARY_OF | Ahold Delhaize | current
Food Lion | SUBSIDIARY_OF | Ahold Delhaize | current
bol | SUBSIDIARY_OF | Ahold Delhaize | current
Ahold Delhaize | ACQUIRED | FreshDirect | completed | date=2021 stake_pct=80
FreshDirect | SUBSIDIARY_OF | Ahold Delhaize | current?
Centerbridge Partners | INVESTED_IN | FreshDirect | current | stake_pct=20
Frans Muller | LEADS | Ahold Delhaize | current | role=CEO date=2018
Dick Boer | LEADS | Ahold Delhaize | former | role=CEO
Ahold Delhaize | COMPETES_WITH | Kroger | current
Ahold Delhaize | COMPETES_WITH | Walmart | current
""",
    },
    "d3_audio_streaming.txt": {
        "companies": ["Spotify", "Tradedoubler", "Apple Music", "YouTube Music", "New York Stock Exchange",
                      "Gimlet Media", "Anchor", "Tencent Music Entertainment"],
        "people": ["Daniel Ek|Ek", "Alex Norström", "Gustav Söderström", "Martin Lorentzon"],
        "relations": """
Daniel Ek | FOUNDED | Spotify | completed | date=2006
Martin Lorentzon | FOUNDED | Spotify | completed | date=2006
Daniel Ek | LEADS | Spotify | current
Alex Norström | LEADS | Spotify | planned | role=co-CEO
Gustav Söderström | LEADS | Spotify | planned | role=co-CEO
Alex Norström | WORKS_FOR | Spotify | current?
Gustav Söderström | WORKS_FOR | Spotify | current?
Martin Lorentzon | FOUNDED | Tradedoubler | completed?
Martin Lorentzon | WORKS_FOR | Tradedoubler | former?
Spotify | COMPETES_WITH | Apple Music | current
Spotify | COMPETES_WITH | YouTube Music | current
Spotify | ACQUIRED | Gimlet Media | completed | date=2019
Spotify | ACQUIRED | Anchor | completed | date=2019
Spotify | INVESTED_IN | Tencent Music Entertainment | completed | date=2017
Tencent Music Entertainment | INVESTED_IN | Spotify | completed | date=2017
Daniel Ek | INVESTED_IN | Spotify | current
""",
    },
    "d4_fitness_company.txt": {
        "companies": ["Peloton Interactive|Peloton", "Ford", "Netflix", "Spotify", "Apple", "Precor", "Echelon",
                      "Tonal"],
        "people": ["Peter Stern|Stern", "Barry McCarthy", "Karen Boone", "Christopher Bruzzo", "John Foley"],
        "relations": """
Peter Stern | LEADS | Peloton Interactive | planned | role=CEO
Peter Stern | WORKS_FOR | Ford | former
Peter Stern | WORKS_FOR | Apple | former
Barry McCarthy | LEADS | Peloton Interactive | former | role=CEO
Barry McCarthy | WORKS_FOR | Netflix | former
Barry McCarthy | WORKS_FOR | Spotify | former
Karen Boone | LEADS | Peloton Interactive | current | role=co-CEO
Christopher Bruzzo | LEADS | Peloton Interactive | current | role=co-CEO
John Foley | FOUNDED | Peloton Interactive | completed | date=2012
John Foley | LEADS | Peloton Interactive | former | role=CEO
Peloton Interactive | ACQUIRED | Precor | completed | date=2021 amount=420000000 currency=USD
Peloton Interactive | COMPETES_WITH | Echelon | current
Peloton Interactive | COMPETES_WITH | Tonal | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
