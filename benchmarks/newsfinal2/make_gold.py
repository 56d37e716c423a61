"""Write gold/*.json for the newsfinal2 set (same format and rules as ../newsdev).

Six news articles about other groups (an Italian bank bid, a carmaker's new chief, a
bottler deal, a Korean purchase in Germany, a bank succession in Singapore, a security
software deal), written at the end of the session after every rule of it. The gold was
committed before the extractor first ran on them: their first score is the last estimate
for news the rules have never seen. Analysts and their firms are invented; the corporate
facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "x1_italian_banks.txt": {
        "companies": ["UniCredit", "Banco BPM", "Anima Holding", "Crédit Agricole", "Commerzbank", "Navigli Research"],
        "people": ["Andrea Orcel|Orcel", "Giuseppe Castagna", "Paolo Bianchi"],
        "relations": """
UniCredit | ACQUIRED | Banco BPM | rumored
Andrea Orcel | LEADS | UniCredit | current | role=CEO
Giuseppe Castagna | LEADS | Banco BPM | current | role=CEO
Banco BPM | ACQUIRED | Anima Holding | completed
Crédit Agricole | INVESTED_IN | Banco BPM | current | stake_pct=20
UniCredit | INVESTED_IN | Commerzbank | current | stake_pct=29
Commerzbank | MERGED_INTO | UniCredit | rumored?
Paolo Bianchi | WORKS_FOR | Navigli Research | current
""",
    },
    "x2_carmaker_chief.txt": {
        "companies": ["Renault", "Kering", "Dacia", "Ampere", "Nissan", "Volkswagen", "Stellantis", "BYD", "Seine Capital"],
        "people": ["François Provost|Provost", "Luca de Meo|De Meo", "Jean-Dominique Senard", "Ivan Espinosa",
                   "Makoto Uchida", "Claire Lemoine"],
        "relations": """
François Provost | LEADS | Renault | current | role=CEO
François Provost | WORKS_FOR | Renault | current?
François Provost | REPORTS_TO | Jean-Dominique Senard | planned
Jean-Dominique Senard | LEADS | Renault | current | role=chairman
Luca de Meo | LEADS | Renault | former
Luca de Meo | LEADS | Kering | current
Dacia | SUBSIDIARY_OF | Renault | current
Ampere | SUBSIDIARY_OF | Renault | current?
Ampere | MERGED_INTO | Renault | completed
Luca de Meo | FOUNDED | Ampere | completed?
Renault | INVESTED_IN | Nissan | current
Ivan Espinosa | LEADS | Nissan | current | role=CEO
Makoto Uchida | LEADS | Nissan | former
Renault | COMPETES_WITH | Volkswagen | current
Renault | COMPETES_WITH | Stellantis | current
Renault | COMPETES_WITH | BYD | current
Claire Lemoine | WORKS_FOR | Seine Capital | current
""",
    },
    "x3_bottler_deal.txt": {
        "companies": ["Coca-Cola HBC", "Coca-Cola Beverages Africa", "The Coca-Cola Company|Coca-Cola Company", "PepsiCo",
                      "Highveld Advisory"],
        "people": ["Zoran Bogdanovic", "Thandiwe Nkosi"],
        "relations": """
Coca-Cola HBC | ACQUIRED | Coca-Cola Beverages Africa | planned | stake_pct=75 amount=2600000000 currency=USD
Coca-Cola Beverages Africa | SUBSIDIARY_OF | The Coca-Cola Company | current
The Coca-Cola Company | INVESTED_IN | Coca-Cola Beverages Africa | planned?
The Coca-Cola Company | INVESTED_IN | Coca-Cola HBC | current | stake_pct=21
Zoran Bogdanovic | LEADS | Coca-Cola HBC | current | role=CEO
Coca-Cola HBC | COMPETES_WITH | PepsiCo | current?
Thandiwe Nkosi | WORKS_FOR | Highveld Advisory | current
""",
    },
    "x4_climate_deal.txt": {
        "companies": ["Samsung Electronics|Samsung", "FläktGroup", "Triton", "Harman", "Daikin", "Carrier", "JBL",
                      "Gangnam Investment"],
        "people": ["Seo-yeon Han"],
        "relations": """
Samsung Electronics | ACQUIRED | FläktGroup | planned | amount=1500000000 currency=EUR seller=Triton
FläktGroup | SUBSIDIARY_OF | Triton | current
FläktGroup | SUBSIDIARY_OF | Samsung Electronics | planned
Samsung Electronics | ACQUIRED | Harman | completed | date=2017 amount=8000000000 currency=USD
Harman | SUBSIDIARY_OF | Samsung Electronics | current
Samsung Electronics | COMPETES_WITH | Daikin | current
Samsung Electronics | COMPETES_WITH | Carrier | current
JBL | SUBSIDIARY_OF | Harman | current
Seo-yeon Han | WORKS_FOR | Gangnam Investment | current
""",
    },
    "x5_bank_succession.txt": {
        "companies": ["DBS Group|DBS", "Morgan Stanley", "Temasek Holdings|Temasek", "OCBC", "UOB", "HSBC",
                      "Standard Chartered", "Marina Equity"],
        "people": ["Tan Su Shan|Tan", "Piyush Gupta|Gupta", "Peter Seah", "Marcus Lim"],
        "relations": """
Tan Su Shan | LEADS | DBS Group | current | role=CEO
Piyush Gupta | LEADS | DBS Group | former
Tan Su Shan | WORKS_FOR | Morgan Stanley | former
Tan Su Shan | WORKS_FOR | DBS Group | current?
Peter Seah | LEADS | DBS Group | current | role=chairman
Temasek Holdings | INVESTED_IN | DBS Group | current
DBS Group | COMPETES_WITH | OCBC | current
DBS Group | COMPETES_WITH | UOB | current
DBS Group | COMPETES_WITH | HSBC | current
DBS Group | COMPETES_WITH | Standard Chartered | current
Marcus Lim | WORKS_FOR | Marina Equity | current
""",
    },
    "x6_security_deal.txt": {
        "companies": ["Palo Alto Networks", "CyberArk", "Protect AI", "CrowdStrike", "Okta", "Mission Street Research"],
        "people": ["Udi Mokady", "Alon Cohen", "Matt Cohen", "Nikesh Arora", "Daniel Roth"],
        "relations": """
Palo Alto Networks | ACQUIRED | CyberArk | planned | amount=25000000000 currency=USD
Udi Mokady | FOUNDED | CyberArk | completed | date=1999
Alon Cohen | FOUNDED | CyberArk | completed | date=1999
Matt Cohen | LEADS | CyberArk | current | role=CEO
Nikesh Arora | LEADS | Palo Alto Networks | current | role=CEO
Palo Alto Networks | ACQUIRED | Protect AI | completed
Palo Alto Networks | COMPETES_WITH | CrowdStrike | current
Palo Alto Networks | COMPETES_WITH | Okta | current
Daniel Roth | WORKS_FOR | Mission Street Research | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
