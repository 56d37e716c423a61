"""The ownership and people questions: hand-worked answers on a small graph with a diamond,
a cross-holding, a 50-deep chain, a lone company, dated and former edges, plans, rumours
and dual reporting lines; the embedded store and a real Neo4j server must answer alike."""

import pytest

from corpgraph.graph import answers
from corpgraph.graph.queries import Scope
from corpgraph.graph.resolve import slug
from corpgraph.records import (Article, Entity, EntityType, Evidence, Extraction, Relation, RelationType, Status)

PEOPLE = {"Dana Holt", "Eve Marsh", "Finn Cole", "Gus Reyes"}


def article(number: int, facts: list[tuple], published: str = "2024-01-01") -> Extraction:
    """An extraction stating ``facts``: (head, TYPE, tail, status, attributes)."""
    art = Article(id=f"a{number:03d}", text="", source=f"story-{number}.txt", published=published)
    names = sorted({f[0] for f in facts} | {f[2] for f in facts} | {f[4].get("seller") for f in facts if len(f) > 4}
                   - {None})
    entities = tuple(Entity(slug(n), n, EntityType.PERSON if n in PEOPLE else EntityType.COMPANY) for n in names)
    relations = []
    for i, (head, rtype, tail, *rest) in enumerate(facts):
        status = Status(rest[0]) if rest else Status.CURRENT
        attrs = dict(rest[1]) if len(rest) > 1 else {}
        if "seller" in attrs:
            attrs["seller"] = slug(attrs["seller"])
        sentence = f"{head} {rtype.lower()} {tail} (fact {i})."
        relations.append(Relation(slug(head), RelationType(rtype), slug(tail), status,
                                  Evidence(art.id, sentence, i * 100, i * 100 + len(sentence), art.source, published),
                                  confidence=attrs.pop("confidence", 0.9), rule="test", **attrs))
    return Extraction(art, entities, tuple(relations))


STORIES = [
    [("Topco", "INVESTED_IN", "Leftco", "completed", {"stake_pct": 60.0}),
     ("Topco", "INVESTED_IN", "Rightco", "completed", {"stake_pct": 40.0}),
     ("Leftco", "ACQUIRED", "Zedco", "completed", {"stake_pct": 100.0, "date": "2018-03"}),
     ("Zedco", "SUBSIDIARY_OF", "Rightco")],
    [("Alphaco", "INVESTED_IN", "Betaco", "completed", {"stake_pct": 30.0}),
     ("Betaco", "INVESTED_IN", "Alphaco", "completed", {"stake_pct": 20.0}),
     ("Gammaco", "SUBSIDIARY_OF", "Alphaco")],
    [(f"Link{i:02d}", "ACQUIRED", f"Link{i + 1:02d}", "completed") for i in range(50)],
    [("Unitco", "SUBSIDIARY_OF", "Oldparent", "former"),
     ("Newparent", "ACQUIRED", "Unitco", "completed", {"date": "2019-09", "seller": "Oldparent"}),
     ("Unitco", "SUBSIDIARY_OF", "Newparent"),
     ("Planbuyer", "ACQUIRED", "Unitco", "planned"),
     ("Rumorco", "ACQUIRED", "Unitco", "rumored", {"confidence": 0.4})],
    [("Dana Holt", "REPORTS_TO", "Eve Marsh"), ("Dana Holt", "REPORTS_TO", "Finn Cole"),
     ("Eve Marsh", "REPORTS_TO", "Gus Reyes"), ("Finn Cole", "REPORTS_TO", "Dana Holt"),
     ("Gus Reyes", "LEADS", "Topco", "current", {"role": "ceo"}),
     ("Eve Marsh", "LEADS", "Leftco", "former", {"role": "president"})],
    [("Topco", "COMPETES_WITH", "Rivalone"), ("Rivaltwo", "COMPETES_WITH", "Topco"),
     ("Topco", "COMPETES_WITH", "Rivalthree", "rumored"),
     ("Topco", "FOUNDED", "Leftco", "completed", {"date": "2011"}),
     ("Topco", "ACQUIRED", "Lonelyco", "planned", {"date": "2025-02"})],
]
SCOPES = [Scope(), Scope.build(include_former=True), Scope.build(as_of="2019-01"), Scope.build(as_of="2020"),
          Scope.build(include_planned=True, include_rumored=True), Scope.build(include_rumored=True, min_confidence=0.5)]


@pytest.fixture
def filled(any_store):
    for number, facts in enumerate(STORIES):
        any_store.ingest(article(number, facts))
    return any_store


def owners_of(store, name, scope=Scope(), **kw):
    return answers.owners(store, slug(name), scope, **kw)


def test_effective_stakes_through_a_diamond(filled):
    found = owners_of(filled, "Zedco")
    assert found["ultimate_owners"] == ["Topco"]
    by_route = {tuple(c["owners"]): c for c in found["chains"]}
    assert by_route[("Leftco", "Topco")]["effective_stake_pct"] == 60.0
    assert by_route[("Leftco", "Topco")]["control"] is True
    assert by_route[("Rightco", "Topco")]["effective_stake_pct"] is None
    assert by_route[("Rightco", "Topco")]["control"] is False
    assert by_route[("Rightco", "Topco")]["unknown_stakes"] == [0]
    paths = answers.paths(filled, slug("Zedco"), slug("Topco"))["paths"]
    assert [[h["from"] for h in p] for p in paths] == [["Topco", "Leftco"], ["Topco", "Rightco"]]


def test_cross_holdings_end_the_chain(filled):
    [chain] = owners_of(filled, "Gammaco")["chains"]
    assert chain["owners"] == ["Alphaco", "Betaco"]
    assert chain["effective_stake_pct"] is None and chain["control"] is False  # no stake on hop 1; 20% on hop 2
    [alpha] = owners_of(filled, "Alphaco")["chains"]
    assert alpha["owners"] == ["Betaco"] and alpha["effective_stake_pct"] == 20.0 and not alpha["control"]


def test_fifty_deep_chain(filled):
    [chain] = owners_of(filled, "Link50")["chains"]
    assert len(chain["hops"]) == 50 and chain["owners"][-1] == "Link00"
    assert len(owners_of(filled, "Link50", max_depth=10)["chains"][0]["hops"]) == 10
    [path] = answers.paths(filled, slug("Link00"), slug("Link50"), max_depth=50)["paths"]
    assert len(path) == 50
    assert answers.paths(filled, slug("Link00"), slug("Link50"), max_depth=49)["paths"] == []
    tree = answers.subsidiaries(filled, slug("Link00"), depth=10)
    depth = 0
    while tree["children"]:
        [tree] = tree["children"]
        depth += 1
    assert depth == 10 and tree["name"] == "Link10"


def test_lone_company_has_no_owner_and_no_path(filled):
    assert owners_of(filled, "Lonelyco")["chains"] == []
    [left] = owners_of(filled, "Lonelyco")["left_out"]
    assert left["from"] == "Topco" and "planned" in left["reason"]
    assert answers.paths(filled, slug("Lonelyco"), slug("Topco"))["paths"] == []


def test_statuses_and_dates(filled):
    assert owners_of(filled, "Unitco")["ultimate_owners"] == ["Newparent"]
    assert owners_of(filled, "Unitco", Scope.build(include_former=True))["ultimate_owners"] == ["Newparent", "Oldparent"]
    # before the 2019-09 takeover the unit still belonged to its seller
    assert owners_of(filled, "Unitco", Scope.build(as_of="2019-01"))["ultimate_owners"] == ["Oldparent"]
    assert owners_of(filled, "Unitco", Scope.build(as_of="2019-09"))["ultimate_owners"] == ["Newparent"]
    widened = owners_of(filled, "Unitco", Scope.build(include_planned=True, include_rumored=True))
    assert widened["ultimate_owners"] == ["Newparent", "Planbuyer", "Rumorco"]
    sure = owners_of(filled, "Unitco", Scope.build(include_rumored=True, min_confidence=0.5))
    assert "Rumorco" not in sure["ultimate_owners"]
    old = next(h for c in owners_of(filled, "Unitco", Scope.build(include_former=True))["chains"]
               for h in c["hops"] if h["from"] == "Oldparent")
    assert old["ended"] == "2019-09" and old["status"] == "former"


def test_reporting_chains_and_reports(filled):
    found = answers.chain(filled, slug("Dana Holt"))
    assert [c["people"] for c in found["chains"]] == [["Finn Cole"], ["Eve Marsh", "Gus Reyes"]]
    assert [e["tail"] for e in found["leads"]["Gus Reyes"]] == ["Topco"]
    assert "Eve Marsh" not in found["leads"]  # a former role does not count by default
    widened = answers.chain(filled, slug("Dana Holt"), Scope.build(include_former=True))
    assert widened["leads"]["Eve Marsh"][0]["role"] == "president"
    tree = answers.reports(filled, slug("Gus Reyes"))
    assert [c["name"] for c in tree["children"]] == ["Eve Marsh"]
    assert tree["children"][0]["children"][0]["name"] == "Dana Holt"
    assert tree["children"][0]["children"][0]["children"][0]["name"] == "Finn Cole"


def test_competitors_and_timeline(filled):
    rivals = answers.competitors(filled, slug("Topco"))
    assert [r["rival"] for r in rivals["rivals"]] == ["Rivalone", "Rivaltwo"]
    assert rivals["rivals"][0]["evidence"][0]["sentence"].startswith("Topco competes_with Rivalone")
    widened = answers.competitors(filled, slug("Topco"), Scope.build(include_rumored=True))
    assert [r["rival"] for r in widened["rivals"]] == ["Rivalone", "Rivalthree", "Rivaltwo"]
    events = answers.timeline(filled, slug("Topco"), Scope.build(include_planned=True))["events"]
    assert [(e["date"], e["type"], e["tail"]) for e in events] == [("2011", "FOUNDED", "Leftco"),
                                                                    ("2025-02", "ACQUIRED", "Lonelyco")]


def every_answer(store):
    ids = sorted(e.id for e in store.entities())
    out = []
    for scope in SCOPES:
        for entity in ids:
            out.append(answers.owners(store, entity, scope))
            out.append(answers.subsidiaries(store, entity, scope, depth=4))
            out.append(answers.chain(store, entity, scope))
            out.append(answers.reports(store, entity, scope))
            out.append(answers.competitors(store, entity, scope))
            out.append(answers.timeline(store, entity, scope))
    for scope in SCOPES[::2]:
        for source in ("topco", "link00", "alphaco", "newparent"):
            for target in ids[::3] + ["zedco", "gammaco", "unitco"]:
                out.append(answers.paths(store, source, target, scope, max_depth=50))
                out.append(answers.paths(store, source, target, scope, max_depth=6, all_paths=True))
    return out


def test_both_stores_give_identical_answers(tmp_path, neo4j_store):
    from corpgraph.graph.embedded import EmbeddedStore

    with EmbeddedStore(tmp_path / "q.db") as embedded:
        for number, facts in enumerate(STORIES):
            embedded.ingest(article(number, facts))
            neo4j_store.ingest(article(number, facts))
        mine, theirs = every_answer(embedded), every_answer(neo4j_store)
    assert len(mine) > 1000
    assert sum(bool(a.get("chains") or a.get("paths") or a.get("children")) for a in mine) > 100
    for a, b in zip(mine, theirs):
        assert a == b
