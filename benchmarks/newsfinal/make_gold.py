"""Write gold/*.json for the final news set (same format and rules as ../newsdev).

These eight articles were written and annotated after all tuning on the other news sets,
and their gold was committed before the extractor first ran on them: their first score is
the project's estimate for news it has never seen. Do not tune rules on them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "f1_truck_split.txt": {
        "companies": ["Tata Motors", "Jaguar Land Rover", "Tata Motors Limited", "Tata Motors Passenger Vehicles",
                      "Tata Sons", "Ford", "Mahindra & Mahindra", "Maruti Suzuki", "Suzuki Motor"],
        "people": ["N. Chandrasekaran", "Adrian Mardell", "P.B. Balaji"],
        "relations": """
Jaguar Land Rover | SUBSIDIARY_OF | Tata Motors | current
Jaguar Land Rover | SUBSIDIARY_OF | Tata Motors Passenger Vehicles | current?
Tata Motors | SUBSIDIARY_OF | Tata Sons | current?
N. Chandrasekaran | LEADS | Tata Sons | current | role=chairman
N. Chandrasekaran | LEADS | Tata Motors Limited | current? | role=chairman
N. Chandrasekaran | LEADS | Tata Motors Passenger Vehicles | current? | role=chairman
Tata Motors | ACQUIRED | Jaguar Land Rover | completed | date=2008 amount=2300000000 currency=USD seller=Ford
Jaguar Land Rover | SUBSIDIARY_OF | Ford | former?
Adrian Mardell | LEADS | Jaguar Land Rover | former | role=CEO
P.B. Balaji | LEADS | Jaguar Land Rover | current | role=CEO
P.B. Balaji | WORKS_FOR | Tata Motors | former
Tata Motors Passenger Vehicles | COMPETES_WITH | Mahindra & Mahindra | current?
Tata Motors Passenger Vehicles | COMPETES_WITH | Maruti Suzuki | current?
Tata Motors | COMPETES_WITH | Mahindra & Mahindra | current?
Tata Motors | COMPETES_WITH | Maruti Suzuki | current?
Maruti Suzuki | SUBSIDIARY_OF | Suzuki Motor | current
""",
    },
    "f2_chip_stake.txt": {
        "companies": ["Nvidia", "Intel", "SoftBank Group", "Advanced Micro Devices"],
        "people": ["Jensen Huang", "Lip-Bu Tan"],
        "relations": """
Nvidia | INVESTED_IN | Intel | planned | amount=5000000000 currency=USD stake_pct=4
Nvidia | COMPETES_WITH | Intel | current
SoftBank Group | INVESTED_IN | Intel | completed | amount=2000000000 currency=USD
Jensen Huang | LEADS | Nvidia | current | role=CEO
Lip-Bu Tan | LEADS | Intel | current | role=CEO
Advanced Micro Devices | COMPETES_WITH | Nvidia | current
Advanced Micro Devices | COMPETES_WITH | Intel | current
""",
    },
    "f3_music_control.txt": {
        "companies": ["Kakao", "SM Entertainment|SM", "HYBE", "Kakao Entertainment", "Aespa", "NCT", "BTS"],
        "people": ["Kim Beom-su|Kim", "Chung Shin-a", "Kim Sung-soo", "Bang Si-hyuk"],
        "relations": """
Kim Beom-su | FOUNDED | Kakao | completed
Kim Beom-su | LEADS | Kakao | former | role=chairman
Kakao | COMPETES_WITH | HYBE | current?
Kakao Entertainment | SUBSIDIARY_OF | Kakao | current
Kakao | ACQUIRED | SM Entertainment | completed
Kakao Entertainment | ACQUIRED | SM Entertainment | completed?
SM Entertainment | SUBSIDIARY_OF | Kakao | current?
Kakao | INVESTED_IN | SM Entertainment | current? | stake_pct=40
HYBE | ACQUIRED | SM Entertainment | rumored
Aespa | SUBSIDIARY_OF | SM Entertainment | current?
NCT | SUBSIDIARY_OF | SM Entertainment | current?
BTS | SUBSIDIARY_OF | HYBE | current?
Chung Shin-a | LEADS | Kakao | current | role=CEO
Kim Sung-soo | LEADS | Kakao Entertainment | current | role=CEO
Bang Si-hyuk | FOUNDED | HYBE | completed
""",
    },
    "f4_pharmacy_buyout.txt": {
        "companies": ["Walgreens Boots Alliance|Walgreens", "Sycamore Partners|Sycamore", "VillageMD", "Express Scripts",
                      "CVS Health", "Amazon", "Boots", "Staples", "Belk"],
        "people": ["Stefano Pessina", "Tim Wentworth"],
        "relations": """
Sycamore Partners | ACQUIRED | Walgreens Boots Alliance | planned | amount=10000000000 currency=USD
Walgreens Boots Alliance | INVESTED_IN | VillageMD | current
Stefano Pessina | LEADS | Walgreens Boots Alliance | current | role=executive chairman
Stefano Pessina | INVESTED_IN | Walgreens Boots Alliance | current
Tim Wentworth | LEADS | Walgreens Boots Alliance | current | role=CEO
Tim Wentworth | LEADS | Express Scripts | former | role=head
Walgreens Boots Alliance | COMPETES_WITH | CVS Health | current
Walgreens Boots Alliance | COMPETES_WITH | Amazon | current
Boots | SUBSIDIARY_OF | Walgreens Boots Alliance | current
Sycamore Partners | ACQUIRED | Boots | rumored?
Sycamore Partners | ACQUIRED | Staples | completed
Sycamore Partners | ACQUIRED | Belk | completed
""",
    },
    "f5_petrochemical_stake.txt": {
        "companies": ["Saudi Aramco|Aramco", "Saudi Basic Industries Corp|SABIC", "Public Investment Fund", "ExxonMobil",
                      "Dow", "SABIC Innovative Plastics", "General Electric"],
        "people": ["Amin Nasser", "Yousef Al-Benyan", "Mohammed bin Salman"],
        "relations": """
Saudi Aramco | ACQUIRED | Saudi Basic Industries Corp | completed | stake_pct=70 amount=69100000000 currency=USD seller=Public Investment Fund
Saudi Basic Industries Corp | SUBSIDIARY_OF | Public Investment Fund | former?
Saudi Basic Industries Corp | SUBSIDIARY_OF | Saudi Aramco | current?
Amin Nasser | LEADS | Saudi Aramco | current | role=CEO
Saudi Aramco | COMPETES_WITH | ExxonMobil | current
Saudi Aramco | COMPETES_WITH | Dow | current
Yousef Al-Benyan | LEADS | Saudi Basic Industries Corp | current | role=CEO
SABIC Innovative Plastics | SUBSIDIARY_OF | Saudi Basic Industries Corp | current
SABIC Innovative Plastics | SUBSIDIARY_OF | General Electric | former
Mohammed bin Salman | LEADS | Public Investment Fund | current | role=chairman
""",
    },
    "f6_bank_stakes.txt": {
        "companies": ["UniCredit", "Commerzbank", "mBank", "HypoVereinsbank", "Banco BPM"],
        "people": ["Andrea Orcel", "Bettina Orlopp"],
        "relations": """
UniCredit | INVESTED_IN | Commerzbank | completed | stake_pct=29
UniCredit | ACQUIRED | Commerzbank | rumored?
UniCredit | MERGED_INTO | Commerzbank | rumored?
Andrea Orcel | LEADS | UniCredit | current | role=CEO
Bettina Orlopp | LEADS | Commerzbank | current | role=CEO
mBank | SUBSIDIARY_OF | Commerzbank | current
HypoVereinsbank | SUBSIDIARY_OF | UniCredit | current
UniCredit | ACQUIRED | HypoVereinsbank | completed | date=2005
UniCredit | ACQUIRED | Banco BPM | rumored
UniCredit | COMPETES_WITH | Banco BPM | current
""",
    },
    "f7_jeweller_deal.txt": {
        "companies": ["LVMH Moët Hennessy Louis Vuitton|LVMH", "Tiffany & Co|Tiffany", "Louis Vuitton", "Rimowa",
                      "Bulgari", "Richemont", "Cartier"],
        "people": ["Bernard Arnault|Arnault", "Anthony Ledru", "Alexandre Arnault", "Alessandro Bogliolo"],
        "relations": """
LVMH Moët Hennessy Louis Vuitton | ACQUIRED | Tiffany & Co | completed | amount=15800000000 currency=USD
Tiffany & Co | SUBSIDIARY_OF | LVMH Moët Hennessy Louis Vuitton | current?
Bernard Arnault | LEADS | LVMH Moët Hennessy Louis Vuitton | current | role=chairman
Anthony Ledru | LEADS | Tiffany & Co | current | role=CEO
Anthony Ledru | WORKS_FOR | Louis Vuitton | former
Alexandre Arnault | LEADS | Rimowa | former | role=head
Alexandre Arnault | WORKS_FOR | Tiffany & Co | current
Alessandro Bogliolo | LEADS | Tiffany & Co | former | role=CEO
Bulgari | SUBSIDIARY_OF | LVMH Moët Hennessy Louis Vuitton | current
LVMH Moët Hennessy Louis Vuitton | COMPETES_WITH | Richemont | current
Cartier | SUBSIDIARY_OF | Richemont | current
Louis Vuitton | SUBSIDIARY_OF | LVMH Moët Hennessy Louis Vuitton | current?
Rimowa | SUBSIDIARY_OF | LVMH Moët Hennessy Louis Vuitton | current?
""",
    },
    "f8_ai_lab.txt": {
        "companies": ["Meta Platforms|Meta", "Scale AI|Scale", "Meta Superintelligence Labs", "GitHub", "FAIR", "Google",
                      "OpenAI", "Anthropic"],
        "people": ["Alexandr Wang|Wang", "Mark Zuckerberg", "Nat Friedman", "Jason Droege"],
        "relations": """
Meta Platforms | INVESTED_IN | Scale AI | completed | stake_pct=49 amount=14300000000 currency=USD
Alexandr Wang | LEADS | Scale AI | former | role=CEO
Alexandr Wang | WORKS_FOR | Meta Platforms | current
Alexandr Wang | LEADS | Meta Superintelligence Labs | planned | role=head
Meta Superintelligence Labs | SUBSIDIARY_OF | Meta Platforms | current?
Alexandr Wang | FOUNDED | Scale AI | completed | date=2016
Alexandr Wang | REPORTS_TO | Mark Zuckerberg | planned
Mark Zuckerberg | LEADS | Meta Platforms | current | role=CEO
Nat Friedman | LEADS | GitHub | former | role=CEO
Nat Friedman | WORKS_FOR | Meta Superintelligence Labs | planned?
Nat Friedman | WORKS_FOR | Meta Platforms | planned?
FAIR | SUBSIDIARY_OF | Meta Platforms | current
FAIR | MERGED_INTO | Meta Superintelligence Labs | planned
Jason Droege | LEADS | Scale AI | planned | role=CEO
Jason Droege | WORKS_FOR | Scale AI | current?
Meta Platforms | COMPETES_WITH | OpenAI | current
Meta Platforms | COMPETES_WITH | Google | current
Meta Platforms | COMPETES_WITH | Anthropic | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
