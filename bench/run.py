"""The scale benchmark in one run: ``make bench`` (or ``python -m bench.run``).

On a Neo4j server of its own (in ``.bench/home``, on a free loopback port), it generates a
synthetic graph (:mod:`bench.synth`), then measures, on the same machine and in this order:

1. the PDF briefing for three attendees, on the seed graph, while the server holds nothing else
   (:mod:`bench.briefing`);
2. LOAD CSV with ``CALL { … } IN TRANSACTIONS`` (:func:`bench.loaders.load_csv`);
3. the naive loader, one transaction per row (:func:`bench.loaders.naive`), on a random sample
   of the rows, as the whole would take about an hour;
4. the project's loader (``mechgraph load``: validate, then one transaction, or batches of
   their own transactions above 250,000 rows or with ``--batched``), a second load, which must
   change nothing and finds so from the files' digests alone, a load after one changed row, and
   the same write in batches when the first was one transaction;
5. the network figures, igraph against networkx (:mod:`bench.analytics`);
6. p50, p95 and p99 latency of every catalogue query (:mod:`bench.latency`), and one review
   decision (:mod:`bench.accept`);
7. the first render of the dashboard's network page in headless Chromium (:mod:`bench.render`);
8. ten people on the dashboard at once: browser sessions opening every page concurrently, p50,
   p95 and max page time and every error (:mod:`bench.sessions`);
9. peak memory of this Python process, of the dashboard and of the Neo4j server;
10. Neo4j's own offline import of the same plan, ``neo4j-admin database import full``
    (:mod:`bench.admin_import`): its CSV files exported from the plan validated for step 2, the
    import last, as it stops the server and replaces its graph.

Each step's seconds, with the machine's load average, go with the figures (``steps``).

The figures go to ``.bench/results.json`` and into BENCHMARKS.md (:mod:`bench.report`),
where the previous run's tables move down under "Previous runs".

From the shell (a quick run; tests/test_bench.py runs each part at a smaller scale still)::

    make bench BENCH_ARGS="--scale 0.01 --runs 5 --no-render --no-sessions --no-briefing"

``--only-load`` measures the project's whole load alone (``mechgraph load`` of the folder into an
empty graph: validating, writing, the peaks of Python and Neo4j), for scales where the rest would
not fit the machine (``--scale 10 --heap 4g --only-load``); ``--seeds FOLDER`` takes a folder
generated before instead of generating one.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sys
import time
from pathlib import Path

from bench import accept, analytics, latency, loaders, report, synth
from graph import links, schema
from graph.connection import connect
from graph.errors import MechGraphError
from graph.server import LocalServer, free_port, peak_memory_bytes
from graph.settings import settings_from
from loaders import seeds
from loaders.seeds import Plan
from loaders.seeds import batched as seeds_batched
from loaders.seeds import digests as seeds_digests
from registry.names import Resolver

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".bench"
# The naive loader writes this share of the rows' relationships, with every node they link
# (about twice as many rows in all): half a minute at its pace (4,000 took 2.5 minutes on a busy machine).
NAIVE_ROWS = 1500
# Above this many rows, LOAD CSV writes a random sample: this many rows' share of the relationships, with every
# node they link (the whole of scale 1 took 2.7 minutes on a busy machine). A MERGE among fewer relationships per
# body is quicker, so the sample's pace flatters LOAD CSV against the project's loader, if anything.
LOAD_CSV_ROWS = 250_000
# The seconds the sessions at once are given: at scale 1, ten sessions of twelve pages took 287 s at a load average
# of 10 to 30, and a busier night let every page time out, which took 13 minutes.
SESSIONS_BUDGET = 240


def say(message: str) -> None:
    print(message, flush=True)


@contextlib.contextmanager
def step(results: dict, name: str):
    """Time one step of the run into ``results["steps"]``, with the machine's load average (1 minute) at its end:
    the 15-minute target is for a quiet machine, and a shared one is rarely quiet."""
    started = time.perf_counter()
    try:
        yield
    finally:
        seconds = time.perf_counter() - started
        results.setdefault("steps", {})[name] = {"seconds": round(seconds, 1), "load": round(os.getloadavg()[0], 1)}
        say(f"  [{name}: {seconds:.1f} s, load average {os.getloadavg()[0]:.1f}]")


def empty(graph) -> None:
    """Delete every node in batches (one transaction for a million relationships needs gigabytes)."""
    with graph.driver.session(database=graph.settings.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def counts(graph) -> dict:
    """Nodes and relationships, the derived body links left out (only the project builds them)."""
    return {
        "nodes": graph.read("MATCH (n) WHERE NOT n:Meta RETURN count(n) AS n")[0]["n"],
        "relationships": graph.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
        - graph.read(f"MATCH ()-[r:{'|'.join(schema.DERIVED_RELATIONSHIPS)}]->() RETURN count(r) AS n")[0]["n"],
    }


def changed_row(graph, folder: Path) -> dict:
    """A load after one activity's status changed: its seconds, split into validating the folder, writing (the row
    and the links of its bodies) and computing the network figures again, and the rows it wrote.

    The file is put back afterwards but not loaded again: the graph keeps the changed status, which no later
    step reads (they count nodes and relationships, or draw their parameters from the graph itself), and a
    second whole load would cost as much as this one."""
    path = folder / "activities.yaml"
    text = path.read_text(encoding="utf-8")
    held = '  status: "held"'
    first = text.index(held)
    path.write_text(text[:first] + '  status: "proposed"' + text[first + len(held) :], encoding="utf-8")
    marks: dict[str, float] = {}

    def mark(line: str) -> None:
        say(f"  {time.perf_counter() - started:7.1f} s {line}")
        for start, part in (("Comparing with the graph", "validated"), ("Computing centrality", "written")):
            if line.startswith(start):
                marks.setdefault(part, time.perf_counter() - started)

    try:
        started = time.perf_counter()
        summary = seeds.load(graph, folder, progress=mark)[1]
        seconds = time.perf_counter() - started
    finally:
        path.write_text(text, encoding="utf-8")
    validated = marks.get("validated", seconds)
    written = marks.get("written", seconds)
    writes = sum(map(sum, (summary.created.values(), summary.updated.values(), summary.deleted.values())))
    return {
        "seconds": round(seconds, 1),
        "validate_seconds": round(validated, 1),
        "write_seconds": round(written - validated, 1),
        "analytics_seconds": round(seconds - written, 1),
        "writes": writes + sum(summary.relationships_created.values()) + sum(summary.relationships_deleted.values()),
    }


def measure_load(graph, server: LocalServer, folder: Path) -> dict:
    """The project's whole load of ``folder`` (validate, then write, as ``mechgraph load``): its seconds, the
    validation's share, the rows written, and the peaks of this process and of the server."""
    marks: dict[str, float] = {}
    started = time.perf_counter()

    def said(line: str) -> None:
        if line.startswith("Comparing with the graph"):
            marks["validated"] = time.perf_counter() - started
        say(f"  {time.perf_counter() - started:7.1f} s {line}")

    _plan, summary = seeds.load(graph, folder, progress=said)
    seconds = time.perf_counter() - started
    validated = marks.get("validated", seconds)
    return {
        "seconds": round(seconds, 1),
        "validate_seconds": round(validated, 1),
        "write_seconds": round(seconds - validated, 1),
        "nodes": sum(summary.created.values()),
        "relationships": sum(summary.relationships_created.values()),
        "python_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "neo4j_peak_mb": round((peak_memory_bytes(server.pid()) or 0) / 2**20),
    }


def measure_loaders(graph, server: LocalServer, folder: Path, results: dict, batched: bool | None = None) -> Plan:
    """The three loaders on the same validated plan, which is returned (the offline import exports it too)."""
    say("Validating the synthetic seeds…")
    started = time.perf_counter()
    plan, problems = seeds.validate(folder)
    validate_seconds = time.perf_counter() - started
    if problems:
        raise MechGraphError(f"the synthetic seeds have {len(problems)} problems, the first: {problems[0]}")
    rows = loaders.rows_of(plan)
    say(
        f"  {rows:,} rows ({sum(map(len, plan.nodes.values())):,} nodes, {len(plan.relationships):,} relationships) "
        f"in {validate_seconds:.1f} s"
    )

    whole = rows <= LOAD_CSV_ROWS
    part = plan if whole else loaders.sample(plan, LOAD_CSV_ROWS / rows)
    say(
        "LOAD CSV … CALL { MERGE … } IN TRANSACTIONS"
        + ("…" if whole else f", on a random sample of {loaders.rows_of(part):,} rows…")
    )
    empty(graph)
    server.import_dir.mkdir(parents=True, exist_ok=True)
    csv_timing = loaders.load_csv(graph, part, server.import_dir)
    del part
    csv_counts = counts(graph) if whole else None  # the same graph as the project's loader, when the whole
    for path in server.import_dir.glob("*.csv"):
        path.unlink()
    say(f"  {csv_timing.seconds:.1f} s, {csv_timing.rows_per_second:,.0f} rows/s")

    part = loaders.sample(plan, NAIVE_ROWS / rows)
    say(f"The naive loader (one transaction per row) on a sample of {loaders.rows_of(part):,} rows…")
    empty(graph)
    naive_timing = loaders.naive(graph, part)
    say(f"  {naive_timing.seconds:.1f} s, {naive_timing.rows_per_second:,.0f} rows/s")

    say("The project's loader (mechgraph load)…")
    empty(graph)
    files = seeds_digests.files(folder)
    said: list[str] = []
    started = time.perf_counter()
    seeds.write(graph, plan, progress=lambda line: (said.append(line), say(line)), files=files, batched=batched)
    write_seconds = time.perf_counter() - started
    batches = sum(1 for line in said if line.startswith("  batch "))
    project_counts = counts(graph)
    started = time.perf_counter()
    again = seeds.load(graph, folder)[1]
    again_seconds = time.perf_counter() - started
    if again.changed:
        raise MechGraphError("loading the same seeds twice changed the graph")
    started = time.perf_counter()
    # What rebuilding every link costs (a seed load rebuilds its bodies'). Before the changed row: the rebuild leaves
    # the network figures stale, and the changed row's load computes them again, as the figures measured next need.
    graph.write_transaction(links.refresh)
    links_seconds = time.perf_counter() - started
    say(f"  every link rebuilt in {links_seconds:.1f} s; a load after one changed row…")
    changed = changed_row(graph, folder)
    batched_seconds = write_seconds if batches else None
    if not batches:  # a write small enough for one transaction: time the same write in batches too
        empty(graph)
        said.clear()
        started = time.perf_counter()
        seeds.write(graph, plan, progress=said.append, files=files, batched=True)
        batched_seconds = time.perf_counter() - started
        batches = sum(1 for line in said if line.startswith("  batch "))
        if counts(graph) != project_counts:
            raise MechGraphError("the batched load did not make the graph the one-transaction load made")
    if csv_counts is not None and project_counts != csv_counts:
        raise MechGraphError(f"LOAD CSV made {csv_counts}, the project's loader {project_counts}: not the same graph")
    total = validate_seconds + write_seconds
    say(
        f"  validate {validate_seconds:.1f} s + write {write_seconds:.1f} s = {total:.1f} s; load of unchanged files "
        f"{again_seconds:.1f} s; one changed row {changed['seconds']:.1f} s; in {batches} batches {batched_seconds:.1f} s"
    )
    results["graph"] = {
        **project_counts,
        "links": graph.read(f"MATCH ()-[r:{links.LINKED}]->() RETURN count(r) AS n")[0]["n"],
        "rows": rows,
        "files": {path.name: path.stat().st_size for path in sorted(folder.glob("*.yaml"))},
    }
    results["load"] = {
        "project": {
            "rows": rows,
            "validate_seconds": round(validate_seconds, 1),
            "write_seconds": round(write_seconds, 1),
            "seconds": round(total, 1),
            "rows_per_second": round(rows / total),
            "write_rows_per_second": round(rows / write_seconds),
            "second_load_seconds": round(again_seconds, 1),
            "changed_row_seconds": changed["seconds"],
            "changed_row_validate_seconds": changed["validate_seconds"],
            "changed_row_write_seconds": changed["write_seconds"],
            "changed_row_analytics_seconds": changed["analytics_seconds"],
            "changed_row_writes": changed["writes"],
            "batched_seconds": round(batched_seconds, 1),
            "batches": batches,
            "batch_rows": seeds_batched.ROWS,
            "write_mode": "batched" if batched_seconds == write_seconds else "one transaction",
            "links_seconds": round(links_seconds, 1),
        },
        "load_csv": {
            "rows": csv_timing.rows,
            "seconds": round(csv_timing.seconds, 1),
            "export_seconds": round(csv_timing.export_seconds, 1),
            "rows_per_second": round(csv_timing.rows_per_second),
            "sample": not whole,
        },
        "naive": {
            "rows": naive_timing.rows,
            "seconds": round(naive_timing.seconds, 1),
            "rows_per_second": round(naive_timing.rows_per_second, 1),
        },
    }
    return plan


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1 gives about 10^5 nodes and 10^6 relationships")
    # 100 runs give p95 as the 6th slowest and p99 as the 2nd slowest (the table says so); 200 took 7.5 minutes.
    parser.add_argument("--runs", type=int, default=100, help="timed runs of each query, after the warm-up")
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--render-nodes", type=int, nargs="*", default=[500, 5000], help="network sizes to render")
    parser.add_argument("--no-render", action="store_true", help="skip the network page's first render")
    parser.add_argument(
        "--sessions", type=int, default=10, help="browser sessions opening every page at once (default 10)"
    )
    parser.add_argument("--no-sessions", action="store_true", help="skip the concurrent sessions")
    parser.add_argument("--no-briefing", action="store_true", help="skip the PDF briefing (on the seed graph)")
    parser.add_argument("--no-admin-import", action="store_true", help="skip neo4j-admin's offline import")
    parser.add_argument("--heap", default="6g", help="the Neo4j heap for the benchmark server")
    parser.add_argument(
        "--batched",
        action="store_true",
        help="the project's loader writes in batches whatever the size (for --scale 10 --heap 4g)",
    )
    parser.add_argument("--only-load", action="store_true", help="measure the project's whole load alone")
    parser.add_argument("--seeds", type=Path, help="a synthetic folder generated before (default: generate one)")
    parser.add_argument(
        "--markdown", type=Path, default=ROOT / "BENCHMARKS.md", help="where the table goes ('-': nowhere)"
    )
    argv = sys.argv[1:] if argv is None else argv
    arguments = parser.parse_args(argv)
    if arguments.seeds and not arguments.only_load:
        parser.error("--seeds goes with --only-load (the other measures generate their folder)")

    results: dict = {
        "date": time.strftime("%Y-%m-%d"),
        "scale": arguments.scale,
        "machine": report.machine(),
        "heap": arguments.heap,
        "command": "make bench" + (f" BENCH_ARGS='{' '.join(argv)}'" if argv else ""),
    }
    failed: list[str] = []  # the steps that could not be measured
    started = time.perf_counter()
    folder = arguments.seeds or WORK / "seeds"
    if arguments.seeds is None:
        say(f"Generating the synthetic graph (scale {arguments.scale}) in {folder}…")
        with step(results, "synthetic graph"):
            results["rows_per_file"] = synth.generate(folder, arguments.scale)
    os.environ["MECHGRAPH_NEO4J_HEAP"] = arguments.heap
    os.environ.setdefault("MECHGRAPH_NEO4J_PAGECACHE", "2g")
    server = LocalServer(home=WORK / "home")
    if server.is_running():  # left by an interrupted run
        server.stop()
    server.reset()  # the graph a previous run left (the offline import's): each run starts from an empty store
    with step(results, "server"):
        server.start(port=free_port(), progress=say)
    try:
        settings = settings_from(server=server)
        with connect(settings) as graph:
            schema.init(graph)
            if arguments.only_load:
                results["only_load"] = measure_load(graph, server, folder)
                WORK.mkdir(exist_ok=True)
                (WORK / "results-load.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
                say(f"  {results['only_load']}; in {WORK / 'results-load.json'}")
                return 0
            if not arguments.no_briefing:
                # First, while the graph is empty: the seed graph loaded beside a graph of 10^6 relationships
                # would need that graph emptied first, which takes longer than the briefing.
                from bench import briefing

                say("The PDF briefing for ACHPR, IACHR and NIRMS, on the seed graph, before the synthetic one…")
                with step(results, "briefing"):
                    seeds.load(graph)
                    results["briefing"] = briefing.measure(graph)
                say(f"  {results['briefing']}")
            with step(results, "loaders"):
                plan = measure_loaders(graph, server, folder, results, batched=True if arguments.batched else None)
            if not arguments.no_admin_import:  # exported now, from the plan validated above; imported last
                from bench import admin_import

                say("The same plan exported for neo4j-admin database import…")
                with step(results, "offline import's export"):
                    exported = admin_import.export(admin_import.plan_rows(plan), WORK / "admin-import")
                say(f"  {exported.rows:,} rows, {exported.bytes / 2**20:,.0f} MB of CSV")
            del plan
            with step(results, "network figures"):
                # The load after one changed row stored the figures centrality reads: computed again only if stale.
                results["analytics"] = analytics.measure(graph, store=None, progress=say)
            say(f"Query latency: {arguments.runs} runs of each query after {arguments.warmup} warm-up runs…")
            with step(results, "queries"):
                resolver = Resolver.from_seeds(folder)
                results["queries"] = latency.measure(
                    graph, resolver, runs=arguments.runs, warmup=arguments.warmup, progress=say
                )
            say("One review decision between busy bodies, accepted then withdrawn…")
            with step(results, "review decision"):
                results["review"] = accept.measure(graph, runs=max(20, arguments.runs // 10))
            say(f"  accept p95 {results['review']['accept_p95_ms']} ms")
        if not arguments.no_render:
            from bench import render

            results["render"] = {}
            for nodes in arguments.render_nodes:
                say(f"First render of the network page at {nodes} nodes…")
                with step(results, f"network page at {nodes}"):
                    results["render"][str(nodes)] = render.first_render(settings, nodes)
                say(f"  {results['render'][str(nodes)]}")
        if not arguments.no_sessions:
            from bench import sessions

            say(f"{arguments.sessions} sessions opening every page of the dashboard at once…")
            try:
                with step(results, "sessions"):
                    figures = sessions.measure(settings, arguments.sessions, progress=say, budget=SESSIONS_BUDGET)
            except MechGraphError as error:  # the other figures are still worth writing
                failed.append(f"ten people at once: {error}")
                say(f"  {error}")
            else:
                results["sessions"] = figures
                say(
                    f"  p50 {figures['all']['p50_s']} s, p95 {figures['all']['p95_s']} s, "
                    f"max {figures['all']['max_s']} s, {len(figures['errors']) + len(figures['warmup_errors'])} errors"
                )
        measured = [*results.get("render", {}).values(), *([results["sessions"]] if "sessions" in results else [])]
        dashboards = [figures["dashboard_peak_mb"] for figures in measured]
        results["memory"] = {
            "python_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "neo4j_peak_mb": round((peak_memory_bytes(server.pid()) or 0) / 2**20),
            "dashboard_peak_mb": max(dashboards, default=None),
        }
        if not arguments.no_admin_import:  # last: it stops the server and replaces its graph
            say("neo4j-admin database import full of the same plan, the server stopped…")
            with step(results, "offline import"):
                imported = admin_import.measure_files(server, exported, progress=say)
            if (imported["nodes"], imported["relationships"]) != (
                results["graph"]["nodes"],
                results["graph"]["relationships"],
            ):
                raise MechGraphError(f"neo4j-admin imported {imported}, the project's loader wrote {results['graph']}")
            results["load"]["admin_import"] = imported
        results["seconds"] = round(time.perf_counter() - started, 1)
    finally:
        server.stop()
    WORK.mkdir(exist_ok=True)
    (WORK / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    say(f"Results in {WORK / 'results.json'}")
    if str(arguments.markdown) != "-":
        report.update(arguments.markdown, results)
        say(f"Table written to {arguments.markdown}")
    for problem in failed:
        print(f"Not measured: {problem}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except MechGraphError as error:
        print(f"Error: {error}", file=sys.stderr)
        sys.exit(1)
