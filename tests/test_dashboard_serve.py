"""The dashboard's warm-up as it starts (dashboard.serve): after it, the first page finds the libraries imported,
the fonts parsed, the graph's names read and the first questions asked once."""

from __future__ import annotations

import sys

from dashboard import common, fonts, serve
from queries.catalogue import Catalogue
from tests.test_dashboard import seed_graph  # noqa: F401 (fixture)


def test_the_warm_up_leaves_the_first_page_its_own_work_only(seed_graph, monkeypatch):  # noqa: F811
    common.bodies.clear()
    asked = []
    run = Catalogue.run
    monkeypatch.setattr(
        Catalogue, "run", lambda self, graph, name, *rest: asked.append(name) or run(self, graph, name, *rest)
    )
    steps = serve.warm_up()
    # What the Network page needs first, the graph and its question before the other pages' libraries.
    assert list(steps) == ["network", "graph", "network question", "tables", "print", "questions"]
    assert all(module in sys.modules for module in serve.MODULES)
    assert fonts.cjk_font.cache_info().currsize == 1  # found and kept (None, where the system has no CJK font)
    assert {"bodies", "briefing", "briefing-gaps", "network", "document-names"} <= set(asked)  # planned by the server

    def refuse(*_args, **_kwargs):
        raise AssertionError("the names were read again")

    monkeypatch.setattr(Catalogue, "run", refuse)
    known = common.bodies()  # what every page asks first: already read, not asked again
    assert known["iachr"]["name"] == "Inter-American Commission on Human Rights"


def test_the_warm_up_gives_way_to_a_running_page_but_not_to_one_waiting_for_it(monkeypatch):
    import threading
    import time

    monkeypatch.setattr(serve, "QUIET", 0.5)
    started = threading.Event()

    def page(seconds: float, waits: bool = False) -> None:
        with serve.page_running():
            started.set()
            if waits:
                serve.imported("tables")  # waiting for the warm-up, it does not count as running
            time.sleep(seconds)

    running = threading.Thread(target=page, args=(1.0,))
    running.start()
    started.wait(5)
    begun = time.monotonic()
    serve._give_way(10)
    assert time.monotonic() - begun >= 1.0 + 0.5 - 0.2  # the page's run, then the quiet after it
    running.join()

    monkeypatch.setattr(serve, "_warming", True)
    monkeypatch.setitem(serve._IMPORTED, "tables", threading.Event())
    started.clear()
    waiting = threading.Thread(target=page, args=(0, True))
    waiting.start()
    started.wait(5)
    time.sleep(0.1)
    begun = time.monotonic()
    serve._give_way(10)
    assert time.monotonic() - begun < 0.5 and waiting.is_alive()  # no page runs: the warm-up goes on
    serve._IMPORTED["tables"].set()
    waiting.join(5)
    assert not waiting.is_alive() and not serve._running and not serve._waiting

    # A page running, and another waiting for the warm-up (as the Briefing page does before it runs): no waiting.
    started.clear()
    running = threading.Thread(target=page, args=(1.0,))
    running.start()
    started.wait(5)
    monkeypatch.setitem(serve._IMPORTED, "print", threading.Event())
    briefing = threading.Thread(target=serve.imported, args=("print",))
    briefing.start()
    time.sleep(0.1)
    begun = time.monotonic()
    serve._give_way(10)
    assert time.monotonic() - begun < 0.5 and running.is_alive()
    serve._IMPORTED["print"].set()
    briefing.join(5)
    running.join(5)
    assert not serve._running and not serve._waiting


def test_the_canvas_is_declared_even_when_a_page_on_another_thread_hides_its_module_once(monkeypatch):
    import importlib
    import inspect

    from dashboard import canvas

    # a page declares it: Streamlit serves only the components a page's script declared
    assert "dashboard.canvas" not in serve.MODULES
    found = inspect.getmodule
    hidden = []

    def getmodule(thing, *rest):
        if not hidden:  # another thread filling inspect's caches at that moment: no module found, once
            hidden.append(thing)
            return None
        return found(thing, *rest)

    monkeypatch.setattr(inspect, "getmodule", getmodule)
    reloaded = importlib.reload(canvas)
    assert hidden and reloaded._component.name == "dashboard.canvas.network_canvas"


def test_streamlit_is_imported_before_the_warm_up_thread_starts():
    """Begun in two threads at once, Streamlit's imports can deadlock; Python then stops one, and Streamlit's
    set-up runs twice and refuses to start the server ("DeltaGeneratorSingleton instance already exists")."""
    import subprocess

    script = """
import sys, threading
started = []
class Recording(threading.Thread):
    def start(self):
        started.append('streamlit.web.cli' in sys.modules)
import dashboard.serve as serve
serve.threading.Thread = Recording
sys.argv = ["dashboard", "version"]  # Streamlit's command line prints its version and exits
try:
    serve.main()
except SystemExit:
    pass
print(started)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[True]"
