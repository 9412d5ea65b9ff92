"""The Unknown names page in a real headless Chromium: a name settled as an alias, and its mentions appear.

Reuses the browser fixtures of ``tests/test_browser.py``; screenshots go to $MECHGRAPH_SCREENSHOTS.
"""

from __future__ import annotations

import shutil
import urllib.parse

from bench.browser import dashboard as dashboard_server
from conftest import wipe
from loaders import seeds
from loaders.documents.write import ingest
from tests.conftest import ROOT
from tests.test_browser import browser, screenshots  # noqa: F401 (fixtures)
from tests.test_names_settled import NAME, NOTE


def test_a_name_settled_as_an_alias_in_the_browser_gets_its_mentions(
    graph,
    neo4j_settings,
    browser,  # noqa: F811
    screenshots,  # noqa: F811
    tmp_path,
    monkeypatch,  # noqa: F811
):
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder, ignore=shutil.ignore_patterns("decisions"))
    note = tmp_path / "andean-note.md"
    note.write_text(NOTE, encoding="utf-8")
    wipe(graph, drop_schema=False)
    seeds.load(graph, folder)
    ingest(graph, note, lang="en", seeds=folder)
    monkeypatch.setenv("MECHGRAPH_SEEDS", str(folder))
    with dashboard_server(neo4j_settings) as (url, _process):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{url}/names?name={urllib.parse.quote(NAME)}")
        page.get_by_text("Settle it").wait_for(timeout=90_000)
        page.locator("mark").first.wait_for(timeout=30_000)
        assert page.locator("mark", has_text=NAME).count() == 2  # the name marked in both its paragraphs
        page.get_by_text("a spelling of a known body", exact=True).click()
        picker = page.get_by_role("combobox", name="The body it names")
        picker.wait_for(timeout=30_000)
        page.screenshot(path=str(screenshots / "names.png"), full_page=True)
        picker.click()
        picker.fill("IACHR")
        picker.press("Enter")
        page.get_by_role("button", name="Settle").click()
        page.get_by_text("2 paragraph(s) now mention Inter-American Commission on Human Rights (IACHR).").wait_for(
            timeout=90_000
        )
        page.screenshot(path=str(screenshots / "names-settled.png"), full_page=True)
        assert "Traceback" not in page.content()
    rows = graph.read(
        "MATCH (p:Paragraph)-[:MENTIONS]->(:Mechanism {id: 'iachr'}) RETURN p.locator AS locator ORDER BY locator"
    )
    assert [row["locator"] for row in rows] == ["para. 1", "para. 2"]
