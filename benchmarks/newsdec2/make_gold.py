"""Write gold/*.json for the newsdec2 set (same format and rules as ../newsdev).

Seven articles written after the newsdec round, for a second first-run estimate in the
same session: Diageo/Tolaram, Sanofi/Opella, Prosus, Bharti Airtel (a web page with
menus and an 'Also read' line), Rakuten, SoftBank/ABB Robotics and a Microsoft
reorganisation with reporting lines. The gold was committed before the extractor first
ran on them. Analysts and outlets are invented; the corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "d1_brewer_exit.txt": {
        "companies": ["Diageo", "Guinness Nigeria", "Tolaram", "Meta Abo Brewery", "Castel Group", "Kellogg",
                      "Nigerian Breweries", "Heineken", "International Breweries", "AB InBev"],
        "people": ["Debra Crew", "Sajen Aswani"],
        "relations": """
Tolaram | ACQUIRED | Guinness Nigeria | planned | seller=Diageo stake_pct=58.02
Guinness Nigeria | SUBSIDIARY_OF | Diageo | current
Guinness Nigeria | SUBSIDIARY_OF | Tolaram | planned?
Debra Crew | LEADS | Diageo | current | role=CEO
Castel Group | ACQUIRED | Meta Abo Brewery | completed | date=2022 seller=Diageo
Meta Abo Brewery | SUBSIDIARY_OF | Diageo | former
Sajen Aswani | LEADS | Tolaram | current | role=CEO
Guinness Nigeria | COMPETES_WITH | Nigerian Breweries | current
Guinness Nigeria | COMPETES_WITH | International Breweries | current
Nigerian Breweries | SUBSIDIARY_OF | Heineken | current
International Breweries | SUBSIDIARY_OF | AB InBev | current
""",
    },
    "d2_consumer_health.txt": {
        "companies": ["Sanofi", "Opella", "Clayton, Dubilier & Rice|CD&R", "Bpifrance", "PAI Partners", "EuroAPI",
                      "Kenvue", "Haleon"],
        "people": ["Paul Hudson", "Julie Van Ongevalle"],
        "relations": """
Opella | SUBSIDIARY_OF | Sanofi | current
Clayton, Dubilier & Rice | ACQUIRED | Opella | planned | seller=Sanofi stake_pct=50
Sanofi | INVESTED_IN | Opella | planned?
Bpifrance | INVESTED_IN | Opella | planned | stake_pct=2
PAI Partners | ACQUIRED | Opella | planned?
Paul Hudson | LEADS | Sanofi | current | role=CEO
EuroAPI | SUBSIDIARY_OF | Sanofi | former
Julie Van Ongevalle | LEADS | Opella | current
Opella | COMPETES_WITH | Kenvue | current
Opella | COMPETES_WITH | Haleon | current
""",
    },
    "d3_tech_investor.txt": {
        "companies": ["Prosus", "Tencent", "Naspers", "iFood", "Just Eat Takeaway.com", "OLX", "Swiggy",
                      "Herengracht Capital"],
        "people": ["Fabricio Bloisi|Bloisi", "Marta Jansen", "Koos Bekker"],
        "relations": """
Fabricio Bloisi | LEADS | Prosus | current | role=CEO
Prosus | INVESTED_IN | Tencent | current | stake_pct=24
Prosus | SUBSIDIARY_OF | Naspers | current
Naspers | INVESTED_IN | Prosus | current?
Fabricio Bloisi | FOUNDED | iFood | completed
Prosus | ACQUIRED | Just Eat Takeaway.com | completed | date=2025 amount=4100000000 currency=EUR
OLX | SUBSIDIARY_OF | Prosus | current
Prosus | INVESTED_IN | Swiggy | current
Marta Jansen | WORKS_FOR | Herengracht Capital | current
Koos Bekker | LEADS | Naspers | current | role=chairman
""",
    },
    "d4_telecom_page.txt": {
        "companies": ["Bharti Airtel|Airtel", "Singapore Telecommunications|Singtel", "Bharti Telecom",
                      "Reliance Jio|Jio", "Vodafone Idea", "Airtel Africa"],
        "people": ["Sunil Bharti Mittal"],
        "relations": """
Singapore Telecommunications | INVESTED_IN | Bharti Airtel | current
Bharti Airtel | SUBSIDIARY_OF | Bharti Telecom | current
Bharti Telecom | SUBSIDIARY_OF | Singapore Telecommunications | current?
Singapore Telecommunications | INVESTED_IN | Bharti Telecom | current?
Sunil Bharti Mittal | FOUNDED | Bharti Airtel | completed
Sunil Bharti Mittal | LEADS | Bharti Airtel | current? | role=chairman
Sunil Bharti Mittal | LEADS | Bharti Telecom | current? | role=chairman
Bharti Airtel | COMPETES_WITH | Reliance Jio | current
Bharti Airtel | COMPETES_WITH | Vodafone Idea | current
Airtel Africa | SUBSIDIARY_OF | Bharti Airtel | current
""",
    },
    "d5_ecommerce_profile.txt": {
        "companies": ["Rakuten", "Kobo", "Viber", "Rakuten Bank", "Rakuten Card", "Rakuten Mobile", "NTT Docomo",
                      "KDDI", "SoftBank", "Shibuya Markets Research"],
        "people": ["Hiroshi Mikitani|Mikitani", "Aiko Tanaka"],
        "relations": """
Hiroshi Mikitani | FOUNDED | Rakuten | completed | date=1997
Hiroshi Mikitani | LEADS | Rakuten | current | role=chairman
Rakuten | ACQUIRED | Kobo | completed | date=2012
Rakuten | ACQUIRED | Viber | completed | date=2014 amount=900000000 currency=USD
Rakuten Bank | SUBSIDIARY_OF | Rakuten | current
Rakuten Card | SUBSIDIARY_OF | Rakuten | current
Rakuten Mobile | SUBSIDIARY_OF | Rakuten | current?
Rakuten Mobile | COMPETES_WITH | NTT Docomo | current
Rakuten Mobile | COMPETES_WITH | KDDI | current
Rakuten Mobile | COMPETES_WITH | SoftBank | current
Aiko Tanaka | WORKS_FOR | Shibuya Markets Research | current
""",
    },
    "d6_robotics_brief.txt": {
        "companies": ["SoftBank Group|SoftBank", "ABB", "ABB Robotics", "Arm", "OpenAI", "Fanuc", "Yaskawa", "KUKA",
                      "Midea"],
        "people": ["Morten Wierod", "Masayoshi Son"],
        "relations": """
SoftBank Group | ACQUIRED | ABB Robotics | planned? | amount=5375000000 currency=USD seller=ABB
ABB Robotics | SUBSIDIARY_OF | ABB | current?
Morten Wierod | LEADS | ABB | current | role=CEO
Masayoshi Son | FOUNDED | SoftBank Group | completed
Masayoshi Son | LEADS | SoftBank Group | current?
Arm | SUBSIDIARY_OF | SoftBank Group | current
SoftBank Group | INVESTED_IN | OpenAI | current
ABB Robotics | COMPETES_WITH | Fanuc | current
ABB Robotics | COMPETES_WITH | Yaskawa | current
ABB Robotics | COMPETES_WITH | KUKA | current
KUKA | SUBSIDIARY_OF | Midea | current
""",
    },
    "d7_ai_reorg.txt": {
        "companies": ["Microsoft", "CoreAI - Platform and Tools|CoreAI", "Meta Platforms", "Developer Division",
                      "AI Platform", "DeepMind", "Microsoft AI", "Google", "Amazon"],
        "people": ["Satya Nadella|Nadella", "Jay Parikh|Parikh", "Eric Boyd", "Mustafa Suleyman"],
        "relations": """
CoreAI - Platform and Tools | SUBSIDIARY_OF | Microsoft | current
Microsoft | FOUNDED | CoreAI - Platform and Tools | completed?
Satya Nadella | LEADS | Microsoft | current | role=CEO
Jay Parikh | LEADS | CoreAI - Platform and Tools | planned
Jay Parikh | WORKS_FOR | Meta Platforms | former
Jay Parikh | WORKS_FOR | Microsoft | current
Jay Parikh | REPORTS_TO | Satya Nadella | planned
Developer Division | MERGED_INTO | CoreAI - Platform and Tools | planned
AI Platform | MERGED_INTO | CoreAI - Platform and Tools | planned
Developer Division | SUBSIDIARY_OF | CoreAI - Platform and Tools | planned?
AI Platform | SUBSIDIARY_OF | CoreAI - Platform and Tools | planned?
Eric Boyd | LEADS | AI Platform | former?
Eric Boyd | REPORTS_TO | Jay Parikh | planned
Mustafa Suleyman | FOUNDED | DeepMind | completed
Mustafa Suleyman | LEADS | Microsoft AI | current
Microsoft AI | SUBSIDIARY_OF | Microsoft | current?
Mustafa Suleyman | REPORTS_TO | Satya Nadella | current
Microsoft | COMPETES_WITH | Google | current
Microsoft | COMPETES_WITH | Amazon | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
