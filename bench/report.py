"""The benchmark's figures as Markdown tables in BENCHMARKS.md, with the previous runs kept below.

Each kind of run has its block between two markers: ``scale`` for ``make bench`` (loaders,
queries, the network page, the concurrent sessions, memory) and ``sessions`` for
``python -m bench.sessions`` on a graph of one's choice (the seed graph, in BENCHMARKS.md). A new
run replaces the block's current tables and moves the old ones under "Previous runs", so runs on
one machine can be compared side by side.

``bench.run`` calls ``update(Path("BENCHMARKS.md"), results)`` with the figures it saved in
``.bench/results.json``, ``bench.sessions`` calls ``update_sessions``; tests/test_bench.py checks
that the previous run is kept.
"""

from __future__ import annotations

import json
import os
import platform
from importlib import metadata
from pathlib import Path

from bench.analytics import table as analytics_table
from bench.briefing import table as briefing_table

__all__ = ["machine", "sessions_table", "tables", "update", "update_sessions"]

KEEP = 4  # previous runs kept
QUERY_TARGET_MS = 50
#: One review decision (accepting a candidate) at 10^6 relationships.
ACCEPT_TARGET_MS = 200
#: The network page's render targets (issue 16): seconds, warm and cold, by nodes asked.
RENDER_TARGETS = {"500": {"warm": 2.0, "cold": 4.0}, "5000": {"warm": 5.0}}


def markers(block: str) -> tuple[str, str, str]:
    """The comments that delimit a block: its start, where its previous runs start, its end."""
    return f"<!-- {block}:begin -->", f"<!-- {block}:previous -->", f"<!-- {block}:end -->"


def machine(neo4j_server: str | None = None) -> dict:
    """The machine and the versions a run is reported with; the Neo4j version is the managed server's unless given."""
    import psutil

    from graph.server import neo4j_version

    cpuinfo = Path("/proc/cpuinfo")
    model = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in cpuinfo.read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor(),
        )
        if cpuinfo.exists()
        else platform.processor()
    )
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "system": platform.platform(),
        "python": platform.python_version(),
        "neo4j_server": neo4j_server or neo4j_version(),
        **{package: metadata.version(package) for package in ("neo4j", "networkx", "streamlit", "pyvis")},
    }


def _verdict(value: float, target: float, lower_is_better: bool = True) -> str:
    met = value <= target if lower_is_better else value >= target
    if met:
        return "met"
    ratio = value / target
    # Two decimals near the target, so that 5.23 s against 5 s does not read "1.0× the target".
    return f"missed ({ratio:.1f}× the target)" if ratio >= 10 else f"missed ({ratio:.2f}× the target)"


def _slowest(runs: int, fraction: float = 0.99) -> str:
    """Which of ``runs`` timings a percentile near the top is (interpolated: the nearest), in words.

    >>> _slowest(100), _slowest(200), _slowest(5)
    ('the 2nd slowest of 100', 'the 3rd slowest of 200', 'the slowest of 5')
    """
    rank = round((runs - 1) * (1 - fraction)) + 1
    if rank == 1:
        return f"the slowest of {runs}"
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"the {rank}{suffix} slowest of {runs}"


def _write_mode(project: dict) -> str:
    if project.get("write_mode") == "batched":
        return f"{project['batches']} transactions of at most {project['batch_rows']:,} rows (batched)"
    return "one transaction of batched UNWIND"


def _load_lines(project: dict) -> list[str]:
    """The incremental and batched loads, when the run measured them."""
    if "changed_row_seconds" not in project:
        return []
    parts = (
        f": validating every file again {project['changed_row_validate_seconds']} s, writing "
        f"{project['changed_row_writes']} row{'' if project['changed_row_writes'] == 1 else 's'} and the links of "
        "that activity's bodies only "
        f"{project['changed_row_write_seconds']} s, computing the network figures again "
        f"{project['changed_row_analytics_seconds']} s"
        if "changed_row_validate_seconds" in project
        else f" (validating every file again, then writing {project['changed_row_writes']} rows and the links of that "
        "activity's bodies only)"
    )
    lines = [
        "",
        f"A load after one changed row (an activity's status) takes {project['changed_row_seconds']} s{parts}.",
    ]
    if project.get("write_mode") != "batched":
        lines.append(
            f"The same write in batches ({project['batches']} transactions of at most {project['batch_rows']:,} rows) "
            f"takes {project['batched_seconds']} s."
        )
    return lines


def tables(results: dict) -> str:
    """The run as Markdown: machine, load, queries, render and memory."""
    machine, load, graph = results["machine"], results["load"], results["graph"]
    project, csv = load["project"], load["load_csv"]
    lines = [
        f"### Run of {results['date']}, scale {results['scale']}",
        "",
        f"Command: `{results['command']}`. Machine: {machine['cores']} cores ({machine['cpu']}), {machine['memory_gb']} GB memory, "
        f"{machine['system']}. Python {machine['python']}, Neo4j {machine['neo4j_server']} Community, driver {machine['neo4j']}, "
        f"networkx {machine['networkx']}, Streamlit {machine['streamlit']}, pyvis {machine['pyvis']}.",
        "",
        f"Graph: {graph['nodes']:,} nodes and {graph['relationships']:,} relationships ({graph['rows']:,} rows to write), "
        f"plus {graph['links']:,} derived body-to-body links.",
        "",
        "The three loaders start from the same validated plan, so the like-for-like ratio is the project's write against "
        "theirs; its whole load also reads and checks the seed files (every quote against its document).",
        "",
        "| loader | rows | seconds | rows/s | project's write ÷ this | project's whole load ÷ this | target (on the write) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
        f"| project, write: {_write_mode(project)}, the derived links rebuilt | {project['rows']:,} | {project['write_seconds']} "
        f"| {project['write_rows_per_second']:,} | 1 | | |",
        f"| project, whole load (`mechgraph load`: validate {project['validate_seconds']} s + write) | {project['rows']:,} "
        f"| {project['seconds']} | {project['rows_per_second']:,} | | 1 | 10^6 relationships in < 120 s: {_verdict(project['seconds'], 120)} |",
    ]
    for label, key, target in (
        (
            "LOAD CSV + `CALL { MERGE } IN TRANSACTIONS OF 10000 ROWS` (CSV export "
            f"{csv['export_seconds']} s included"
            + (
                "; a random sample, into an empty graph: fewer relationships per body make its MERGE quicker)"
                if csv.get("sample")
                else ")"
            ),
            "load_csv",
            0.5,
        ),
        ("naive: one transaction per row, each a MERGE (a random sample)", "naive", 50),
        *_admin_import_row(load),
    ):
        other = load[key]
        write_ratio = project["write_rows_per_second"] / other["rows_per_second"]
        whole_ratio = project["rows_per_second"] / other["rows_per_second"]
        lines.append(
            f"| {label} | {other['rows']:,} | {other['seconds']} | {other['rows_per_second']:,} | {write_ratio:.2f} "
            f"| {whole_ratio:.2f} | " + (f"≥ {target}: {_verdict(write_ratio, target, False)}" if target else "") + " |"
        )
    lines += [
        "",
        f"Loading the same seeds again takes "
        f"{project['second_load_seconds']} s and changes nothing"
        + (
            f" (files' digests as recorded: nothing validated; ≤ 10 s: {_verdict(project['second_load_seconds'], 10)})"
            if "changed_row_seconds" in project
            else ""
        )
        + f". Rebuilding every derived body-to-body link takes {project.get('links_seconds', '?')} s.",
        *_load_lines(project),
    ]
    if results.get("review"):
        review = results["review"]
        lines += [
            "",
            f"One review decision between busy bodies ({review['runs']} runs, `bench/accept.py`): accepting a "
            f"candidate p50 {review['accept_p50_ms']} ms, p95 {review['accept_p95_ms']} ms, p99 {review['accept_p99_ms']} ms "
            f"({_verdict(review['accept_p95_ms'], ACCEPT_TARGET_MS)} for p95 ≤ {ACCEPT_TARGET_MS} ms); withdrawing it p50 "
            f"{review['withdraw_p50_ms']} ms, p95 {review['withdraw_p95_ms']} ms.",
        ]
    queries = results["queries"]
    runs = {figures["runs"] for figures in queries.values()}
    p99 = f"p99 ms ({_slowest(runs.pop())})" if len(runs) == 1 else "p99 ms"
    lines += [
        "",
        f"| query | runs | p50 ms | p95 ms | {p99} | max ms | rows (mean) | p95 ≤ {QUERY_TARGET_MS} ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for name, figures in sorted(queries.items(), key=lambda item: -item[1]["p95_ms"]):
        lines.append(
            f"| {name} | {figures['runs']} | {figures['p50_ms']} | {figures['p95_ms']} | {figures.get('p99_ms', '')} "
            f"| {figures['max_ms']} "
            f"| {figures['mean_rows']} | {_verdict(figures['p95_ms'], QUERY_TARGET_MS)} |"
        )
    met = sum(1 for figures in queries.values() if figures["p95_ms"] <= QUERY_TARGET_MS)
    lines += ["", f"{met} of {len(queries)} queries meet the latency target."]
    if results.get("analytics"):
        lines += ["", "Network figures (`centrality` reads them, stored), igraph against networkx:", ""]
        lines += [analytics_table(results["analytics"])]
        if not results["analytics"].get("compute_seconds") and "changed_row_analytics_seconds" in project:
            lines[-1] += (
                f" A whole computation, stored, took {project['changed_row_analytics_seconds']} s in the load after "
                "one changed row (the figures were current after it, so not computed again)."
            )
    if results.get("render"):
        lines += [
            "",
            "| network page, drawn nodes asked | drawn nodes | drawn edges | first render, cold s | warm s (median) | target |",
            "| --- | ---: | ---: | ---: | ---: | --- |",
        ]
        for nodes, figures in results["render"].items():
            targets = RENDER_TARGETS.get(nodes, {})
            verdicts = [
                f"{when} ≤ {target} s: {_verdict(figures.get(f'{when}_seconds') or 0, target)}"
                for when, target in targets.items()
            ]
            lines.append(
                f"| {nodes} | {figures.get('drawn_nodes')} | {figures.get('drawn_edges')} "
                f"| {round(figures.get('cold_seconds') or 0, 2)} | {round(figures.get('warm_seconds') or 0, 2)} "
                f"| {'; '.join(verdicts)} |"
            )
    if results.get("sessions"):
        lines += ["", sessions_table(results["sessions"])]
    if results.get("briefing"):
        lines += ["", briefing_table(results["briefing"])]
    if results.get("steps"):
        lines += ["", _steps_line(results)]
    memory = results["memory"]
    lines += [
        "",
        f"Peak memory: the benchmark's Python process {memory['python_peak_mb']:,} MB, "
        f"the Neo4j server {memory['neo4j_peak_mb']:,} MB (resident; heap set to {results.get('heap', '6g')})"
        + (f", the dashboard {memory['dashboard_peak_mb']:,} MB" if memory.get("dashboard_peak_mb") else "")
        + ".",
    ]
    return "\n".join(lines)


def _steps_line(results: dict) -> str:
    """How long each step of the run took, with the load average at its end, and the whole run.

    >>> print(_steps_line({"seconds": 600.4, "steps": {"server": {"seconds": 20.1, "load": 1.5}}}))
    Steps (seconds, and the machine's load average at each step's end): server 20.1 s (1.5). The whole run: 600.4 s (10 min 0 s), `make install` not included.
    """
    steps = ", ".join(f"{name} {step['seconds']} s ({step['load']})" for name, step in results["steps"].items())
    line = f"Steps (seconds, and the machine's load average at each step's end): {steps}."
    if "seconds" in results:
        minutes, seconds = divmod(round(results["seconds"]), 60)
        line += f" The whole run: {results['seconds']} s ({minutes} min {seconds} s), `make install` not included."
    return line


def _admin_import_row(load: dict) -> list[tuple[str, str, None]]:
    """The offline import's row of the loader table (bench.admin_import), when the run measured it; no target."""
    admin = load.get("admin_import")
    if not admin:
        return []
    label = (
        f"`neo4j-admin database import full`, offline, server stopped (CSV export {admin['export_seconds']} s + "
        f"import {admin['import_seconds']} s; the schema's indexes built after it in {admin['schema_seconds']} s, not included)"
    )
    return [(label, "admin_import", None)]


def sessions_table(figures: dict) -> str:
    """The concurrent sessions of :func:`bench.sessions.measure`: what ran, p50/p95/max seconds by page, the errors."""
    errors = figures["warmup_errors"] + figures["errors"]
    sessions, rounds = figures["sessions"], figures["rounds"]
    run = (f"{sessions} browser sessions at once" if sessions > 1 else "1 browser session") + (
        f" (contexts of one headless Chromium {figures['chromium']}, driven by Playwright {figures['playwright']}), "
        f"each opening the {len(figures['pages'])} pages of the dashboard"
        + (f" {rounds} times" if rounds > 1 else "")
        + f": {figures['loads']} page loads, at most {figures['timeout_seconds']:g} s each"
    )
    if figures["warmup"]:
        run += ", after one session opened every page alone (its errors count, its times do not)"
    if figures.get("not_reached"):
        run += (
            f"; stopped after the {figures['limit_seconds']:g} s they were given, {figures['not_reached']} loads not "
            "reached (the figures are of the loads done, the slowest perhaps among those cut off)"
        )
    took = f"the sessions took {figures['wall_seconds']} s"
    if "dashboard_cpu_seconds" in figures:
        took += (
            f", during which the dashboard used {figures['dashboard_cpu_seconds']} s of processor time "
            f"({figures['dashboard_cpu_seconds'] / figures['loads']:.2f} s a page)"
        )
    busy = []
    if "load_average" in figures:
        busy.append(f"the machine's load average was {figures['load_average']} before it, from other work")
    lines = [
        "; ".join([run, took, *busy]) + ". A page's time runs from navigation until Streamlit has run its script and "
        f"shows it. Errors: {len(errors) or 'none'}. Requests outside 127.0.0.1: {len(figures['outside_requests'])}.",
        "",
        "| page | loads | errors | p50 s | p95 s | max s |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, row in [*figures["pages"].items(), ("all pages", figures["all"])]:
        lines.append(
            f"| {name} | {row['loads']} | {row['errors']} | {row['p50_s']} | {row['p95_s']} | {row['max_s']} |"
        )
    if errors:
        lines += ["", *(f"- {error['session']}, {error['page']}: {error['problem']}" for error in errors)]
    return "\n".join(lines)


def session_tables(results: dict) -> str:
    """A run of ``python -m bench.sessions``: the graph, the machine, the sessions."""
    machine, graph, figures = results["machine"], results["graph"], results["sessions"]
    return "\n".join(
        [
            f"### Run of {results['date']}: {figures['sessions']} sessions, a graph of {graph['nodes']:,} nodes",
            "",
            f"Command: `{results['command']}`. Machine: {machine['cores']} cores ({machine['cpu']}), "
            f"{machine['memory_gb']} GB memory, {machine['system']}. Python {machine['python']}, "
            f"Neo4j {machine['neo4j_server']}, driver {machine['neo4j']}, Streamlit {machine['streamlit']}.",
            "",
            f"Graph: {graph['nodes']:,} nodes, {graph['relationships']:,} relationships, {graph['documents']} documents.",
            "",
            sessions_table(figures),
            "",
            f"Peak memory of the dashboard: {figures['dashboard_peak_mb']:,} MB.",
        ]
    )


def _update(path: Path, block: str, text: str) -> None:
    """Put ``text`` in ``path`` between the block's markers, the block's previous runs below."""
    begin, previous_marker, end = markers(block)
    whole = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    previous: list[str] = []
    if begin in whole and end in whole:
        head, rest = whole.split(begin, 1)
        current_block, tail = rest.split(end, 1)
        current, _, older = current_block.partition(previous_marker)
        previous = ["#### Run of " + run.strip() for run in older.split("#### Run of ")[1:]]
        if current.strip():
            previous.insert(0, current.strip().replace("### Run of ", "#### Run of ", 1))
    else:
        head, tail = whole.rstrip() + "\n\n", "\n"
    kept = "\n\n".join(previous[:KEEP])
    body = f"{begin}\n{text}\n\n{previous_marker}\n" + (f"\nPrevious runs, newest first:\n\n{kept}\n" if kept else "")
    path.write_text(f"{head}{body}{end}{tail}", encoding="utf-8")


def update(path: Path, results: dict) -> None:
    """Put a ``make bench`` run's tables in ``path`` (the ``scale`` block), the previous ones below."""
    _update(path, "scale", tables(results))


def update_sessions(path: Path, results: dict) -> None:
    """Put a ``python -m bench.sessions`` run's tables in ``path`` (the ``sessions`` block), the previous ones below."""
    _update(path, "sessions", session_tables(results))


if __name__ == "__main__":
    import sys

    update(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
