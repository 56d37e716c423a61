"""The rendered page in a real browser: Debian's chromium, headless, with every network
request refused. It loads with no console errors, draws every node and edge, filters,
searches, shows evidence tooltips, and runs no script that came from article text."""

import networkx as nx
import pytest

from corpgraph.graph.embedded import EmbeddedStore
from corpgraph.graph.layout import radial_layout
from corpgraph.graph.render import write_html
from corpgraph.graph.store import to_networkx
from corpgraph.loaders.extract import extract
from corpgraph.loaders.read import load
from corpgraph.records import Edge, Evidence, RelationType, Status

DRAWN = "[corpgraph.network.body.nodeIndices.length, corpgraph.network.body.edgeIndices.length]"


def hover(page, node_id):
    """Move the mouse onto a node and return the tooltip's text and HTML once it shows."""
    x, y = page.js("""id => { const n = corpgraph.network;
        const p = n.canvasToDOM(n.getPositions([id])[id]); const box = n.body.container.getBoundingClientRect();
        return [p.x + box.left, p.y + box.top]; }""", node_id)
    page.page.mouse.move(x - 40, y - 40)
    page.page.mouse.move(x, y)
    page.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
    return page.js("() => { const t = document.querySelector('div.vis-tooltip'); return [t.innerText, t.innerHTML]; }")


@pytest.fixture(scope="module")
def seed_graph(seeds, tmp_path_factory):
    with EmbeddedStore(tmp_path_factory.mktemp("seeds") / "g.db") as store:
        for article in load([str(seeds)]):
            store.ingest(extract(article))
        return to_networkx(store)


def test_seed_page_offline_filter_search_tooltip(seed_graph, tmp_path, open_page, artifacts):
    path = write_html(seed_graph, tmp_path / "seeds.html", title="seeds")
    page = open_page(path)
    assert page.js(DRAWN) == [seed_graph.number_of_nodes(), seed_graph.number_of_edges()]
    assert page.page.inner_text("#counts") == f"{seed_graph.number_of_nodes()} entities, " \
                                              f"{seed_graph.number_of_edges()} relations"
    legend = page.page.inner_text("#legend")
    assert "Company" in legend and "Person" in legend and "ACQUIRED" in legend and "dashed" not in legend

    acquired = sum(1 for *_, k in seed_graph.edges(keys=True) if k == "ACQUIRED")
    page.page.uncheck("#filters input[value=ACQUIRED]")
    page.js("corpgraph.network.redraw()")
    assert page.js(DRAWN)[1] == seed_graph.number_of_edges() - acquired
    page.page.check("#filters input[value=ACQUIRED]")

    page.page.fill("#search", "kaola")
    page.page.press("#search", "Enter")
    assert page.page.inner_text("#search-result") == "found: Kaola"
    assert page.js("corpgraph.highlighted") == "kaola"
    faded = page.js("corpgraph.nodes.get().filter(n => n.color === '#e4e4e4').length")
    assert 0 < faded < seed_graph.number_of_nodes()

    titles = page.js("corpgraph.edges.get().filter(e => e.rtype === 'ACQUIRED').map(e => e.title)")
    deal = next(t for t in titles if t.startswith("Alibaba ACQUIRED Kaola"))
    assert "status completed" in deal and "2019-09" in deal and "USD 2,000,000,000" in deal
    assert "wholly acquired" in deal and "000_0638078971214fe7.txt" in deal
    page.js("corpgraph.reset()")
    text, _ = hover(page, "kaola")
    assert text.startswith("Kaola (Company)")
    page.page.screenshot(path=str(artifacts / "seeds-page.png"), full_page=True)
    assert page.blocked == [] and page.errors == [] and page.dialogs == []


HOSTILE = ["<img src=x onerror=alert(1)>", "</script><script>window.pwned = 1; alert(2)</script>",
           "<a href=\"javascript:alert(3)\">click</a>", "'}) DETACH DELETE n //"]


def test_hostile_names_and_evidence_stay_text(tmp_path, open_page, artifacts):
    g = nx.MultiDiGraph()
    for number, name in enumerate(HOSTILE):
        g.add_node(f"n{number}", name=name, type="Company", aliases=[name + " & co"])
    for number in range(len(HOSTILE) - 1):
        edge = Edge(f"n{number}", RelationType.ACQUIRED, f"n{number + 1}", Status.COMPLETED, 0.9, evidence=(
            Evidence("a1", f"{HOSTILE[number]} bought it <script>alert(4)</script> href=x", 0, 9,
                     "<img src=y onerror=alert(5)>.txt"),))
        g.add_edge(edge.head, edge.tail, key="ACQUIRED", type="ACQUIRED", status="completed", confidence=0.9,
                   evidence=edge.evidence, edge=edge)
    path = write_html(g, tmp_path / "hostile.html", title="<script>alert(6)</script>")
    html = path.read_text("utf-8")
    assert "<img src=x" not in html and "alert(2)</script>" not in html
    page = open_page(path)
    assert page.js("document.title") == "<script>alert(6)</script>"
    for number, name in enumerate(HOSTILE):
        text, inner = hover(page, f"n{number}")
        assert text.startswith(name)
        assert "<img" not in inner and "<a " not in inner and "<script" not in inner
    page.page.fill("#search", HOSTILE[0])
    page.page.press("#search", "Enter")
    assert page.js("corpgraph.highlighted") == "n0"
    assert page.js("document.querySelectorAll('img, a, #graph script').length") == 0
    assert page.js("typeof window.pwned") == "undefined"
    page.page.screenshot(path=str(artifacts / "hostile-page.png"))
    assert page.dialogs == [] and page.blocked == [] and page.errors == []


def test_big_graph_becomes_stable_and_interactive(tmp_path, open_page, artifacts):
    g = nx.gnm_random_graph(5000, 10000, seed=3, directed=True)
    big = nx.MultiDiGraph()
    for node in g:
        big.add_node(f"c{node}", name=f"Company {node}", type="Company" if node % 7 else "Person")
    for head, tail in g.edges():
        big.add_edge(f"c{head}", f"c{tail}", key="SUBSIDIARY_OF", type="SUBSIDIARY_OF", status="current",
                     confidence=0.8, evidence=())
    page = open_page(write_html(big, tmp_path / "big.html", title="big"))
    assert page.js(DRAWN) == [5000, 10000]
    # laid out in Python: the browser draws the given positions and never runs physics
    assert page.js("corpgraph.network.physics.physicsEnabled") is False
    expected = radial_layout(big)
    drawn = page.js("corpgraph.network.getPositions(['c0', 'c4321', 'c4999'])")
    assert sorted(drawn) == ["c0", "c4321", "c4999"]
    assert all(abs(drawn[k]["x"] - expected[k][0]) <= 1 and abs(drawn[k]["y"] - expected[k][1]) <= 1 for k in drawn)
    assert page.js("corpgraph.find('Company 4321')") == "c4321"
    page.page.screenshot(path=str(artifacts / "big-page.png"))
    assert page.blocked == [] and page.errors == []
