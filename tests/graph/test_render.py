"""The page as text: offline, escaped data, selection by neighbourhood, type, scope and size."""

import json
import re

import networkx as nx

from corpgraph.graph.queries import Scope
from corpgraph.graph.render import render_html, select, write_html
from corpgraph.records import Edge, Evidence, RelationType, Status


def edge_graph(*facts):
    g = nx.MultiDiGraph()
    for head, rtype, tail, status in facts:
        for node in (head, tail):
            g.add_node(node, name=node.title(), type="Company")
        edge = Edge(head, RelationType(rtype), tail, Status(status), 0.9)
        g.add_edge(head, tail, key=rtype, type=rtype, status=status, confidence=0.9, evidence=(), edge=edge)
    return g


def test_page_is_offline_and_data_is_escaped(tmp_path):
    g = nx.MultiDiGraph()
    evil = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"
    g.add_node("a", name=evil, type="Company", aliases=[])
    g.add_node("b", name="Widget", type="Person", aliases=[])
    g.add_edge("a", "b", key="LEADS", type="LEADS", status="former", confidence=0.5,
               evidence=(Evidence("x", "a <b>bold</b> href=javascript:1 sentence", 0, 10, "src.txt"),))
    page = write_html(g, tmp_path / "g.html", title="t").read_text("utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)
    assert "<script>alert(2)" not in page and "<img src=x" not in page and "<b>bold" not in page
    data = json.loads(re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page, re.S)[1])
    assert data["nodes"][0]["label"] == evil and data["edges"][0]["dashes"] is True
    assert "a <b>bold</b> href=javascript:1 sentence" in data["edges"][0]["title"]
    assert page == render_html(g, title="t")


def test_select_by_type_scope_neighbourhood_and_size():
    g = edge_graph(("a", "ACQUIRED", "b", "completed"), ("b", "SUBSIDIARY_OF", "c", "current"),
                   ("c", "ACQUIRED", "d", "planned"), ("x", "COMPETES_WITH", "y", "current"))
    only, _ = select(g, types=[RelationType.ACQUIRED])
    assert {k for *_, k in only.edges(keys=True)} == {"ACQUIRED"}
    sure, _ = select(g, scope=Scope())
    assert not sure.has_edge("c", "d")
    near, _ = select(g, around="b", depth=1)
    assert sorted(near) == ["a", "b", "c"]
    small, left = select(g, max_nodes=3, keep=("x",))
    assert "x" in small and small.number_of_nodes() == 3
    assert left == {"nodes": 3, "edges": g.number_of_edges() - small.number_of_edges()}


def test_path_edges_are_bold_and_cap_is_stated():
    g = edge_graph(("a", "ACQUIRED", "b", "completed"), ("b", "ACQUIRED", "c", "completed"))
    page = render_html(g, highlight=[("a", "ACQUIRED", "b")], left_out={"nodes": 4, "edges": 7})
    data = json.loads(re.search(r'type="application/json">(.*?)</script>', page, re.S)[1])
    widths = {(e["from"], e["to"]): e["width"] for e in data["edges"]}
    assert widths[("a", "b")] > widths[("b", "c")]
    assert "left out 4 entities and 7 relations" in page
