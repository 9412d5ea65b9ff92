"""The benchmark's figures as Markdown tables in BENCHMARKS.md, with the previous run kept below.

The generated part sits between two markers; a new run replaces the current tables and moves
the old ones under "Previous runs", so runs on one machine can be compared side by side.

``bench.run`` calls ``update(Path("BENCHMARKS.md"), results)`` with the figures it saved in
``.bench/results.json``; tests/test_bench.py checks that the previous run is kept.
"""

from __future__ import annotations

import json
from pathlib import Path

BEGIN, PREVIOUS, END = "<!-- scale:begin -->", "<!-- scale:previous -->", "<!-- scale:end -->"
KEEP = 4  # previous runs kept
QUERY_TARGET_MS = 50
RENDER_TARGETS = {"500": 2.0, "5000": 5.0}


def _verdict(value: float, target: float, lower_is_better: bool = True) -> str:
    met = value <= target if lower_is_better else value >= target
    if met:
        return "met"
    return f"missed ({value / target:.1f}× the target)" if lower_is_better else f"missed ({value / target:.2f}× the target)"


def tables(results: dict) -> str:
    """The run as Markdown: machine, load, queries, render and memory."""
    machine, load, graph = results["machine"], results["load"], results["graph"]
    project, csv, naive = load["project"], load["load_csv"], load["naive"]
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
        f"| project, write: one transaction of batched UNWIND, the derived links rebuilt | {project['rows']:,} | {project['write_seconds']} "
        f"| {project['write_rows_per_second']:,} | 1 | | |",
        f"| project, whole load (`mechgraph load`: validate {project['validate_seconds']} s + write) | {project['rows']:,} "
        f"| {project['seconds']} | {project['rows_per_second']:,} | | 1 | 10^6 relationships in < 120 s: {_verdict(project['seconds'], 120)} |",
    ]
    for label, key, target in (("LOAD CSV + `CALL { MERGE } IN TRANSACTIONS OF 10000 ROWS` (CSV export "
                                f"{csv['export_seconds']} s included)", "load_csv", 0.5),
                               ("naive: one transaction per row, each a MERGE (a random sample)", "naive", 50)):
        other = load[key]
        write_ratio = project["write_rows_per_second"] / other["rows_per_second"]
        whole_ratio = project["rows_per_second"] / other["rows_per_second"]
        lines.append(f"| {label} | {other['rows']:,} | {other['seconds']} | {other['rows_per_second']:,} | {write_ratio:.2f} "
                     f"| {whole_ratio:.2f} | ≥ {target}: {_verdict(write_ratio, target, False)} |")
    lines += [
        "",
        f"Loading the same seeds again takes "
        f"{project['second_load_seconds']} s and changes nothing. Rebuilding the derived body-to-body links alone (part of the "
        f"write, and what accepting a reviewed activity or reference costs) takes {project.get('links_seconds', '?')} s.",
        "",
        f"| query | runs | p50 ms | p95 ms | max ms | rows (mean) | p95 ≤ {QUERY_TARGET_MS} ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    queries = results["queries"]
    for name, figures in sorted(queries.items(), key=lambda item: -item[1]["p95_ms"]):
        lines.append(f"| {name} | {figures['runs']} | {figures['p50_ms']} | {figures['p95_ms']} | {figures['max_ms']} "
                     f"| {figures['mean_rows']} | {_verdict(figures['p95_ms'], QUERY_TARGET_MS)} |")
    met = sum(1 for figures in queries.values() if figures["p95_ms"] <= QUERY_TARGET_MS)
    lines += ["", f"{met} of {len(queries)} queries meet the latency target."]
    if results.get("render"):
        lines += ["", "| network page, drawn nodes asked | drawn nodes | drawn edges | first render, cold s | warm s (median) | target |",
                  "| --- | ---: | ---: | ---: | ---: | --- |"]
        for nodes, figures in results["render"].items():
            target = RENDER_TARGETS.get(nodes)
            lines.append(f"| {nodes} | {figures.get('drawn_nodes')} | {figures.get('drawn_edges')} | {figures.get('cold_seconds')} "
                         f"| {figures.get('warm_seconds')} | " + (f"≤ {target} s: {_verdict(figures.get('cold_seconds') or 0, target)}" if target else "") + " |")
    memory = results["memory"]
    lines += ["", f"Peak memory: the benchmark's Python process {memory['python_peak_mb']:,} MB, "
                  f"the Neo4j server {memory['neo4j_peak_mb']:,} MB (resident; heap set to {results.get('heap', '6g')})"
                  + (f", the dashboard {memory['dashboard_peak_mb']:,} MB" if memory.get("dashboard_peak_mb") else "") + "."]
    return "\n".join(lines)


def update(path: Path, results: dict) -> None:
    """Put the run's tables in ``path`` between the markers, the previous ones below."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    previous: list[str] = []
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        block, tail = rest.split(END, 1)
        current, _, older = block.partition(PREVIOUS)
        previous = ["#### Run of " + run.strip() for run in older.split("#### Run of ")[1:]]
        if current.strip():
            previous.insert(0, current.strip().replace("### Run of ", "#### Run of ", 1))
    else:
        head, tail = text.rstrip() + "\n\n", "\n"
    older = "\n\n".join(previous[:KEEP])
    body = f"{BEGIN}\n{tables(results)}\n\n{PREVIOUS}\n" + (f"\nPrevious runs, newest first:\n\n{older}\n" if older else "")
    path.write_text(f"{head}{body}{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    import sys

    update(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
