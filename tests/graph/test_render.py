import re

import networkx as nx

from corpgraph.graph.render import render_html, write_html
from corpgraph.records import Evidence


def test_page_is_offline_and_data_is_escaped(tmp_path):
    g = nx.MultiDiGraph()
    evil = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"
    g.add_node("a", name=evil, type="Company", aliases=[])
    g.add_node("b", name="Widget", type="Person", aliases=[])
    g.add_edge("a", "b", key="LEADS", type="LEADS", status="former", confidence=0.5,
               evidence=(Evidence("x", "a <b>bold</b> href=javascript:1 sentence", 0, 10, "src.txt"),))
    path = write_html(g, tmp_path / "g.html", title="t")
    page = path.read_text("utf-8")
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?://", page)
    assert "<script>alert(2)" not in page and "<img src=x" not in page
    assert "vis.Network" in page or "new vis" in page
    assert page == render_html(g, title="t")
