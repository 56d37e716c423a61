"""Write gold/*.json for the newsdec3 set (same format and rules as ../newsdev).

Six articles written last in the 2026-12-02 session, for a third first-run estimate:
MercadoLibre's succession, Telefónica's new chairman, ADNOC/Covestro, Kirin/Fancl, Tata
Electronics/Wistron and Heineken/FIFCO. The gold was committed before the extractor first
ran on them. Analysts and outlets are invented; the corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "e1_marketplace_succession.txt": {
        "companies": ["MercadoLibre", "Mercado Pago", "Amazon", "Sea", "Shopee", "Temu", "Pampa Equities"],
        "people": ["Marcos Galperin|Galperin", "Ariel Szarfsztejn", "Lucía Ferrer"],
        "relations": """
Marcos Galperin | FOUNDED | MercadoLibre | completed | date=1999
Marcos Galperin | LEADS | MercadoLibre | current | role=CEO
Ariel Szarfsztejn | LEADS | MercadoLibre | planned | role=CEO
Ariel Szarfsztejn | WORKS_FOR | MercadoLibre | current?
Mercado Pago | SUBSIDIARY_OF | MercadoLibre | current
MercadoLibre | COMPETES_WITH | Amazon | current
MercadoLibre | COMPETES_WITH | Shopee | current
MercadoLibre | COMPETES_WITH | Temu | current
Shopee | SUBSIDIARY_OF | Sea | current
Lucía Ferrer | WORKS_FOR | Pampa Equities | current
""",
    },
    "e2_telecom_chairman.txt": {
        "companies": ["Telefónica", "Indra", "SEPI", "Saudi Telecom Company|STC", "Telecom Argentina", "MasOrange",
                      "Vodafone Spain", "Zegona"],
        "people": ["José María Álvarez-Pallete|Álvarez-Pallete", "Marc Murtra|Murtra"],
        "relations": """
José María Álvarez-Pallete | LEADS | Telefónica | former | role=chairman
Marc Murtra | LEADS | Telefónica | current | role=chairman
Marc Murtra | LEADS | Indra | former?
SEPI | INVESTED_IN | Telefónica | current | stake_pct=10
Saudi Telecom Company | INVESTED_IN | Telefónica | current | date=2023
Telefónica | COMPETES_WITH | MasOrange | current
Telefónica | COMPETES_WITH | Vodafone Spain | current
Vodafone Spain | SUBSIDIARY_OF | Zegona | current
""",
    },
    "e3_chemicals_takeover.txt": {
        "companies": ["Abu Dhabi National Oil Company|ADNOC", "Covestro", "XRG", "Bayer", "OMV", "Borealis", "Borouge",
                      "BASF", "Dow"],
        "people": ["Sultan Al Jaber", "Markus Steilemann"],
        "relations": """
Abu Dhabi National Oil Company | ACQUIRED | Covestro | planned | amount=14700000000 currency=EUR
XRG | ACQUIRED | Covestro | planned?
XRG | SUBSIDIARY_OF | Abu Dhabi National Oil Company | current
Covestro | SUBSIDIARY_OF | Bayer | former
Sultan Al Jaber | LEADS | Abu Dhabi National Oil Company | current | role=CEO
Abu Dhabi National Oil Company | INVESTED_IN | OMV | current
Abu Dhabi National Oil Company | INVESTED_IN | Borealis | current
Borouge | MERGED_INTO | Borealis | planned?
Markus Steilemann | LEADS | Covestro | current | role=CEO
Covestro | COMPETES_WITH | BASF | current
Covestro | COMPETES_WITH | Dow | current
""",
    },
    "e4_beauty_buyout.txt": {
        "companies": ["Kirin Holdings|Kirin", "Fancl", "Kyowa Kirin", "Asahi Group Holdings", "Sapporo", "Suntory"],
        "people": ["Kenji Ikemori", "Kazuyuki Shimada"],
        "relations": """
Kirin Holdings | ACQUIRED | Fancl | completed | amount=220000000000 currency=JPY
Fancl | SUBSIDIARY_OF | Kirin Holdings | current
Kirin Holdings | INVESTED_IN | Fancl | former?
Kyowa Kirin | SUBSIDIARY_OF | Kirin Holdings | current
Kenji Ikemori | FOUNDED | Fancl | completed | date=1981
Kazuyuki Shimada | LEADS | Fancl | current | role=president
Kirin Holdings | COMPETES_WITH | Asahi Group Holdings | current
Kirin Holdings | COMPETES_WITH | Sapporo | current
Kirin Holdings | COMPETES_WITH | Suntory | current
""",
    },
    "e5_phone_assembly.txt": {
        "companies": ["Tata Electronics", "Wistron", "Tata Group|Tata", "Apple", "Tata Sons", "Foxconn", "Pegatron"],
        "people": ["N. Chandrasekaran", "Rajeev Chandrasekhar"],
        "relations": """
Tata Electronics | SUBSIDIARY_OF | Tata Sons | current
Tata Electronics | SUBSIDIARY_OF | Tata Group | current?
Tata Sons | SUBSIDIARY_OF | Tata Group | current?
N. Chandrasekaran | LEADS | Tata Sons | current? | role=chairman
N. Chandrasekaran | LEADS | Tata Group | current? | role=chairman
Tata Group | COMPETES_WITH | Foxconn | planned
Tata Group | COMPETES_WITH | Pegatron | planned
Tata Electronics | COMPETES_WITH | Foxconn | planned?
Tata Electronics | COMPETES_WITH | Pegatron | planned?
""",
    },
    "e6_beer_deal.txt": {
        "companies": ["Heineken", "Florida Ice & Farm Company|FIFCO", "AB InBev", "Corona", "Budweiser"],
        "people": ["Dolf van den Brink"],
        "relations": """
Heineken | ACQUIRED | Florida Ice & Farm Company | planned?
Heineken | INVESTED_IN | Florida Ice & Farm Company | current?
Dolf van den Brink | LEADS | Heineken | current | role=CEO
Heineken | COMPETES_WITH | AB InBev | current?
Corona | SUBSIDIARY_OF | AB InBev | current?
Budweiser | SUBSIDIARY_OF | AB InBev | current?
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
