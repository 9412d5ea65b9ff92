"""The managed local Neo4j server: started on 127.0.0.1, kept between runs.

The server runs the release that :mod:`graph.runtime` fetches and checks, through Neo4j's
own launcher, with a configuration written at every start: loopback only, authentication on,
a generated password in a file only the user can read, no LOAD CSV from any web address.
Everything under the home is the user's alone (folders 0700, files 0600): the system
database holds the password hash.

Folders (override with ``MECHGRAPH_HOME`` and ``MECHGRAPH_CACHE``):

- home, by default the user data folder (``~/.local/share/mechgraph/neo4j`` on Linux):
  ``conf/``, ``data/``, ``logs/``, ``run/``, the generated ``password`` (mode 0600) and
  ``server.json`` (the Bolt port in use);
- cache, by default the user cache folder (``~/.cache/mechgraph``): the Neo4j jars.

>>> server = LocalServer(home=test_server.home)
>>> server.is_running(), server.uri == test_server.uri
(True, True)
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import psutil

from graph import runtime
from graph.connection import Settings, probe
from graph.errors import MechGraphError
from graph.progress import Progress, quiet
from graph.runtime import check_java, neo4j_version

DEFAULT_BOLT_PORT = 7687
LOOPBACK = "127.0.0.1"
USERNAME = "neo4j"
START_TIMEOUT_SECONDS = 180
STOP_TIMEOUT_SECONDS = 120


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


def make_private(home: Path) -> None:
    """Make ``home`` and every folder under it 0700 and every file 0600 (symbolic links are left alone)."""
    home.chmod(0o700)
    # Top-down: a folder is opened to the user before os.walk lists it.
    for folder, folders, files in os.walk(home):
        for name, mode in [*((name, 0o700) for name in folders), *((name, 0o600) for name in files)]:
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                os.chmod(path, mode)


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

    def install(self, progress: Progress = quiet) -> None:
        """Fetch the pinned Neo4j jars (once) and verify them."""
        runtime.install(self.lib_dir, self.cache, self.version, progress)

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
        """Run a Neo4j tool with an argument file (0600), so no secret shows in ``ps``.

        The tool, and the server it starts (which inherits it), run with umask 077: every file
        they create is the user's alone.
        """
        argument_file = self.home / "run" / f".{main_class.rsplit('.', 1)[-1]}.args"
        quoted = [f'"{value}"' for value in ("-cp", f"{self.lib_dir}/*", main_class, *arguments)]
        write_private(argument_file, "\n".join(quoted) + "\n")
        try:
            return subprocess.run(
                [java, f"@{argument_file}"],
                check=False,
                capture_output=True,
                text=True,
                timeout=timeout,
                env=self._environment(),
                stdin=subprocess.DEVNULL,
                umask=0o077,
            )
        finally:
            argument_file.unlink(missing_ok=True)

    def admin(self, *arguments: str, timeout: float = 3600) -> subprocess.CompletedProcess:
        """Run ``neo4j-admin`` (Neo4j's AdminTool) on this server's store, with the release fetched first."""
        java = check_java()
        self.install()
        return self._run_java(java, "org.neo4j.cli.AdminTool", *arguments, timeout=timeout)

    def _write_configuration(self, port: int) -> None:
        heap = os.environ.get("MECHGRAPH_NEO4J_HEAP", "1g")
        pagecache = os.environ.get("MECHGRAPH_NEO4J_PAGECACHE", "512m")
        folders = {name: self.home / name for name in ("data", "logs", "run", "import", "plugins")}
        for folder in folders.values():
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
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
            # LOAD CSV reads only file:/// URLs in the import folder (the benchmark uses them); no address
            # of any network, the machine's own included, may be fetched. Neo4j 5 has this setting
            # only under its internal name (unsupported.dbms.cypher_ip_blocklist in Neo4j 4).
            "internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0",
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

    def _choose_port(self, requested: int | None, progress: Progress) -> int:
        if requested is not None:
            if not port_is_free(requested):
                raise MechGraphError(
                    f"Port {requested} on {LOOPBACK} is taken by another program; choose another one with --port."
                )
            return requested
        preferred = self.port
        if port_is_free(preferred):
            return preferred
        chosen = free_port()
        progress(f"Port {preferred} is taken by another program; using port {chosen} instead.")
        return chosen

    def _log_tail(self, lines: int = 5) -> str:
        try:
            text = self.log_file.read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        errors = [line for line in text if " ERROR " in line] or text
        return " ".join(errors[-lines:])

    def start(self, port: int | None = None, progress: Progress = quiet) -> ServerStatus:
        """Start the server (fetching it first if needed) and return once Bolt answers."""
        if self.is_running():
            if port is not None and port != self.port:
                raise MechGraphError(
                    f"The local Neo4j server is already running on port {self.port}; stop it first to change the port."
                )
            return self.status()
        java = check_java()
        self.install(progress)
        chosen = self._choose_port(port, progress)
        self._write_configuration(chosen)
        password = self.password()
        # Files left by earlier versions, or by other programs, were created under a wider umask.
        make_private(self.home)
        if not (self.data_dir / "databases" / "system").exists():
            result = self._run_java(
                java, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", "--", password, timeout=120
            )
            if result.returncode != 0:
                said = (result.stderr or result.stdout).replace(password, "********").strip()
                raise MechGraphError(f"Could not set the password of the new database: {said[:300]}")
        write_private(self.state_file, json.dumps({"bolt_port": chosen, "neo4j_version": self.version}) + "\n")
        progress(f"Starting Neo4j {self.version} on {self.uri}…")
        result = self._run_java(java, "org.neo4j.server.startup.Neo4jCommand", "start", timeout=120)
        if result.returncode != 0:
            message = (result.stderr or result.stdout).strip().splitlines()
            raise MechGraphError(f"Neo4j did not start: {message[0] if message else 'no message'}")
        self._wait_for_bolt(password)
        return self.status()

    def _wait_for_bolt(self, password: str) -> None:
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

    def stop(self, progress: Progress = quiet) -> None:
        """Shut the server down cleanly (its data stays); an error if it is not running."""
        pid = self.pid()
        if pid is None:
            raise MechGraphError("The local Neo4j server is not running; there is nothing to stop.")
        progress("Stopping Neo4j…")
        process = psutil.Process(pid)
        process.terminate()  # Neo4j's shutdown hook checkpoints and closes the store.
        try:
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except psutil.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
            progress("Neo4j did not stop in time and was killed; it will recover its store at the next start.")
        self.pid_file.unlink(missing_ok=True)

    def reset(self, progress: Progress = quiet) -> None:
        """Delete every node, relationship and index, keeping the server's setup."""
        was_running = self.is_running()
        if was_running:
            self.stop(progress)
        shutil.rmtree(self.data_dir, ignore_errors=True)
        progress("The database was wiped.")
        if was_running:
            self.start(progress=progress)

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
