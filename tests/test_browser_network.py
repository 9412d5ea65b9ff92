"""The network page in a real headless Chromium: a click selects a body, a double-click draws its
neighbours, an edge's tooltip is a sentence (made in the canvas, word for word the page's own in every label
language), a later page draws with the script the browser kept, and bad links are explained without a traceback.

Uses the dashboard, browser and screenshot fixtures of tests/test_browser.py.
"""

from __future__ import annotations

import re
import time

import pytest

from dashboard import canvas as network_canvas
from dashboard import drawing
from tests.test_browser import browser, dashboard, screenshots  # noqa: F401 (fixtures)

#: What a page must never show a user: a traceback, a server path, a Python file.
LEAKS = ["Traceback", "/work/", "site-packages", '.py"']


def canvas(page, timeout: float = 60):
    """The frame of the network canvas, once vis-network has drawn in it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for frame in page.frames:
            try:
                if frame.evaluate("!!window.firstDrawing"):
                    page.wait_for_timeout(300)  # the fit with margins follows the first drawing
                    return frame
            except Exception:  # a frame still loading
                pass
        time.sleep(0.2)
    raise AssertionError("the network canvas was not drawn")


def on_screen(page, frame, script: str) -> tuple[float, float]:
    """Page coordinates of a canvas point, given as a script returning {x, y} in canvas coordinates."""
    point = frame.evaluate(f"(() => network.canvasToDOM({script}))()")
    box = frame.frame_element().bounding_box()
    return box["x"] + point["x"], box["y"] + point["y"]


def node_at(page, frame, node: str) -> tuple[float, float]:
    return on_screen(page, frame, f"network.getPositions([{node!r}])[{node!r}]")


def test_clicking_a_body_in_the_canvas_selects_it_and_a_double_click_draws_its_neighbours(
    dashboard,  # noqa: F811
    browser,  # noqa: F811
    screenshots,  # noqa: F811
):
    # Tall enough to show the canvas and the details beneath it in one screenshot.
    page = browser.new_page(viewport={"width": 1400, "height": 1900})
    page.goto(dashboard + "/network")
    frame = canvas(page)
    page.screenshot(path=str(screenshots / "network.png"), clip={"x": 0, "y": 0, "width": 1400, "height": 1000})
    page.mouse.click(*node_at(page, frame, "iachr"))
    page.wait_for_function("() => new URLSearchParams(location.search).get('node') === 'iachr'", timeout=30_000)
    # The details panel names it (its heading), and lists its links.
    page.get_by_test_id("stMarkdown").get_by_text(
        "Inter-American Commission on Human Rights (IACHR)", exact=True
    ).wait_for(timeout=30_000)
    page.get_by_text("Its links in the network").wait_for(timeout=30_000)
    page.wait_for_timeout(1500)  # the evidence beneath
    page.screenshot(path=str(screenshots / "network-selected.png"))

    page.mouse.dblclick(*node_at(page, frame, "iachr"))
    page.wait_for_function("() => new URLSearchParams(location.search).get('body') !== null", timeout=30_000)
    page.get_by_text(re.compile(r"\d+ bodies, \d+ links within 1 of Inter-American Commission")).wait_for(
        timeout=60_000
    )
    assert (
        page.evaluate("new URLSearchParams(location.search).get('body')") == "Inter-American Commission on Human Rights"
    )
    page.close()


def test_an_edge_tooltip_is_a_sentence(dashboard, browser):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(dashboard + "/network?body=Inter-American Court of Human Rights&link=references")
    frame = canvas(page)
    # The middle of a straight reference the Court makes (the first of its pair).
    middle = on_screen(
        page,
        frame,
        "(() => { var edge = edges.get({filter: function (e) { return e.from === 'iacthr' && !e.smooth"
        " && e.arrows === 'to'; }})[0]; var p = network.getPositions([edge.from, edge.to]);"
        " return {x: (p[edge.from].x + p[edge.to].x) / 2, y: (p[edge.from].y + p[edge.to].y) / 2}; })()",
    )
    page.mouse.move(middle[0] - 20, middle[1] - 20)
    page.mouse.move(*middle, steps=5)
    tooltip = frame.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=10_000)
    assert re.fullmatch(
        r"Inter-American Court of Human Rights cites .+ in \d+ places?( \(\d{4}(–\d{4})?\))?.*\.",
        tooltip.inner_text().strip(),
    )
    page.close()


def test_a_later_page_draws_with_the_vis_network_the_browser_kept(dashboard, browser):  # noqa: F811
    """Streamlit serves the canvas's script anew to every page; the canvas keeps it in the browser's cache storage,
    so that a later page of the same browser draws without asking the server for it."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    fetched = "performance.getEntriesByType('resource').filter(e => e.name.endsWith('/vis-network.min.js')).length"
    first = context.new_page()
    first.goto(dashboard + "/network")
    assert canvas(first).evaluate(fetched) == 1
    first.close()
    later = context.new_page()
    later.goto(dashboard + "/network")
    frame = canvas(later)
    assert frame.evaluate(fetched) == 0
    assert frame.evaluate("window.firstDrawing.nodes") == frame.evaluate("nodes.length") > 0
    context.close()


#: Bodies whose names test the canvas's sentences: a long name with an acronym (its acronym is said), a long one
#: without, characters a replacement would take for its own ("$&", "{b}"), and names in Chinese.
_BODIES = [
    {
        "id": "ohchr",
        "name": "Office of the United Nations High Commissioner for Human Rights",
        "acronyms": ["OHCHR"],
        "name_zh": "联合国人权事务高级专员办事处",
        "name_fr": "Haut-Commissariat des Nations Unies aux droits de l'homme",
    },
    {"id": "long", "name": "A Very Long Name Of A Body That Has No Acronym At All Anywhere"},
    {"id": "odd", "name": "Fund $& {b} of $1", "acronyms": ["F$"], "name_zh": "基金 $& {b}"},
    {
        "id": "iachr",
        "name": "Inter-American Commission on Human Rights",
        "acronyms": ["IACHR"],
        "name_zh": "美洲人权委员会",
    },
]
_LINKS = [
    {"source": "iachr", "target": "ohchr", "type": "references", "weight": 1, "first": 2010, "last": 2010},
    {
        "source": "ohchr",
        "target": "iachr",
        "type": "references",
        "weight": 4,
        "first": 2010,
        "last": 2012,
        "statuses": [{"status": "held", "facts": 4}],
    },
    {
        "source": "long",
        "target": "odd",
        "type": "activity",
        "weight": 3,
        "first": 2012,
        "last": 2014,
        "statuses": [
            {"status": "held", "facts": 1},
            {"status": "planned", "facts": 0},
            {"status": "proposed", "facts": 2},
        ],
    },
    {"source": "odd", "target": "iachr", "type": "event", "weight": 2, "statuses": [{"status": "planned", "facts": 2}]},
    {"source": "iachr", "target": "long", "type": "liaison"},
    {"source": "long", "target": "iachr", "type": "activity", "weight": 1, "first": 2001},
]


@pytest.mark.parametrize("lang", ["en", "fr", "zh", "es"])
def test_the_canvas_says_each_link_in_the_words_of_the_page(browser, lang):  # noqa: F811
    """The canvas makes each link's tooltip from the words and the link's fields it is sent: the same sentence, to
    the character, as the page's own (drawing.edge_sentence), with the bodies' names, in each label language."""
    positions = {body["id"]: (100.0 * number, 50.0 * number) for number, body in enumerate(_BODIES)}
    model = drawing.canvas_model(_BODIES, _LINKS, positions, lang=lang)
    assert not any("title" in edge for edge in model["edges"])  # the sentences are not sent
    names = {body["id"]: drawing.short_name(body, lang) for body in _BODIES}
    page = browser.new_page()
    page.goto((network_canvas._served() / "index.html").as_uri())
    page.wait_for_function("typeof vis !== 'undefined'")
    args = {"model": model, "drawing": lang, "focus": None, "canvas": 400, "height": 420}
    page.evaluate("(args) => window.postMessage({type: 'streamlit:render', args: args}, '*')", args)
    page.wait_for_function("!!window.firstDrawing")
    said = page.evaluate("edges.get().map(function (edge) { return edge.title; })")
    assert said == [drawing.edge_sentence(link, names, lang) for link in _LINKS]
    # Names, not ids: a long name's acronym where it has one (OHCHR in English), its name as it is otherwise.
    assert all(
        names[link["source"]] in text and names[link["target"]] in text for link, text in zip(_LINKS, said, strict=True)
    )
    assert ("OHCHR" in said[0]) == (lang != "zh") and said[3].startswith(names["odd"])
    page.close()


@pytest.mark.parametrize(
    "query, said",
    [
        ("max=-5", "The link's node cap -5 is outside 10–5000; showing 10."),
        ("from=abc", "The link's years from “abc” is not a whole number; showing 1990."),
        ("body=IACHR&depth=99", "The link's depth 99 is outside 1–3; showing 3."),
        ("body=IACHR&depth=-1", "The link's depth -1 is outside 1–3; showing 1."),
        ("body=zzz", "No body found by that name: the whole network is drawn."),
        ("node=zzz", "No body is called “zzz”."),
        ("status=lost", "The link's status “lost” left out"),
    ],
)
def test_a_bad_network_link_is_explained_without_a_traceback(dashboard, browser, query, said):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{dashboard}/network?{query}")
    page.get_by_text(said).first.wait_for(timeout=60_000)
    text = page.locator("body").inner_text()
    assert not [leak for leak in LEAKS if leak in text]
    page.close()


def test_cour_interamericaine_alone_draws_the_court_directly_or_through_a_did_you_mean_link(
    dashboard,  # noqa: F811
    browser,  # noqa: F811
):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(dashboard + "/network?body=Cour interaméricaine")
    court = page.get_by_text(re.compile(r"within 1 of Inter-American Court of Human Rights"))
    suggestion = page.get_by_role("link", name=re.compile("Inter-American Court of Human Rights"))
    court.or_(suggestion).first.wait_for(timeout=60_000)
    if not court.count():  # the resolver refuses the short name: its suggestions are links
        suggestion.first.click()
        court.wait_for(timeout=60_000)
    heading = page.get_by_test_id("stMarkdown").get_by_text(
        "Inter-American Court of Human Rights (IACourtHR)", exact=True
    )
    heading.wait_for(timeout=30_000)
    page.close()
