"""Regression guard: the extractor on the seed articles, scored by the shared scorer.

Floors sit just under the figures measured when they were set (see docs/extraction.md);
raise them as extraction improves.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpgraph.loaders.extract import extract, to_gold_format
from corpgraph.loaders.read import load


def test_seed_scores_stay_above_their_floors(seeds, shared, tmp_path):
    predictions = tmp_path / "pred.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for article in load([str(seeds)]):
            out.write(json.dumps(to_gold_format(extract(article))) + "\n")
    scored = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(shared / "gold" / "seeds"),
                             str(predictions), "--json"], capture_output=True, text=True, check=True)
    summary = json.loads(scored.stdout)
    micro = summary["micro"]
    assert summary["articles"] == 5
    assert micro["precision"] >= 0.96, micro
    assert micro["recall"] >= 0.82, micro
    assert micro["f1"] >= 0.89, micro
    assert summary["entities"]["f1"] >= 0.90, summary["entities"]
    assert len(summary["by_type"]) == 9
    assert all(counts["f1"] >= 0.79 for counts in summary["by_type"].values()), summary["by_type"]
    status = summary["attributes"]["status"]
    assert status["correct"] / status["of"] >= 0.95, status


NEWS_FLOORS = {  # (precision, recall, f1), just under the figures in docs/extraction.md
    "newsdev": (0.95, 0.78, 0.86),
    "newsheldout": (0.98, 0.90, 0.94),
    "newsfresh": (0.89, 0.77, 0.83),
    "newsblind": (0.97, 0.79, 0.87),
    "newslast": (0.97, 0.83, 0.90),
    "newsfinal": (0.95, 0.77, 0.86),
    "newslong": (0.87, 0.70, 0.78),
    "newsnext": (0.88, 0.74, 0.81),
    "newsunseen": (0.95, 0.88, 0.92),
    "newsvaried": (0.91, 0.74, 0.82),
    "newsbrief": (0.91, 0.86, 0.89),
    "newsfinal2": (0.98, 0.85, 0.91),
    "newsweb": (0.98, 0.85, 0.91),
    "newsmix": (0.92, 0.79, 0.85),
    "newsclose": (0.80, 0.73, 0.77),
    "newsdec": (0.95, 0.90, 0.93),
    "newsdec2": (0.96, 0.86, 0.91),
    "newsdec3": (0.86, 0.78, 0.82),
    "newsdec4": (0.90, 0.76, 0.83),
    "newsdec5": (0.97, 0.89, 0.93),
    "newsdec6": (0.97, 0.83, 0.90),
    "newsdec7": (0.93, 0.78, 0.85),
    "newsdec8": (0.97, 0.84, 0.90),
    # (lowered in the newsdec18 round: the headline's 'Jindal' is now read as Jindal Steel,
    # not the person Naveen Jindal, so a bare 'Chief executive' goes to it, the first company)
    "newsdec9": (0.95, 0.77, 0.85),
    "newsdec10": (0.98, 0.88, 0.93),
    "newsdec11": (0.98, 0.86, 0.92),
    "newsdec12": (0.94, 0.92, 0.93),
    "newsdec13": (0.87, 0.74, 0.80),
    "newsdec14": (0.98, 0.86, 0.92),
    "newsdec15": (0.98, 0.90, 0.94),
    "newsdec16": (0.98, 0.93, 0.95),
    "newsdec17": (0.95, 0.85, 0.90),
    "newsdec18": (0.93, 0.53, 0.68),
    "newsdec19": (0.88, 0.92, 0.90),
    "newsdec20": (0.98, 0.78, 0.87),
    "newsdec21": (0.82, 0.55, 0.66),
    "newsdec22": (0.91, 0.83, 0.87),
    "newsdec23": (0.98, 0.77, 0.86),
    "newsdec24": (0.98, 0.81, 0.89),
    "newsdec25": (0.98, 0.95, 0.96),
    "newsdec26": (0.98, 0.94, 0.96),
    "newsdec27": (0.86, 0.73, 0.79),
    "newsdec28": (1.00, 0.94, 0.97),
    "newsdec29": (1.00, 0.92, 0.96),
    "newsdec30": (1.00, 1.00, 1.00),
}


@pytest.mark.parametrize("corpus", sorted(NEWS_FLOORS))
def test_news_scores_stay_above_their_floors(corpus, shared, tmp_path):
    """Our own news articles about other groups (benchmarks/news*): general rules only."""
    folder = Path(__file__).resolve().parents[1] / "benchmarks" / corpus
    predictions = tmp_path / "pred.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for article in load([str(folder / "articles")]):
            out.write(json.dumps(to_gold_format(extract(article))) + "\n")
    scored = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(folder / "gold"),
                             str(predictions), "--json"], capture_output=True, text=True, check=True)
    micro = json.loads(scored.stdout)["micro"]
    precision, recall, f1 = NEWS_FLOORS[corpus]
    assert micro["precision"] >= precision, micro
    assert micro["recall"] >= recall, micro
    assert micro["f1"] >= f1, micro
