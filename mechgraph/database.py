"""``mechgraph db``: the local Neo4j server (start, stop, status, reset, backup, restore) and the schema."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from graph import backup as graph_backup
from graph import schema
from graph.connection import connect
from graph.errors import MechGraphError
from graph.server import LocalServer
from graph.settings import settings_from
from loaders.seeds import state as seed_state
from mechgraph.common import CONTEXT, Options, pass_options
from mechgraph.output import say, status_lines
from queries.catalogue import Catalogue


@click.group(context_settings=CONTEXT)
def db():
    """The managed local Neo4j server (127.0.0.1 only) and the schema.

    The server's files live in the user data folder (set MECHGRAPH_HOME to move them), the
    Neo4j release in the user cache folder (MECHGRAPH_CACHE). Heap and page cache sizes come
    from MECHGRAPH_NEO4J_HEAP (default 1g) and MECHGRAPH_NEO4J_PAGECACHE (default 512m).
    """


@db.command(context_settings=CONTEXT)
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    help="Bolt port. Default: the last one used, else 7687, else any free port.",
)
def start(port):
    """Start the local server, fetching Neo4j first if needed; returns once it answers.

    Prints the Bolt URI on standard output. The generated password of user neo4j is in the
    file shown by `mechgraph db status` (readable by you alone).
    """
    server = LocalServer()
    if server.is_running() and (port is None or port == server.port):
        say(f"The local Neo4j server is already running at {server.uri}.")
        click.echo(server.uri)
        return
    status = server.start(port=port, progress=say)
    say(f"Neo4j {status.version} is running at {status.uri} (process {status.pid}).")
    click.echo(status.uri)


@db.command(context_settings=CONTEXT)
def stop():
    """Shut the local server down cleanly; its data is kept for the next start."""
    LocalServer().stop(progress=say)
    say("Neo4j stopped; the data is kept.")


@db.command(context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@pass_options
def status(options: Options, as_json):
    """Whether the local server runs, its URI, version, process, data folder and size.

    With a running server it also counts nodes and relationships and shows the schema version.
    """
    server = LocalServer()
    state = server.status()
    status = {
        "running": state.running,
        "uri": state.uri,
        "neo4j_version": state.version,
        "pid": state.pid,
        "data_dir": str(state.data_dir),
        "store_bytes": state.store_bytes,
        "memory_bytes": state.memory_bytes,
        "peak_memory_bytes": state.peak_memory_bytes,
        "password_file": str(server.password_file),
        "nodes": None,
        "relationships": None,
        "schema_version": None,
        "load_in_progress": None,
    }
    if state.running:
        with connect(settings_from(server=server, database=options.database)) as graph:
            status.update(Catalogue.load().run(graph, "database-size")[0], schema_version=schema.version(graph))
            status["load_in_progress"] = seed_state.in_progress(graph)
    if as_json:
        click.echo(json.dumps(status))
        return
    click.echo("\n".join(status_lines(status, os.environ.get("NEO4J_URI"))))


@db.command(context_settings=CONTEXT)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def reset(yes):
    """Wipe the local server's database (every node, relationship and index).

    A running server is stopped, wiped and started again, empty.
    """
    server = LocalServer()
    if not yes:
        if not sys.stdin.isatty():
            raise MechGraphError("`db reset` wipes all data: confirm with --yes when not at a terminal.")
        click.confirm(f"Wipe all data in {server.data_dir}?", abort=True)
    server.reset(progress=say)


@db.command(context_settings=CONTEXT)
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
def backup(path):
    """Save the local server's whole database to the file PATH (Neo4j's own dump).

    The server is stopped for the dump and started again; the file is readable by you alone.
    """
    written = graph_backup.backup(LocalServer(), path, progress=say)
    say(f"The database is saved in {written} ({written.stat().st_size:,} bytes).")


@db.command(context_settings=CONTEXT)
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def restore(path, yes):
    """Replace the local server's database by the backup in PATH (written by `db backup`).

    What it replaces is saved first, in the server's backups/ folder.
    """
    server = LocalServer()
    if not yes:
        if not sys.stdin.isatty():
            raise MechGraphError("`db restore` replaces all data: confirm with --yes when not at a terminal.")
        click.confirm(f"Replace the database in {server.data_dir} by {path}?", abort=True)
    kept = graph_backup.restore(server, path, progress=say)
    say(f"The database is restored from {path}." + (f" What it replaced is saved in {kept}." if kept else ""))


@db.command(context_settings=CONTEXT)
@pass_options
def init(options: Options):
    """Create the constraints and indexes and record the schema version (safe to rerun)."""
    with options.connect() as graph:
        report = schema.init(graph)
    say(
        f"Schema version {report.version}: {len(report.created)} constraints and indexes created, "
        f"{len(report.existing)} already there."
    )
