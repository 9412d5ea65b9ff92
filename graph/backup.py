"""Whole-database backup and restore of the managed server, with Neo4j's own dump and load.

A dump is one file holding the whole ``neo4j`` database: its nodes, relationships, indexes
and constraints. Neo4j Community dumps a database only while it is offline, so the server is
stopped for the dump and started again after it; a load that is writing is never cut short:
the backup waits for no one and refuses instead, naming the writer.

Restoring replaces the database. What it replaces is first dumped beside the server's data
(``backups/before-restore-<time>.dump``), so a restore of the wrong file loses nothing, and a
file that is no dump leaves the database as it was.
"""

from __future__ import annotations

import datetime
import shutil
import tempfile
from pathlib import Path

from graph.connection import connect
from graph.errors import MechGraphError
from graph.progress import Progress, quiet
from graph.server import LocalServer
from graph.settings import settings_from
from graph.writer import writers

__all__ = ["DATABASE", "backup", "restore"]

#: The database a dump holds (Neo4j Community has one user database).
DATABASE = "neo4j"


def backup(server: LocalServer, path: Path, progress: Progress = quiet) -> Path:
    """Dump the managed server's database to the file ``path`` (readable by the user alone)."""
    path = Path(path).expanduser().absolute()
    if path.exists():
        raise MechGraphError(f"{path} already exists; choose a new file name for the backup.")
    if not path.parent.is_dir():
        raise MechGraphError(f"{path.parent} is not a folder; create it first or choose another place.")
    if not (server.data_dir / "databases" / DATABASE).exists():
        raise MechGraphError("The local Neo4j server holds no database yet; there is nothing to back up.")
    with _offline(server, progress):
        _dump(server, path, progress)
    return path


def restore(server: LocalServer, path: Path, progress: Progress = quiet) -> Path | None:
    """Replace the managed server's database by the dump in ``path``; returns the dump of what it replaced."""
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        raise MechGraphError(f"{path} is not a file; give the backup file that `mechgraph db backup` wrote.")
    kept = None
    with _offline(server, progress):
        if (server.data_dir / "databases" / DATABASE).exists():
            stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = server.home / "backups" / f"before-restore-{stamp}.dump"
            kept.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _dump(server, kept, progress)
        progress(f"Loading {path.name}…")
        try:
            _load(server, path)
        except MechGraphError:
            # neo4j-admin empties the database before it finds the file unreadable: put back what was there.
            if kept is not None:
                _load(server, kept)
            raise
    return kept


class _offline:
    """The server stopped for the duration (when no one writes), and started again if it ran."""

    def __init__(self, server: LocalServer, progress: Progress):
        self.server, self.progress, self.was_running = server, progress, server.is_running()

    def __enter__(self):
        if self.was_running:
            with connect(settings_from(server=self.server)) as graph:
                busy = writers(graph)
            if busy:
                raise MechGraphError(
                    f"A writer is at work ({busy[0].get('task') or 'a load'}); try again when it has finished."
                )
            self.server.stop(self.progress)
        return self

    def __exit__(self, *exc):
        if self.was_running:
            self.server.start(progress=self.progress)
        return False


def _dump(server: LocalServer, path: Path, progress: Progress) -> None:
    progress(f"Dumping the database to {path.name}…")
    with tempfile.TemporaryDirectory(dir=server.home) as folder:
        _admin(server, "database", "dump", DATABASE, f"--to-path={folder}")
        shutil.move(Path(folder) / f"{DATABASE}.dump", path)
    path.chmod(0o600)


def _load(server: LocalServer, path: Path) -> None:
    with tempfile.TemporaryDirectory(dir=server.home) as folder:
        # neo4j-admin reads <database>.dump from a folder.
        shutil.copyfile(path, Path(folder) / f"{DATABASE}.dump")
        _admin(server, "database", "load", DATABASE, f"--from-path={folder}", "--overwrite-destination=true")


def _admin(server: LocalServer, *arguments: str) -> None:
    result = server.admin(*arguments)
    if result.returncode != 0:
        lines = [line for line in (result.stderr or result.stdout).splitlines() if line.strip()]
        reason = next((line for line in lines if "rror" in line or "not" in line), lines[-1] if lines else "")
        raise MechGraphError(
            f"neo4j-admin {' '.join(arguments[:2])} failed, nothing was changed: {reason.strip()[:300]}"
        )
