"""How long the dashboard's network page takes to show its first drawing, in headless Chromium.

``first_render`` starts ``mechgraph dashboard`` on a free port against the given graph, opens
the network page with up to ``max_nodes`` nodes (bodies, organisations and classes), and times
each load from the start of navigation to vis-network's first ``afterDrawing`` event, which the
page records in ``window.firstDrawing`` with the number of nodes and edges drawn. Both times
come from the browser's clock, so polling adds nothing to them. The first load runs in a fresh
dashboard process (no Streamlit cache) and a fresh browser; the others are new pages of the
same process and browser profile, as when a user comes back (Streamlit's scripts are then in
the browser's cache, and the canvas's vis-network in its cache storage). The dashboard, and the
Streamlit server it starts, are stopped in every case (:mod:`bench.browser` starts and stops them).

``first_render(settings, 500)`` returns the times and what was drawn (``max_nodes``,
``cold_seconds``, ``warm_seconds``, ``warm_runs``, the part of the canvas's frame in the cold and the warm times
``cold_canvas_seconds`` and ``warm_canvas_seconds``, ``drawn_nodes``, ``drawn_edges``, ``url``), and
the machine's load average over the last minute when the runs ended (``load``: the times mean
little on a machine busy with other work);
tests/test_bench.py runs it. From the shell, for the graph of $NEO4J_URI (else the local server)::

    python -m bench.render --max-nodes 500 --max-nodes 5000
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import sys
import time

from bench.browser import CHROMIUM, CHROMIUM_FLAGS, dashboard, peak_memory_mb


def network_url(base: str, max_nodes: int) -> str:
    """The network page drawing up to ``max_nodes`` nodes of every type (the page reads these parameters)."""
    return f"{base}/network?max={max_nodes}&types=bodies&types=organisations&types=classes"


def time_page(context, url: str, timeout: float = 180) -> dict:
    """Seconds from navigation to the first drawing of the network in a new page (``seconds``), of which those from
    the making of the canvas's frame (``canvas_seconds``: the rest is Streamlit's page and its elements up to the
    canvas), and what it drew."""
    page = context.new_page()
    try:
        page.goto(url)
        deadline = time.monotonic() + timeout
        while True:
            for frame in page.frames:
                try:
                    drawn = frame.evaluate("window.firstDrawing || null")
                except Exception:  # a frame still loading, or replaced by a rerun
                    drawn = None
                if drawn:
                    started = page.evaluate("performance.timeOrigin")
                    framed = frame.evaluate("performance.timeOrigin")
                    return {
                        "seconds": round((drawn["at"] - started) / 1000, 3),
                        "canvas_seconds": round((drawn["at"] - framed) / 1000, 3),
                        "nodes": drawn["nodes"],
                        "edges": drawn["edges"],
                    }
            failed = page.locator("[data-testid='stException']")
            if failed.count() or time.monotonic() > deadline:
                text = (failed.first if failed.count() else page.locator("body")).inner_text()[:500].replace("\n", " ")
                raise RuntimeError(f"no drawing of the network at {url}; the page says: {text}")
            page.wait_for_timeout(50)
    finally:
        page.close()


def first_render(settings, max_nodes: int, *, chromium: str = CHROMIUM, runs: int = 5, settle: float = 0) -> dict:
    """Cold and warm times to the first drawing of the network page, with up to ``max_nodes`` nodes.

    ``runs`` page loads in all: the first (cold) in a fresh dashboard, the others (warm) in new
    pages of the same dashboard, whose median is ``warm_seconds`` (None with a single run). Four warm loads by
    default: on a shared machine one load in four or five often takes half as long again as the others, and the
    median of two is then their mean.
    ``drawn_nodes`` and ``drawn_edges`` are what vis-network drew on the cold load. The cold load
    comes as soon as the server answers, or ``settle`` seconds later (the dashboard warms up as it
    starts: a first visitor rarely comes within the same second). The page takes caps from 10 to 5,000.
    """
    from playwright.sync_api import sync_playwright

    if not 10 <= max_nodes <= 5000:
        raise ValueError(f"the network page draws 10 to 5,000 nodes, not {max_nodes}")

    with dashboard(settings) as (base, process), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            context = browser.new_context(viewport={"width": 1500, "height": 1000})
            url = network_url(base, max_nodes)
            time.sleep(settle)
            loads = [time_page(context, url) for _ in range(max(runs, 1))]
        finally:
            browser.close()
        memory = peak_memory_mb(process.pid)
    warm = [load["seconds"] for load in loads[1:]]
    canvas = [load["canvas_seconds"] for load in loads[1:]]
    return {
        "max_nodes": max_nodes,
        "cold_seconds": loads[0]["seconds"],
        "cold_canvas_seconds": loads[0]["canvas_seconds"],
        "warm_canvas_seconds": statistics.median(canvas) if canvas else None,
        "settle_seconds": settle,
        "warm_seconds": statistics.median(warm) if warm else None,
        "warm_runs": warm,
        "drawn_nodes": loads[0]["nodes"],
        "drawn_edges": loads[0]["edges"],
        "dashboard_peak_mb": memory,
        "load": round(os.getloadavg()[0], 1),
        "url": url,
    }


def main(argv: list[str] | None = None) -> None:
    from graph.settings import settings_from

    parser = argparse.ArgumentParser(prog="python -m bench.render", description=__doc__.split("\n")[0])
    parser.add_argument("--max-nodes", type=int, action="append", help="cap on drawn nodes (repeatable; default 500)")
    parser.add_argument("--runs", type=int, default=5, help="page loads per cap, the first cold (default 5)")
    parser.add_argument("--chromium", default=CHROMIUM, help="the Chromium binary")
    parser.add_argument("--settle", type=float, default=0, help="seconds between the server's start and the cold load")
    options = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that the dashboard is stopped on a kill too
    settings = settings_from()
    for max_nodes in options.max_nodes or [500]:
        print(
            json.dumps(
                first_render(settings, max_nodes, chromium=options.chromium, runs=options.runs, settle=options.settle)
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
