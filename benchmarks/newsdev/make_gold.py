"""Write gold/*.json for the newsdev articles from the compact annotations below.

The articles in articles/ are our own text about real corporate events, written before any
rule was tuned on them, annotated by the rules of ../../../shared/graph-model.md. Each
relation line is "head | TYPE | tail | status [| key=value ...]"; a trailing "?" on the
status marks the edge optional (a reading the text does not settle).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ANNOTATIONS = {
    "01_console_deal.txt": {
        "companies": ["Microsoft", "Activision Blizzard|Activision", "King", "Microsoft Gaming",
                      "Xbox", "Competition and Markets Authority", "Ubisoft Entertainment",
                      "Sony", "Nintendo", "Tencent"],
        "people": ["Bobby Kotick", "Phil Spencer|Spencer"],
        "relations": """
Microsoft | ACQUIRED | Activision Blizzard | completed | amount=69000000000 currency=USD
Activision Blizzard | ACQUIRED | King | completed | date=2016 amount=5900000000 currency=USD
King | SUBSIDIARY_OF | Microsoft | current?
King | SUBSIDIARY_OF | Activision Blizzard | current?
Activision Blizzard | SUBSIDIARY_OF | Microsoft | current?
Bobby Kotick | LEADS | Activision Blizzard | current | role=CEO
Bobby Kotick | REPORTS_TO | Phil Spencer | planned
Phil Spencer | LEADS | Microsoft Gaming | current | role=head
Microsoft Gaming | SUBSIDIARY_OF | Microsoft | current?
Xbox | SUBSIDIARY_OF | Microsoft | current
Microsoft | COMPETES_WITH | Sony | current
Microsoft | COMPETES_WITH | Nintendo | current
Microsoft | COMPETES_WITH | Tencent | current
""",
    },
    "02_chip_listing.txt": {
        "companies": ["SoftBank Group|SoftBank", "Arm Holdings|Arm", "Nvidia", "Apple",
                      "Samsung Electronics", "Intel", "Vision Fund", "ByteDance", "Didi"],
        "people": ["Rene Haas", "Masayoshi Son"],
        "relations": """
Nvidia | ACQUIRED | Arm Holdings | rumored
SoftBank Group | ACQUIRED | Arm Holdings | completed | date=2016 amount=24000000000 currency=GBP
Arm Holdings | SUBSIDIARY_OF | SoftBank Group | current?
Apple | INVESTED_IN | Arm Holdings | rumored
Samsung Electronics | INVESTED_IN | Arm Holdings | rumored
Intel | INVESTED_IN | Arm Holdings | rumored
Rene Haas | LEADS | Arm Holdings | current | role=CEO
Masayoshi Son | FOUNDED | SoftBank Group | completed
Masayoshi Son | LEADS | SoftBank Group | current? | role=founder
Vision Fund | SUBSIDIARY_OF | SoftBank Group | current
Vision Fund | INVESTED_IN | ByteDance | current
Vision Fund | INVESTED_IN | Didi | current
SoftBank Group | INVESTED_IN | ByteDance | current?
SoftBank Group | INVESTED_IN | Didi | current?
""",
    },
    "03_consumer_reshuffle.txt": {
        "companies": ["Unilever", "Beauty & Wellbeing", "Personal Care", "Home Care", "Nutrition",
                      "Ice Cream", "Unilever Latin America", "Food & Refreshment", "Ben & Jerry's",
                      "Magnum", "Trian Partners|Trian", "Procter & Gamble", "Nestlé"],
        "people": ["Alan Jope", "Fernando Fernandez", "Peter ter Kulve", "Nelson Peltz"],
        "relations": """
Beauty & Wellbeing | SUBSIDIARY_OF | Unilever | current?
Personal Care | SUBSIDIARY_OF | Unilever | current?
Home Care | SUBSIDIARY_OF | Unilever | current?
Nutrition | SUBSIDIARY_OF | Unilever | current?
Ice Cream | SUBSIDIARY_OF | Unilever | current?
Food & Refreshment | SUBSIDIARY_OF | Unilever | current
Unilever Latin America | SUBSIDIARY_OF | Unilever | current?
Alan Jope | LEADS | Unilever | current? | role=CEO
Fernando Fernandez | LEADS | Unilever Latin America | former | role=head
Fernando Fernandez | LEADS | Beauty & Wellbeing | planned | role=head
Peter ter Kulve | LEADS | Home Care | former | role=head
Peter ter Kulve | LEADS | Nutrition | planned | role=head
Ben & Jerry's | MERGED_INTO | Ice Cream | planned
Magnum | MERGED_INTO | Ice Cream | planned
Ben & Jerry's | SUBSIDIARY_OF | Unilever | current?
Magnum | SUBSIDIARY_OF | Unilever | current?
Trian Partners | INVESTED_IN | Unilever | completed | stake_pct=1.5
Nelson Peltz | FOUNDED | Trian Partners | completed
Nelson Peltz | LEADS | Trian Partners | current? | role=founder
Nelson Peltz | WORKS_FOR | Unilever | current | date=07
Unilever | COMPETES_WITH | Procter & Gamble | current
Unilever | COMPETES_WITH | Nestlé | current
""",
    },
    "04_ride_hailing_talks.txt": {
        "companies": ["Grab Holdings|Grab", "GoTo Group|GoTo", "Gojek", "Tokopedia", "GoTo Financial",
                      "GoPay", "Northstar Group", "Uber", "SoftBank", "Sea Ltd", "ShopeeFood"],
        "people": ["Patrick Walujo", "Andre Soelistyo", "Anthony Tan", "Tan Hooi Ling"],
        "relations": """
Grab Holdings | MERGED_INTO | GoTo Group | rumored
GoTo Group | MERGED_INTO | Grab Holdings | rumored
Grab Holdings | COMPETES_WITH | GoTo Group | current?
Gojek | MERGED_INTO | Tokopedia | completed? | date=2021
Tokopedia | MERGED_INTO | Gojek | completed? | date=2021
Gojek | MERGED_INTO | GoTo Group | completed? | date=2021
Tokopedia | MERGED_INTO | GoTo Group | completed? | date=2021
GoTo Financial | SUBSIDIARY_OF | GoTo Group | current
GoPay | SUBSIDIARY_OF | GoTo Financial | current?
Patrick Walujo | FOUNDED | Northstar Group | completed
Patrick Walujo | LEADS | Northstar Group | current? | role=founder
Patrick Walujo | LEADS | GoTo Group | current | role=CEO
Andre Soelistyo | LEADS | GoTo Group | former | role=CEO
Uber | INVESTED_IN | Grab Holdings | current
SoftBank | INVESTED_IN | Grab Holdings | current
Anthony Tan | LEADS | Grab Holdings | current | role=head
Anthony Tan | FOUNDED | Grab Holdings | completed | date=2012
Tan Hooi Ling | FOUNDED | Grab Holdings | completed | date=2012
ShopeeFood | SUBSIDIARY_OF | Sea Ltd | current
ShopeeFood | COMPETES_WITH | Grab Holdings | current?
ShopeeFood | COMPETES_WITH | GoTo Group | current?
""",
    },
    "05_carmaker_software.txt": {
        "companies": ["Volkswagen Group|Volkswagen", "Rivian Automotive|Rivian", "Cariad", "Porsche",
                      "Audi", "Tesla", "BYD", "Scout Motors"],
        "people": ["Wassym Bensaid", "Carsten Helbing", "RJ Scaringe", "Oliver Blume"],
        "relations": """
Volkswagen Group | INVESTED_IN | Rivian Automotive | planned | amount=5000000000 currency=USD
Wassym Bensaid | WORKS_FOR | Rivian Automotive | current?
Wassym Bensaid | LEADS | Rivian Automotive | current? | role=chief
Carsten Helbing | WORKS_FOR | Cariad | current
Cariad | SUBSIDIARY_OF | Volkswagen Group | current
RJ Scaringe | LEADS | Rivian Automotive | current | role=CEO
Rivian Automotive | COMPETES_WITH | Tesla | current
Rivian Automotive | COMPETES_WITH | BYD | current
Scout Motors | SUBSIDIARY_OF | Volkswagen Group | current
Volkswagen Group | COMPETES_WITH | BYD | current
Oliver Blume | LEADS | Volkswagen Group | current | role=head
Oliver Blume | LEADS | Porsche | current | role=head
Porsche | SUBSIDIARY_OF | Volkswagen Group | current?
Audi | SUBSIDIARY_OF | Volkswagen Group | current?
""",
    },
    "06_stake_sale.txt": {
        "companies": ["Tencent Holdings|Tencent", "Sea Ltd|Sea", "Shopee", "Garena", "JD.com", "Meituan",
                      "Lazada", "Alibaba Group", "TikTok Shop"],
        "people": ["Forrest Li"],
        "relations": """
Tencent Holdings | INVESTED_IN | Sea Ltd | current | stake_pct=18.7
Shopee | SUBSIDIARY_OF | Sea Ltd | current
Garena | SUBSIDIARY_OF | Sea Ltd | current
Tencent Holdings | INVESTED_IN | JD.com | current?
Tencent Holdings | INVESTED_IN | Meituan | current
Tencent Holdings | INVESTED_IN | Garena | completed | date=2010
Forrest Li | FOUNDED | Sea Ltd | completed
Forrest Li | LEADS | Sea Ltd | current | role=chairman
Shopee | COMPETES_WITH | Lazada | current
Shopee | COMPETES_WITH | TikTok Shop | current
Lazada | SUBSIDIARY_OF | Alibaba Group | current
""",
    },
    "07_streaming_control.txt": {
        "companies": ["Walt Disney|Disney", "Comcast", "Hulu", "NBCUniversal", "News Corp",
                      "21st Century Fox", "Disney+", "Netflix", "Disney Entertainment"],
        "people": ["Bob Iger", "Joe Earley", "Dana Walden", "Alan Bergman"],
        "relations": """
Walt Disney | ACQUIRED | Hulu | planned | amount=8600000000 currency=USD seller=Comcast
Hulu | SUBSIDIARY_OF | Walt Disney | current?
Hulu | SUBSIDIARY_OF | Comcast | current?
NBCUniversal | SUBSIDIARY_OF | Comcast | current
NBCUniversal | INVESTED_IN | Hulu | current?
Comcast | INVESTED_IN | Hulu | current?
Walt Disney | FOUNDED | Hulu | completed? | date=2007
Comcast | FOUNDED | Hulu | completed? | date=2007
News Corp | FOUNDED | Hulu | completed? | date=2007
Walt Disney | ACQUIRED | 21st Century Fox | completed? | date=2019
Hulu | MERGED_INTO | Disney+ | planned
Disney+ | SUBSIDIARY_OF | Walt Disney | current
Bob Iger | LEADS | Walt Disney | current? | role=CEO
Walt Disney | COMPETES_WITH | Netflix | current
Joe Earley | LEADS | Hulu | former | role=head
Joe Earley | REPORTS_TO | Dana Walden | current
Joe Earley | REPORTS_TO | Alan Bergman | current
Dana Walden | LEADS | Disney Entertainment | current | role=chairman
Alan Bergman | LEADS | Disney Entertainment | current | role=chairman
Disney Entertainment | SUBSIDIARY_OF | Walt Disney | current?
""",
    },
    "08_memory_chief.txt": {
        "companies": ["Samsung Electronics|Samsung", "Device Solutions", "Samsung SDI", "SK Hynix", "Nvidia",
                      "Micron Technology", "Harman International|Harman", "B&W", "Sound United", "Masimo"],
        "people": ["Jun Young-hyun|Jun", "Kyung Kye-hyun"],
        "relations": """
Device Solutions | SUBSIDIARY_OF | Samsung Electronics | current
Jun Young-hyun | LEADS | Device Solutions | current | role=head
Kyung Kye-hyun | LEADS | Device Solutions | former? | role=head
Jun Young-hyun | LEADS | Samsung SDI | former | role=head
Samsung SDI | SUBSIDIARY_OF | Samsung Electronics | current?
Samsung Electronics | COMPETES_WITH | SK Hynix | current
Micron Technology | COMPETES_WITH | SK Hynix | current?
Micron Technology | COMPETES_WITH | Samsung Electronics | current?
Samsung Electronics | ACQUIRED | Harman International | completed | date=2017 amount=8000000000 currency=USD
Harman International | SUBSIDIARY_OF | Samsung Electronics | current?
Christian Sobottka | LEADS | Harman International | current | role=CEO
Harman International | ACQUIRED | Sound United | planned | amount=350000000 currency=USD seller=Masimo
Sound United | SUBSIDIARY_OF | Masimo | current
B&W | SUBSIDIARY_OF | Sound United | current
""",
        "extra_people": ["Christian Sobottka"],
    },
    "09_brand_bosses.txt": {
        "companies": ["Stellantis", "Fiat Chrysler Automobiles", "PSA Group", "Jeep", "Fiat", "Maserati",
                      "Alfa Romeo", "DS", "Exor", "Leapmotor", "Leapmotor International"],
        "people": ["Antonio Filosa", "Bob Broderdorf", "Olivier Francois", "Carlos Tavares", "John Elkann"],
        "relations": """
Fiat Chrysler Automobiles | MERGED_INTO | Stellantis | completed | date=2021
PSA Group | MERGED_INTO | Stellantis | completed | date=2021
Fiat Chrysler Automobiles | MERGED_INTO | PSA Group | completed? | date=2021
PSA Group | MERGED_INTO | Fiat Chrysler Automobiles | completed? | date=2021
Jeep | SUBSIDIARY_OF | Stellantis | current?
Fiat | SUBSIDIARY_OF | Stellantis | current?
Maserati | SUBSIDIARY_OF | Stellantis | current?
Alfa Romeo | SUBSIDIARY_OF | Stellantis | current?
DS | SUBSIDIARY_OF | Stellantis | current?
Antonio Filosa | LEADS | Jeep | former | role=head
Antonio Filosa | LEADS | Stellantis | current? | role=CEO
Bob Broderdorf | LEADS | Jeep | current | role=head
Olivier Francois | LEADS | Fiat | current | role=CEO
Carlos Tavares | LEADS | Stellantis | current | role=CEO
Carlos Tavares | REPORTS_TO | John Elkann | current
John Elkann | LEADS | Stellantis | current? | role=chairman
Exor | INVESTED_IN | Stellantis | current
Stellantis | INVESTED_IN | Leapmotor | completed | stake_pct=21 amount=1500000000 currency=EUR
Stellantis | FOUNDED | Leapmotor International | completed
Leapmotor | FOUNDED | Leapmotor International | completed
Leapmotor International | SUBSIDIARY_OF | Stellantis | current
Leapmotor International | SUBSIDIARY_OF | Leapmotor | current?
""",
    },
    "10_delivery_chief.txt": {
        "companies": ["Meituan", "Alibaba", "Ele.me", "Douyin", "ByteDance", "JD.com", "Tencent", "Mobike",
                      "Meituan Bike", "Keeta"],
        "people": ["Wang Xing", "Wang Puzhong"],
        "relations": """
Wang Xing | FOUNDED | Meituan | completed
Wang Xing | LEADS | Meituan | current? | role=chairman
Wang Puzhong | WORKS_FOR | Meituan | current | date=2005
Wang Puzhong | REPORTS_TO | Wang Xing | planned
Ele.me | SUBSIDIARY_OF | Alibaba | current
Meituan | COMPETES_WITH | Ele.me | current
Meituan | COMPETES_WITH | Douyin | current
Douyin | SUBSIDIARY_OF | ByteDance | current
JD.com | COMPETES_WITH | Meituan | current?
Tencent | INVESTED_IN | Meituan | current
Meituan | ACQUIRED | Mobike | completed | date=2018 amount=2700000000 currency=USD
Mobike | SUBSIDIARY_OF | Meituan | current?
Meituan Bike | SUBSIDIARY_OF | Meituan | current?
Keeta | SUBSIDIARY_OF | Meituan | current
Meituan | FOUNDED | Keeta | completed?
""",
    },
}


def parse_relation(line: str) -> dict:
    head, rtype, tail, status, *rest = [p.strip() for p in line.split("|")]
    rel = {"head": head, "type": rtype, "tail": tail, "status": status.rstrip("?")}
    if status.endswith("?"):
        rel["optional"] = True
    # "key=value key=two words": a word without "=" continues the previous value
    pairs: list[list[str]] = []
    for word in (rest[0].split() if rest else []):
        if "=" in word:
            pairs.append(word.split("=", 1))
        else:
            pairs[-1][1] += " " + word
    for key, value in pairs:
        rel[key] = float(value) if key in ("amount", "stake_pct") else value
        if key == "amount":
            rel[key] = int(rel[key])
    return rel


def gold(article: str, spec: dict) -> dict:
    entities = []
    for kind, key in (("Company", "companies"), ("Person", "people"), ("Person", "extra_people")):
        for item in spec.get(key, []):
            name, *aliases = item.split("|")
            entities.append({"name": name, "type": kind, "aliases": aliases})
    relations = [parse_relation(line) for line in spec["relations"].strip().splitlines()]
    known = {e["name"] for e in entities}
    for rel in relations:
        for end in (rel["head"], rel["tail"]):
            if end not in known:
                raise SystemExit(f"{article}: {end!r} is not among its entities")
    return {"article": article, "entities": entities, "relations": relations}


def write_gold(folder: Path, annotations: dict) -> None:
    """``folder/gold/<article>.json`` for each annotated article of ``folder/articles``."""
    out = folder / "gold"
    out.mkdir(exist_ok=True)
    for article, spec in annotations.items():
        if not (folder / "articles" / article).exists():
            raise SystemExit(f"no article {article}")
        (out / f"{article}.json").write_text(json.dumps(gold(article, spec), indent=1, ensure_ascii=False) + "\n",
                                             "utf-8")


if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
