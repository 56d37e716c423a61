"""Extraction speed on real news text: articles/s and words/s, with 1 and 2 workers, side
by side with a bare spaCy tokenizer pass over the same text (the floor any spaCy-based
extractor pays), and the end-to-end ingest into the embedded store.

usage: python benchmarks/extract_speed.py [--articles 5000] [--workers 1 2]

The corpus is every text of ../shared/data/benchmarks (FIRE, KnowledgeNet, Re-DocRED,
positives and negatives) and the seed articles, cycled until --articles is reached. The
texts are read from ../shared at run time and never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

from corpgraph.graph.embedded import EmbeddedStore
from corpgraph.loaders.extract import extract_many
from corpgraph.loaders.mentions import nlp
from corpgraph.loaders.read import article_from_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def corpus(count: int) -> list:
    texts = []
    for path in sorted((SHARED / "data" / "benchmarks").glob("*/*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    texts += [p.read_text("utf-8") for p in sorted((SHARED / "articles" / "seeds").glob("*.txt"))]
    # a copy number keeps each article distinct (its own id) without changing what it says
    return [article_from_text(f"{text}\n\n({n})", source=f"{n}.txt")
            for n, text in enumerate(islice(cycle(texts), count))], len(texts)


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    articles, distinct = corpus(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    chars = sum(len(a.text) for a in articles)
    print(f"corpus: {len(articles):,} articles ({distinct:,} distinct texts, cycled), {words:,} words, "
          f"{chars / 2**20:.1f} MiB of text")
    tokenizer = nlp()
    rows = [("bare spaCy tokenizer", timed(lambda: [tokenizer.make_doc(a.text) for a in articles]))]
    for workers in args.workers:
        rows.append((f"extract, {workers} worker(s)", timed(lambda: sum(1 for _ in extract_many(articles,
                                                                                                 workers=workers)))))
    with tempfile.TemporaryDirectory() as work:
        with EmbeddedStore(Path(work) / "bench.db") as store:
            best = max(args.workers)
            rows.append((f"ingest (embedded), {best} worker(s)",
                         timed(lambda: [store.ingest(e) for e in extract_many(articles, workers=best)])))
    base = rows[0][1]
    print(f"{'':<34}{'seconds':>9}{'articles/s':>12}{'words/s':>11}{'x tokenizer':>13}")
    for label, seconds in rows:
        print(f"{label:<34}{seconds:9.1f}{len(articles) / seconds:12.1f}{words / seconds:11,.0f}"
              f"{seconds / base:13.1f}")


if __name__ == "__main__":
    main()
