"""Latency of `owners`, `path` and `subsidiaries` on a generated ownership graph, both stores.

usage: python benchmarks/ownership_queries.py [--companies 1000000] [--queries 300] [--skip-neo4j]

Generates a realistic ownership graph: many small groups (trees of 2-30 companies with
some second parents), a few deep chains (50 levels) and wide groups (thousands of direct
units), and cross-holdings. Statuses, dates and stakes are mixed. The graph is written to a
fresh embedded store (SQLite) and to a throw-away Neo4j 5.26 server (jars from Maven
Central). Set NEO4J_URI (and NEO4J_USER/NEO4J_PASSWORD) to use your own; it is wiped first.
The queries are random, and each goes through `graph/answers.py`, the code the CLI runs.
For each store the script prints the median and 95th percentile, checks that the two stores
agree on a sample, and prints the ratio. Figures go to docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from collections import defaultdict

from corpgraph import cypher
from corpgraph.graph import answers, neo4j_server
from corpgraph.graph.embedded import EmbeddedStore
from corpgraph.graph.neo4j_store import Neo4jStore
from corpgraph.graph.resolve import name_key
from corpgraph.records import RelationType

STATUSES = ["current"] * 18 + ["former", "planned", "rumored"]


class Generated:
    """Companies 0..n-1 and ownership edges (head, type, tail, props)."""

    def __init__(self, companies: int, seed: int = 11) -> None:
        self.rng = rng = random.Random(seed)
        self.n = companies
        self.edges: list[tuple[int, RelationType, int, dict]] = []
        self.keys: set[tuple[int, RelationType, int]] = set()
        self.roots: list[int] = []
        self.children: dict[int, list[int]] = defaultdict(list)
        nxt = 0
        for _ in range(4):  # deep chains: 50 levels
            self.roots.append(nxt)
            for level in range(50):
                self.own(nxt + level, nxt + level + 1)
            nxt += 51
        for _ in range(3):  # wide groups: 5,000 units, some with units of their own
            top, units = nxt, list(range(nxt + 1, nxt + 5001))
            self.roots.append(top)
            for unit in units:
                self.own(top, unit)
            nxt += 5001
            for unit in rng.sample(units, 1000):
                for _ in range(rng.randint(1, 3)):
                    self.own(unit, nxt)
                    nxt += 1
        while nxt < companies - 30:  # small groups: random trees, 5% second parents
            size = rng.randint(2, 30)
            group = list(range(nxt, nxt + size))
            self.roots.append(group[0])
            for i, member in enumerate(group[1:], 1):
                self.own(group[rng.randrange(i)], member)
                if i > 2 and rng.random() < 0.05:
                    self.own(group[rng.randrange(i - 1)], member)
            nxt += size
        self.n = nxt
        for _ in range(companies // 2000):  # cross-holdings between groups
            a, b = rng.randrange(self.n), rng.randrange(self.n)
            if a != b:
                self.own(a, b, RelationType.INVESTED_IN)
                self.own(b, a, RelationType.INVESTED_IN)

    def own(self, owner: int, owned: int, rtype: RelationType | None = None) -> None:
        rng = self.rng
        rtype = rtype or rng.choice([RelationType.ACQUIRED, RelationType.SUBSIDIARY_OF, RelationType.SUBSIDIARY_OF,
                                     RelationType.INVESTED_IN])
        props = {"status": rng.choice(STATUSES), "confidence": round(rng.uniform(0.5, 1.0), 3)}
        if rtype is RelationType.ACQUIRED:
            props["status"] = "completed" if props["status"] == "current" else props["status"]
            props["date"] = f"{rng.randint(1995, 2024)}-{rng.randint(1, 12):02d}"
        if rtype is RelationType.INVESTED_IN or rng.random() < 0.3:
            props["stake_pct"] = float(rng.choice([10, 20, 35, 51, 60, 75, 100]))
        head, tail = (owned, owner) if rtype is RelationType.SUBSIDIARY_OF else (owner, owned)
        if (head, rtype, tail) in self.keys:
            return
        self.keys.add((head, rtype, tail))
        self.edges.append((head, rtype, tail, props))
        self.children[owner].append(owned)


def fid(i: int) -> str:
    return f"firm-{i}"


def write_embedded(data: Generated, path: str) -> float:
    started = time.perf_counter()
    store = EmbeddedStore(path)
    db = store._db
    db.execute("BEGIN")
    db.execute("INSERT INTO articles VALUES ('gen', 'generated', 'generator', '2024-01-01', 0, 1)")
    db.executemany("INSERT INTO entities VALUES (?, ?, 'Company')", ((fid(i), f"Firm {i}") for i in range(data.n)))
    db.executemany("INSERT INTO aliases VALUES (?, ?, ?)",
                   ((name_key(f"Firm {i}"), fid(i), f"Firm {i}") for i in range(data.n)))
    for number, (head, rtype, tail, props) in enumerate(data.edges, 1):
        values = (fid(head), rtype.value, fid(tail), props["status"], props["confidence"], props.get("date"),
                  props.get("stake_pct"))
        db.execute("INSERT INTO relations (id, head, type, tail, status, confidence, date, stake_pct) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (number, *values))
        db.execute("INSERT OR IGNORE INTO evidence (relation_id, article_id, sentence, start, end, status, confidence, "
                   "date, stake_pct) VALUES (?, 'gen', ?, ?, ?, ?, ?, ?, ?)",
                   (number, f"Firm {head} {rtype.value.lower()} Firm {tail}.", number, number + 1, *values[3:]))
    db.execute("COMMIT")
    store.close()
    return time.perf_counter() - started


def write_neo4j(data: Generated, store: Neo4jStore, batch: int = 10000) -> float:
    started = time.perf_counter()
    store.wipe()

    def run(query: str, rows: list) -> None:
        with store._session() as session:
            session.execute_write(lambda tx: tx.run(query, rows=rows).consume())

    with store._session() as session:
        session.run(cypher.load("create_article"), id="gen", title="generated", source="generator",
                    published="2024-01-01", chars=0, seq=1).consume()
    for start in range(0, data.n, batch):
        run(cypher.load("bulk_entities"), [{"id": fid(i), "name": f"Firm {i}"} for i in range(start, min(data.n, start + batch))])
    by_type = defaultdict(list)
    for number, (head, rtype, tail, props) in enumerate(data.edges, 1):
        evidence = {"article": "gen", "sentence": f"Firm {head} {rtype.value.lower()} Firm {tail}.", "start": number,
                    "end": number + 1, "source": "generator", "published": "2024-01-01", "seq": 1, **props}
        by_type[rtype].append({"head": fid(head), "tail": fid(tail), "props": {
            **props, "evidence_json": [json.dumps(evidence)], "sentences": [evidence["sentence"]], "articles": ["gen"]}})
    for rtype, rows in by_type.items():
        for start in range(0, len(rows), batch):
            run(cypher.for_type("upsert_relations", rtype), rows[start:start + batch])
    return time.perf_counter() - started


def questions(data: Generated, count: int, seed: int = 5) -> list[tuple[str, tuple]]:
    rng = random.Random(seed)
    owned = [owned for kids in data.children.values() for owned in kids]
    out = []
    for _ in range(count):
        out.append(("owners", (fid(rng.choice(owned)),)))
    for _ in range(count):
        top = rng.choice(data.roots)
        node, steps = top, rng.randint(1, 6)
        for _ in range(steps):
            if not data.children.get(node):
                break
            node = rng.choice(data.children[node])
        out.append(("path", (fid(top), fid(node)) if node != top else (fid(top), fid(rng.randrange(data.n)))))
    for _ in range(count):
        pick = rng.choice(data.roots) if rng.random() < 0.7 else rng.choice(list(data.children))
        out.append(("subsidiaries", (fid(pick),)))
    return out


def ask(store, kind: str, args: tuple):
    if kind == "owners":
        return answers.owners(store, *args)
    if kind == "path":
        return answers.paths(store, *args)
    return answers.subsidiaries(store, *args, depth=3)


def measure(store, asked: list[tuple[str, tuple]]) -> tuple[dict[str, list[float]], list]:
    times: dict[str, list[float]] = defaultdict(list)
    results = []
    for kind, args in asked:
        started = time.perf_counter()
        results.append(ask(store, kind, args))
        times[kind].append((time.perf_counter() - started) * 1000)
    return times, results


def summary(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--companies", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300, help="random queries of each kind")
    parser.add_argument("--skip-neo4j", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    data = Generated(args.companies)
    print(f"generated {data.n:,} companies, {len(data.edges):,} ownership edges, {len(data.roots):,} groups "
          f"in {time.perf_counter() - started:.1f} s")
    asked = questions(data, args.queries)
    work = tempfile.mkdtemp(prefix="corpgraph-bench-")
    path = os.path.join(work, "graph.db")
    print(f"embedded: loaded in {write_embedded(data, path):.1f} s ({os.path.getsize(path) / 2**20:.0f} MiB)")
    with EmbeddedStore(path) as embedded:
        ask(embedded, *asked[0])  # warm the page cache
        mine, my_results = measure(embedded, asked)

    theirs = their_results = None
    if not args.skip_neo4j:
        server_home = None
        if os.environ.get("NEO4J_URI"):
            store = Neo4jStore(os.environ["NEO4J_URI"], user=os.environ.get("NEO4J_USER", "neo4j"),
                               password=os.environ.get("NEO4J_PASSWORD"))
        else:
            server_home = os.path.join(work, "neo4j")
            info = neo4j_server.start(server_home, auth=False, heap="2g", pagecache="1g")
            store = Neo4jStore(info.uri)
        try:
            print(f"neo4j: loaded in {write_neo4j(data, store):.1f} s")
            for kind, params in (("owner_chains", {"id": fid(1), "max_depth": 50}),
                                 ("subsidiary_edges", {"id": fid(1), "depth": 3})):
                with store._session() as session:
                    plan = session.run("EXPLAIN " + cypher.load(kind), **params,
                                       **answers.Scope().params()).consume().plan
                print(f"neo4j plan of {kind}: seeks the id index: {'NodeUniqueIndexSeek' in json.dumps(plan)}")
            for kind, args_ in asked[:20]:  # warm-up: plans compiled, pages cached
                ask(store, kind, args_)
            theirs, their_results = measure(store, asked)
        finally:
            store.close()
            if server_home:
                neo4j_server.stop(server_home)

    print(f"\n{args.queries} random queries of each kind on {data.n:,} companies (milliseconds):")
    print(f"{'question':<14}{'embedded median':>17}{'p95':>9}" + (f"{'neo4j median':>15}{'p95':>9}{'ratio':>8}"
                                                                   if theirs else ""))
    for kind in ("owners", "path", "subsidiaries"):
        m_med, m_p95 = summary(mine[kind])
        line = f"{kind:<14}{m_med:>17.2f}{m_p95:>9.2f}"
        if theirs:
            t_med, t_p95 = summary(theirs[kind])
            line += f"{t_med:>15.2f}{t_p95:>9.2f}{t_med / m_med:>7.1f}x"
        print(line)
    if their_results is not None:
        same = sum(a == b for a, b in zip(my_results, their_results))
        print(f"identical answers from both stores: {same} of {len(asked)}")
    found = sum(bool(r.get("chains") or r.get("paths") or r.get("children")) for r in my_results)
    print(f"queries with a non-empty answer: {found} of {len(asked)}")


if __name__ == "__main__":
    main()
