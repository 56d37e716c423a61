"""Write gold/*.json for the newsdec8 set (same format and rules as ../newsdev).

Seven articles written in the 2026-12-02 (third) session, after the newsdec7 round, for an
eighth first-run estimate: Infosys's two small purchases (a filing story), a company
profile of Fast Retailing, Lotte's denial of liquidity rumours, Telefonica's change of
chairman, Prada's purchase of Versace (a bulleted analysis), Anta's purchase of Jack
Wolfskin (a brief) and Bayer's management cuts (a web page). The gold was committed before
the extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "m1_it_services.txt": {
        "companies": ["Infosys", "The Missing Link", "MRE Consulting", "in-tech", "Tata Consultancy Services",
                      "Wipro", "Accenture"],
        "people": ["Salil Parekh", "Nandan Nilekani"],
        "relations": """
Infosys | ACQUIRED | The Missing Link | planned | amount=98000000 currency=AUD
Infosys | ACQUIRED | MRE Consulting | planned | amount=36000000 currency=USD
The Missing Link | SUBSIDIARY_OF | Infosys | planned?
Salil Parekh | LEADS | Infosys | current | role=CEO
Infosys | ACQUIRED | in-tech | completed | amount=450000000 currency=EUR
Nandan Nilekani | LEADS | Infosys | current | role=chairman
Nandan Nilekani | FOUNDED | Infosys | completed | date=1981
Infosys | COMPETES_WITH | Tata Consultancy Services | current
Infosys | COMPETES_WITH | Wipro | current
Infosys | COMPETES_WITH | Accenture | current
""",
    },
    "m2_clothing_profile.txt": {
        "companies": ["Fast Retailing", "Uniqlo", "GU", "Theory", "Inditex", "Zara", "H&M", "Shein"],
        "people": ["Tadashi Yanai", "Kazumi Yanai", "Koji Yanai"],
        "relations": """
Uniqlo | SUBSIDIARY_OF | Fast Retailing | current
GU | SUBSIDIARY_OF | Fast Retailing | current
Theory | SUBSIDIARY_OF | Fast Retailing | current
Fast Retailing | ACQUIRED | Theory | completed | date=2009
Tadashi Yanai | FOUNDED | Fast Retailing | completed
Tadashi Yanai | LEADS | Fast Retailing | current | role=chairman
Kazumi Yanai | WORKS_FOR | Fast Retailing | current
Koji Yanai | WORKS_FOR | Fast Retailing | current
Fast Retailing | COMPETES_WITH | Inditex | current
Fast Retailing | COMPETES_WITH | H&M | current
Zara | SUBSIDIARY_OF | Inditex | current
Fast Retailing | COMPETES_WITH | Shein | current?
Shein | COMPETES_WITH | Inditex | current?
Shein | COMPETES_WITH | H&M | current?
""",
    },
    "m3_conglomerate_denial.txt": {
        "companies": ["Lotte Group|Lotte", "Lotte Chemical", "Lotte Shopping", "Lotte World Tower", "Lotte Rental"],
        "people": ["Shin Dong-bin", "Shin Kyuk-ho", "Shin Yoo-yeol"],
        "relations": """
Lotte Chemical | SUBSIDIARY_OF | Lotte Group | current
Lotte Shopping | SUBSIDIARY_OF | Lotte Group | current
Lotte World Tower | SUBSIDIARY_OF | Lotte Group | current?
Shin Dong-bin | LEADS | Lotte Group | current | role=chairman
Shin Kyuk-ho | FOUNDED | Lotte Group | completed
Shin Yoo-yeol | WORKS_FOR | Lotte Group | current
Shin Yoo-yeol | LEADS | Lotte Group | current? | role=vice president
Lotte Rental | SUBSIDIARY_OF | Lotte Group | current
""",
    },
    "m4_telecom_shakeup.txt": {
        "companies": ["Telefonica", "Indra", "SEPI", "Saudi Telecom Company|STC", "CriteriaCaixa", "La Caixa",
                      "Vivo", "O2 Telefonica", "Virgin Media O2", "Liberty Global"],
        "people": ["Jose Maria Alvarez-Pallete", "Marc Murtra"],
        "relations": """
Jose Maria Alvarez-Pallete | LEADS | Telefonica | former | role=chairman
Marc Murtra | LEADS | Telefonica | current | role=chairman
Marc Murtra | LEADS | Indra | current | role=chairman
SEPI | INVESTED_IN | Telefonica | current | stake_pct=10
Saudi Telecom Company | INVESTED_IN | Telefonica | current | stake_pct=9.97
CriteriaCaixa | INVESTED_IN | Telefonica | current | stake_pct=10
CriteriaCaixa | SUBSIDIARY_OF | La Caixa | current
Vivo | SUBSIDIARY_OF | Telefonica | current
O2 Telefonica | SUBSIDIARY_OF | Telefonica | current
Telefonica | INVESTED_IN | Virgin Media O2 | current | stake_pct=50
Liberty Global | INVESTED_IN | Virgin Media O2 | current? | stake_pct=50
Virgin Media O2 | SUBSIDIARY_OF | Telefonica | current?
Virgin Media O2 | SUBSIDIARY_OF | Liberty Global | current?
""",
    },
    "m5_fashion_deal.txt": {
        "companies": ["Prada Group|Prada", "Versace", "Capri Holdings|Capri", "Michael Kors", "Jimmy Choo", "Tapestry",
                      "Coach", "Miu Miu", "Kering", "Gucci", "LVMH"],
        "people": ["Andrea Guerra", "Lorenzo Bertelli", "Gianni Versace", "Donatella Versace", "Dario Vitale"],
        "relations": """
Prada Group | ACQUIRED | Versace | planned | amount=1250000000 currency=EUR seller=Capri Holdings
Versace | SUBSIDIARY_OF | Capri Holdings | current
Michael Kors | SUBSIDIARY_OF | Capri Holdings | current
Jimmy Choo | SUBSIDIARY_OF | Capri Holdings | current
Capri Holdings | ACQUIRED | Versace | completed | date=2018 amount=1830000000 currency=EUR
Tapestry | ACQUIRED | Capri Holdings | rumored?
Capri Holdings | MERGED_INTO | Tapestry | rumored?
Coach | SUBSIDIARY_OF | Tapestry | current
Andrea Guerra | LEADS | Prada Group | current | role=CEO
Lorenzo Bertelli | WORKS_FOR | Prada Group | current?
Lorenzo Bertelli | LEADS | Versace | planned?
Gianni Versace | FOUNDED | Versace | completed | date=1978
Donatella Versace | WORKS_FOR | Versace | former
Dario Vitale | WORKS_FOR | Versace | current
Dario Vitale | WORKS_FOR | Miu Miu | former
Miu Miu | SUBSIDIARY_OF | Prada Group | current
Prada Group | COMPETES_WITH | Kering | current
Prada Group | COMPETES_WITH | LVMH | current
Gucci | SUBSIDIARY_OF | Kering | current
""",
    },
    "m6_sportswear_brief.txt": {
        "companies": ["Anta Sports Products|Anta", "Jack Wolfskin", "Topgolf Callaway Brands|Topgolf Callaway", "Fila",
                      "Amer Sports|Amer", "Li Ning", "Nike", "Adidas"],
        "people": ["Ding Shizhong"],
        "relations": """
Anta Sports Products | ACQUIRED | Jack Wolfskin | planned | amount=290000000 currency=USD seller=Topgolf Callaway Brands
Jack Wolfskin | SUBSIDIARY_OF | Topgolf Callaway Brands | current
Ding Shizhong | LEADS | Anta Sports Products | current | role=chairman
Anta Sports Products | ACQUIRED | Amer Sports | completed | date=2019
Anta Sports Products | INVESTED_IN | Amer Sports | current
Anta Sports Products | COMPETES_WITH | Li Ning | current
Anta Sports Products | COMPETES_WITH | Nike | current
Anta Sports Products | COMPETES_WITH | Adidas | current
Topgolf Callaway Brands | ACQUIRED | Jack Wolfskin | completed | date=2019
""",
    },
    "m7_crop_page.html": {
        "companies": ["Bayer", "Monsanto", "Roche", "Corteva", "Syngenta", "Sinochem"],
        "people": ["Bill Anderson"],
        "relations": """
Bill Anderson | LEADS | Bayer | current | role=CEO
Bayer | ACQUIRED | Monsanto | completed | date=2018 amount=63000000000 currency=USD
Bill Anderson | LEADS | Roche | former | role=head
Bill Anderson | WORKS_FOR | Roche | former?
Bill Anderson | WORKS_FOR | Bayer | current?
Bayer | COMPETES_WITH | Corteva | current
Bayer | COMPETES_WITH | Syngenta | current
Syngenta | SUBSIDIARY_OF | Sinochem | current
Monsanto | SUBSIDIARY_OF | Bayer | current?
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
