"""The pager in a real Chromium: the seed graph's 224 joint activities are two pages, turned by a click, with the
page in the link. The fixtures (the dashboard over the seed graph, Debian's Chromium) are tests/test_browser.py's.
"""

from __future__ import annotations

from tests.test_browser import browser, dashboard, screenshots  # noqa: F401 (fixtures)
from tests.test_browser_pages import ask, open_page, settled  # noqa: F401 (the ask fixture)


def test_the_activities_turn_to_their_second_page_and_back(dashboard, browser, screenshots, ask):  # noqa: F811
    total = ask("joint-activities", limit=1)[0]["total"]
    page = open_page(browser, dashboard + "/activities")
    page.get_by_text(f"Activities 1–200 of {total} · page 1 of 2").wait_for(timeout=60_000)
    page.get_by_role("button", name="Next").click()
    settled(page)
    page.get_by_text(f"Activities 201–{total} of {total} · page 2 of 2").wait_for(timeout=60_000)
    assert "page=2" in page.url
    assert page.get_by_role("button", name="Next").is_disabled()
    page.locator("[data-testid='stDataFrame'] canvas").last.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)  # the table draws its cells after its frame
    page.screenshot(path=str(screenshots / "activities-page-2.png"), full_page=True)
    page.get_by_role("button", name="Previous").click()
    settled(page)
    page.get_by_text(f"Activities 1–200 of {total} · page 1 of 2").wait_for(timeout=60_000)
    assert "page=" not in page.url
    page.close()
