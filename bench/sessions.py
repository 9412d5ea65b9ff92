"""Ten people on the dashboard at once: concurrent browser sessions open every page, timed, errors caught.

``measure(settings, 10)`` starts ``mechgraph dashboard`` against the graph (:mod:`bench.browser`),
launches one headless Chromium and opens ten browser contexts in it: separate cookies, caches
and Streamlit sessions, as ten people have. They run concurrently, under asyncio (Playwright's
async API, one event loop), and each opens every page of the dashboard (``PAGES``) in turn,
``rounds`` times, starting at a different page so that the sessions spread over the pages.
Before them, one session opens every page alone, so that the timed loads find the dashboard's
modules imported; its errors count too.

A page has answered when Streamlit has finished running the page's script: the app's
``data-test-script-state`` is ``notRunning``, the running indicator (``stStatusWidget``) is gone,
and the page's title (``h1``) or an error is shown. Its time runs from the start of navigation
to that moment, on the browser's clock, polled every 100 ms. A page fails when it shows an
exception (``stException``), an error box (``stAlert`` of kind error), a traceback or a path of
the server, shows no title or not the expected one, or has not answered within ``timeout``
seconds (it then counts with the time it was given). Bounded: ``sessions × rounds × len(PAGES)``
timed page loads of at most ``timeout`` seconds each; the whole run is stopped after that, or
after ``budget`` seconds when given (``make bench`` gives the sessions at once four minutes): the
loads done by then are kept and the others counted as not reached. The dashboard and the browser
are stopped in every case. The browser resolves no host name and
is sent only to 127.0.0.1; any request elsewhere is counted in ``outside_requests``.

From the shell, for the graph of $NEO4J_URI (else the local server); ``--markdown BENCHMARKS.md``
also writes the tables there (:func:`bench.report.update_sessions`)::

    python -m bench.sessions --sessions 10

``make bench`` runs it on the benchmark graph (``--sessions``, ``--no-sessions``), and
tests/test_bench.py with two sessions on a small synthetic graph.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from playwright.async_api import Error as BrowserError
from playwright.async_api import TimeoutError as BrowserTimeout
from playwright.async_api import async_playwright

from bench.browser import CHROMIUM, CHROMIUM_FLAGS, cpu_seconds, dashboard, peak_memory_mb
from bench.latency import percentile
from graph.connection import Settings, connect
from graph.errors import MechGraphError
from graph.progress import Progress, quiet

__all__ = ["PAGES", "Page", "measure", "problems", "summary"]

ROOT = Path(__file__).resolve().parent.parent


class Page(NamedTuple):
    """A page of the dashboard: its name in the menu, its URL path, and the title it shows."""

    name: str
    path: str
    title: str


#: Every page of dashboard/app.py, in its menu's order (tests/test_bench.py checks that none is missing).
PAGES = (
    Page("Overview", "", "MechGraph"),
    Page("Network", "network", "Network"),
    Page("Who cites whom", "citations", "Who cites whom"),
    Page("Workplan", "workplan", "Workplan"),
    Page("Joint activities", "activities", "Joint activities"),
    Page("Focal points", "focal_points", "Focal points"),
    Page("Connections", "connections", "How two bodies are connected"),
    Page("Briefing", "briefing", "Briefing"),
    Page("Documents", "documents", "Documents"),
    Page("Review", "review", "Review"),
    Page("Unknown names", "names", "Unknown names"),
    Page("Query console", "console", "Query console"),
)
# Texts a page must never show a user: how the server is laid out, or a Python error.
LEAKS = ("Traceback", "site-packages", str(ROOT))
POLL_MS = 100
# The resolver answers "not found" for every host name: the browser can reach only 127.0.0.1.
LOOPBACK_ONLY = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
LOCAL = ("http://127.0.0.1:", "ws://127.0.0.1:", "data:", "blob:", "about:")

ANSWERED = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.dataset.testScriptState !== 'notRunning') return false;
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  if (!document.querySelector('h1, [data-testid="stException"], [data-testid="stAlertContentError"]')) return false;
  return performance.now();
}"""
SHOWN = """() => {
  const texts = selector => [...document.querySelectorAll(selector)].map(element => element.innerText.trim());
  return {titles: texts('h1'), exceptions: texts('[data-testid="stException"]'),
          errors: texts('[data-testid="stAlertContentError"]'),
          text: (document.querySelector('[data-testid="stMain"]') || document.body).innerText};
}"""


def _short(text: str, length: int = 300) -> str:
    return " ".join(text.split())[:length]


def problems(shown: dict, title: str) -> list[str]:
    """What is wrong with a page that shows ``shown`` (titles, exceptions, errors, text) and should be titled ``title``.

    >>> problems({"titles": ["Network"], "exceptions": [], "errors": [], "text": "Network 12 bodies"}, "Network")
    []
    >>> problems({"titles": ["Network"], "exceptions": ["KeyError: 'x'"], "errors": ["Cannot reach Neo4j"],
    ...           "text": "File site-packages/x.py"}, "Network")
    ["exception: KeyError: 'x'", 'error: Cannot reach Neo4j', 'shows site-packages']
    >>> problems({"titles": [], "exceptions": [], "errors": [], "text": ""}, "Workplan")
    ["no title 'Workplan' (titles: none)"]
    """
    found = [f"exception: {_short(text)}" for text in shown["exceptions"]]
    found += [f"error: {_short(text)}" for text in shown["errors"]]
    found += [f"shows {leak}" for leak in LEAKS if leak in shown["text"]]
    if title not in shown["titles"]:
        found.append(f"no title {title!r} (titles: {', '.join(map(repr, shown['titles'])) or 'none'})")
    return found


async def _open(page, url: str, title: str, timeout: float) -> dict:
    """Open one page; seconds from navigation to its answer, and what is wrong with it."""
    started = time.perf_counter()
    try:
        # "commit": the wait for the answer starts as soon as the new document exists.
        await page.goto(url, wait_until="commit", timeout=timeout * 1000)
        remaining = max(timeout - (time.perf_counter() - started), 0.1)
        answered = await page.wait_for_function(ANSWERED, polling=POLL_MS, timeout=remaining * 1000)
        seconds = await answered.json_value() / 1000
        return {"seconds": round(seconds, 3), "problems": problems(await page.evaluate(SHOWN), title)}
    except BrowserError as error:
        waited = round(time.perf_counter() - started, 3)
        try:
            text = _short((await page.evaluate(SHOWN))["text"], 200)
        except BrowserError:
            text = "nothing readable"
        if isinstance(error, BrowserTimeout):
            said = f"no answer within {timeout:g} s"
        else:  # the first line: Playwright's call log follows
            said = f"the browser: {_short(str(error).splitlines()[0], 200)}"
        return {"seconds": waited, "problems": [f"{said}; the page shows: {text}"]}


async def _session(
    browser,
    base: str,
    who: str,
    first: int,
    pages: tuple[Page, ...],
    rounds: int,
    timeout: float,
    outside: list[str],
    progress: Progress,
    record: list[dict] | None = None,
) -> list[dict]:
    """One person, ``who``: a browser context of their own, every page ``rounds`` times, starting at page ``first``;
    each load is also added to ``record`` as soon as it is done (what a run stopped at its budget keeps)."""
    context = await browser.new_context(viewport={"width": 1500, "height": 1000})

    def note(request) -> None:
        if not request.url.startswith(LOCAL):
            outside.append(request.url)

    context.on("request", note)
    try:
        page = await context.new_page()
        first %= len(pages)
        loads = []
        for _ in range(rounds):
            for each in pages[first:] + pages[:first]:
                load = await _open(page, f"{base}/{each.path}", each.title, timeout)
                loads.append({"session": who, "page": each.name, **load})
                if record is not None:
                    record.append(loads[-1])
                if load["problems"]:
                    progress(f"  {who}, {each.name}: {'; '.join(load['problems'])}")
        return loads
    finally:
        await context.close()


async def _run(
    base: str,
    sessions: int,
    pages: tuple[Page, ...],
    rounds: int,
    timeout: float,
    chromium: str,
    warmup: bool,
    cpu: Callable[[], float],
    progress: Progress,
    budget: float | None = None,
) -> dict:
    """The warm-up, then the sessions at once: their loads, how long they took, and the dashboard's processor time.

    The sessions at once are stopped after ``budget`` seconds (by default, when every load could have taken its
    whole timeout); the loads done by then are kept, and ``not_reached`` counts the others."""
    outside: list[str] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS + LOOPBACK_ONLY)
        try:
            alone = await _session(browser, base, "warm-up", 0, pages, 1, timeout, outside, progress) if warmup else []
            progress(f"  {sessions} session{'s at once' if sessions > 1 else ''}, {rounds * len(pages)} pages each…")
            # Every load is bounded by its timeout; the margin covers opening and closing the contexts.
            limit = rounds * len(pages) * timeout + 60 if budget is None else budget
            started, used = time.perf_counter(), cpu()
            record: list[dict] = []
            try:
                await asyncio.wait_for(
                    asyncio.gather(
                        *(
                            _session(
                                browser,
                                base,
                                f"session {number + 1}",
                                number,
                                pages,
                                rounds,
                                timeout,
                                outside,
                                progress,
                                record,
                            )
                            for number in range(sessions)
                        )
                    ),
                    limit,
                )
            except TimeoutError:
                if not record:
                    raise MechGraphError(
                        f"no page of the sessions at once answered within {limit:g} s "
                        f"(load average {os.getloadavg()[0]:.1f}): the machine was too busy to measure them"
                    ) from None
                progress(
                    f"  stopped after {limit:g} s: {len(record)} page loads of {sessions * rounds * len(pages)} done"
                )
            figures = {
                "wall_seconds": round(time.perf_counter() - started, 1),
                "dashboard_cpu_seconds": round(cpu() - used, 1),
                "chromium": browser.version,
            }
        finally:
            await browser.close()
    return {
        "warmup": alone,
        "loads": record,
        "limit_seconds": limit,
        "not_reached": sessions * rounds * len(pages) - len(record),
        "outside_requests": outside,
        **figures,
    }


def _figures(seconds: list[float]) -> dict:
    return {
        "loads": len(seconds),
        "p50_s": round(percentile(seconds, 0.5), 2),
        "p95_s": round(percentile(seconds, 0.95), 2),
        "max_s": round(max(seconds), 2),
    }


def summary(loads: list[dict], pages: tuple[Page, ...] = PAGES) -> dict:
    """Loads, errors, and p50/p95/max seconds by page and over all pages, from the timed loads.

    >>> loads = [{"session": f"session {n}", "page": "Network", "seconds": n + 0.5, "problems": []}
    ...          for n in range(1, 5)]
    >>> loads[3]["problems"] = ["error: Cannot reach Neo4j"]
    >>> figures = summary(loads, (Page("Network", "network", "Network"),))
    >>> figures["sessions"], figures["pages"]["Network"]
    (4, {'loads': 4, 'p50_s': 3.0, 'p95_s': 4.35, 'max_s': 4.5, 'errors': 1})
    >>> figures["errors"]
    [{'session': 'session 4', 'page': 'Network', 'problem': 'error: Cannot reach Neo4j'}]
    """
    errors = [
        {"session": load["session"], "page": load["page"], "problem": problem}
        for load in loads
        for problem in load["problems"]
    ]
    by_page = {page.name: [load for load in loads if load["page"] == page.name] for page in pages}
    return {
        "sessions": len({load["session"] for load in loads}),
        "loads": len(loads),
        "pages": {
            name: {
                **_figures([load["seconds"] for load in of_page]),
                "errors": sum(1 for load in of_page if load["problems"]),
            }
            for name, of_page in by_page.items()
            if of_page
        },
        "all": {
            **_figures([load["seconds"] for load in loads]),
            "errors": sum(1 for load in loads if load["problems"]),
        },
        "errors": errors,
    }


def measure(
    settings: Settings,
    sessions: int = 10,
    *,
    rounds: int = 1,
    timeout: float = 60,
    warmup: bool = True,
    chromium: str = CHROMIUM,
    pages: tuple[Page, ...] = PAGES,
    progress: Progress = quiet,
    budget: float | None = None,
) -> dict:
    """``sessions`` people opening every page ``rounds`` times at once, on a dashboard of its own over ``settings``.

    Returns :func:`summary`'s figures with the run's shape (``pages_per_session``, ``rounds``,
    ``timeout_seconds``, ``warmup``), ``wall_seconds`` and ``dashboard_cpu_seconds`` (of the sessions at once:
    how long they took, and the processor time the dashboard spent meanwhile), the machine's ``load_average``
    (1 minute) before the dashboard started, the versions of ``chromium`` and ``playwright``,
    ``outside_requests`` and ``dashboard_peak_mb``; ``warmup_errors`` lists the warm-up's.

    ``budget``: the seconds the sessions at once are given (the warm-up aside). When it runs out, they are
    stopped: the figures are of the loads done by then, ``not_reached`` counts the others, and the errors say so.
    """
    if sessions < 1 or rounds < 1:
        raise ValueError("at least one session and one round")
    # Other work on the machine slows every page: the load average says how busy it was.
    load_before = os.getloadavg()[0]
    with dashboard(settings) as (base, process):
        run = asyncio.run(
            _run(
                base,
                sessions,
                tuple(pages),
                rounds,
                timeout,
                chromium,
                warmup,
                lambda: cpu_seconds(process.pid),
                progress,
                budget,
            )
        )
        memory = peak_memory_mb(process.pid)
    alone, loads = run.pop("warmup"), run.pop("loads")
    figures = summary(loads, tuple(pages))
    if run["not_reached"]:
        figures["errors"].append(
            {
                "session": "the sessions",
                "page": "the pages left",
                "problem": f"{run['not_reached']} page loads not reached within the {run['limit_seconds']:g} s "
                "the sessions were given",
            }
        )
    return {
        **figures,
        "pages_per_session": rounds * len(pages),
        "rounds": rounds,
        "timeout_seconds": timeout,
        "warmup": warmup,
        "warmup_errors": summary(alone, tuple(pages))["errors"] if alone else [],
        **run,
        "load_average": round(load_before, 1),
        "playwright": metadata.version("playwright"),
        "dashboard_peak_mb": memory,
    }


def _graph_of(settings: Settings) -> dict:
    """What the measured graph holds, and the server's version, for the report."""
    with connect(settings) as graph:
        [server] = graph.read(
            "CALL dbms.components() YIELD versions, edition "
            "RETURN versions[0] + ' ' + toUpper(left(edition, 1)) + substring(edition, 1) AS version"
        )
        return {
            "nodes": graph.read("MATCH (n) RETURN count(n) AS n")[0]["n"],
            "relationships": graph.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"],
            "documents": graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"],
            "neo4j_server": server["version"],
        }


def main(argv: list[str] | None = None) -> int:
    from bench import report
    from graph.settings import settings_from

    parser = argparse.ArgumentParser(prog="python -m bench.sessions", description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=10, help="browser sessions at once (default 10)")
    parser.add_argument("--rounds", type=int, default=1, help="times each session opens every page (default 1)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds a page may take (default 60)")
    parser.add_argument("--no-warmup", action="store_true", help="no session opens the pages alone first")
    parser.add_argument(
        "--budget", type=float, help="seconds the sessions at once are given (default: every load's timeout)"
    )
    parser.add_argument("--chromium", default=CHROMIUM, help="the Chromium binary")
    parser.add_argument("--markdown", type=Path, help="also write the tables into this file (BENCHMARKS.md)")
    argv = sys.argv[1:] if argv is None else argv
    options = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that the dashboard is stopped on a kill too
    settings = settings_from()
    graph = _graph_of(settings)
    print(
        f"{options.sessions} session{'s' if options.sessions > 1 else ''} on {settings.uri}: "
        f"{graph['nodes']:,} nodes, {graph['relationships']:,} relationships…",
        flush=True,
    )
    figures = measure(
        settings,
        options.sessions,
        rounds=options.rounds,
        timeout=options.timeout,
        warmup=not options.no_warmup,
        chromium=options.chromium,
        progress=lambda line: print(line, flush=True),
        budget=options.budget,
    )
    results = {
        "date": time.strftime("%Y-%m-%d"),
        "command": " ".join(["python -m bench.sessions", *argv]),
        "machine": report.machine(graph["neo4j_server"]),
        "graph": graph,
        "sessions": figures,
    }
    print(json.dumps(results), flush=True)
    print(report.sessions_table(figures))
    if options.markdown:
        report.update_sessions(options.markdown, results)
        print(f"Tables written to {options.markdown}")
    return 1 if figures["errors"] or figures["warmup_errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
