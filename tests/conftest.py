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


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium, headless, driven by Playwright (the project's setup installs it)."""
    import shutil

    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    assert executable, "Debian's chromium is needed for the browser tests: run 'make test' (it installs it) " \
                       "or 'apt-get install chromium'"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True,
                                              args=["--no-sandbox", "--disable-gpu"])
        yield chromium
        chromium.close()


class OfflinePage:
    """A page whose every non-file request is refused and recorded, with console errors,
    page errors and dialogs (alert, confirm) recorded too."""

    def __init__(self, browser, path):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.blocked, self.errors, self.dialogs = [], [], []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("document.body.dataset.ready === 'true'", timeout=120_000)

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, expression, *args):
        return self.page.evaluate(expression, *args)

    def close(self):
        self.context.close()


@pytest.fixture
def open_page(browser):
    pages = []

    def opener(path):
        pages.append(OfflinePage(browser, path))
        return pages[-1]
    yield opener
    for page in pages:
        page.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where tests leave files for people to look at (screenshots): test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
