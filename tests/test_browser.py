"""The dashboard in a real headless Chromium: the network draws, filters and search work (the briefing has its own file).

Chromium is Debian's (`apt-get install chromium`), driven by Playwright; no browser is downloaded.
Screenshots of each step go to the folder in $MECHGRAPH_SCREENSHOTS (default: a temporary one).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from bench.browser import CHROMIUM_FLAGS
from bench.browser import dashboard as dashboard_server
from conftest import wipe
from graph.connection import connect
from loaders import seeds


def chromium() -> str:
    for candidate in (
        os.environ.get("CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.fail(
        "Chromium is needed for the browser tests: install Debian's chromium (apt-get install chromium) "
        "or set CHROMIUM to its path."
    )


@pytest.fixture(scope="module")
def dashboard(neo4j_settings, tmp_path_factory):
    """`mechgraph dashboard` on a free port, over the seed graph, as a user starts it."""
    with connect(neo4j_settings) as graph:
        wipe(graph, drop_schema=False)
        seeds.load(graph)
    with dashboard_server(neo4j_settings) as (url, _process):
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("MECHGRAPH_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def drawn_nodes(page, timeout: float = 60) -> int:
    """The number of nodes in the network canvas, once vis-network has drawn it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for frame in page.frames:
            try:
                count = frame.evaluate(
                    "typeof network !== 'undefined' && typeof nodes !== 'undefined' ? nodes.length : -1"
                )
            except Exception:  # a frame still loading
                count = -1
            if count >= 0:
                return count
        time.sleep(0.2)
    raise AssertionError("the network canvas was not drawn")


def caption_count(page) -> int:
    text = page.get_by_text(" bodies, ").first.inner_text(timeout=60_000)
    return int(text.split()[0])


def first_drawing(page, timeout: float = 120) -> dict:
    """What the network canvas recorded of vis-network's first drawing (dashboard/frontend/canvas.html)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for frame in page.frames:
            try:
                drawn = frame.evaluate("window.firstDrawing || null")
            except Exception:  # a frame still loading
                drawn = None
            if drawn:
                return drawn
        time.sleep(0.1)
    raise AssertionError("the network canvas was not drawn")


def test_the_network_is_drawn_where_the_server_laid_it_out(dashboard, browser):
    """The first drawing waits for no layout in the browser: physics off, not a step of settling, and every node at
    the position the page computed (a drawing without them would be laid out, and moved, by vis-network)."""
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    page.goto(dashboard + "/network?max=500&types=bodies&types=organisations&types=classes")
    drawn = first_drawing(page)
    assert drawn["physics"] is False and drawn["settling"] == 0
    assert drawn["placed"] == drawn["nodes"] == caption_count(page) > 20 and drawn["edges"] > 0
    page.close()


def test_the_network_draws_filters_and_searches(dashboard, browser, screenshots):
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    started = time.monotonic()
    page.goto(dashboard + "/network")
    drawn = drawn_nodes(page)
    first_render = time.monotonic() - started
    assert drawn == caption_count(page) > 20
    page.screenshot(path=str(screenshots / "network.png"))
    print(f"first render of the network: {first_render:.1f} s for {drawn} nodes")

    started = time.monotonic()
    page.goto(dashboard + "/network?region=africa")
    africa = drawn_nodes(page)
    print(f"render of a filtered network, warm: {time.monotonic() - started:.1f} s for {africa} nodes")
    assert 0 < africa < drawn and africa == caption_count(page)
    page.screenshot(path=str(screenshots / "network-africa.png"))

    page.goto(dashboard + "/network")
    drawn_nodes(page)
    search = page.get_by_label("Find a body (any name or acronym, en/fr/zh)")
    search.fill("Cour interaméricaine des droits de l'homme")
    search.press("Enter")
    page.get_by_text("→ Inter-American Court of Human Rights (IACourtHR)").wait_for(timeout=60_000)
    page.wait_for_function("() => new URLSearchParams(location.search).get('body') !== null", timeout=30_000)
    neighbourhood = page.get_by_text("within 1 of Inter-American Court of Human Rights (IACourtHR)")
    neighbourhood.wait_for(timeout=60_000)
    around = int(neighbourhood.inner_text().split()[0])
    assert around < drawn
    page.screenshot(path=str(screenshots / "network-search.png"))
    page.close()
