"""Starting the dashboard: Streamlit's own server, with the slow first steps done beside it as it starts.

The first page after ``mechgraph dashboard`` started used to pay for everything once: importing the
pages' libraries (pandas, pyvis, matplotlib, altair), parsing the CJK font the briefing prints with,
connecting to the graph, reading the catalogue and the names of every body. A background thread does
these while Streamlit starts, so that the first person to open a page finds them done. The server
starts at once. A page waits for the imports its libraries need (:func:`imported`): two threads importing
the same libraries at once can meet a module half made (Python imports modules that import each other
one thread at a time, and gives the other thread what is made so far), which failed a page now and then.
Anything else a page needs that is still being made, it waits for (Streamlit's resource caches make a
thing once). Whatever fails here is only logged: the page that needs it does it again and says what is
wrong in its own words.

``mechgraph dashboard`` runs ``python -m dashboard.serve run dashboard/app.py …``: the arguments are
Streamlit's ``streamlit run`` arguments.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import time
from collections.abc import Callable

from queries.catalogue import EVERY

__all__ = ["STEPS", "MODULES", "imported", "warm_up", "asking", "main"]

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


def imported(*steps: str) -> None:
    """Wait until the warm-up running in this server has imported the modules of ``steps`` (every step if none).

    >>> imported("network")  # no warm-up runs here: nothing to wait for
    """
    if _warming:
        for step in steps or STEPS:
            _IMPORTED[step].wait(WAIT)


def warm_up(connect: bool = True, ask: Callable[..., list[dict]] | None = None) -> dict[str, float]:
    """Import the pages' libraries, draw a small network and print a small briefing (the fonts found and parsed on
    the way); then, with ``connect``, open the graph and read its names; last, with the graph (``connect``, or
    ``ask``: a catalogue question as the pages ask it), gather a briefing of two bodies, so that the server has
    planned the questions of the Network page and of the briefing before anyone asks them. The seconds each
    step took."""
    steps: dict[str, float] = {}
    for step, modules in STEPS.items():
        started = time.perf_counter()
        for module in modules:
            importlib.import_module(module)
        {"network": _draw_a_sample, "print": _print_a_sample}.get(step, lambda: None)()
        _IMPORTED[step].set()
        steps[step] = time.perf_counter() - started
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
        _ask_the_first_questions(ask, known)
        steps["questions"] = time.perf_counter() - started
    return steps


def asking(graph, catalogue, resolver) -> Callable[..., list[dict]]:
    """``graph`` asked as the pages ask it (empty parameters left out), without their cache: for the warm-up and
    for the benchmark of the briefing, which keep no answer."""

    def ask(name: str, **params) -> list[dict]:
        return catalogue.run(graph, name, {key: value for key, value in params.items() if value is not None}, resolver)

    return ask


def _ask_the_first_questions(ask: Callable[..., list[dict]], known: dict[str, dict] | None = None) -> None:
    """Gather a briefing of two bodies: the briefing's questions, and the network's, which the Network page asks
    with other parameters (Neo4j plans a question once, whatever its parameters)."""
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
    threading.Thread(target=_in_background, name="mechgraph-warm-up", daemon=True).start()
    from streamlit.web import cli

    sys.argv[0] = "streamlit"
    cli.main(prog_name="streamlit")


if __name__ == "__main__":
    # The module the pages import, not this copy run as __main__: the pages wait on its state (imported).
    from dashboard import serve

    serve.main()
