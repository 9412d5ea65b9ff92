"""The four questions a new user asks of the pages besides the Network and the Briefing, answered in a real
Chromium within three clicks, with the document, locator and quote behind each answer; and links that are
wrong in every way show a sentence, never a traceback or a path of the server.

The fixtures (the dashboard over the seed graph, Debian's Chromium) are tests/test_browser.py's.
"""

from __future__ import annotations

import re

import pytest

from bench.sessions import LEAKS
from graph.connection import connect
from queries.catalogue import Catalogue
from registry.names import Resolver
from tests.test_browser import browser, dashboard, screenshots  # noqa: F401 (fixtures)

WIDTH = 1400  # the screenshots' width
ROW = 35  # Streamlit's dataframe: the height of its header and of each row, in pixels
ANSWERED = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app && app.dataset.testScriptState === 'notRunning' && !document.querySelector('[data-testid="stStatusWidget"]');
}"""


@pytest.fixture(scope="module")
def ask(neo4j_settings, dashboard):  # noqa: F811 (the dashboard fixture loads the seed graph first)
    with connect(neo4j_settings) as graph:
        yield lambda name, **params: Catalogue.load().run(graph, name, params, Resolver.from_seeds())


def settled(page) -> None:
    """Wait until the script has run and the page stands still."""
    page.wait_for_function(ANSWERED, timeout=60_000)
    page.wait_for_timeout(300)
    page.wait_for_function(ANSWERED, timeout=60_000)


def open_page(browser, url: str):  # noqa: F811
    page = browser.new_page(viewport={"width": WIDTH, "height": 1000})
    page.goto(url)
    page.get_by_role("heading", level=1).first.wait_for(timeout=60_000)
    settled(page)
    return page


def pick(page, label: str, text: str) -> None:
    """One click on a picker, then its name typed and Enter: the way a user picks a body, country or year."""
    page.get_by_label(label, exact=True).first.click()
    page.keyboard.type(text)
    page.keyboard.press("Enter")
    settled(page)


def click_row(page, table: int, row: int) -> None:
    """One click on a row of the ``table``-th dataframe of the page (on its selection column, left of the row),
    the page scrolled first so that the row is in view."""
    frame = page.locator('[data-testid="stDataFrame"]').nth(table)
    frame.scroll_into_view_if_needed()
    height = page.viewport_size["height"]
    for _ in range(10):
        box = frame.bounding_box()
        y = box["y"] + ROW + row * ROW + ROW / 2
        if ROW < y < height - ROW:
            break
        page.mouse.move(box["x"] + box["width"] / 2, height / 2)
        page.mouse.wheel(0, y - height / 2)
        page.wait_for_timeout(300)
    page.mouse.click(box["x"] + 12, y)
    settled(page)


def shows(page, text: str) -> None:
    page.get_by_text(text, exact=False).first.wait_for(timeout=60_000)


def show_answer(page, text: str) -> None:
    """Scroll the answer's quote to the middle of the screen, for the screenshot."""
    page.get_by_text(text, exact=False).first.evaluate("element => element.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(300)


def in_table(page, text: str) -> None:
    """A table's cell holds ``text``: the grid is drawn on a canvas, its cells are mirrored for screen readers."""
    page.locator('[role="gridcell"]').filter(has_text=text).first.wait_for(state="attached", timeout=60_000)


def test_who_cites_the_inter_american_court(dashboard, browser, screenshots, ask):  # noqa: F811
    page = open_page(browser, dashboard + "/citations")
    pick(page, "Body (any name or acronym, en/fr/zh)", "IACourtHR")  # click 1
    shows(page, "Select a reference to see its documents and quotes.")
    references = ask("references-of", body="iacthr")
    row = next(i for i, r in enumerate(references) if r["direction"] == "in" and r["other"] == "cedaw")
    click_row(page, 1, row)  # click 2
    shows(page, "Conversely, the Committee quoted the same ruling in its recommendations to Mexico")
    shows(page, "para. 53 — cites case law, in practice")
    show_answer(page, "para. 53 — cites case law, in practice")
    assert re.search(r"body=iacthr", page.url) and "ref=in" in page.url
    page.screenshot(path=str(screenshots / "citations.png"), full_page=True)
    page.close()


def test_who_owns_the_workplan_item_on_joint_country_visits(dashboard, browser, screenshots, ask):  # noqa: F811
    page = open_page(browser, dashboard + "/workplan")
    items = ask("workplan-items", workplan="fp-meeting-2012-workplan")
    row = next(i for i, item in enumerate(items) if item["item"] == "wp2012-mid-7")
    click_row(page, 0, row)  # click 1
    shows(page, "Who owns mid-term 7")
    shows(page, "annex II, mid-term 7 — the Implementation line")
    shows(page, "Implementation: focal points ACHPR, IACHR, CoE, ODIHR, and OHCHR focal points SPB, FOTCD.")
    owners = ask("item-owners", item="wp2012-mid-7")
    click_row(page, 1, [owner["owner"] for owner in owners].index("iachr"))  # click 2
    assert "item=wp2012-mid-7" in page.url and "owned_by=iachr" in page.url
    shows(page, "A/HRC/23/18")
    page.screenshot(path=str(screenshots / "workplan.png"), full_page=True)
    page.close()


def test_which_bodies_met_in_tunisia_in_2012(dashboard, browser, screenshots, ask):  # noqa: F811
    page = open_page(browser, dashboard + "/activities")
    pick(page, "Country", "Tunisie")  # click 1, by its French name
    pick(page, "Year", "2012")  # click 2
    assert "country=TUN" in page.url and "year=2012" in page.url
    click_row(page, 0, 0)  # click 3: the one activity
    in_table(page, "Tunisia")
    in_table(page, "Special Rapporteur on Human Rights Defenders in A")  # the cell ends with "…" where it is cut
    shows(
        page,
        "a joint visit of the United Nations and the African Commission special procedures mandate holders on "
        "human rights defenders in Tunisia, in September 2012",
    )
    shows(page, "para. 12")
    show_answer(page, "para. 12")
    page.screenshot(path=str(screenshots / "activities.png"), full_page=True)
    page.close()


def test_how_the_iachr_and_the_spt_are_connected(dashboard, browser, screenshots):  # noqa: F811
    page = open_page(browser, dashboard + "/connections")
    pick(page, "From", "IACHR")  # click 1
    pick(page, "To", "SPT")  # click 2
    # What was typed turns into the body's name in the picker.
    pickers = page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]')
    shown = "el => el.innerText + ' ' + [...el.querySelectorAll('input')].map(input => input.value).join(' ')"
    assert "Inter-American Commission on Human Rights (IACHR)" in pickers.nth(0).evaluate(shown)
    assert "Subcommittee on Prevention of Torture (SPT)" in pickers.nth(1).evaluate(shown)
    assert "from=iachr" in page.url and "to=spt" in page.url
    shows(page, "IACHR follows up the recommendations of SPT")
    shows(page, "annex III, para. 3")
    shows(
        page,
        "It will follow up to recommendations issued by United Nations and Inter-American mechanisms on torture "
        "adopted between 2007 and 2010.",
    )
    shows(page, "To promote exchange of information between the Secretariats of the IACHR and OHCHR")
    shows(page, "and 1 more quote")  # the fourth, one click away
    page.screenshot(path=str(screenshots / "connections.png"), full_page=True)
    page.close()


def test_the_overview_and_the_focal_points_screenshots(dashboard, browser, screenshots):  # noqa: F811
    page = open_page(browser, dashboard + "/")
    shows(page, "Recent joint activities")
    page.screenshot(path=str(screenshots / "overview.png"), full_page=True)
    page.goto(dashboard + "/focal_points?focal_point=fp-ohchr")
    shows(page, "the National Institutions and Regional Mechanisms Section of OHCHR, which is responsible")
    settled(page)
    page.screenshot(path=str(screenshots / "focal_points.png"), full_page=True)
    page.close()


@pytest.mark.parametrize(
    ("link", "said"),
    [
        ("/activities?year=abc", "“abc” is not a whole number"),
        ("/citations?kind=zzz", "“zzz” is not one of"),
        ("/workplan?workplan=zzz", "workplan “zzz”"),
        ("/connections?from=zzz", "No body is called “zzz”"),
    ],
)
def test_a_wrong_link_is_explained_without_a_traceback(dashboard, browser, link, said):  # noqa: F811
    page = open_page(browser, dashboard + link)
    shows(page, said)
    text = page.locator('[data-testid="stMain"]').inner_text()
    assert not [leak for leak in LEAKS if leak in text]
    assert not page.locator('[data-testid="stException"]').count()
    page.close()
