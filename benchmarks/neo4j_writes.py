"""Write throughput into a real Neo4j 5.26: batched UNWIND MERGE against one query per row.

usage: python benchmarks/neo4j_writes.py [--relationships 1000000] [--companies 200000]
                                         [--batches 500,2000,10000,50000] [--per-row-sample 2000]

Starts a throw-away server (jars from Maven Central, see docs/neo4j.md) unless NEO4J_URI is
set; writes a generated ownership graph with the project's own Cypher
(cypher/bulk_entities.cypher, cypher/upsert_relations.cypher); prints, in one run, the
rate of each batch size on a sample, the full load at the best batch size, the per-row rate
on a sample, and their ratio. Figures go to docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time

from corpgraph import cypher
from corpgraph.graph import neo4j_server
from corpgraph.graph.neo4j_store import Neo4jStore
from corpgraph.records import RelationType

TYPES = [RelationType.ACQUIRED, RelationType.SUBSIDIARY_OF, RelationType.INVESTED_IN, RelationType.COMPETES_WITH]


def generate(count: int, companies: int, seed: int = 7):
    rng = random.Random(seed)
    for i in range(count):
        head, tail = rng.randrange(companies), rng.randrange(companies)
        if head == tail:
            tail = (tail + 1) % companies
        rtype = TYPES[i % len(TYPES)]
        evidence = {"article": f"a{i // 10}", "sentence": f"Firm {head} and Firm {tail}.", "start": 0, "end": 20}
        yield rtype, {"head": f"firm-{head}", "tail": f"firm-{tail}",
                      "props": {"status": "current", "confidence": 0.8, "evidence_json": [json.dumps(evidence)],
                                "sentences": [evidence["sentence"]], "articles": [evidence["article"]]}}


def write_batched(store: Neo4jStore, rows, batch: int) -> int:
    written = 0
    pending: dict[RelationType, list] = {t: [] for t in TYPES}

    def flush(rtype):
        nonlocal written
        if pending[rtype]:
            with store._session() as session:
                session.execute_write(lambda tx: tx.run(cypher.for_type("upsert_relations", rtype),
                                                        rows=pending[rtype]).consume())
            written += len(pending[rtype])
            pending[rtype] = []

    for rtype, row in rows:
        pending[rtype].append(row)
        if len(pending[rtype]) >= batch:
            flush(rtype)
    for rtype in TYPES:
        flush(rtype)
    return written


def write_per_row(store: Neo4jStore, rows) -> int:
    written = 0
    with store._session() as session:
        for rtype, row in rows:
            session.execute_write(lambda tx: tx.run(cypher.for_type("upsert_relations", rtype), rows=[row]).consume())
            written += 1
    return written


def autocommit(store: Neo4jStore, name: str) -> None:
    with store._session() as session:
        session.run(cypher.load(name)).consume()


def timed(label: str, func, *args) -> float:
    start = time.perf_counter()
    count = func(*args)
    seconds = time.perf_counter() - start
    rate = count / seconds
    print(f"{label:<44} {count:>10,} rels {seconds:>8.1f} s {rate:>12,.0f} rels/s", flush=True)
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relationships", type=int, default=1_000_000)
    parser.add_argument("--companies", type=int, default=200_000)
    parser.add_argument("--batches", default="500,2000,10000,50000")
    parser.add_argument("--sample", type=int, default=100_000, help="relationships per batch-size trial")
    parser.add_argument("--per-row-sample", type=int, default=2000)
    args = parser.parse_args()

    home = None
    if os.environ.get("NEO4J_URI"):
        store = Neo4jStore(os.environ["NEO4J_URI"], user=os.environ.get("NEO4J_USER", "neo4j"),
                           password=os.environ.get("NEO4J_PASSWORD"))
    else:
        home = tempfile.mkdtemp(prefix="corpgraph-bench-neo4j-")
        info = neo4j_server.start(home, auth=False, heap="1g", pagecache="512m")
        store = Neo4jStore(info.uri)
    try:
        store.wipe()
        print(f"Neo4j {neo4j_server.NEO4J_VERSION}, {os.cpu_count()} cores; "
              f"{args.companies:,} companies, {args.relationships:,} relationships")
        start = time.perf_counter()
        ids = [{"id": f"firm-{i}", "name": f"Firm {i}"} for i in range(args.companies)]
        with store._session() as session:
            for k in range(0, len(ids), 10_000):
                session.execute_write(lambda tx: tx.run(cypher.load("bulk_entities"), rows=ids[k:k + 10_000]).consume())
        print(f"{'companies (10,000 per batch)':<44} {args.companies:>10,} nodes {time.perf_counter() - start:>7.1f} s")

        rates = {}
        for batch in map(int, args.batches.split(",")):
            autocommit(store, "wipe_relationships")
            rates[batch] = timed(f"UNWIND batch {batch:,} (sample)", write_batched, store,
                                 generate(args.sample, args.companies, seed=batch), batch)
        best = max(rates, key=rates.get)
        autocommit(store, "wipe_relationships")
        full = timed(f"UNWIND batch {best:,}, full graph", write_batched, store,
                     generate(args.relationships, args.companies), best)
        per_row = timed("one query per row (sample)", write_per_row, store,
                        generate(args.per_row_sample, args.companies, seed=99))
        stats = store.run_cypher(cypher.load("count_relationships"))[1][0]["n"]
        print(f"relationships stored: {stats:,}; best batch {best:,}; "
              f"batched / per-row = {full / per_row:,.1f}x")
    finally:
        store.close()
        if home:
            neo4j_server.stop(home)


if __name__ == "__main__":
    main()
