"""The managed local server: start, status, stop, restart with data kept, reset.

These tests run a second server of their own, in a temporary home, so that stopping and
wiping it never touches the server the other tests use.
"""

from __future__ import annotations

import json
import os
import socket
import stat

import psutil
import pytest

from graph.connection import connect
from graph.errors import MechGraphError
from graph.server import LocalServer, free_port, make_private
from graph.settings import settings_from
from tests.conftest import cli_env, run_cli, run_installed


@pytest.fixture(scope="module")
def occupied_port():
    """A port held by another program for the whole module."""
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    yield holder.getsockname()[1]
    holder.close()


@pytest.fixture(scope="module")
def managed(tmp_path_factory, occupied_port):
    """A started server whose remembered port was taken meanwhile by another program."""
    server = LocalServer(home=tmp_path_factory.mktemp("managed-home"))
    server.home.mkdir(parents=True, exist_ok=True)
    server.state_file.write_text(json.dumps({"bolt_port": occupied_port}))
    messages: list[str] = []
    server.start(progress=messages.append)
    server.start_messages = messages
    yield server
    if server.is_running():
        server.stop()


def ensure_running(server: LocalServer) -> None:
    if not server.is_running():
        server.start()


def test_a_taken_default_port_is_replaced_by_a_free_one(managed, occupied_port):
    assert managed.port != occupied_port
    assert any(f"Port {occupied_port} is taken" in message for message in managed.start_messages)


def test_the_server_listens_on_loopback_only_with_a_private_password(managed):
    ensure_running(managed)
    listening = [c for c in psutil.Process(managed.pid()).net_connections() if c.status == psutil.CONN_LISTEN]
    assert listening, "the server listens on no port"
    assert {c.laddr.ip for c in listening} <= {"127.0.0.1", "::ffff:127.0.0.1"}
    assert managed.port in {c.laddr.port for c in listening}
    assert stat.S_IMODE(managed.password_file.stat().st_mode) == 0o600
    assert len(managed.password()) >= 24


def wider_than_private(home) -> list[str]:
    """Every folder under ``home`` (and itself) that is not 0700 and every file that is not 0600."""
    found = []
    for folder, _folders, files in os.walk(home):
        for path, private in [(folder, 0o700), *((os.path.join(folder, name), 0o600) for name in files)]:
            mode = os.lstat(path).st_mode
            if not stat.S_ISLNK(mode) and mode & 0o777 != private:
                found.append(f"{oct(mode & 0o777)} {path}")
    return found


def test_the_store_of_the_suites_server_is_the_users_alone(local_server):
    """Folders 0700 and files 0600 under the home, the system database (which holds the password hash) included."""
    if local_server is None:
        pytest.skip("the tests use the server of NEO4J_URI")
    system = local_server.data_dir / "databases" / "system"
    assert system.is_dir() and any(path.is_file() for path in system.iterdir())
    assert wider_than_private(local_server.home) == []  # the benchmark's CSV exports in import/ included


def test_a_store_left_readable_by_others_is_made_private_at_the_next_start(managed):
    """As a store written before this rule, under the usual umask 022, would be."""
    ensure_running(managed)
    managed.stop()
    system = managed.data_dir / "databases" / "system"
    for folder in (managed.home, managed.data_dir, system):
        folder.chmod(0o755)
    for path in [*system.iterdir(), managed.password_file]:
        if path.is_file():
            path.chmod(0o644)
    assert len(wider_than_private(managed.home)) > 4
    managed.start()
    assert wider_than_private(managed.home) == []


def test_make_private_tightens_folders_and_files_and_leaves_links_alone(tmp_path):
    home = tmp_path / "home"
    (home / "data" / "databases").mkdir(parents=True, mode=0o755)
    (home / "data" / "databases" / "store").write_text("x")
    (home / "data" / "databases" / "store").chmod(0o644)
    (home / "import").mkdir(mode=0o777)
    outside = tmp_path / "outside.txt"
    outside.write_text("x")
    outside.chmod(0o644)
    (home / "import" / "link.csv").symlink_to(outside)
    home.chmod(0o755)
    make_private(home)
    assert wider_than_private(home) == []
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644


def test_status_reports_uri_version_process_and_store(managed):
    ensure_running(managed)
    status = managed.status()
    assert status.running
    assert status.uri == f"bolt://127.0.0.1:{managed.port}"
    assert status.version.startswith("5.26.")
    assert status.pid == managed.pid()
    assert status.store_bytes > 0
    assert status.peak_memory_bytes >= status.memory_bytes > 0
    with connect(settings_from(server=managed)) as graph:
        components = graph.read("CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition")
    assert components == [{"version": status.version, "edition": "community"}]


def test_start_when_running_changes_nothing(managed):
    ensure_running(managed)
    pid = managed.pid()
    assert managed.start().pid == pid
    result = run_installed("db", "start", env=cli_env(managed))
    assert result.returncode == 0
    assert "already running" in result.stderr
    assert result.stdout.strip() == managed.uri


def test_data_survives_stop_and_start(managed):
    ensure_running(managed)
    with connect(settings_from(server=managed)) as graph:
        graph.write("MATCH (n:Kept) DELETE n")
        graph.write("CREATE (:Kept {id: 'kept-1'})")
    managed.stop()
    assert not managed.is_running()
    assert managed.status().uri is None
    managed.start()
    with connect(settings_from(server=managed)) as graph:
        assert graph.read("MATCH (n:Kept) RETURN n.id AS id") == [{"id": "kept-1"}]
    status = json.loads(run_cli("db", "status", "--json", env=cli_env(managed)).stdout)
    assert status["running"] and status["nodes"] >= 1


def test_reset_wipes_the_data_and_restarts(managed):
    ensure_running(managed)
    with connect(settings_from(server=managed)) as graph:
        graph.write("CREATE (:Doomed {id: 'doomed'})")
    result = run_cli("db", "reset", "--yes", env=cli_env(managed))
    assert result.returncode == 0, result.stderr
    assert managed.is_running()
    with connect(settings_from(server=managed)) as graph:
        assert graph.read("MATCH (n) RETURN count(n) AS count") == [{"count": 0}]


def test_reset_without_yes_refuses_when_it_cannot_ask(managed):
    result = run_cli("db", "reset", env=cli_env(managed), input="")
    assert result.returncode == 1
    assert "--yes" in result.stderr


def test_stop_when_not_running_says_so(tmp_path):
    result = run_cli("db", "stop", env=cli_env(LocalServer(home=tmp_path)))
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: The local Neo4j server is not running; there is nothing to stop."
    with pytest.raises(MechGraphError, match="not running"):
        LocalServer(home=tmp_path).stop()


def test_an_explicitly_requested_port_that_is_taken_is_an_error(tmp_path, occupied_port):
    result = run_cli("db", "start", "--port", str(occupied_port), env=cli_env(LocalServer(home=tmp_path)))
    assert result.returncode == 1
    assert f"Port {occupied_port} on 127.0.0.1 is taken by another program" in result.stderr
    assert "Traceback" not in result.stderr


def test_commands_that_need_the_local_server_say_how_to_start_it(tmp_path):
    result = run_cli("db", "init", env=cli_env(LocalServer(home=tmp_path)))
    assert result.returncode == 1
    assert "mechgraph db start" in result.stderr


def test_a_password_that_looks_like_an_option_still_works(tmp_path):
    """Neo4j's tools read "-…" as an option unless told otherwise; the password is passed after "--"."""
    server = LocalServer(home=tmp_path / "home")
    server.home.mkdir(parents=True)
    server.password_file.write_text("-a-password-like-an-option\n")
    server.start(port=free_port())
    try:
        with connect(settings_from(server=server)) as graph:
            assert graph.read("RETURN 1 AS one") == [{"one": 1}]
    finally:
        server.stop()


def test_generated_passwords_are_long_and_plain():
    import re
    import tempfile

    password = LocalServer(home=tempfile.mkdtemp()).password()
    assert re.fullmatch(r"[0-9a-f]{40}", password)


def test_a_backup_restores_the_graph_as_it_was(managed, tmp_path):
    ensure_running(managed)
    with connect(settings_from(server=managed)) as graph:
        graph.write("MATCH (n:Saved|Later) DELETE n")
        graph.write("CREATE (:Saved {id: 'saved-1'})")
    dump = tmp_path / "mechgraph.dump"
    result = run_cli("db", "backup", str(dump), env=cli_env(managed))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    assert managed.is_running()
    with connect(settings_from(server=managed)) as graph:
        graph.write("MATCH (n:Saved) DELETE n")
        graph.write("CREATE (:Later {id: 'later-1'})")

    result = run_cli("db", "restore", str(dump), "--yes", env=cli_env(managed))
    assert result.returncode == 0, result.stderr
    assert managed.is_running()
    with connect(settings_from(server=managed)) as graph:
        assert graph.read("MATCH (n:Saved|Later) RETURN n.id AS id") == [{"id": "saved-1"}]
    # What the restore replaced is kept, and restores in turn.
    [kept] = (managed.home / "backups").glob("before-restore-*.dump")
    assert "later" not in kept.name and kept.stat().st_size > 0


def test_a_backup_never_overwrites_and_a_bad_restore_changes_nothing(managed, tmp_path):
    ensure_running(managed)
    taken = tmp_path / "taken.dump"
    taken.write_text("mine")
    result = run_cli("db", "backup", str(taken), env=cli_env(managed))
    assert result.returncode == 1 and "already exists" in result.stderr
    assert taken.read_text() == "mine"

    with connect(settings_from(server=managed)) as graph:
        before = graph.read("MATCH (n) RETURN count(n) AS count")
    result = run_cli("db", "restore", str(taken), "--yes", env=cli_env(managed))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "failed" in result.stderr
    assert managed.is_running()
    with connect(settings_from(server=managed)) as graph:
        assert graph.read("MATCH (n) RETURN count(n) AS count") == before

    result = run_cli("db", "restore", str(tmp_path / "missing.dump"), "--yes", env=cli_env(managed))
    assert result.returncode == 1 and "is not a file" in result.stderr
