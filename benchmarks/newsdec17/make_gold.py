"""Write gold/*.json for the newsdec17 set (same format and rules as ../newsdev).

Eight articles written in the 2026-12-03 (eighth) session, for a seventeenth first-run
estimate: KKR winning Fuji Soft from Bain (Asian wire story), the CVC consortium's
Hargreaves Lansdown takeover (British business press, the buyer named only after an
unnamed subject), Verizon and Frontier (American wire), MINISO's Yonghui stake (Chinese
business press, 'per cent', RMB), Johnson & Johnson completing Shockwave Medical (a web page
with menus, cookie banner and footer), Instacart's change of chief executive (appointments),
Permira taking Squarespace private (a feature) and Advent's Nuvei take-private (a bulleted
'at a glance' piece). The gold was committed before the extractor first ran on them. The
corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "v1_software_contest.txt": {
        "companies": ["Fuji Soft|Fuji Soft Inc", "KKR|KKR & Co.|KKR & Co", "Bain Capital|Bain",
                      "3D Investment Partners", "NEC", "Fujitsu"],
        "people": ["Hiroshi Nozawa", "Satoyasu Sakashita"],
        "relations": """
KKR | ACQUIRED | Fuji Soft | completed
Fuji Soft | SUBSIDIARY_OF | KKR | current?
Bain Capital | ACQUIRED | Fuji Soft | planned?
KKR | COMPETES_WITH | Bain Capital | current?
3D Investment Partners | INVESTED_IN | Fuji Soft | current
Hiroshi Nozawa | FOUNDED | Fuji Soft | completed | date=1970
Fuji Soft | COMPETES_WITH | NEC | current
Fuji Soft | COMPETES_WITH | Fujitsu | current
Satoyasu Sakashita | LEADS | Fuji Soft | current | role=president
""",
    },
    "v2_platform_buyout.txt": {
        "companies": ["Hargreaves Lansdown", "CVC Capital Partners|CVC", "Nordic Capital", "Platinum Ivy",
                      "Abu Dhabi Investment Authority", "Dun & Bradstreet", "AJ Bell", "Interactive Investor",
                      "abrdn", "Financial Conduct Authority"],
        "people": ["Peter Hargreaves", "Stephen Lansdown|Lansdown", "Dan Olley"],
        "relations": """
CVC Capital Partners | ACQUIRED | Hargreaves Lansdown | planned | amount=5400000000 currency=GBP
Nordic Capital | ACQUIRED | Hargreaves Lansdown | planned?
Platinum Ivy | ACQUIRED | Hargreaves Lansdown | planned?
Nordic Capital | INVESTED_IN | Hargreaves Lansdown | planned?
Platinum Ivy | INVESTED_IN | Hargreaves Lansdown | planned?
Hargreaves Lansdown | SUBSIDIARY_OF | CVC Capital Partners | planned?
Platinum Ivy | SUBSIDIARY_OF | Abu Dhabi Investment Authority | current
Peter Hargreaves | FOUNDED | Hargreaves Lansdown | completed | date=1981
Stephen Lansdown | FOUNDED | Hargreaves Lansdown | completed | date=1981
Peter Hargreaves | INVESTED_IN | Hargreaves Lansdown | current
Stephen Lansdown | INVESTED_IN | Hargreaves Lansdown | current
Dan Olley | LEADS | Hargreaves Lansdown | current | role=CEO
Dan Olley | WORKS_FOR | Dun & Bradstreet | former
Hargreaves Lansdown | COMPETES_WITH | AJ Bell | current
Hargreaves Lansdown | COMPETES_WITH | Interactive Investor | current
Interactive Investor | SUBSIDIARY_OF | abrdn | current
""",
    },
    "v3_fibre_purchase.txt": {
        "companies": ["Verizon Communications|Verizon|Verizon Communications Inc",
                      "Frontier Communications Parent|Frontier|Frontier Communications Parent Inc|Frontier Communications",
                      "AT&T", "T-Mobile US|T-Mobile", "Lumos", "Metronet", "Federal Communications Commission"],
        "people": ["Hans Vestberg", "Nick Jeffery"],
        "relations": """
Verizon Communications | ACQUIRED | Frontier Communications Parent | planned | amount=20000000000 currency=USD
Frontier Communications Parent | SUBSIDIARY_OF | Verizon Communications | planned?
Hans Vestberg | LEADS | Verizon Communications | current | role=CEO
Nick Jeffery | LEADS | Frontier Communications Parent | current | role=CEO date=2021
Verizon Communications | COMPETES_WITH | AT&T | current
Verizon Communications | COMPETES_WITH | T-Mobile US | current
T-Mobile US | INVESTED_IN | Lumos | planned
T-Mobile US | INVESTED_IN | Metronet | planned
""",
    },
    "v4_retail_stake.txt": {
        "companies": ["MINISO Group Holding|MINISO|Miniso", "Yonghui Superstores|Yonghui",
                      "Dairy Farm International|Dairy Farm", "Jardine Matheson", "JD.com", "Alibaba", "Freshippo"],
        "people": ["Ye Guofu"],
        "relations": """
MINISO Group Holding | INVESTED_IN | Yonghui Superstores | planned | stake_pct=29.4 amount=6270000000 currency=CNY
Dairy Farm International | SUBSIDIARY_OF | Jardine Matheson | current
Dairy Farm International | INVESTED_IN | Yonghui Superstores | current?
JD.com | INVESTED_IN | Yonghui Superstores | current
Ye Guofu | FOUNDED | MINISO Group Holding | completed
Ye Guofu | LEADS | MINISO Group Holding | current | role=chairman
Yonghui Superstores | COMPETES_WITH | Freshippo | current
Alibaba | INVESTED_IN | Freshippo | current
Freshippo | SUBSIDIARY_OF | Alibaba | current?
""",
    },
    "v5_device_maker.html": {
        "companies": ["Johnson & Johnson|J&J", "Shockwave Medical|Shockwave", "Johnson & Johnson MedTech",
                      "Abiomed", "Boston Scientific", "Abbott"],
        "people": ["Doug Godshall", "Tim Schmid"],
        "relations": """
Johnson & Johnson | ACQUIRED | Shockwave Medical | completed | amount=13100000000 currency=USD
Shockwave Medical | SUBSIDIARY_OF | Johnson & Johnson MedTech | current
Shockwave Medical | SUBSIDIARY_OF | Johnson & Johnson | current?
Johnson & Johnson MedTech | SUBSIDIARY_OF | Johnson & Johnson | current?
Doug Godshall | LEADS | Shockwave Medical | current | role=CEO
Doug Godshall | REPORTS_TO | Tim Schmid | current
Tim Schmid | LEADS | Johnson & Johnson MedTech | current | role=chairman
Johnson & Johnson | ACQUIRED | Abiomed | completed | date=2022 amount=16600000000 currency=USD
Abiomed | SUBSIDIARY_OF | Johnson & Johnson | current?
Abiomed | SUBSIDIARY_OF | Johnson & Johnson MedTech | current?
Shockwave Medical | COMPETES_WITH | Boston Scientific | current
Shockwave Medical | COMPETES_WITH | Abbott | current
""",
    },
    "v6_grocery_chief.txt": {
        "companies": ["Instacart", "OpenAI", "Nestlé|Nestle", "Costco", "Kroger", "Walmart", "Maplebear|Maplebear Inc",
                      "DoorDash", "Uber Eats", "Amazon", "Meta Platforms|Meta", "Facebook"],
        "people": ["Chris Rogers|Rogers", "Fidji Simo|Simo", "Sam Altman"],
        "relations": """
Chris Rogers | LEADS | Instacart | planned | role=CEO
Chris Rogers | WORKS_FOR | Instacart | current
Fidji Simo | LEADS | Instacart | current | role=CEO
Fidji Simo | LEADS | OpenAI | planned?
Fidji Simo | WORKS_FOR | OpenAI | planned?
Fidji Simo | REPORTS_TO | Sam Altman | planned
Sam Altman | LEADS | OpenAI | current | role=CEO
Chris Rogers | WORKS_FOR | Nestlé | former
Chris Rogers | WORKS_FOR | Walmart | former
Instacart | SUBSIDIARY_OF | Maplebear | current
Instacart | COMPETES_WITH | DoorDash | current
Instacart | COMPETES_WITH | Uber Eats | current
Instacart | COMPETES_WITH | Amazon | current?
Fidji Simo | LEADS | Facebook | former | role=head
Facebook | SUBSIDIARY_OF | Meta Platforms | current
Fidji Simo | WORKS_FOR | Meta Platforms | former
""",
    },
    "v7_website_builder.txt": {
        "companies": ["Squarespace", "Permira", "Glazer Capital", "General Atlantic", "Google", "Tock",
                      "Wix.com|Wix", "GoDaddy", "Shopify", "New York Stock Exchange"],
        "people": ["Anthony Casalena"],
        "relations": """
Permira | ACQUIRED | Squarespace | completed | amount=7200000000 currency=USD
Squarespace | SUBSIDIARY_OF | Permira | current?
Glazer Capital | INVESTED_IN | Squarespace | current?
Anthony Casalena | FOUNDED | Squarespace | completed | date=2003
Anthony Casalena | LEADS | Squarespace | current | role=CEO
Anthony Casalena | INVESTED_IN | Squarespace | current?
General Atlantic | INVESTED_IN | Squarespace | current
Squarespace | ACQUIRED | Tock | completed | amount=400000000 currency=USD
Tock | SUBSIDIARY_OF | Squarespace | current?
Squarespace | COMPETES_WITH | Wix.com | current
Squarespace | COMPETES_WITH | GoDaddy | current
Squarespace | COMPETES_WITH | Shopify | current
""",
    },
    "v8_payments_brief.txt": {
        "companies": ["Nuvei|Nuvei Corp|Pivotal Payments", "Advent International|Advent", "Novacap", "CDPQ",
                      "Paya Holdings|Paya", "Adyen", "Stripe", "Worldline", "Nasdaq", "Toronto Stock Exchange"],
        "people": ["Philip Fayer|Fayer"],
        "relations": """
Advent International | ACQUIRED | Nuvei | completed | amount=6300000000 currency=USD
Nuvei | SUBSIDIARY_OF | Advent International | current?
Advent International | INVESTED_IN | Nuvei | current? | stake_pct=46
Philip Fayer | LEADS | Nuvei | current | role=CEO
Philip Fayer | FOUNDED | Nuvei | completed | date=2003
Philip Fayer | INVESTED_IN | Nuvei | current
Novacap | INVESTED_IN | Nuvei | current | stake_pct=18
CDPQ | INVESTED_IN | Nuvei | current | stake_pct=12
Nuvei | ACQUIRED | Paya Holdings | completed | date=2023 amount=1300000000 currency=USD
Paya Holdings | SUBSIDIARY_OF | Nuvei | current?
Nuvei | COMPETES_WITH | Adyen | current
Nuvei | COMPETES_WITH | Stripe | current
Nuvei | COMPETES_WITH | Worldline | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
