"""How long the PDF briefing takes: ACHPR, IACHR and OHCHR's NIRMS on the seed graph, target at most 3 s.

Timed from the first catalogue question to the PDF's bytes, as the dashboard makes it: the
briefing gathered (:func:`dashboard.briefing.gather`), the network laid out and drawn as SVG,
the A4 pages written (:func:`dashboard.print.to_pdf`). Cold is the first in a fresh process
(matplotlib and the CJK font loaded then), or with ``--warm-up`` the first after what the dashboard
does as it starts (:func:`dashboard.serve.warm_up`); warm is the median of the next runs, which is
what a running dashboard gives. ``make bench`` runs it first, on the seed graph, before the synthetic
graph is loaded; on its own (a server of its own, in a temporary folder)::

    .venv/bin/python -m bench.briefing --runs 5
"""

from __future__ import annotations

import argparse
import functools
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from graph.connection import Graph, connect
from graph.server import LocalServer, free_port
from graph.settings import settings_from
from loaders import seeds
from queries.catalogue import EVERY, Catalogue
from registry.names import Resolver

__all__ = ["ATTENDEES", "TARGET_S", "measure", "make", "table"]

ATTENDEES = ["achpr", "iachr", "ohchr-nirms"]
TARGET_S = 3.0


def make(graph: Graph, attendees: list[str], lang: str = "en", resolver: Resolver | None = None) -> bytes:
    """One PDF briefing, made as the dashboard's download makes it (the catalogue and the names, which the
    dashboard keeps loaded, are loaded here once)."""
    from dashboard import briefing, figure, layout
    from dashboard import print as printing

    ask = _asking(graph, resolver)
    known = {row["id"]: row for row in ask("bodies", limit=EVERY)}
    made = briefing.gather(ask, attendees, known, lang)
    positions = layout.layout(made.nodes, made.edges)
    return printing.to_pdf(
        made, figure.svg(made.nodes, made.edges, positions, "system", lang, full_names=True, **printing.FIGURE)
    )


def _asking(graph: Graph, resolver: Resolver | None = None) -> Callable[..., list[dict]]:
    """The graph asked as the dashboard asks it (the catalogue and the names, which the dashboard keeps loaded,
    loaded here once)."""
    from dashboard import serve

    return serve.asking(graph, _catalogue(), resolver or _resolver())


@functools.cache
def _catalogue() -> Catalogue:
    return Catalogue.load()


@functools.cache
def _resolver() -> Resolver:
    return Resolver.from_seeds()


def measure(graph: Graph, runs: int = 5, lang: str = "zh", warm_up: bool = False) -> dict:
    """Cold and warm seconds of :func:`make` for the three attendees, with the PDF's pages and size; with
    ``warm_up``, cold is the first briefing after what the dashboard does as it starts (dashboard.serve)."""
    timings, cpu, pdf = [], [], b""
    _catalogue(), _resolver()  # loaded once when the dashboard starts, not per briefing
    if warm_up:
        from dashboard import serve

        serve.warm_up(connect=False, ask=_asking(graph))  # the graph is this process's own, already connected
    for _ in range(runs + 1):
        started, busy = time.perf_counter(), time.process_time()
        pdf = make(graph, ATTENDEES, lang)
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - busy)
    return {
        "attendees": ATTENDEES,
        "lang": lang,
        "warmed_up": warm_up,
        "cold_s": round(timings[0], 2),
        "warm_s": round(statistics.median(timings[1:]), 2) if runs else None,
        # This process's own CPU seconds (warm, median): what the work costs when the machine is shared.
        "warm_cpu_s": round(statistics.median(cpu[1:]), 2) if runs else None,
        "load_average": round(os.getloadavg()[0], 1),
        "runs": runs,
        "pages": len(PdfReader(io.BytesIO(pdf)).pages),
        "kb": round(len(pdf) / 1024),
        "target_s": TARGET_S,
    }


def table(figures: dict) -> str:
    """The figures as a Markdown table."""
    verdict = "met" if (figures["warm_s"] or figures["cold_s"]) <= figures["target_s"] else "missed"
    return "\n".join(
        [
            "| PDF briefing (ACHPR, IACHR, NIRMS) | labels | cold s | warm s (median) | warm CPU s | load average "
            "| pages | size | target |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
            f"| seed graph{', warmed up at start' if figures.get('warmed_up') else ''} | {figures['lang']} | {figures['cold_s']} | {figures['warm_s']} ({figures['runs']} runs) "
            f"| {figures['warm_cpu_s']} | {figures['load_average']} | {figures['pages']} | {figures['kb']} KB "
            f"| ≤ {figures['target_s']} s: {verdict} |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.briefing", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs after the first")
    parser.add_argument("--lang", default="zh", choices=["en", "fr", "zh"], help="the label language")
    parser.add_argument(
        "--warm-up", action="store_true", help="first warm up as the dashboard does when it starts (cold after it)"
    )
    arguments = parser.parse_args(sys.argv[1:] if argv is None else argv)
    with tempfile.TemporaryDirectory(prefix="mechgraph-bench-briefing-") as home:
        server = LocalServer(home=Path(home))
        server.start(port=free_port())
        try:
            with connect(settings_from(server=server)) as graph:
                seeds.load(graph)
                print(table(measure(graph, arguments.runs, arguments.lang, arguments.warm_up)))
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
