"""Write gold/*.json for the newsdec25 set (same format and rules as ../newsdev).

Five articles written in the 2026-12-04 (eleventh) session, for a twenty-fifth first-run
estimate: Mastercard buying Recorded Future from a private equity owner (earlier purchases
with years, two founders, a staff officer who will oversee it), Emerson buying out AspenTech's
minority (a majority stake taken earlier, a unit renamed and sold, a rival taken private),
Coca-Cola selling its Philippine bottler to two buyers with 60/40 shares, Amazon and iRobot
ending their deal (three founders, an interim chief, rivals it lost share to) and Aramco's
stake in Rongsheng Petrochemical (a parent as seller, a refinery held 51%, a stake in talks).
The gold was committed before the extractor first ran on them. The corporate facts are public.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "newsdev"))
from make_gold import write_gold  # noqa: E402

ANNOTATIONS = {
    "i1_threat_intel.txt": {
        "companies": ["Mastercard Inc|Mastercard", "Recorded Future", "Insight Partners", "Brighterion", "Ekata",
                      "Google", "Mandiant", "CrowdStrike"],
        "people": ["Christopher Ahlberg|Ahlberg", "Staffan Truve", "Craig Vosburg"],
        "relations": """
Mastercard Inc | ACQUIRED | Recorded Future | planned | amount=2650000000 currency=USD seller=Insight Partners
Recorded Future | SUBSIDIARY_OF | Mastercard Inc | planned
Insight Partners | ACQUIRED | Recorded Future | completed | date=2019
Recorded Future | SUBSIDIARY_OF | Insight Partners | current?
Insight Partners | INVESTED_IN | Recorded Future | current?
Mastercard Inc | ACQUIRED | Brighterion | completed | date=2017
Mastercard Inc | ACQUIRED | Ekata | completed | date=2021
Brighterion | SUBSIDIARY_OF | Mastercard Inc | current?
Ekata | SUBSIDIARY_OF | Mastercard Inc | current?
Christopher Ahlberg | FOUNDED | Recorded Future | completed | date=2009
Staffan Truve | FOUNDED | Recorded Future | completed | date=2009
Christopher Ahlberg | LEADS | Recorded Future | current | role=CEO
Craig Vosburg | WORKS_FOR | Mastercard Inc | current
Craig Vosburg | LEADS | Recorded Future | planned?
Mandiant | SUBSIDIARY_OF | Google | current
Recorded Future | COMPETES_WITH | Mandiant | current
Recorded Future | COMPETES_WITH | CrowdStrike | current
""",
    },
    "i2_software_buyout.txt": {
        "companies": ["Emerson Electric Co.|Emerson", "Aspen Technology|AspenTech", "Copeland", "Blackstone",
                      "National Instruments", "AVEVA", "Schneider Electric", "Nasdaq"],
        "people": ["Lal Karsanbhai"],
        "relations": """
Emerson Electric Co. | ACQUIRED | Aspen Technology | completed | date=2022
Emerson Electric Co. | INVESTED_IN | Aspen Technology | current? | stake_pct=55
Aspen Technology | SUBSIDIARY_OF | Emerson Electric Co. | current
Blackstone | ACQUIRED | Copeland | completed | date=2023 seller=Emerson Electric Co.
Copeland | SUBSIDIARY_OF | Blackstone | current?
Copeland | SUBSIDIARY_OF | Emerson Electric Co. | former
Emerson Electric Co. | INVESTED_IN | Copeland | current?
Emerson Electric Co. | ACQUIRED | National Instruments | completed | date=2023 amount=8200000000 currency=USD
National Instruments | SUBSIDIARY_OF | Emerson Electric Co. | current?
Lal Karsanbhai | LEADS | Emerson Electric Co. | current | role=CEO
Aspen Technology | COMPETES_WITH | AVEVA | current
Schneider Electric | ACQUIRED | AVEVA | completed | date=2023
AVEVA | SUBSIDIARY_OF | Schneider Electric | current
""",
    },
    "i3_bottler_sale.txt": {
        "companies": ["Coca-Cola Co|The Coca-Cola Co.|Coca-Cola", "Coca-Cola Europacific Partners|CCEP",
                      "Aboitiz Equity Ventures|Aboitiz", "Coca-Cola Beverages Philippines Inc.|Coca-Cola Beverages Philippines",
                      "Coca-Cola Amatil"],
        "people": ["Damian Gammell", "Sabin Aboitiz"],
        "relations": """
Coca-Cola Europacific Partners | ACQUIRED | Coca-Cola Beverages Philippines Inc. | planned | stake_pct=60 seller=Coca-Cola Co
Coca-Cola Beverages Philippines Inc. | SUBSIDIARY_OF | Coca-Cola Europacific Partners | planned
Aboitiz Equity Ventures | INVESTED_IN | Coca-Cola Beverages Philippines Inc. | planned | stake_pct=40
Aboitiz Equity Ventures | ACQUIRED | Coca-Cola Beverages Philippines Inc. | planned?
Coca-Cola Beverages Philippines Inc. | SUBSIDIARY_OF | Coca-Cola Co | current?
Damian Gammell | LEADS | Coca-Cola Europacific Partners | current | role=CEO
Coca-Cola Europacific Partners | ACQUIRED | Coca-Cola Amatil | completed | date=2021
Coca-Cola Amatil | SUBSIDIARY_OF | Coca-Cola Europacific Partners | current?
Sabin Aboitiz | LEADS | Aboitiz Equity Ventures | current | role=president and CEO
""",
    },
    "i4_robot_vacuum.txt": {
        "companies": ["Amazon.com Inc|Amazon", "iRobot Corp|iRobot", "European Commission", "SharkNinja", "Ecovacs",
                      "Roborock"],
        "people": ["Colin Angle", "Helen Greiner", "Rodney Brooks", "Glen Weinstein"],
        "relations": """
Amazon.com Inc | ACQUIRED | iRobot Corp | planned? | amount=1700000000 currency=USD
Colin Angle | FOUNDED | iRobot Corp | completed | date=1990
Helen Greiner | FOUNDED | iRobot Corp | completed | date=1990
Rodney Brooks | FOUNDED | iRobot Corp | completed | date=1990
Colin Angle | LEADS | iRobot Corp | former | role=CEO
Glen Weinstein | LEADS | iRobot Corp | planned | role=interim CEO
Glen Weinstein | WORKS_FOR | iRobot Corp | current
iRobot Corp | COMPETES_WITH | SharkNinja | current
iRobot Corp | COMPETES_WITH | Ecovacs | current
iRobot Corp | COMPETES_WITH | Roborock | current
""",
    },
    "i5_refinery_stake.txt": {
        "companies": ["Saudi Aramco|Aramco", "Rongsheng Petrochemical Co.|Rongsheng Petrochemical|Rongsheng",
                      "Zhejiang Rongsheng Holding Group", "Zhejiang Petroleum and Chemical",
                      "Jiangsu Shenghong Petrochemical", "Shandong Yulong Petrochemical", "Sinopec", "PetroChina"],
        "people": ["Amin Nasser"],
        "relations": """
Saudi Aramco | INVESTED_IN | Rongsheng Petrochemical Co. | current | amount=3600000000 currency=USD stake_pct=10
Rongsheng Petrochemical Co. | SUBSIDIARY_OF | Zhejiang Rongsheng Holding Group | current
Zhejiang Petroleum and Chemical | SUBSIDIARY_OF | Rongsheng Petrochemical Co. | current
Rongsheng Petrochemical Co. | INVESTED_IN | Zhejiang Petroleum and Chemical | current? | stake_pct=51
Amin Nasser | LEADS | Saudi Aramco | current | role=president and CEO
Saudi Aramco | INVESTED_IN | Jiangsu Shenghong Petrochemical | rumored
Saudi Aramco | INVESTED_IN | Shandong Yulong Petrochemical | planned?
Rongsheng Petrochemical Co. | COMPETES_WITH | Sinopec | current?
Rongsheng Petrochemical Co. | COMPETES_WITH | PetroChina | current?
""",
    },
}

if __name__ == "__main__":
    write_gold(HERE, ANNOTATIONS)
