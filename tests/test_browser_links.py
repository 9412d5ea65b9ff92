"""Links between pages and links on the canvas, in a real headless Chromium: one click from a selected body to how
it is connected, one click on a link of the network to the facts and quotes behind it, and the network in Chinese.

The fixtures (the dashboard over the seed graph, Debian's Chromium) are tests/test_browser.py's; the helpers are
those of tests/test_browser_network.py and tests/test_browser_pages.py.
"""

from __future__ import annotations

from tests.test_browser import browser, dashboard, screenshots  # noqa: F401 (fixtures)
from tests.test_browser_network import LEAKS, canvas
from tests.test_browser_pages import ask, click_row, settled  # noqa: F401 (ask: a fixture)

IACHR = "Inter-American Commission on Human Rights (IACHR)"


def url_value(page, key: str) -> str | None:
    return page.evaluate(f"new URLSearchParams(location.search).get({key!r})")


def test_one_click_from_a_selected_body_opens_its_connections_with_its_name(dashboard, browser):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 1400})
    page.goto(dashboard + "/network?node=iachr")
    canvas(page)
    settled(page)
    page.get_by_role("link", name="How is Inter-American Commission on Human Rights (IACHR) connected to…").click()
    page.wait_for_url("**/connections?from=iachr", timeout=30_000)
    page.get_by_role("heading", name="How two bodies are connected").wait_for(timeout=60_000)
    settled(page)
    # The first of the pair is filled in, by its name; the second is left to choose.
    pickers = page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]')
    shown = "el => el.innerText + ' ' + [...el.querySelectorAll('input')].map(input => input.value).join(' ')"
    assert IACHR in pickers.nth(0).evaluate(shown)
    assert "IACHR" not in pickers.nth(1).evaluate(shown)
    page.get_by_text("Pick two bodies, by any name or acronym").wait_for(timeout=30_000)
    page.close()


def point_on_edge(page, frame, one: str, other: str) -> tuple[dict, tuple[float, float]]:
    """A link drawn straight between two bodies (a second one between them curves aside), and a point of the page
    where a click hits it alone: along it, away from any body and its label."""
    edge = frame.evaluate(
        """([one, other]) => {
      const found = edges.get().filter(e => [e.from, e.to].sort().join() === [one, other].sort().join() && !e.smooth);
      const edge = found[0], at = network.getPositions([edge.from, edge.to]);
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
        const point = network.canvasToDOM({x: at[edge.from].x + t * (at[edge.to].x - at[edge.from].x),
                                           y: at[edge.from].y + t * (at[edge.to].y - at[edge.from].y)});
        if (network.getNodeAt(point) === undefined && network.getEdgeAt(point) === edge.id) {
          return {from: edge.from, to: edge.to, type: edge.type, x: point.x, y: point.y};
        }
      }
      return null;
    }""",
        [one, other],
    )
    assert edge, f"no point of the page hits the link between {one} and {other} alone"
    box = frame.frame_element().bounding_box()
    return edge, (box["x"] + edge["x"], box["y"] + edge["y"])


def test_clicking_a_link_on_the_canvas_shows_its_facts_and_their_quotes(dashboard, browser, screenshots, ask):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 2000})
    page.goto(dashboard + "/network?body=Subcommittee on Prevention of Torture&link=references")
    frame = canvas(page)
    settled(page)
    edge, point = point_on_edge(page, frame, "iachr", "spt")
    page.mouse.click(*point)
    page.wait_for_function("() => new URLSearchParams(location.search).get('pair') !== null", timeout=30_000)
    assert (url_value(page, "pair"), url_value(page, "ptype")) == (f"{edge['from']}~{edge['to']}", "references")
    page.get_by_role("heading", name="The link chosen").wait_for(timeout=60_000)
    settled(page)
    # The facts behind it, a quote on each row; a click on the first opens its evidence in full.
    quotes = [row["quote"] for row in ask("reference-evidence", source=edge["from"], target=edge["to"])]
    cells = page.locator('[role="gridcell"]')
    cells.filter(has_text=quotes[0][:40]).first.wait_for(state="attached", timeout=60_000)
    click_row(page, 0, 0)
    assert url_value(page, "fact")
    page.get_by_test_id("stMarkdown").filter(has_text="A/HRC/23/18").first.wait_for(timeout=30_000)
    shown = page.inner_text("body")
    assert any(quote[:60] in shown for quote in quotes)
    assert not any(leak in shown for leak in LEAKS)
    page.screenshot(path=str(screenshots / "network-link.png"))
    page.close()


def test_the_network_in_chinese_names_systems_and_statuses_in_chinese(dashboard, browser, screenshots):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 1900})
    page.goto(dashboard + "/network?lang=zh&node=sr-hrd")
    canvas(page)
    settled(page)
    legend = page.locator(".mechgraph-legend").inner_text()
    for words in ("联合国", "民间社会", "已举行", "拟议", "联合活动"):
        assert words in legend, words
    page.get_by_text("kind: 特别程序").wait_for(timeout=30_000)
    page.screenshot(path=str(screenshots / "network-zh.png"))
    page.close()
