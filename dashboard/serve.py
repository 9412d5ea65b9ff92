"""Starting the dashboard: Streamlit's own server, with the slow first steps done beside it as it starts.

The first page after ``mechgraph dashboard`` started used to pay for everything once: importing the
pages' libraries (pandas, pyvis, matplotlib, altair), parsing the CJK font the briefing prints with,
connecting to the graph, reading the catalogue and the names of every body. A background thread does
these while Streamlit starts, so that the first person to open a page finds them done. The server
starts at once. A page waits for the imports its libraries need (:func:`imported`): two threads importing
the same libraries at once can meet a module half made (Python imports modules that import each other
one thread at a time, and gives the other thread what is made so far), which failed a page now and then.
Anything else a page needs that is still being made, it waits for (Streamlit's resource caches make a
thing once). The warm-up does first what the Network page needs before it draws (its libraries, the graph's
names, its question planned); what only later pages need (the tables' and the print's libraries, the
briefing's questions) waits for the pages running meanwhile (:func:`page_running`), so that the first
visitor does not share the processor with it. Whatever fails here is only logged: the page that needs it does it again and says what is
wrong in its own words.

``mechgraph dashboard`` runs ``python -m dashboard.serve run dashboard/app.py …``: the arguments are
Streamlit's ``streamlit run`` arguments.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import sys
import threading
import time
from collections.abc import Callable

from queries.catalogue import EVERY

__all__ = ["STEPS", "MODULES", "imported", "page_running", "warm_up", "asking", "main"]

#: What the pages import, in the order the first page needs them: the Network page's first (the graph's reading,
#: then the drawing and its layout), then the tables', then the briefing's print (the pages import them again at
#: no cost).
STEPS = {
    "network": (
        "dashboard.common",
        "dashboard.drawing",
        "dashboard.layout",
        "dashboard.evidence",
        "pyvis.network",
        "networkx",
        # The layout's, imported where first needed (dashboard.layout).
        "scipy.sparse.csgraph",
        "scipy.spatial",
        "scipy.fft",
        "scipy.ndimage",
    ),
    # Streamlit's own for the first table a page shows, and the charts'.
    "tables": ("pyarrow", "streamlit.dataframe_util", "pandas", "altair", "dashboard.paging"),
    "print": (
        "matplotlib.figure",
        "matplotlib.backends.backend_svg",
        "matplotlib.backends.backend_pdf",
        "dashboard.figure",
        "dashboard.print",
        "dashboard.briefing",
    ),
}
MODULES = tuple(module for modules in STEPS.values() for module in modules)
#: Set when the warm-up has imported a step's modules, or stopped; only waited for when a warm-up runs.
_IMPORTED = {step: threading.Event() for step in STEPS}
_warming = False
#: Seconds a page waits at most for the warm-up's imports, after which it imports for itself.
WAIT = 120


#: The threads running a page now, less those waiting for the warm-up; the warm-up's later steps wait for none.
_running: set[int] = set()
#: The threads of the pages waiting for the warm-up's imports.
_waiting: list[int] = []
_idle = threading.Condition()
_last_ended = float("-inf")
#: Seconds the warm-up's later steps give way to the pages at most, each (pages may come one after another).
GIVE_WAY = 30
#: Seconds after a page's script ended that its browser still asks this server for the page's scripts and frames.
QUIET = 3


def imported(*steps: str) -> None:
    """Wait until the warm-up running in this server has imported the modules of ``steps`` (every step if none).

    >>> imported("network")  # no warm-up runs here: nothing to wait for
    """
    if _warming:
        me = threading.get_ident()
        if all(_IMPORTED[step].is_set() for step in steps or STEPS):
            return
        # The warm-up gives way to running pages, but never to a page waiting for it: not counted as running, and
        # counted as waiting, it lets the warm-up go on at once.
        with _idle:
            running = me in _running
            _running.discard(me)
            _waiting.append(me)
            _idle.notify_all()
        try:
            for step in steps or STEPS:
                _IMPORTED[step].wait(WAIT)
        finally:
            with _idle:
                _waiting.remove(me)
                if running:
                    _running.add(me)


@contextlib.contextmanager
def page_running():
    """Mark the page this thread runs, so that the warm-up's later steps wait until it ends (:func:`warm_up`).

    >>> with page_running():
    ...     threading.get_ident() in _running
    True
    >>> threading.get_ident() in _running
    False
    """
    me = threading.get_ident()
    with _idle:
        _running.add(me)
    try:
        yield
    finally:
        _done_running(me)


def _done_running(thread: int) -> None:
    global _last_ended
    with _idle:
        _running.discard(thread)
        _last_ended = time.monotonic()
        _idle.notify_all()


def _give_way(seconds: float | None = None) -> None:
    """Wait until no page runs, nor has for :data:`QUIET` seconds, or a page waits for the warm-up (at most
    ``seconds``, :data:`GIVE_WAY` by default): the first visitor's page is served, its scripts and frames too,
    before what only later pages need, as busy threads share one processor (and Python runs one of them at a
    time).

    >>> started = time.monotonic(); _give_way(); time.monotonic() - started < 1  # no page ran: no wait
    True
    """
    deadline = time.monotonic() + (GIVE_WAY if seconds is None else seconds)
    with _idle:
        while (left := deadline - time.monotonic()) > 0:
            quiet = _last_ended + QUIET - time.monotonic()
            if _waiting or (not _running and quiet <= 0):
                return
            _idle.wait(min(left, quiet) if not _running else left)


def warm_up(connect: bool = True, ask: Callable[..., list[dict]] | None = None) -> dict[str, float]:
    """Do what the first page would otherwise wait for, the Network page's needs first: import its libraries and
    draw a small network; then, with ``connect``, open the graph and read its names; then, with the graph
    (``connect``, or ``ask``: a catalogue question as the pages ask it), ask the network's question once, so that
    the server has planned it; only then import the tables' and the print's libraries (a small briefing printed,
    the fonts found and parsed on the way) and gather a briefing of two bodies, whose questions the server plans
    too. The seconds each step took, in the order taken."""
    steps: dict[str, float] = {}
    _import("network", steps)
    known = None
    if connect:
        from dashboard import common

        started = time.perf_counter()
        # The connection, the catalogue, the resolver and the directory of bodies: Streamlit's resource
        # caches, shared by every session of this server.
        common.catalogue()
        known = common.bodies()
        steps["graph"] = time.perf_counter() - started
        ask = ask or asking(common._graph(), common.catalogue(), common.resolver())
    if ask is not None:
        started = time.perf_counter()
        ask("network")  # whatever its parameters, the page's question is then planned (Neo4j plans a text once)
        steps["network question"] = time.perf_counter() - started
    # What follows, only later pages need: it waits for the pages running now (a page would share the processor
    # with it), and none of them waits for it (a page waiting for the warm-up does not count as running).
    for step in ("tables", "print"):
        _give_way()
        _import(step, steps)
    if ask is not None:
        _give_way()
        started = time.perf_counter()
        _ask_the_first_questions(ask, known)
        steps["questions"] = time.perf_counter() - started
    # What the start made (modules, the resolver, the directory of bodies) lives as long as the server: kept out of
    # Python's full collections, which otherwise walk it all again every few answers (a 1-in-12 pause of ~50 ms
    # on the network's answer at scale 1).
    gc.freeze()
    return steps


def _import(step: str, steps: dict[str, float]) -> None:
    """Import the modules of ``step`` (and draw or print a sample with them), then let the pages waiting for them go."""
    started = time.perf_counter()
    for module in STEPS[step]:
        importlib.import_module(module)
    {"network": _draw_a_sample, "print": _print_a_sample}.get(step, lambda: None)()
    _IMPORTED[step].set()
    steps[step] = time.perf_counter() - started


def asking(graph, catalogue, resolver) -> Callable[..., list[dict]]:
    """``graph`` asked as the pages ask it (empty parameters left out), without their cache: for the warm-up and
    for the benchmark of the briefing, which keep no answer."""

    def ask(name: str, **params) -> list[dict]:
        return catalogue.run(graph, name, {key: value for key, value in params.items() if value is not None}, resolver)

    return ask


def _ask_the_first_questions(ask: Callable[..., list[dict]], known: dict[str, dict] | None = None) -> None:
    """Gather a briefing of two bodies: the briefing's questions (Neo4j plans a question once, whatever its
    parameters)."""
    from dashboard import briefing

    known = known or {row["id"]: row for row in ask("bodies", limit=EVERY)}  # the dashboard's, when it read them
    briefing.gather(ask, sorted(known)[:2], known)


#: Two bodies and a link: enough to pass once through every step of drawing and printing.
_SAMPLE_NODES = [
    {"id": "a", "name": "Human Rights Committee", "name_zh": "人权事务委员会", "acronyms": ["HRCttee"], "system": "UN"},
    {"id": "b", "name": "African Commission on Human and Peoples' Rights", "acronyms": ["ACHPR"], "system": "regional"},
]
_SAMPLE_EDGES = [{"source": "b", "target": "a", "type": "references", "weight": 1, "statuses": []}]


def _draw_a_sample() -> None:
    """Lay out a ring of 60 bodies (the layout's own path for a network: numpy and scipy warmed on the way) and
    draw two bodies as the Network page does."""
    from dashboard import drawing, layout

    ring = [{"id": str(number), "degree": 2} for number in range(60)]
    links = [{"source": str(number), "target": str((number + 1) % 60)} for number in range(60)]
    layout.separate(layout.layout(ring, links), {node["id"]: (20.0, 12.0, 0.0) for node in ring})
    nodes = [{**node, "label": "Mechanism", "degree": 1} for node in _SAMPLE_NODES]
    drawing.network_model(nodes, _SAMPLE_EDGES, layout.layout(nodes, _SAMPLE_EDGES), lang="zh")


def _print_a_sample() -> None:
    """Draw and print a two-body briefing in Chinese, then drop it: the fonts are found and parsed (the CJK one
    registered with matplotlib, both read by the PDF writer), and every library on the way is loaded."""
    from dashboard import briefing, figure, fonts, layout
    from dashboard import print as printing

    fonts.cjk_font(), fonts.text_font(), figure.families()
    nodes = [{**node, "label": "Mechanism", "degree": 1} for node in _SAMPLE_NODES]
    positions = layout.layout(nodes, _SAMPLE_EDGES)
    person = briefing.Attendee("a", "人权事务委员会", "Human Rights Committee")
    sample = briefing.Briefing("简报", "zh", "", [person], [], [], [], nodes, _SAMPLE_EDGES)
    printing.to_pdf(sample, figure.svg(nodes, _SAMPLE_EDGES, positions, "system", "zh", **printing.FIGURE))


def _in_background() -> None:
    try:
        steps = warm_up()
    except Exception as error:  # noqa: BLE001 - the page that needs it does it again and says why it fails
        print(f"Warming up the dashboard stopped early: {error}", file=sys.stderr, flush=True)
        return
    finally:
        for done in _IMPORTED.values():
            done.set()  # pages wait for nothing more, whatever happened
    done = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in steps.items())
    print(f"Dashboard warmed up ({done}).", file=sys.stderr, flush=True)


def main() -> None:
    """Start the warm-up thread, then Streamlit's command line with this process's arguments."""
    global _warming
    _warming = True
    # The warm-up asks Streamlit's caches outside any page; Streamlit warns about each such call.
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").setLevel(logging.ERROR)
    logging.getLogger("streamlit.runtime.caching.cache_data_api").setLevel(logging.ERROR)
    # Streamlit itself is imported here first: begun at once in two threads, its modules, which import each
    # other, can each hold what the other waits for; Python then stops one import, and the next one runs
    # Streamlit's set-up a second time, which refuses to start the server.
    from streamlit.web import cli

    threading.Thread(target=_in_background, name="mechgraph-warm-up", daemon=True).start()
    sys.argv[0] = "streamlit"
    cli.main(prog_name="streamlit")


if __name__ == "__main__":
    # The module the pages import, not this copy run as __main__: the pages wait on its state (imported).
    from dashboard import serve

    serve.main()
