from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def shared() -> Path:
    assert SHARED.is_dir(), f"the shared folder is expected beside the project at {SHARED}"
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared) -> Path:
    return shared / "articles" / "seeds"


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "graph.db"


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """A real Neo4j 5.26 Community server (jars from Maven Central), auth on, for the session."""
    from corpgraph.graph import neo4j_server as server

    home = tmp_path_factory.mktemp("neo4j")
    info = server.start(home)
    yield info
    server.stop(home)


@pytest.fixture
def neo4j_store(neo4j_server):
    from corpgraph.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(neo4j_server.uri, user=neo4j_server.user, password=neo4j_server.password)
    store.wipe()
    yield store
    store.close()


@pytest.fixture(params=["embedded", "neo4j"])
def any_store(request, tmp_path):
    """Each backend in turn: the contract tests run on both."""
    if request.param == "embedded":
        from corpgraph.graph.embedded import EmbeddedStore

        store = EmbeddedStore(tmp_path / "contract.db")
        yield store
        store.close()
    else:
        yield request.getfixturevalue("neo4j_store")
