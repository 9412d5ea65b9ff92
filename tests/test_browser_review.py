"""The Review page in a real headless Chromium: a candidate accepted with a chosen direction, and its decision row
in the seed folder's decisions file (a temporary copy of seeds/, given to the dashboard by ``MECHGRAPH_SEEDS``)."""

from __future__ import annotations

import shutil

import pytest
import yaml

from bench.browser import dashboard as dashboard_server
from conftest import wipe
from dashboard.common import body_label
from graph.connection import connect
from queries.catalogue import EVERY, Catalogue
from tests.conftest import ROOT, run_cli
from tests.test_browser import browser, screenshots  # noqa: F401  (the fixtures, shared)
from tests.test_ingest_structure import EN
from tests.test_load import _env


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    copy = tmp_path_factory.mktemp("browser-review") / "seeds"
    shutil.copytree(ROOT / "seeds", copy)
    return copy


@pytest.fixture(scope="module")
def review_dashboard(neo4j_settings, folder):
    """`mechgraph dashboard` over the seed graph with the English report ingested, recording into ``folder``."""
    env = _env(neo4j_settings)
    with connect(neo4j_settings) as graph:
        wipe(graph, drop_schema=False)
        assert run_cli("load", str(folder), env=env).returncode == 0
        ingested = run_cli("ingest", str(EN), "--seeds", str(folder), env=env)
        assert ingested.returncode == 0, ingested.stderr
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("MECHGRAPH_SEEDS", str(folder))  # the dashboard's process inherits it
            with dashboard_server(neo4j_settings) as (url, _process):
                yield url, graph


def idle(page, timeout: float = 90_000) -> None:
    """Wait until the page's script has finished running (Streamlit's "Running…" widget is gone)."""
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=timeout)


def test_a_reference_accepted_with_a_chosen_direction_in_the_browser(review_dashboard, browser, screenshots, folder):  # noqa: F811
    url, graph = review_dashboard
    quoting = next(
        row
        for row in Catalogue.load().run(graph, "review-candidates", {"kind": "reference"})
        if row["locator"] == "para. 53"
    )  # "the Inter-American Court of Human Rights quoting the Committee (CEDAW) and the Special Rapporteur"
    court, rapporteur = quoting["bodies"][0], quoting["bodies"][2]
    known = {row["id"]: row for row in Catalogue.load().run(graph, "bodies", {"limit": EVERY})}
    rapporteur_name = body_label(known[rapporteur])

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{url}/review?candidate={quoting['id']}")
    page.get_by_text("Accepting makes it a reference:").wait_for(timeout=90_000)
    assert "Inter-American Court of Human Rights quoting" in page.locator("mark").first.inner_text()
    idle(page)
    page.wait_for_timeout(2000)  # the table's canvas draws after the run ends; for the screenshot only
    page.screenshot(path=str(screenshots / "review.png"))
    idle(page)
    target = page.get_by_label("Whom it cites")
    target.click()
    target.fill("violence against women")  # the list filters as one types
    page.get_by_role("option", name=rapporteur_name).click()
    page.get_by_text(f"quotes {rapporteur_name}").first.wait_for(timeout=30_000)
    page.screenshot(path=str(screenshots / "review-direction.png"))

    page.get_by_role("button", name="Accept", exact=True).click()
    done = page.get_by_text("Accepted: now a reference: Inter-American Court of Human Rights (IACourtHR) quotes")
    done.wait_for(timeout=90_000)
    assert str(folder / "decisions" / "review.yaml") in done.inner_text()
    page.get_by_text("Select a row to see its paragraph and decide.").wait_for(timeout=90_000)  # the run is over
    done.scroll_into_view_if_needed()
    page.wait_for_timeout(2000)
    page.screenshot(path=str(screenshots / "review-accepted.png"))
    page.close()

    rows = yaml.safe_load((folder / "decisions" / "review.yaml").read_text(encoding="utf-8"))
    assert [(r["decision"], r["candidate"], r["source"], r["target"]) for r in rows] == [
        ("accept", quoting["id"], court, rapporteur)
    ]
    assert graph.read("MATCH (c:Candidate {id: $id}) RETURN c.status AS status", {"id": quoting["id"]}) == [
        {"status": "accepted"}
    ]
