"""Write gold/*.json for the newsnext set (same format and rules as ../newsdev).

Seven news articles about other groups (chip software, networking, food delivery,
Japanese convenience stores, a conglomerate's breakup, a planemaker, a robot maker),
written in our own words after all tuning on the other sets. Their gold was committed
before the extractor first ran on them, so their first score is an estimate for news the
rules have never seen. Analysts and their firms are invented; the corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "n1_chip_software.txt": {
        "companies": ["Synopsys", "Ansys", "Keysight Technologies|Keysight", "PowerArtist",
                      "Cadence Design Systems|Cadence", "Siemens", "Altair Engineering|Altair", "Northgate Partners"],
        "people": ["Sassine Ghazi", "Ajei Gopal", "Mira Kowalczyk"],
        "relations": """
Synopsys | ACQUIRED | Ansys | completed | amount=35000000000 currency=USD
Ansys | SUBSIDIARY_OF | Synopsys | current?
Sassine Ghazi | LEADS | Synopsys | current | role=CEO
Ajei Gopal | LEADS | Ansys | former | role=CEO
Ajei Gopal | WORKS_FOR | Synopsys | planned?
Keysight Technologies | ACQUIRED | PowerArtist | completed?
PowerArtist | SUBSIDIARY_OF | Ansys | former?
Synopsys | COMPETES_WITH | Cadence Design Systems | current
Siemens | COMPETES_WITH | Synopsys | current
Siemens | ACQUIRED | Altair Engineering | completed | amount=10000000000 currency=USD
Mira Kowalczyk | WORKS_FOR | Northgate Partners | current
""",
    },
    "n2_network_deal.txt": {
        "companies": ["Hewlett Packard Enterprise|HPE", "Juniper Networks|Juniper", "US Justice Department|Justice Department",
                      "Instant On", "Mist", "Aruba Networks", "Hewlett-Packard", "Cisco", "Arista Networks", "HP Inc.",
                      "Ravelin Securities"],
        "people": ["Rami Rahim", "Antonio Neri|Neri", "Tomasz Lindqvist"],
        "relations": """
Hewlett Packard Enterprise | ACQUIRED | Juniper Networks | completed | amount=14000000000 currency=USD
Juniper Networks | SUBSIDIARY_OF | Hewlett Packard Enterprise | current?
Instant On | SUBSIDIARY_OF | Hewlett Packard Enterprise | current
Mist | SUBSIDIARY_OF | Juniper Networks | current
Rami Rahim | LEADS | Juniper Networks | former | role=CEO
Rami Rahim | REPORTS_TO | Antonio Neri | planned
Rami Rahim | WORKS_FOR | Hewlett Packard Enterprise | planned?
Antonio Neri | LEADS | Hewlett Packard Enterprise | current | role=CEO
Aruba Networks | SUBSIDIARY_OF | Hewlett Packard Enterprise | current?
Hewlett-Packard | ACQUIRED | Aruba Networks | completed | date=2015 amount=3000000000 currency=USD
Hewlett Packard Enterprise | COMPETES_WITH | Cisco | current
Hewlett Packard Enterprise | COMPETES_WITH | Arista Networks | current
Hewlett-Packard | FOUNDED | Hewlett Packard Enterprise | completed?
Hewlett Packard Enterprise | SUBSIDIARY_OF | Hewlett-Packard | former?
Tomasz Lindqvist | WORKS_FOR | Ravelin Securities | current
""",
    },
    "n3_food_delivery.txt": {
        "companies": ["Prosus", "Just Eat Takeaway.com|Just Eat Takeaway", "Delivery Hero", "Naspers", "Foodpanda",
                      "European Commission", "Tencent", "Takeaway.com", "Just Eat", "Grubhub", "Wonder", "Uber Eats",
                      "Deliveroo", "DoorDash", "Tagus Capital"],
        "people": ["Fabricio Bloisi", "Jitse Groen", "Ines Barros"],
        "relations": """
Prosus | ACQUIRED | Just Eat Takeaway.com | planned | amount=4100000000 currency=EUR
Prosus | INVESTED_IN | Delivery Hero | current | stake_pct=27
Delivery Hero | COMPETES_WITH | Just Eat Takeaway.com | current
Prosus | SUBSIDIARY_OF | Naspers | current
Foodpanda | SUBSIDIARY_OF | Delivery Hero | current
Fabricio Bloisi | LEADS | Prosus | current | role=CEO
Prosus | INVESTED_IN | Tencent | current
Takeaway.com | ACQUIRED | Just Eat | completed | date=2020
Just Eat | MERGED_INTO | Just Eat Takeaway.com | completed?
Takeaway.com | MERGED_INTO | Just Eat Takeaway.com | completed?
Jitse Groen | FOUNDED | Takeaway.com | completed | date=2000
Jitse Groen | LEADS | Just Eat Takeaway.com | current | role=CEO
Wonder | ACQUIRED | Grubhub | completed | amount=650000000 currency=USD seller=Just Eat Takeaway.com
Grubhub | SUBSIDIARY_OF | Just Eat Takeaway.com | former
Just Eat Takeaway.com | COMPETES_WITH | Uber Eats | current
Just Eat Takeaway.com | COMPETES_WITH | Deliveroo | current
DoorDash | ACQUIRED | Deliveroo | planned | amount=2900000000 currency=GBP
Ines Barros | WORKS_FOR | Tagus Capital | current
""",
    },
    "n4_convenience.txt": {
        "companies": ["KDDI", "Lawson", "Mitsubishi Corporation|Mitsubishi", "Tokyo Stock Exchange", "au",
                      "Seven-Eleven Japan", "Seven & i Holdings", "FamilyMart", "Itochu", "Kanda Research"],
        "people": ["Makoto Takahashi", "Sadanobu Takemasu", "Haruto Endo"],
        "relations": """
KDDI | ACQUIRED | Lawson | completed?
KDDI | INVESTED_IN | Lawson | current?
Mitsubishi Corporation | INVESTED_IN | Lawson | current?
Lawson | SUBSIDIARY_OF | KDDI | current?
Lawson | SUBSIDIARY_OF | Mitsubishi Corporation | current?
au | SUBSIDIARY_OF | KDDI | current?
Makoto Takahashi | LEADS | KDDI | current | role=president
Sadanobu Takemasu | LEADS | Lawson | current | role=president
Lawson | COMPETES_WITH | Seven-Eleven Japan | current
Lawson | COMPETES_WITH | FamilyMart | current
Seven-Eleven Japan | SUBSIDIARY_OF | Seven & i Holdings | current
FamilyMart | SUBSIDIARY_OF | Itochu | current
Haruto Endo | WORKS_FOR | Kanda Research | current
""",
    },
    "n5_conglomerate_split.txt": {
        "companies": ["General Electric|GE", "GE Vernova", "GE Aerospace", "New York Stock Exchange", "GE HealthCare",
                      "CFM International", "Safran", "Airbus", "Boeing", "Rolls-Royce", "Pratt & Whitney", "RTX",
                      "Siemens Energy", "Mitsubishi Heavy Industries", "Westmoor Advisors"],
        "people": ["Larry Culp", "Scott Strazik", "Peter Arduini", "Brooke Alvarado"],
        "relations": """
GE Vernova | SUBSIDIARY_OF | General Electric | former?
GE HealthCare | SUBSIDIARY_OF | General Electric | former?
Larry Culp | LEADS | GE Aerospace | current | role=CEO
Larry Culp | LEADS | General Electric | current?
Scott Strazik | LEADS | GE Vernova | current | role=CEO
Peter Arduini | LEADS | GE HealthCare | current
CFM International | SUBSIDIARY_OF | GE Aerospace | current
CFM International | SUBSIDIARY_OF | Safran | current
GE Aerospace | COMPETES_WITH | Rolls-Royce | current
GE Aerospace | COMPETES_WITH | Pratt & Whitney | current
CFM International | COMPETES_WITH | Rolls-Royce | current?
CFM International | COMPETES_WITH | Pratt & Whitney | current?
Pratt & Whitney | SUBSIDIARY_OF | RTX | current
GE Vernova | COMPETES_WITH | Siemens Energy | current
GE Vernova | COMPETES_WITH | Mitsubishi Heavy Industries | current
Brooke Alvarado | WORKS_FOR | Westmoor Advisors | current
""",
    },
    "n6_planemaker.txt": {
        "companies": ["Boeing", "Rockwell Collins", "United Technologies", "Spirit AeroSystems|Spirit", "Onex", "Airbus",
                      "Ironbridge Research"],
        "people": ["Kelly Ortberg|Ortberg", "Dave Calhoun", "Stephanie Pope", "Dana Whitcombe"],
        "relations": """
Kelly Ortberg | LEADS | Boeing | current | role=CEO
Dave Calhoun | LEADS | Boeing | current | role=CEO
Kelly Ortberg | LEADS | Rockwell Collins | former
United Technologies | ACQUIRED | Rockwell Collins | completed | date=2018
Boeing | ACQUIRED | Spirit AeroSystems | planned | amount=4700000000 currency=USD
Onex | ACQUIRED | Spirit AeroSystems | completed? | date=2005 seller=Boeing
Spirit AeroSystems | SUBSIDIARY_OF | Boeing | former?
Stephanie Pope | LEADS | Boeing | current? | role=COO
Stephanie Pope | WORKS_FOR | Boeing | current?
Stephanie Pope | REPORTS_TO | Kelly Ortberg | current?
Boeing | COMPETES_WITH | Airbus | current
Dana Whitcombe | WORKS_FOR | Ironbridge Research | current
""",
    },
    "n7_robot_maker.txt": {
        "companies": ["Hyundai Motor Group|Hyundai", "Boston Dynamics", "SoftBank Group|SoftBank", "Hyundai Motor Company",
                      "Hyundai Mobis", "Massachusetts Institute of Technology", "Google", "Tesla", "Agility Robotics",
                      "Figure AI", "Hangang Investment"],
        "people": ["Chung Euisun", "Marc Raibert", "Robert Playter", "Joon Park"],
        "relations": """
Hyundai Motor Group | ACQUIRED | Boston Dynamics | completed | stake_pct=80 seller=SoftBank Group
Boston Dynamics | SUBSIDIARY_OF | Hyundai Motor Group | current?
Boston Dynamics | SUBSIDIARY_OF | SoftBank Group | former?
SoftBank Group | INVESTED_IN | Boston Dynamics | current | stake_pct=20
Chung Euisun | LEADS | Hyundai Motor Group | current | role=chairman
Chung Euisun | INVESTED_IN | Boston Dynamics | current
Hyundai Motor Company | SUBSIDIARY_OF | Hyundai Motor Group | current
Hyundai Mobis | SUBSIDIARY_OF | Hyundai Motor Group | current
Hyundai Motor Company | INVESTED_IN | Boston Dynamics | current?
Hyundai Mobis | INVESTED_IN | Boston Dynamics | current?
Marc Raibert | FOUNDED | Boston Dynamics | completed | date=1992
Boston Dynamics | SUBSIDIARY_OF | Massachusetts Institute of Technology | former?
Google | ACQUIRED | Boston Dynamics | completed | date=2013
SoftBank Group | ACQUIRED | Boston Dynamics | completed | seller=Google
Boston Dynamics | SUBSIDIARY_OF | Google | former
Robert Playter | LEADS | Boston Dynamics | current | role=CEO
Robert Playter | WORKS_FOR | Boston Dynamics | current?
Boston Dynamics | COMPETES_WITH | Tesla | planned
Boston Dynamics | COMPETES_WITH | Agility Robotics | planned
Boston Dynamics | COMPETES_WITH | Figure AI | planned
Joon Park | WORKS_FOR | Hangang Investment | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
