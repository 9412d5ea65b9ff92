"""The managed local Neo4j server: fetched once, started on 127.0.0.1, kept between runs.

The server is Neo4j Community, the release pinned in ``runtime/pom.xml``. Its jars come from
Maven Central through the user's own Maven (so mirrors and proxies in ``~/.m2/settings.xml``
apply) into a private Maven repository in the cache folder, and every jar is checked against
``runtime/neo4j-community.sha256`` before it is used. Neo4j's own launcher then runs it.

Folders (override with ``MECHGRAPH_HOME`` and ``MECHGRAPH_CACHE``):

- home, by default the user data folder (``~/.local/share/mechgraph/neo4j`` on Linux):
  ``conf/``, ``data/``, ``logs/``, ``run/``, the generated ``password`` (mode 0600) and
  ``server.json`` (the Bolt port in use);
- cache, by default the user cache folder (``~/.cache/mechgraph``): the Neo4j jars.

>>> server = LocalServer()                    # doctest: +SKIP
>>> server.start().uri                        # doctest: +SKIP
'bolt://127.0.0.1:7687'
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import xml.etree.ElementTree as ElementTree
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import platformdirs
import psutil

from graph.errors import MechGraphError

RUNTIME_DIR = Path(__file__).parent / "runtime"
RUNTIME_POM = RUNTIME_DIR / "pom.xml"
RUNTIME_CHECKSUMS = RUNTIME_DIR / "neo4j-community.sha256"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies"
DEFAULT_BOLT_PORT = 7687
LOOPBACK = "127.0.0.1"
USERNAME = "neo4j"
MINIMUM_JAVA = 17
START_TIMEOUT_SECONDS = 180
STOP_TIMEOUT_SECONDS = 120

Report = Callable[[str], None]


def _quiet(_message: str) -> None:
    """The default progress reporter: says nothing."""


def neo4j_version() -> str:
    """The pinned Neo4j release, as written in ``runtime/pom.xml``."""
    namespace = {"m": "http://maven.apache.org/POM/4.0.0"}
    root = ElementTree.parse(RUNTIME_POM).getroot()
    return root.find("m:properties/m:neo4j.version", namespace).text.strip()


@dataclass(frozen=True)
class ServerStatus:
    """What ``mechgraph db status`` shows about the managed server."""

    running: bool
    uri: str | None
    version: str
    pid: int | None
    home: Path
    data_dir: Path
    store_bytes: int
    memory_bytes: int | None = None
    peak_memory_bytes: int | None = None


def java_command() -> str:
    """The ``java`` to run Neo4j with: ``$JAVA_HOME/bin/java``, else the one on PATH."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.exists():
            return str(candidate)
    found = shutil.which("java")
    if not found:
        raise MechGraphError(
            f"Java is not installed: the local Neo4j server needs Java {MINIMUM_JAVA} or newer. "
            "Install a JDK (for example openjdk-17-jre-headless) or set JAVA_HOME, "
            "or point NEO4J_URI at another Neo4j server."
        )
    return found


def java_major_version(java: str) -> int:
    """The major version of a ``java`` executable (8 for "1.8.0_392", 17 for "17.0.15")."""
    try:
        output = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=60
        ).stderr
    except OSError as error:
        raise MechGraphError(f"Could not run {java}: {error.strerror}.") from None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', output)
    if not match:
        raise MechGraphError(f"Could not tell the version of {java}; it printed: {output.strip()[:200]}")
    major = int(match.group(1))
    return int(match.group(2)) if major == 1 else major


def check_java() -> str:
    """Return the java command, or explain why it cannot run Neo4j."""
    java = java_command()
    major = java_major_version(java)
    if major < MINIMUM_JAVA:
        raise MechGraphError(
            f"Java {major} is too old: Neo4j {neo4j_version()} needs Java {MINIMUM_JAVA} or 21. "
            "Install a newer JDK and set JAVA_HOME to it."
        )
    return java


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pinned_checksums() -> dict[str, str]:
    """File name -> SHA-256 for every jar of the pinned release."""
    pins = {}
    for line in RUNTIME_CHECKSUMS.read_text().splitlines():
        if line.strip():
            digest, name = line.split()
            pins[name] = digest
    return pins


def verify_runtime(lib_dir: Path) -> None:
    """Check that ``lib_dir`` holds exactly the pinned jars, byte for byte."""
    pins = pinned_checksums()
    present = {path.name for path in lib_dir.iterdir()} if lib_dir.is_dir() else set()
    missing = sorted(set(pins) - present)
    if missing:
        raise MechGraphError(
            f"The Neo4j download is incomplete: {missing[0]} is missing"
            + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else "")
            + ". Run the command again."
        )
    for name in sorted(pins):
        actual = sha256_of(lib_dir / name)
        if actual != pins[name]:
            raise MechGraphError(
                f"Checksum mismatch for {name}: expected {pins[name][:16]}…, got {actual[:16]}…. "
                "The download was removed; run the command again."
            )


def port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # As Neo4j binds: a port left in TIME_WAIT by our own stopped server is still free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((LOOPBACK, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def write_private(path: Path, text: str) -> None:
    """Write a file that only the user can read (0600 from its creation, never wider)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as stream:
        stream.write(text)
    os.chmod(path, 0o600)


def folder_size(path: Path) -> int:
    if not path.exists():
        return 0
    return sum(entry.stat().st_size for entry in path.rglob("*") if entry.is_file())


class LocalServer:
    """A Neo4j Community server owned by MechGraph, listening on 127.0.0.1 only."""

    def __init__(self, home: Path | str | None = None, cache: Path | str | None = None):
        self.home = Path(
            home or os.environ.get("MECHGRAPH_HOME") or platformdirs.user_data_path("mechgraph") / "neo4j"
        ).expanduser()
        self.cache = Path(
            cache or os.environ.get("MECHGRAPH_CACHE") or platformdirs.user_cache_path("mechgraph")
        ).expanduser()
        self.version = neo4j_version()

    # Folders and files --------------------------------------------------------------
    @property
    def lib_dir(self) -> Path:
        return self.cache / f"neo4j-community-{self.version}" / "lib"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def import_dir(self) -> Path:
        """Where the server reads files named in LOAD CSV (file:///name.csv)."""
        return self.home / "import"

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def state_file(self) -> Path:
        return self.home / "server.json"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "neo4j.pid"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "neo4j.log"

    def _state(self) -> dict:
        try:
            return json.loads(self.state_file.read_text())
        except (OSError, ValueError):
            return {}

    @property
    def port(self) -> int:
        return int(self._state().get("bolt_port", DEFAULT_BOLT_PORT))

    @property
    def uri(self) -> str:
        return f"bolt://{LOOPBACK}:{self.port}"

    def password(self) -> str:
        """The generated password of the ``neo4j`` user, created on first use."""
        if not self.password_file.exists():
            # Hex only: a password starting with "-" would read as an option to Neo4j's tools.
            write_private(self.password_file, secrets.token_hex(20) + "\n")
        return self.password_file.read_text().strip()

    # Installation ---------------------------------------------------------------------
    def is_installed(self) -> bool:
        return self.lib_dir.is_dir()

    def install(self, report: Report = _quiet) -> None:
        """Fetch the pinned Neo4j jars through Maven and verify them; a no-op once cached."""
        if self.is_installed():
            return
        maven = shutil.which("mvn")
        if not maven:
            raise MechGraphError(
                "Maven (mvn) is not installed: it fetches Neo4j from Maven Central once. "
                "Install Maven, or point NEO4J_URI at another Neo4j server."
            )
        partial = self.lib_dir.with_name("lib.partial")
        local_repository = self.cache / "maven-repository"
        shutil.rmtree(partial, ignore_errors=True)
        report(f"Fetching Neo4j Community {self.version} from Maven Central (about 125 MB, once)…")
        command = [
            maven, "-B", "-C", "-Dstyle.color=never",
            f"-Dmaven.repo.local={local_repository}",
            "-f", str(RUNTIME_POM), DEPENDENCY_PLUGIN, f"-DoutputDirectory={partial}",
        ]
        tail: deque[str] = deque(maxlen=30)
        fetched = 0
        try:
            with subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                stdin=subprocess.DEVNULL,
            ) as process:
                for line in process.stdout:
                    tail.append(line.rstrip())
                    if line.startswith("Downloaded from"):
                        fetched += 1
                        if fetched % 50 == 0:
                            report(f"  {fetched} files fetched…")
                returncode = process.wait()
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        if returncode != 0:
            shutil.rmtree(partial, ignore_errors=True)
            errors = [line for line in tail if line.startswith("[ERROR]") and len(line) > 8]
            reason = errors[0][8:].strip() if errors else f"mvn exited with code {returncode}"
            raise MechGraphError(
                f"Could not fetch Neo4j {self.version} from Maven Central: {reason[:300]} "
                "Check the network connection or Maven's settings, then run the command again."
            )
        try:
            verify_runtime(partial)
        except MechGraphError:
            # A corrupt file may sit in the private repository too: drop both, so that the
            # next attempt downloads afresh.
            shutil.rmtree(partial, ignore_errors=True)
            shutil.rmtree(local_repository, ignore_errors=True)
            raise
        partial.rename(self.lib_dir)
        report(f"Neo4j {self.version} is cached in {self.lib_dir.parent}.")

    # Processes ------------------------------------------------------------------------
    def pid(self) -> int | None:
        """The process id of this home's running server, or None."""
        try:
            pid = int(self.pid_file.read_text().strip())
            process = psutil.Process(pid)
            command_line = " ".join(process.cmdline())
        except (OSError, ValueError, psutil.Error):
            return None
        if "CommunityEntryPoint" not in command_line or str(self.home) not in command_line:
            return None
        return pid

    def is_running(self) -> bool:
        return self.pid() is not None

    def _environment(self) -> dict[str, str]:
        environment = dict(os.environ)
        environment["NEO4J_HOME"] = str(self.home)
        environment["NEO4J_CONF"] = str(self.home / "conf")
        environment.pop("NEO4J_PASSWORD", None)
        return environment

    def _run_java(self, java: str, main_class: str, *arguments: str, timeout: float) -> subprocess.CompletedProcess:
        """Run a Neo4j tool with an argument file (0600), so no secret shows in ``ps``."""
        argument_file = self.home / "run" / f".{main_class.rsplit('.', 1)[-1]}.args"
        quoted = [f'"{value}"' for value in ("-cp", f"{self.lib_dir}/*", main_class, *arguments)]
        write_private(argument_file, "\n".join(quoted) + "\n")
        try:
            return subprocess.run(
                [java, f"@{argument_file}"], capture_output=True, text=True, timeout=timeout,
                env=self._environment(), stdin=subprocess.DEVNULL,
            )
        finally:
            argument_file.unlink(missing_ok=True)

    def _write_configuration(self, port: int) -> None:
        heap = os.environ.get("MECHGRAPH_NEO4J_HEAP", "1g")
        pagecache = os.environ.get("MECHGRAPH_NEO4J_PAGECACHE", "512m")
        folders = {name: self.home / name for name in ("data", "logs", "run", "import", "plugins")}
        for folder in folders.values():
            folder.mkdir(parents=True, exist_ok=True)
        lines = [
            "# Written by `mechgraph db start` at every start: change it through mechgraph.",
            f"server.directories.lib={self.lib_dir}",
            *(f"server.directories.{name}={folder}" for name, folder in folders.items()),
            f"server.default_listen_address={LOOPBACK}",
            f"server.default_advertised_address={LOOPBACK}",
            f"server.bolt.listen_address={LOOPBACK}:{port}",
            f"server.bolt.advertised_address={LOOPBACK}:{port}",
            "server.http.enabled=false",
            "server.https.enabled=false",
            "dbms.security.auth_enabled=true",
            "dbms.usage_report.enabled=false",
            "db.tx_log.preallocate=false",  # keeps a small graph's store small
            f"server.memory.heap.initial_size={heap}",
            f"server.memory.heap.max_size={heap}",
            f"server.memory.pagecache.size={pagecache}",
            "server.jvm.additional=-XX:+UseG1GC",
            "server.jvm.additional=-XX:-OmitStackTraceInFastThrow",
            "server.jvm.additional=-XX:+DisableExplicitGC",
            "server.jvm.additional=-Djdk.nio.maxCachedBufferSize=1024",
            "server.jvm.additional=-Dio.netty.tryReflectionSetAccessible=true",
            "server.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED",
            "server.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED",
            "server.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "server.jvm.additional=--enable-native-access=ALL-UNNAMED",
            "server.jvm.additional=-Dlog4j2.disable.jmx=true",
        ]
        write_private(self.home / "conf" / "neo4j.conf", "\n".join(lines) + "\n")

    def _choose_port(self, requested: int | None, report: Report) -> int:
        if requested is not None:
            if not port_is_free(requested):
                raise MechGraphError(
                    f"Port {requested} on {LOOPBACK} is taken by another program; "
                    "choose another one with --port."
                )
            return requested
        preferred = self.port
        if port_is_free(preferred):
            return preferred
        chosen = free_port()
        report(f"Port {preferred} is taken by another program; using port {chosen} instead.")
        return chosen

    def _log_tail(self, lines: int = 5) -> str:
        try:
            text = self.log_file.read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        errors = [line for line in text if " ERROR " in line] or text
        return " ".join(errors[-lines:])

    def start(self, port: int | None = None, report: Report = _quiet) -> ServerStatus:
        """Start the server (fetching it first if needed) and return once Bolt answers."""
        if self.is_running():
            if port is not None and port != self.port:
                raise MechGraphError(
                    f"The local Neo4j server is already running on port {self.port}; "
                    "stop it first to change the port."
                )
            return self.status()
        java = check_java()
        self.install(report)
        chosen = self._choose_port(port, report)
        self._write_configuration(chosen)
        password = self.password()
        if not (self.data_dir / "databases" / "system").exists():
            result = self._run_java(
                java, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", "--", password, timeout=120
            )
            if result.returncode != 0:
                said = (result.stderr or result.stdout).replace(password, "********").strip()
                raise MechGraphError(f"Could not set the password of the new database: {said[:300]}")
        write_private(self.state_file, json.dumps({"bolt_port": chosen, "neo4j_version": self.version}) + "\n")
        report(f"Starting Neo4j {self.version} on {self.uri}…")
        result = self._run_java(java, "org.neo4j.server.startup.Neo4jCommand", "start", timeout=120)
        if result.returncode != 0:
            message = (result.stderr or result.stdout).strip().splitlines()
            raise MechGraphError(f"Neo4j did not start: {message[0] if message else 'no message'}")
        self._wait_for_bolt(password)
        return self.status()

    def _wait_for_bolt(self, password: str) -> None:
        # Imported here: the driver is only needed once a server is up.
        from graph.connection import Settings, probe

        settings = Settings(uri=self.uri, username=USERNAME, password=password, database=None)
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if probe(settings):
                return
            if not self.is_running():
                raise MechGraphError(f"Neo4j stopped while starting: {self._log_tail()} (log: {self.log_file})")
            time.sleep(0.5)
        raise MechGraphError(
            f"Neo4j did not answer on {self.uri} within {START_TIMEOUT_SECONDS} s; see {self.log_file}."
        )

    def stop(self, report: Report = _quiet) -> None:
        """Shut the server down cleanly (its data stays); an error if it is not running."""
        pid = self.pid()
        if pid is None:
            raise MechGraphError("The local Neo4j server is not running; there is nothing to stop.")
        report("Stopping Neo4j…")
        process = psutil.Process(pid)
        process.terminate()  # Neo4j's shutdown hook checkpoints and closes the store.
        try:
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except psutil.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
            report("Neo4j did not stop in time and was killed; it will recover its store at the next start.")
        self.pid_file.unlink(missing_ok=True)

    def reset(self, report: Report = _quiet) -> None:
        """Delete every node, relationship and index, keeping the server's setup."""
        was_running = self.is_running()
        if was_running:
            self.stop(report)
        shutil.rmtree(self.data_dir, ignore_errors=True)
        report("The database was wiped.")
        if was_running:
            self.start(report=report)

    def status(self) -> ServerStatus:
        pid = self.pid()
        memory = peak = None
        if pid is not None:
            try:
                memory = psutil.Process(pid).memory_info().rss
                peak = peak_memory_bytes(pid)
            except psutil.Error:
                pass
        return ServerStatus(
            running=pid is not None,
            uri=self.uri if pid is not None else None,
            version=self.version,
            pid=pid,
            home=self.home,
            data_dir=self.data_dir,
            store_bytes=folder_size(self.data_dir),
            memory_bytes=memory,
            peak_memory_bytes=peak,
        )


def peak_memory_bytes(pid: int) -> int | None:
    """The peak resident memory of a process (VmHWM on Linux), or None where unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None
