"""Provision and run a real Neo4j Community 5.26 server from Maven Central, for development and tests.

The Neo4j tarball is not on Maven Central, but the server is: ``org.neo4j:neo4j`` pulls in
``org.neo4j.app:neo4j-server`` (entry class ``org.neo4j.server.CommunityEntryPoint``), the
storage engine and the admin tool. :func:`provision` fetches the runtime jars once with
Maven into a cache folder; :func:`start` writes a config (127.0.0.1 only, a free Bolt port,
its own data folder, a small heap and page cache), starts the JVM and waits until Bolt
answers; :func:`stop` ends it. The recipe is in ``docs/neo4j.md``.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from corpgraph.errors import ConfigError, StoreError

NEO4J_VERSION = "5.26.30"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
JAVA_OPTIONS = ["--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED"]
POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>corpgraph</groupId><artifactId>neo4j-runtime</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>{version}</version></dependency>
  </dependencies>
</project>
"""


def cache_dir() -> Path:
    """Where jars and server homes live: ``$CORPGRAPH_CACHE`` or ``~/.cache/corpgraph``."""
    return Path(os.environ.get("CORPGRAPH_CACHE") or Path.home() / ".cache" / "corpgraph")


@dataclass(frozen=True)
class ServerInfo:
    """A running server: where it listens and how to log in."""

    home: str
    pid: int
    port: int
    uri: str
    user: str = "neo4j"
    password: str | None = None

    def save(self) -> None:
        path = Path(self.home) / "server.json"
        path.write_text(json.dumps(asdict(self)), "utf-8")
        path.chmod(0o600)

    @classmethod
    def load(cls, home: Path) -> "ServerInfo | None":
        path = home / "server.json"
        return cls(**json.loads(path.read_text("utf-8"))) if path.exists() else None


def provision(version: str = NEO4J_VERSION, *, quiet: bool = True) -> Path:
    """The folder of Neo4j runtime jars, fetched with Maven the first time."""
    lib = cache_dir() / f"neo4j-{version}" / "lib"
    if (lib / f"neo4j-server-{version}.jar").exists():
        return lib
    if shutil.which("mvn") is None or shutil.which("java") is None:
        raise ConfigError("cannot provision Neo4j: 'mvn' and 'java' (JDK 17) are needed on PATH",
                          hint="install a JDK 17 and Maven, or point --neo4j at a running server")
    work = lib.parent / "fetch"
    work.mkdir(parents=True, exist_ok=True)
    (work / "pom.xml").write_text(POM.format(version=version), "utf-8")
    staging = lib.parent / "lib.partial"
    shutil.rmtree(staging, ignore_errors=True)
    command = ["mvn", "-B", "-f", str(work / "pom.xml"), "dependency:copy-dependencies",
               "-DincludeScope=runtime", f"-DoutputDirectory={staging}"]
    if quiet:
        command.insert(2, "-q")
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise StoreError(f"Maven could not fetch Neo4j {version}: {result.stdout[-400:]} {result.stderr[-400:]}",
                         hint="check that Maven Central is reachable")
    staging.rename(lib)
    return lib


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _java(lib: Path, main: str, *args: str, heap: str = "512m") -> list[str]:
    return ["java", f"-Xmx{heap}", *JAVA_OPTIONS, "-cp", f"{lib}/*", main, *args]


def start(home: str | os.PathLike, *, port: int | None = None, auth: bool = True, password: str | None = None,
          heap: str = "512m", pagecache: str = "128m", timeout: float = 180.0) -> ServerInfo:
    """Start a server in ``home`` (created if needed) and wait until Bolt answers.

    With ``auth`` on, the initial password is ``password`` or a generated one; it is kept
    in ``home/server.json`` (mode 600), never on a command line.
    """
    home = Path(home).resolve()
    running = status(home)
    if running is not None:
        return running
    lib = provision()
    for folder in ("conf", "data", "logs", "run", "plugins", "import"):
        (home / folder).mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    config = {
        "server.default_listen_address": "127.0.0.1",
        "server.bolt.listen_address": f"127.0.0.1:{port}",
        "server.http.enabled": "false",
        "server.https.enabled": "false",
        "server.directories.data": str(home / "data"),
        "server.directories.logs": str(home / "logs"),
        "server.directories.run": str(home / "run"),
        "server.directories.plugins": str(home / "plugins"),
        "server.directories.import": str(home / "import"),
        "server.memory.pagecache.size": pagecache,
        "dbms.usage_report.enabled": "false",
        "dbms.security.auth_enabled": "true" if auth else "false",
        "db.transaction.timeout": "120s",
    }
    (home / "conf" / "neo4j.conf").write_text("".join(f"{k}={v}\n" for k, v in config.items()), "utf-8")
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    credentials = home / "credentials.json"
    first_start = not credentials.exists()
    if auth and not first_start:
        password = json.loads(credentials.read_text("utf-8"))["password"]
    elif auth:
        password = password or secrets.token_urlsafe(18)
    log = open(home / "logs" / "console.log", "ab")
    process = subprocess.Popen(_java(lib, ENTRY_POINT, f"--home-dir={home}", f"--config-dir={home / 'conf'}",
                                     "--console-mode", heap=heap),
                               stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    info = ServerInfo(str(home), process.pid, port, f"bolt://127.0.0.1:{port}", "neo4j", password if auth else None)
    info.save()
    try:
        if auth and first_start:
            # The server starts with neo4j/neo4j; the real password is set over Bolt as a query
            # parameter, so it never appears in a process's arguments.
            _wait_for_bolt(ServerInfo(**{**asdict(info), "password": "neo4j"}), process, timeout)
            _set_password(info.uri, info.user, password)
            credentials.write_text(json.dumps({"user": info.user, "password": password}), "utf-8")
            credentials.chmod(0o600)
        _wait_for_bolt(info, process, timeout)
    except BaseException:
        # never leave a server running that no server.json points at
        process.kill()
        process.wait(timeout=30)
        (home / "server.json").unlink(missing_ok=True)
        raise
    return info


def _set_password(uri: str, user: str, password: str) -> None:
    from neo4j import GraphDatabase

    with GraphDatabase.driver(uri, auth=(user, "neo4j")) as driver:
        driver.execute_query("ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
                             old="neo4j", new=password, database_="system")


def _wait_for_bolt(info: ServerInfo, process: subprocess.Popen, timeout: float) -> None:
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired

    deadline = time.monotonic() + timeout
    auth = (info.user, info.password) if info.password else None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = (Path(info.home) / "logs" / "console.log").read_text("utf-8", "replace")[-1500:]
            raise StoreError(f"Neo4j exited during start-up (code {process.returncode}): {tail}")
        try:
            with GraphDatabase.driver(info.uri, auth=auth) as driver:
                driver.verify_connectivity()
                return
        except AuthError:
            raise StoreError(f"the server in {info.home} rejects the password kept in its credentials.json",
                             hint=f"delete {info.home} to start afresh") from None
        except (ServiceUnavailable, SessionExpired, OSError):
            time.sleep(0.5)
    raise StoreError(f"Neo4j did not answer on {info.uri} within {timeout:.0f} s",
                     hint=f"see {info.home}/logs/console.log")


def status(home: str | os.PathLike) -> ServerInfo | None:
    """The server running in ``home``, or None."""
    info = ServerInfo.load(Path(home))
    if info is None:
        return None
    try:
        os.kill(info.pid, 0)
    except (ProcessLookupError, PermissionError):
        return None
    return info


def stop(home: str | os.PathLike, *, timeout: float = 60.0) -> bool:
    """Stop the server running in ``home``; True if one was running."""
    info = status(home)
    if info is None:
        return False
    os.kill(info.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(info.pid, 0)
        except ProcessLookupError:
            break
        _reap(info.pid)
        time.sleep(0.2)
    else:
        os.kill(info.pid, signal.SIGKILL)
        _reap(info.pid)
    (Path(info.home) / "server.json").unlink(missing_ok=True)
    return True


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
