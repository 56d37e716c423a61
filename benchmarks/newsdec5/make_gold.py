"""Write gold/*.json for the newsdec5 set (same format and rules as ../newsdev).

Seven articles written at the start of the 2026-12-02 (second) session, for a fifth
first-run estimate: Capgemini/WNS, HSBC/Hang Seng Bank, Apple's reporting lines, JD.com's
bid for Ceconomy (an HTML page), the Magnum Ice Cream Company demerger (a question-and-
answer explainer), the reported Paramount Skydance interest in Warner Bros. Discovery, and a
numbered round-up of foreign stakes in Indian banks. The gold was committed before the
extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "k1_outsourcing_deal.txt": {
        "companies": ["Capgemini", "WNS", "Altran", "Accenture", "Genpact", "Cognizant"],
        "people": ["Aiman Ezzat", "Keshav Murugesh"],
        "relations": """
Capgemini | ACQUIRED | WNS | planned | amount=3300000000 currency=USD
WNS | SUBSIDIARY_OF | Capgemini | planned
Aiman Ezzat | LEADS | Capgemini | current | role=CEO
Keshav Murugesh | LEADS | WNS | former
Capgemini | ACQUIRED | Altran | completed | date=2020 amount=3600000000 currency=EUR
Altran | SUBSIDIARY_OF | Capgemini | current?
Capgemini | COMPETES_WITH | Accenture | current
Capgemini | COMPETES_WITH | Genpact | current
Capgemini | COMPETES_WITH | Cognizant | current
""",
    },
    "k2_bank_buyout.txt": {
        "companies": ["HSBC Holdings|HSBC", "Hang Seng Bank|Hang Seng",
                      "The Hongkong and Shanghai Banking Corporation|Hongkong and Shanghai Banking Corporation",
                      "Country Garden", "Bank of China (Hong Kong)|Bank of China", "Standard Chartered"],
        "people": ["Georges Elhedery", "Irene Lee"],
        "relations": """
HSBC Holdings | ACQUIRED | Hang Seng Bank | planned | amount=106000000000 currency=HKD
Hang Seng Bank | SUBSIDIARY_OF | HSBC Holdings | current
Hang Seng Bank | SUBSIDIARY_OF | The Hongkong and Shanghai Banking Corporation | current?
HSBC Holdings | INVESTED_IN | Hang Seng Bank | completed? | date=1965
The Hongkong and Shanghai Banking Corporation | SUBSIDIARY_OF | HSBC Holdings | current
Georges Elhedery | LEADS | HSBC Holdings | current | role=CEO
Irene Lee | LEADS | Hang Seng Bank | current | role=chairman
Hang Seng Bank | COMPETES_WITH | Bank of China (Hong Kong) | current
Hang Seng Bank | COMPETES_WITH | Standard Chartered | current
""",
    },
    "k3_phone_maker_lines.txt": {
        "companies": ["Apple", "Microsoft", "Samsung Electronics", "Google", "OpenAI"],
        "people": ["Tim Cook|Cook", "Sabih Khan|Khan", "Jeff Williams|Williams", "John Giannandrea|Giannandrea",
                   "Mike Rockwell|Rockwell", "Craig Federighi|Federighi", "Amar Subramanya", "Eddy Cue|Cue",
                   "Jony Ive"],
        "relations": """
Tim Cook | LEADS | Apple | current | role=CEO
Sabih Khan | LEADS | Apple | current? | role=COO
Sabih Khan | WORKS_FOR | Apple | current?
Jeff Williams | LEADS | Apple | former? | role=COO
Jeff Williams | WORKS_FOR | Apple | former?
Sabih Khan | REPORTS_TO | Tim Cook | current
John Giannandrea | WORKS_FOR | Apple | current
John Giannandrea | LEADS | Apple | current? | role=chief
Mike Rockwell | REPORTS_TO | Craig Federighi | current
Mike Rockwell | WORKS_FOR | Apple | current?
Craig Federighi | WORKS_FOR | Apple | current
Craig Federighi | LEADS | Apple | current? | role=chief
Amar Subramanya | WORKS_FOR | Microsoft | former
Amar Subramanya | WORKS_FOR | Apple | planned?
Amar Subramanya | REPORTS_TO | Craig Federighi | planned
Eddy Cue | WORKS_FOR | Apple | current?
Eddy Cue | REPORTS_TO | Tim Cook | current
Craig Federighi | REPORTS_TO | Tim Cook | current
Jony Ive | WORKS_FOR | OpenAI | current
Jony Ive | WORKS_FOR | Apple | former
Jony Ive | LEADS | Apple | former? | role=chief
Apple | COMPETES_WITH | Samsung Electronics | current
Apple | COMPETES_WITH | Google | current
Apple | COMPETES_WITH | OpenAI | current
""",
    },
    "k4_electronics_retail.html": {
        "companies": ["JD.com", "Ceconomy", "MediaMarkt", "Saturn", "Convergenta", "Joybuy", "Amazon",
                      "Temu", "Shein"],
        "people": ["Sandy Xu", "Kai-Ulrich Deissner"],
        "relations": """
JD.com | ACQUIRED | Ceconomy | planned | amount=2200000000 currency=EUR
Ceconomy | SUBSIDIARY_OF | JD.com | planned?
MediaMarkt | SUBSIDIARY_OF | Ceconomy | current
Saturn | SUBSIDIARY_OF | Ceconomy | current
Convergenta | INVESTED_IN | Ceconomy | current | stake_pct=25.35
Joybuy | SUBSIDIARY_OF | JD.com | current
Sandy Xu | LEADS | JD.com | current | role=CEO
Kai-Ulrich Deissner | LEADS | Ceconomy | current | role=CEO
Ceconomy | COMPETES_WITH | Amazon | current
Ceconomy | COMPETES_WITH | Temu | current
Ceconomy | COMPETES_WITH | Shein | current
""",
    },
    "k5_ice_cream_split.txt": {
        "companies": ["The Magnum Ice Cream Company|Magnum Ice Cream Company", "Unilever", "Magnum",
                      "Ben & Jerry's", "Wall's", "Cornetto", "Heineken", "Froneri", "Nestlé", "PAI Partners"],
        "people": ["Peter ter Kulve", "Jean-François van Boxmeer", "Fernando Fernandez", "Hein Schumacher",
                   "Jerry Greenfield"],
        "relations": """
The Magnum Ice Cream Company | SUBSIDIARY_OF | Unilever | former?
Magnum | SUBSIDIARY_OF | Unilever | former?
Ben & Jerry's | SUBSIDIARY_OF | Unilever | former?
Wall's | SUBSIDIARY_OF | Unilever | former?
Cornetto | SUBSIDIARY_OF | Unilever | former?
Magnum | SUBSIDIARY_OF | The Magnum Ice Cream Company | current?
Ben & Jerry's | SUBSIDIARY_OF | The Magnum Ice Cream Company | current?
Wall's | SUBSIDIARY_OF | The Magnum Ice Cream Company | current?
Cornetto | SUBSIDIARY_OF | The Magnum Ice Cream Company | current?
Unilever | INVESTED_IN | The Magnum Ice Cream Company | current
Peter ter Kulve | LEADS | The Magnum Ice Cream Company | current | role=CEO
Peter ter Kulve | WORKS_FOR | Unilever | former?
Jean-François van Boxmeer | LEADS | The Magnum Ice Cream Company | current | role=chairman
Jean-François van Boxmeer | LEADS | Heineken | former | role=head
Fernando Fernandez | LEADS | Unilever | current | role=CEO
Hein Schumacher | LEADS | Unilever | former | role=CEO
Jerry Greenfield | FOUNDED | Ben & Jerry's | completed
Jerry Greenfield | WORKS_FOR | Ben & Jerry's | former?
Jerry Greenfield | LEADS | Ben & Jerry's | former? | role=founder
The Magnum Ice Cream Company | COMPETES_WITH | Froneri | current
Froneri | SUBSIDIARY_OF | Nestlé | current
Froneri | SUBSIDIARY_OF | PAI Partners | current
""",
    },
    "k6_studio_bid_talk.txt": {
        "companies": ["Paramount Skydance", "Warner Bros. Discovery", "Skydance Media|Skydance", "Paramount Global",
                      "Oracle", "Warner Bros.", "Discovery Global", "CNN", "TNT", "CBS", "HBO", "Netflix",
                      "Disney", "Comcast", "The Wall Street Journal|Wall Street Journal"],
        "people": ["David Ellison|Ellison", "Larry Ellison", "David Zaslav"],
        "relations": """
Paramount Skydance | ACQUIRED | Warner Bros. Discovery | rumored
Skydance Media | MERGED_INTO | Paramount Global | completed?
Skydance Media | MERGED_INTO | Paramount Skydance | completed?
Paramount Global | MERGED_INTO | Paramount Skydance | completed?
Paramount Global | MERGED_INTO | Skydance Media | completed?
David Ellison | LEADS | Skydance Media | current?
David Ellison | LEADS | Paramount Skydance | current | role=CEO
Larry Ellison | FOUNDED | Oracle | completed
Larry Ellison | LEADS | Oracle | current? | role=founder
David Zaslav | LEADS | Warner Bros. Discovery | current | role=CEO
Warner Bros. | SUBSIDIARY_OF | Warner Bros. Discovery | current?
Discovery Global | SUBSIDIARY_OF | Warner Bros. Discovery | current?
CNN | SUBSIDIARY_OF | Discovery Global | planned
TNT | SUBSIDIARY_OF | Discovery Global | planned
CNN | SUBSIDIARY_OF | Warner Bros. Discovery | current?
TNT | SUBSIDIARY_OF | Warner Bros. Discovery | current?
Paramount Skydance | COMPETES_WITH | Netflix | rumored?
Paramount Skydance | COMPETES_WITH | Disney | rumored?
Paramount Skydance | COMPETES_WITH | Comcast | rumored?
Warner Bros. Discovery | COMPETES_WITH | Netflix | rumored?
Warner Bros. Discovery | COMPETES_WITH | Disney | rumored?
Warner Bros. Discovery | COMPETES_WITH | Comcast | rumored?
""",
    },
    "k7_bank_stakes.txt": {
        "companies": ["Emirates NBD", "RBL Bank|RBL", "Sumitomo Mitsui Banking Corporation|SMBC",
                      "Sumitomo Mitsui Financial Group", "Yes Bank", "State Bank of India|SBI",
                      "Mitsubishi UFJ|MUFG", "Shriram Finance", "HDFC Bank", "ICICI Bank"],
        "people": ["R Subramaniakumar"],
        "relations": """
Emirates NBD | ACQUIRED | RBL Bank | planned | amount=268500000000 currency=INR stake_pct=60
RBL Bank | SUBSIDIARY_OF | Emirates NBD | planned?
Emirates NBD | INVESTED_IN | RBL Bank | planned? | stake_pct=60
R Subramaniakumar | LEADS | RBL Bank | current | role=CEO
Sumitomo Mitsui Banking Corporation | SUBSIDIARY_OF | Sumitomo Mitsui Financial Group | current
Sumitomo Mitsui Banking Corporation | INVESTED_IN | Yes Bank | current | stake_pct=24.99
State Bank of India | INVESTED_IN | Yes Bank | completed? | date=2020
Mitsubishi UFJ | INVESTED_IN | Shriram Finance | rumored
RBL Bank | COMPETES_WITH | HDFC Bank | current
RBL Bank | COMPETES_WITH | ICICI Bank | current
Yes Bank | COMPETES_WITH | HDFC Bank | current
Yes Bank | COMPETES_WITH | ICICI Bank | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
