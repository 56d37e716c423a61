"""The walkthrough notebook runs clean from top to bottom, Neo4j step included."""

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "walkthrough.ipynb"


def test_walkthrough_runs_clean(neo4j_server, neo4j_store, monkeypatch, tmp_path, artifacts):
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    monkeypatch.setenv("NEO4J_USER", neo4j_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), "commit it without outputs"
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "RT-Mart <- Sun Art Retail <- Alibaba" in text
    assert "same owners from Neo4j: True" in text and "'buyer': 'Alibaba'" in text
    assert any("text/html" in o.get("data", {}) and "iframe" in o["data"]["text/html"] for o in outputs)
    nbformat.write(notebook, artifacts / "walkthrough.executed.ipynb")
