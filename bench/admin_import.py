"""Neo4j's own offline import of a plan, ``neo4j-admin database import full``, to compare with the project's loader.

The offline import is the fastest way into Neo4j: it writes the store files directly, with no
transactions, while the server is stopped. It can only fill an empty database (Community Edition
has one user database, ``neo4j``, so the import overwrites it), it does not MERGE (duplicates in
its input become duplicate nodes or relationships) and it builds no index: the schema is created
once the server is up again, and its index population is timed with it.

:func:`export` writes what a plan holds in the import tool's CSV format: one node file per label
(``id:ID(Label)``, ``:LABEL``, then a typed column per property: ``string``, ``long``, ``double``,
``boolean``, and ``string[]`` or ``long[]`` for lists) and one relationship file per type and
pair of labels (``:START_ID(Label)``, ``:END_ID(Label)``, ``:TYPE``, then the properties). Each
label is an id group of its own, as the project's loader matches ``(:Label {id: …})``. Rows
come as a stream (:func:`plan_rows` for a validated plan, :func:`bench.synth_rows.rows` straight
from a synthetic seed folder too big to validate in memory); each file's rows are spooled until
its columns and their types are known, so memory stays bounded whatever the size.

:func:`measure` exports, stops the server, imports, starts it again, creates the schema and
checks that the graph holds, label by label and type by type, what the rows said.

From the shell (``--project`` also times the project's loader on the same server first)::

    python -m bench.admin_import .bench/admin --scale 1 --project --heap 4g
    python -m bench.admin_import .bench/admin10 --scale 10 --from-rows --heap 4g
"""

from __future__ import annotations

import contextlib
import csv
import marshal
import os
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from graph import links, schema
from graph.connection import Graph, connect
from graph.errors import MechGraphError
from graph.progress import Progress, quiet
from graph.server import LocalServer, peak_memory_bytes
from graph.settings import settings_from
from loaders.seeds import Plan

__all__ = ["Export", "counts_in", "export", "import_full", "measure", "measure_files", "plan_rows"]

#: Between the items of a list property: the ASCII unit separator, in no seed value.
ARRAY_DELIMITER = "\x1f"
#: A node: ("node", label, properties); a relationship: ("rel", type, start label, start id, end label, end id, properties).
Row = tuple

_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def plan_rows(plan: Plan) -> Iterator[Row]:
    """The rows of a validated plan: every node, then every relationship, with the labels of its ends.

    >>> plan = Plan()
    >>> plan.add_node("Mechanism", {"id": "achpr", "name": "ACHPR"})
    'achpr'
    >>> plan.add_node("Organization", {"id": "au", "name": "African Union"})
    'au'
    >>> plan.relate("PART_OF", "achpr", "au")
    >>> list(plan_rows(plan))[-1]
    ('rel', 'PART_OF', 'Mechanism', 'achpr', 'Organization', 'au', {'source': 'curated'})
    """
    import json

    label_of = plan.label_of()
    for label, nodes in sorted(plan.nodes.items()):
        for properties in nodes.values():
            yield ("node", label, properties)
    for kind, start, end, properties in sorted(plan.relationships):
        yield ("rel", kind, label_of[start], start, label_of[end], end, json.loads(properties))


def _column_type(value) -> str:
    """The import tool's type of a value: ``string`` for text, ``long[]`` for a list of integers…"""
    if isinstance(value, list):
        kinds = {_TYPES[type(item)] for item in value}
        if len(kinds) != 1:
            raise MechGraphError(f"a list of mixed or unknown types cannot be imported: {value!r}")
        return kinds.pop() + "[]"
    return _TYPES[type(value)]


def _cell(value) -> str:
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_cell(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass
class _Spool:
    """The rows of one CSV file, kept on disk (marshal) until every column's type is known."""

    path: Path
    header: list[str]  # the columns before the properties
    types: dict[str, str] = field(default_factory=dict)
    rows: int = 0

    def __post_init__(self) -> None:
        # Only the user may read the export (spool and CSV), like everything else under the benchmark's folder.
        descriptor = os.open(self.path.with_suffix(".spool"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        self.stream = os.fdopen(descriptor, "wb")  # closed by write_csv

    def add(self, leading: list[str], properties: dict) -> None:
        for key, value in properties.items():
            kind = _column_type(value)
            if self.types.setdefault(key, kind) != kind:
                raise MechGraphError(f"{self.path.name}: {key!r} is {self.types[key]} and {kind}; one type a column")
        marshal.dump((leading, properties), self.stream)
        self.rows += 1

    def write_csv(self) -> bool:
        """Turn the spool into the CSV file; True when a value spans lines."""
        self.stream.close()
        keys = sorted(self.types)
        multiline = False
        spool = self.path.with_suffix(".spool")
        descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(spool, "rb") as source, os.fdopen(descriptor, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow([*self.header, *(f"{key}:{self.types[key]}" for key in keys)])
            for _ in range(self.rows):
                leading, properties = marshal.load(source)
                # An absent property is an empty cell, which the import tool leaves unset (no empty
                # text reaches here: the loaders drop empty values).
                cells = [_cell(properties[key]) if key in properties else "" for key in keys]
                multiline = multiline or any("\n" in cell or "\r" in cell for cell in cells)
                writer.writerow([*leading, *cells])
        spool.unlink()
        return multiline


@dataclass
class Export:
    """The CSV files of one import, and what they hold."""

    folder: Path
    node_files: list[Path] = field(default_factory=list)
    relationship_files: list[Path] = field(default_factory=list)
    nodes: Counter = field(default_factory=Counter)  # by label
    relationships: Counter = field(default_factory=Counter)  # by type
    multiline: bool = False
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(self.nodes.values()) + sum(self.relationships.values())

    @property
    def bytes(self) -> int:
        return sum(path.stat().st_size for path in [*self.node_files, *self.relationship_files])


def export(rows: Iterable[Row], folder: Path) -> Export:
    """Write ``rows`` as the import tool's CSV files in ``folder`` (emptied of earlier CSV files first)."""
    started = time.perf_counter()
    folder = Path(folder).resolve()  # the import tool runs in the server's home
    folder.mkdir(parents=True, exist_ok=True)
    for old in [*folder.glob("*.csv"), *folder.glob("*.spool")]:
        old.unlink()
    spools: dict[tuple, _Spool] = {}
    result = Export(folder)
    for row in rows:
        if row[0] == "node":
            _, label, properties = row
            spool = spools.get((label,))
            if spool is None:
                spool = spools[(label,)] = _Spool(folder / f"nodes-{label}.csv", [f"id:ID({label})", ":LABEL"])
            values = dict(properties)
            spool.add([values.pop("id"), label], values)
            result.nodes[label] += 1
        else:
            _, kind, start_label, start, end_label, end, properties = row
            spool = spools.get((kind, start_label, end_label))
            if spool is None:
                name = f"rels-{kind}-{start_label}-{end_label}.csv"
                header = [f":START_ID({start_label})", f":END_ID({end_label})", ":TYPE"]
                spool = spools[(kind, start_label, end_label)] = _Spool(folder / name, header)
            spool.add([start, end, kind], properties)
            result.relationships[kind] += 1
    for key, spool in sorted(spools.items()):
        result.multiline = spool.write_csv() or result.multiline
        (result.node_files if len(key) == 1 else result.relationship_files).append(spool.path)
    result.seconds = time.perf_counter() - started
    return result


class _PeakWatcher:
    """The peak resident memory of this process's children while a block runs (the import tool is a child)."""

    def __init__(self, interval: float = 0.2):
        self.interval, self.peak = interval, 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        me = psutil.Process()
        while not self._done.wait(self.interval):
            for child in me.children(recursive=True):
                with contextlib.suppress(psutil.Error):  # a child that ended meanwhile
                    self.peak = max(self.peak, child.memory_info().rss)

    def __enter__(self) -> _PeakWatcher:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._done.set()
        self._thread.join()


def import_full(server: LocalServer, files: Export, off_heap: str = "2g") -> tuple[float, int]:
    """Run ``neo4j-admin database import full`` of ``files`` into the (stopped) server's ``neo4j``
    database, overwriting it; the seconds it took and the import tool's peak resident memory."""
    if server.is_running():
        raise MechGraphError("the offline import needs the server stopped")
    arguments = [
        "database",
        "import",
        "full",
        "neo4j",  # the database, before the options: --nodes and --relationships take every word after them
        "--overwrite-destination=true",
        "--id-type=string",
        f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}",
        f"--max-off-heap-memory={off_heap}",
        f"--report-file={files.folder / 'import.report'}",
        *(["--multiline-fields=true"] if files.multiline else []),
        *(f"--nodes={path}" for path in files.node_files),
        *(f"--relationships={path}" for path in files.relationship_files),
    ]
    started = time.perf_counter()
    with _PeakWatcher() as watcher:
        result = server.admin(*arguments)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        said = [line for line in (result.stderr or result.stdout).splitlines() if line.strip() and "\tat " not in line]
        raise MechGraphError(f"neo4j-admin database import failed: {' '.join(said[:5])[:600]}")
    return seconds, watcher.peak


def counts_in(graph: Graph) -> tuple[Counter, Counter]:
    """Nodes by label and relationships by type, the Meta nodes and the derived links left out (only
    the project's loader writes them)."""
    nodes = Counter(
        {
            row["label"]: row["n"]
            for row in graph.read("MATCH (n) WHERE NOT n:Meta UNWIND labels(n) AS label RETURN label, count(*) AS n")
        }
    )
    relationships = Counter(
        {
            row["kind"]: row["n"]
            for row in graph.read("MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS n")
            if row["kind"] != links.LINKED
        }
    )
    return nodes, relationships


def measure(server: LocalServer, rows: Iterable[Row], folder: Path, progress: Progress = quiet) -> dict:
    """Export ``rows`` to ``folder``, import them into ``server`` (stopped for it, started again on its
    port), create the schema and check the counts; the figures, the server left running."""
    progress("neo4j-admin database import full: exporting the CSV files…")
    files = export(rows, folder)
    progress(f"  {files.rows:,} rows, {files.bytes / 2**20:,.0f} MB of CSV in {files.seconds:.1f} s")
    return measure_files(server, files, progress)


def measure_files(server: LocalServer, files: Export, progress: Progress = quiet) -> dict:
    """:func:`measure` of files exported before (``make bench`` exports them while it holds the validated plan,
    and imports them last)."""
    progress("neo4j-admin database import full: importing…")
    port = server.port if server.is_running() else None
    if port is not None:
        server.stop(progress)
    import_seconds, import_peak = import_full(server, files)
    started = time.perf_counter()
    server.start(port=port, progress=progress)
    with connect(settings_from(server=server)) as graph:
        start_seconds = time.perf_counter() - started
        started = time.perf_counter()
        schema.init(graph)
        graph.read("CALL db.awaitIndexes(3600)")
        schema_seconds = time.perf_counter() - started
        nodes, relationships = counts_in(graph)
    if (nodes, relationships) != (files.nodes, files.relationships):
        raise MechGraphError(
            f"the import made {dict(nodes)} and {dict(relationships)}, "
            f"the files held {dict(files.nodes)} and {dict(files.relationships)}"
        )
    seconds = files.seconds + import_seconds
    progress(f"  import {import_seconds:.1f} s, schema {schema_seconds:.1f} s; the graph holds every row")
    return {
        "rows": files.rows,
        "nodes": sum(nodes.values()),
        "relationships": sum(relationships.values()),
        "nodes_by_label": dict(sorted(nodes.items())),
        "relationships_by_type": dict(sorted(relationships.items())),
        "csv_mb": round(files.bytes / 2**20),
        "export_seconds": round(files.seconds, 1),
        "import_seconds": round(import_seconds, 1),
        "schema_seconds": round(schema_seconds, 1),
        "start_seconds": round(start_seconds, 1),
        "seconds": round(seconds, 1),
        "rows_per_second": round(files.rows / seconds),
        "import_peak_mb": round(import_peak / 2**20),
        "neo4j_peak_mb": round((peak_memory_bytes(server.pid()) or 0) / 2**20),
    }


def _project_load(server: LocalServer, seed_folder: Path, progress: Progress) -> tuple[Plan, dict]:
    """The project's loader on the same server, for the ratio: validate, then write (one transaction)."""
    from loaders import seeds

    started = time.perf_counter()
    plan, problems = seeds.validate(seed_folder)
    validate_seconds = time.perf_counter() - started
    if problems:
        raise MechGraphError(f"the seeds have {len(problems)} problems, the first: {problems[0]}")
    with connect(settings_from(server=server)) as graph:
        schema.init(graph)
        started = time.perf_counter()
        seeds.write(graph, plan, progress=progress)
        write_seconds = time.perf_counter() - started
        nodes, relationships = counts_in(graph)
    rows = sum(nodes.values()) + sum(relationships.values())
    progress(f"  validate {validate_seconds:.1f} s + write {write_seconds:.1f} s, {rows:,} rows")
    return plan, {
        "rows": rows,
        "nodes": dict(sorted(nodes.items())),
        "relationships": dict(sorted(relationships.items())),
        "validate_seconds": round(validate_seconds, 1),
        "write_seconds": round(write_seconds, 1),
        "seconds": round(validate_seconds + write_seconds, 1),
        "neo4j_peak_mb": round((peak_memory_bytes(server.pid()) or 0) / 2**20),
    }


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json
    import resource
    import sys

    from bench import report, synth

    parser = argparse.ArgumentParser(prog="python -m bench.admin_import", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="work folder: seeds/, home/ (the server), csv/, results.json")
    parser.add_argument("--scale", type=float, default=1.0, help="1 gives about 10^5 nodes and 10^6 relationships")
    parser.add_argument("--project", action="store_true", help="time the project's loader on the same server first")
    parser.add_argument(
        "--from-rows", action="store_true", help="export straight from the synthetic rows, without validating"
    )
    parser.add_argument("--keep-seeds", action="store_true", help="reuse folder/seeds if it was generated already")
    parser.add_argument("--heap", default="4g", help="the Neo4j heap")
    arguments = parser.parse_args(argv)
    if arguments.project and arguments.from_rows:
        parser.error("--project validates the plan; it cannot go with --from-rows")
    say = print
    work = arguments.folder.resolve()
    seed_folder = work / "seeds"
    results: dict = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "scale": arguments.scale,
        "heap": arguments.heap,
        "machine": report.machine(),
        "command": "python -m bench.admin_import " + " ".join(sys.argv[1:] if argv is None else argv),
    }
    if not (arguments.keep_seeds and seed_folder.exists()):
        say(f"Generating the synthetic graph (scale {arguments.scale}) in {seed_folder}…")
        started = time.perf_counter()
        results["rows_per_file"] = synth.generate(seed_folder, arguments.scale)
        results["synth_seconds"] = round(time.perf_counter() - started, 1)
    os.environ["MECHGRAPH_NEO4J_HEAP"] = arguments.heap
    os.environ.setdefault("MECHGRAPH_NEO4J_PAGECACHE", "2g")
    server = LocalServer(home=work / "home")
    if server.is_running():  # left by an interrupted run
        server.stop()
    from graph.server import free_port

    server.start(port=free_port(), progress=say)
    try:
        if arguments.from_rows:
            from bench import synth_rows

            rows: Iterable[Row] = synth_rows.rows(seed_folder)
        else:
            if arguments.project:
                say("The project's loader (validate, then one transaction)…")
                plan, results["project"] = _project_load(server, seed_folder, say)
            else:
                from loaders import seeds

                plan, _problems = seeds.validate(seed_folder)
            rows = plan_rows(plan)
        results["admin_import"] = measure(server, rows, work / "csv", say)
        if arguments.project:
            project, admin = results["project"], results["admin_import"]
            made = (admin["nodes_by_label"], admin["relationships_by_type"])
            if (project["nodes"], project["relationships"]) != made:
                raise MechGraphError(f"the project's loader made {project}, the import {made}")
            results["ratio"] = {
                "project_whole_load_over_import": round(project["seconds"] / admin["seconds"], 1),
                "project_write_over_import": round(project["write_seconds"] / admin["seconds"], 1),
            }
        results["python_peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    finally:
        if server.is_running():
            server.stop()
    (work / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    say(json.dumps({key: results[key] for key in results if key not in ("machine",)}, indent=2))
    return 0


if __name__ == "__main__":
    import sys

    try:
        sys.exit(main())
    except MechGraphError as error:
        print(f"Error: {error}", file=sys.stderr)
        sys.exit(1)
