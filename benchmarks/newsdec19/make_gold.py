"""Write gold/*.json for the newsdec19 set (same format and rules as ../newsdev).

Five articles written at the start of the 2026-12-03 (ninth) session, for a nineteenth
first-run estimate: Olympus selling its Evident unit to Bain Capital (a Tokyo wire story with
yen), Truist selling its insurance broker to Stone Point and Clayton, Dubilier & Rice (a bank
story with a comma inside a firm's name), Blackstone winning the Hipgnosis catalogue (a music
trade piece under a section label), JetBlue and Spirit ending their merger (a web page with
menus and a cookie banner) and Reddit's listing (a feature). The gold was committed before the
extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "x1_microscope_unit.txt": {
        "companies": ["Olympus|Olympus Corp.|Olympus Corp", "Evident", "Bain Capital", "Carl Zeiss", "Nikon",
                      "Baker Hughes", "Japan Industrial Partners", "OM Digital Solutions"],
        "people": ["Yoshihisa Kuramochi", "Stefan Kaufmann", "Yasuo Takeuchi"],
        "relations": """
Bain Capital | ACQUIRED | Evident | completed | amount=427600000000 currency=JPY seller=Olympus
Evident | SUBSIDIARY_OF | Olympus | former
Evident | SUBSIDIARY_OF | Bain Capital | current?
Yoshihisa Kuramochi | LEADS | Evident | current | role=CEO
Evident | COMPETES_WITH | Carl Zeiss | current
Evident | COMPETES_WITH | Nikon | current
Evident | COMPETES_WITH | Baker Hughes | current
Japan Industrial Partners | ACQUIRED | OM Digital Solutions | completed? | date=2021 seller=Olympus
OM Digital Solutions | SUBSIDIARY_OF | Japan Industrial Partners | current?
OM Digital Solutions | SUBSIDIARY_OF | Olympus | former?
Stefan Kaufmann | LEADS | Olympus | current | role=CEO
Yasuo Takeuchi | LEADS | Olympus | current | role=executive chairman
""",
    },
    "x2_insurance_broker.txt": {
        "companies": ["Truist Financial|Truist", "Truist Insurance Holdings", "Stone Point Capital|Stone Point",
                      "Clayton, Dubilier & Rice|CD&R", "BB&T", "SunTrust Banks|SunTrust", "Marsh McLennan", "Aon",
                      "Gallagher"],
        "people": ["Bill Rogers", "John Howard"],
        "relations": """
Stone Point Capital | ACQUIRED | Truist Insurance Holdings | planned | amount=15500000000 currency=USD seller=Truist Financial
Clayton, Dubilier & Rice | ACQUIRED | Truist Insurance Holdings | planned | amount=15500000000 currency=USD seller=Truist Financial
Stone Point Capital | INVESTED_IN | Truist Insurance Holdings | completed | stake_pct=20 amount=1950000000 currency=USD date=2023
Truist Insurance Holdings | SUBSIDIARY_OF | Truist Financial | current?
Truist Financial | INVESTED_IN | Truist Insurance Holdings | current? | stake_pct=80
Truist Insurance Holdings | SUBSIDIARY_OF | Stone Point Capital | planned?
Truist Insurance Holdings | SUBSIDIARY_OF | Clayton, Dubilier & Rice | planned?
BB&T | MERGED_INTO | Truist Financial | completed | date=2019
SunTrust Banks | MERGED_INTO | Truist Financial | completed | date=2019
BB&T | MERGED_INTO | SunTrust Banks | completed?
Bill Rogers | LEADS | Truist Financial | current | role=CEO
John Howard | LEADS | Truist Insurance Holdings | current | role=CEO
Truist Insurance Holdings | COMPETES_WITH | Marsh McLennan | current
Truist Insurance Holdings | COMPETES_WITH | Aon | current
Truist Insurance Holdings | COMPETES_WITH | Gallagher | current
""",
    },
    "x3_song_catalogue.txt": {
        "companies": ["Blackstone", "Hipgnosis Songs Fund|Hipgnosis|Recognition Music Group", "Concord",
                      "Alaska Permanent Fund", "Hipgnosis Song Management"],
        "people": ["Merck Mercuriadis|Mercuriadis", "Shakira", "Neil Young", "Elton John", "Beyonce"],
        "relations": """
Blackstone | ACQUIRED | Hipgnosis Songs Fund | completed | amount=1600000000 currency=USD
Hipgnosis Songs Fund | SUBSIDIARY_OF | Blackstone | current?
Concord | ACQUIRED | Hipgnosis Songs Fund | planned?
Alaska Permanent Fund | INVESTED_IN | Concord | current
Merck Mercuriadis | FOUNDED | Hipgnosis Songs Fund | completed | date=2018
Hipgnosis Song Management | SUBSIDIARY_OF | Blackstone | current
Blackstone | INVESTED_IN | Hipgnosis Song Management | completed? | date=2021
Blackstone | ACQUIRED | Hipgnosis Song Management | completed?
Merck Mercuriadis | LEADS | Hipgnosis Song Management | former | role=CEO
""",
    },
    "x4_airline_deal.html": {
        "companies": ["JetBlue Airways|JetBlue", "Spirit Airlines|Spirit", "Frontier Airlines|Frontier",
                      "Justice Department", "Indigo Partners", "Sky Ledger"],
        "people": ["Ted Christie", "Joanna Geraghty", "Robin Hayes"],
        "relations": """
JetBlue Airways | ACQUIRED | Spirit Airlines | planned? | amount=3800000000 currency=USD
Frontier Airlines | ACQUIRED | Spirit Airlines | rumored?
Spirit Airlines | MERGED_INTO | Frontier Airlines | planned?
Ted Christie | LEADS | Spirit Airlines | current | role=CEO
Joanna Geraghty | LEADS | JetBlue Airways | current | role=CEO
Robin Hayes | LEADS | JetBlue Airways | former | role=CEO
Spirit Airlines | COMPETES_WITH | Frontier Airlines | current
Frontier Airlines | SUBSIDIARY_OF | Indigo Partners | current
""",
    },
    "x5_forum_listing.txt": {
        "companies": ["Reddit", "New York Stock Exchange", "Condé Nast", "Advance Publications", "Seven Seven Six",
                      "Tencent", "Meta", "Snap", "Google"],
        "people": ["Steve Huffman|Huffman", "Alexis Ohanian|Ohanian"],
        "relations": """
Steve Huffman | FOUNDED | Reddit | completed | date=2005
Alexis Ohanian | FOUNDED | Reddit | completed | date=2005
Condé Nast | ACQUIRED | Reddit | completed | date=2006
Reddit | SUBSIDIARY_OF | Condé Nast | former?
Condé Nast | SUBSIDIARY_OF | Advance Publications | current
Advance Publications | INVESTED_IN | Reddit | current | stake_pct=30
Reddit | SUBSIDIARY_OF | Advance Publications | current?
Steve Huffman | LEADS | Reddit | current | role=CEO
Alexis Ohanian | LEADS | Seven Seven Six | current
Alexis Ohanian | WORKS_FOR | Reddit | former?
Tencent | INVESTED_IN | Reddit | completed | date=2019 amount=300000000 currency=USD
Reddit | COMPETES_WITH | Meta | current
Reddit | COMPETES_WITH | Snap | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
