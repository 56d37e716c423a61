"""Write gold/*.json for the newsunseen set (same format and rules as ../newsdev).

Seven news articles about other groups (a pharma spin-off, Indian cement, a Korean
energy merger, a failed Japanese hostile bid, an oil deal, a failed Spanish bank bid, a
software purchase), written in our own words after all tuning on the other sets. Their
gold was committed before the extractor first ran on them, so their first score is an
estimate for news the rules have never seen. Analysts and their firms are invented; the
corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "u1_pharma_spinoff.txt": {
        "companies": ["Sandoz", "Novartis", "SIX Swiss Exchange", "Teva", "Viatris", "MorphoSys",
                      "Avidity Biosciences", "Roche", "Rheinquai Bank"],
        "people": ["Richard Saynor", "Vas Narasimhan", "Lukas Meier"],
        "relations": """
Sandoz | SUBSIDIARY_OF | Novartis | former
Richard Saynor | LEADS | Sandoz | current | role=CEO
Sandoz | COMPETES_WITH | Teva | current
Sandoz | COMPETES_WITH | Viatris | current
Vas Narasimhan | LEADS | Novartis | current | role=CEO
Novartis | ACQUIRED | MorphoSys | completed | amount=2700000000 currency=EUR
MorphoSys | SUBSIDIARY_OF | Novartis | current?
Novartis | ACQUIRED | Avidity Biosciences | planned | amount=12000000000 currency=USD
Novartis | COMPETES_WITH | Roche | current
Lukas Meier | WORKS_FOR | Rheinquai Bank | current
""",
    },
    "u2_cement_deal.txt": {
        "companies": ["Adani Group|Adani", "Holcim", "Ambuja Cements|Ambuja", "ACC", "Sanghi Industries", "Penna Cement",
                      "UltraTech Cement|UltraTech", "Aditya Birla Group", "Adani Ports", "Adani Green Energy",
                      "Konkan Securities"],
        "people": ["Gautam Adani", "Karan Adani", "Miljan Gutovic", "Priya Raman"],
        "relations": """
Adani Group | ACQUIRED | Ambuja Cements | completed | seller=Holcim
Adani Group | ACQUIRED | ACC | completed | seller=Holcim
Ambuja Cements | SUBSIDIARY_OF | Holcim | former
ACC | SUBSIDIARY_OF | Holcim | former
Ambuja Cements | SUBSIDIARY_OF | Adani Group | current?
ACC | SUBSIDIARY_OF | Adani Group | current?
ACC | SUBSIDIARY_OF | Ambuja Cements | current?
Ambuja Cements | INVESTED_IN | ACC | current?
Ambuja Cements | ACQUIRED | Sanghi Industries | completed
Ambuja Cements | ACQUIRED | Penna Cement | completed
Adani Group | COMPETES_WITH | UltraTech Cement | current
UltraTech Cement | SUBSIDIARY_OF | Aditya Birla Group | current
Gautam Adani | FOUNDED | Adani Group | completed
Gautam Adani | LEADS | Adani Group | current | role=chairman
Karan Adani | LEADS | ACC | current | role=chairman
Miljan Gutovic | LEADS | Holcim | current | role=CEO
Adani Ports | SUBSIDIARY_OF | Adani Group | current
Adani Green Energy | SUBSIDIARY_OF | Adani Group | current
Priya Raman | WORKS_FOR | Konkan Securities | current
""",
    },
    "u3_energy_merger.txt": {
        "companies": ["SK Innovation", "SK E&S", "SK Group", "SK Inc.", "SK On", "SK Trading International", "SK Hynix",
                      "Samsung Electronics", "Micron Technology", "Hanriver Capital"],
        "people": ["Chey Tae-won", "Park Sang-kyu", "Min-jun Seo"],
        "relations": """
SK E&S | MERGED_INTO | SK Innovation | completed
SK E&S | SUBSIDIARY_OF | SK Group | current?
SK E&S | SUBSIDIARY_OF | SK Inc. | former
Chey Tae-won | LEADS | SK Group | current | role=chairman
Park Sang-kyu | LEADS | SK Innovation | current | role=CEO
SK On | SUBSIDIARY_OF | SK Innovation | current
SK Trading International | MERGED_INTO | SK On | planned
SK Trading International | SUBSIDIARY_OF | SK Innovation | current?
SK Hynix | SUBSIDIARY_OF | SK Group | current
SK Hynix | COMPETES_WITH | Samsung Electronics | current
SK Hynix | COMPETES_WITH | Micron Technology | current
Min-jun Seo | WORKS_FOR | Hanriver Capital | current
""",
    },
    "u4_machine_tools.txt": {
        "companies": ["Nidec", "Makino Milling Machine|Makino", "Takisawa", "DMG Mori", "Okuma", "Sumida Research"],
        "people": ["Shinichi Inoue", "Shigenobu Nagamori", "Mitsuya Kishida", "Aiko Hayashi"],
        "relations": """
Nidec | ACQUIRED | Makino Milling Machine | rumored
Shinichi Inoue | LEADS | Makino Milling Machine | current | role=president
Shigenobu Nagamori | FOUNDED | Nidec | completed | date=1973
Shigenobu Nagamori | LEADS | Nidec | current | role=chairman
Nidec | ACQUIRED | Takisawa | completed | date=2023
Mitsuya Kishida | LEADS | Nidec | current | role=CEO
Makino Milling Machine | COMPETES_WITH | DMG Mori | current
Makino Milling Machine | COMPETES_WITH | Okuma | current
Aiko Hayashi | WORKS_FOR | Sumida Research | current
""",
    },
    "u5_oil_deal.txt": {
        "companies": ["Exxon Mobil|Exxon", "Pioneer Natural Resources|Pioneer", "Federal Trade Commission", "Chevron", "Hess",
                      "Diamondback Energy", "Endeavor Energy Resources", "Shell", "BP", "Brazos Partners"],
        "people": ["Scott Sheffield", "Darren Woods", "Grant Holloway"],
        "relations": """
Exxon Mobil | ACQUIRED | Pioneer Natural Resources | completed | amount=59500000000 currency=USD
Pioneer Natural Resources | SUBSIDIARY_OF | Exxon Mobil | current?
Scott Sheffield | FOUNDED | Pioneer Natural Resources | completed
Scott Sheffield | LEADS | Pioneer Natural Resources | former | role=CEO
Darren Woods | LEADS | Exxon Mobil | current | role=CEO
Chevron | ACQUIRED | Hess | planned | amount=53000000000 currency=USD
Endeavor Energy Resources | MERGED_INTO | Diamondback Energy | completed?
Diamondback Energy | ACQUIRED | Endeavor Energy Resources | completed?
Exxon Mobil | COMPETES_WITH | Chevron | current
Exxon Mobil | COMPETES_WITH | Shell | current
Exxon Mobil | COMPETES_WITH | BP | current
Grant Holloway | WORKS_FOR | Brazos Partners | current
""",
    },
    "u6_bank_bid.txt": {
        "companies": ["BBVA", "Banco Sabadell|Sabadell", "TSB", "Santander", "CaixaBank", "Meseta Valores"],
        "people": ["Carlos Torres", "Onur Genç", "César González-Bueno", "Elena Ruiz"],
        "relations": """
BBVA | ACQUIRED | Banco Sabadell | rumored
Carlos Torres | LEADS | BBVA | current | role=chairman
Onur Genç | LEADS | BBVA | current | role=CEO
Santander | ACQUIRED | TSB | planned | amount=2650000000 currency=GBP seller=Banco Sabadell
TSB | SUBSIDIARY_OF | Banco Sabadell | current
César González-Bueno | LEADS | Banco Sabadell | current | role=CEO
Banco Sabadell | COMPETES_WITH | CaixaBank | current
Banco Sabadell | COMPETES_WITH | Santander | current
Banco Sabadell | COMPETES_WITH | BBVA | current
Elena Ruiz | WORKS_FOR | Meseta Valores | current
""",
    },
    "u7_software_buy.txt": {
        "companies": ["Salesforce", "Informatica", "Slack", "Tableau", "MuleSoft", "Microsoft", "Oracle", "SAP",
                      "Embarcadero Research"],
        "people": ["Marc Benioff", "Amit Walia", "Rafael Ortega"],
        "relations": """
Salesforce | ACQUIRED | Informatica | completed | amount=8000000000 currency=USD
Informatica | SUBSIDIARY_OF | Salesforce | current?
Salesforce | ACQUIRED | Slack | completed | date=2021
Slack | SUBSIDIARY_OF | Salesforce | current?
Marc Benioff | FOUNDED | Salesforce | completed
Marc Benioff | LEADS | Salesforce | current | role=CEO
Amit Walia | LEADS | Informatica | former?
Amit Walia | WORKS_FOR | Salesforce | planned
Salesforce | ACQUIRED | Tableau | completed | date=2019 amount=15700000000 currency=USD
Tableau | SUBSIDIARY_OF | Salesforce | current
MuleSoft | SUBSIDIARY_OF | Salesforce | current
Salesforce | COMPETES_WITH | Microsoft | current
Salesforce | COMPETES_WITH | Oracle | current
Salesforce | COMPETES_WITH | SAP | current
Rafael Ortega | WORKS_FOR | Embarcadero Research | current
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
