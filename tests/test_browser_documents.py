"""The Documents page in a real headless Chromium: a report uploaded, checked, ingested and listed;
a search found; bad uploads refused with nothing written.

Uses the browser and screenshot fixtures of test_browser.py; the dashboard here runs over the
seed graph with the English and Chinese seed reports ingested, so that there is text to search.
"""

from __future__ import annotations

import time

import pytest

from bench.browser import dashboard as dashboard_server
from conftest import wipe
from graph.connection import connect
from loaders import seeds
from loaders.documents import ingest
from queries.catalogue import Catalogue
from registry.names import SEEDS
from tests.test_browser import browser, screenshots  # noqa: F401  (fixtures)

REPORT = """United Nations
A/HRC/99/12
General Assembly
Distr.: General
3 March 2031

Human Rights Council
Ninety-ninth session

Joint visits of the Subcommittee on Prevention of Torture and regional mechanisms

I. Introduction

1. In 2030, the Subcommittee on Prevention of Torture and the African Commission on Human and Peoples' Rights
conducted a joint visit to places of deprivation of liberty, following the model of earlier joint visits.

2. The Inter-American Commission on Human Rights welcomed the exchange of information with the Committee
against Torture and proposed a joint press release.

3. Participants recommended that focal points be designated in each mechanism to follow up on the
recommendations of the joint visit.
"""
COUNTS = "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships"


@pytest.fixture(scope="module")
def seeded(neo4j_settings):
    with connect(neo4j_settings) as graph:
        wipe(graph, drop_schema=False)
        seeds.load(graph)
        for name in ("000_fb64b3f317b3430b.txt", "002_855f43e457c8a120.txt"):
            ingest(graph, SEEDS / "documents" / name)
        yield graph


@pytest.fixture(scope="module")
def dashboard(seeded, neo4j_settings):
    with dashboard_server(neo4j_settings) as (url, _process):
        yield url


def upload(page, path) -> None:
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(path))


def test_a_report_uploaded_is_checked_then_ingested_and_listed(dashboard, browser, screenshots, seeded, tmp_path):  # noqa: F811
    report = tmp_path / "A_HRC_99_12.txt"
    report.write_text(REPORT, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(dashboard + "/documents?view=add")
    started = time.monotonic()
    upload(page, report)
    page.get_by_text("What ingesting it would add").wait_for(timeout=60_000)
    dry_run = page.locator("[data-testid='stCode']").first.inner_text()
    assert "a-hrc-99-12-en (A/HRC/99/12)" in dry_run and "paragraphs: 3 numbered" in dry_run
    assert "dry run: nothing written" in dry_run
    assert "A_HRC_99_12.txt" in dry_run and "/tmp" not in dry_run
    assert seeded.read("MATCH (d:Document {id: 'a-hrc-99-12-en'}) RETURN d.id AS id") == []
    page.screenshot(path=str(screenshots / "documents-upload.png"), full_page=True)

    page.get_by_role("button", name="Ingest this document").click()
    page.get_by_text("A_HRC_99_12.txt is in the graph as a-hrc-99-12-en.").wait_for(timeout=120_000)
    print(f"upload to ingested, a three-paragraph report: {time.monotonic() - started:.1f} s")
    paragraphs = seeded.read("MATCH (p:Paragraph {document: 'a-hrc-99-12-en'}) RETURN count(p) AS n")[0]["n"]
    assert paragraphs == 7  # the masthead, the Council and its session, the title, the heading, three numbered

    page.goto(dashboard + "/documents")
    page.get_by_text("A/HRC/99/12 (English)").wait_for(timeout=60_000)
    page.get_by_text("A/HRC/99/12 (English)").click()
    page.get_by_text("para. 1", exact=True).wait_for(timeout=60_000)
    page.locator("mark", has_text="Subcommittee on Prevention of Torture").first.wait_for(timeout=60_000)
    page.get_by_text("Subcommittee on Prevention of Torture (SPT)").first.wait_for(timeout=60_000)
    page.close()


def test_a_search_finds_a_phrase_with_the_spt(dashboard, browser, screenshots, seeded):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(dashboard + "/documents?view=search&q=joint+visit&body=spt")
    page.get_by_text("the best match first").wait_for(timeout=60_000)
    page.locator("mark", has_text="joint").first.wait_for(timeout=60_000)
    expected = len(Catalogue.load().run(seeded, "paragraph-search", {"words": "joint visit", "body": "spt"}))
    assert expected > 0
    page.get_by_text(f"{expected} paragraphs, the best match first").wait_for(timeout=60_000)
    page.get_by_text("Read it in the document").nth(expected - 1).wait_for(timeout=60_000)
    assert page.get_by_text("Read it in the document").count() == expected
    page.screenshot(path=str(screenshots / "documents-search.png"), full_page=True)
    page.get_by_text("Read it in the document").first.click()
    page.get_by_text("The search found this paragraph").wait_for(timeout=60_000)
    page.goto(dashboard + "/documents")
    page.get_by_text("A/HRC/15/56 (中文)").wait_for(timeout=60_000)
    page.locator("[data-testid='stDataFrame'] canvas").last.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)  # the tables draw their cells after their frame
    page.screenshot(path=str(screenshots / "documents.png"), full_page=True)
    page.goto(dashboard + "/documents?document=a-hrc-23-18-en&part=2")
    page.get_by_text("para. 53", exact=True).wait_for(timeout=60_000)
    page.screenshot(path=str(screenshots / "documents-document.png"))
    page.close()


def test_a_generated_pdf_shows_its_report_before_anything_is_written(dashboard, browser, seeded, tmp_path):  # noqa: F811
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for line in REPORT.replace("A/HRC/99/12", "A/HRC/99/13").replace("\u2019", "'").split("\n\n"):
        pdf.multi_cell(
            0, 6, line.replace("\n", " ") if line[:2] in ("1.", "2.", "3.") else line, new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(4)
    path = tmp_path / "A_HRC_99_13.pdf"
    pdf.output(str(path))
    before = seeded.read(COUNTS)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(dashboard + "/documents?view=add")
    upload(page, path)
    page.get_by_text("What ingesting it would add").wait_for(timeout=60_000)
    dry_run = page.locator("[data-testid='stCode']").first.inner_text()
    assert "A_HRC_99_13.pdf: a-hrc-99-13-en (A/HRC/99/13)" in dry_run and "read as pdf" in dry_run
    assert "paragraphs: 3 numbered" in dry_run
    assert seeded.read(COUNTS) == before
    page.close()


def test_another_file_claiming_a_held_document_is_refused_unless_replacing(dashboard, browser, seeded, tmp_path):  # noqa: F811
    first = tmp_path / "first" / "A_HRC_99_14.txt"
    first.parent.mkdir()
    first.write_text(REPORT.replace("A/HRC/99/12", "A/HRC/99/14"), encoding="utf-8")
    ingest(seeded, first)
    second = tmp_path / "A_HRC_99_14-revised.txt"
    second.write_text(REPORT.replace("A/HRC/99/12", "A/HRC/99/14").replace("In 2030", "In 2031"), encoding="utf-8")
    before = seeded.read(COUNTS)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(dashboard + "/documents?view=add")
    upload(page, second)
    page.get_by_text("What ingesting it would add").wait_for(timeout=60_000)
    page.get_by_role("button", name="Ingest this document").click()
    page.get_by_text("A_HRC_99_14-revised.txt claims a-hrc-99-14-en (A/HRC/99/14, en)").wait_for(timeout=60_000)
    assert seeded.read(COUNTS) == before
    page.get_by_test_id("stCheckbox").get_by_text("Replace the document if another file holds it").click()
    page.get_by_role("button", name="Ingest this document").click()
    page.get_by_text("A_HRC_99_14-revised.txt is in the graph as a-hrc-99-14-en.").wait_for(timeout=120_000)
    text = seeded.read("MATCH (p:Paragraph {id: 'a-hrc-99-14-en:para-1'}) RETURN p.text AS text")[0]["text"]
    assert text.startswith("In 2031")
    page.close()


@pytest.mark.parametrize(
    "name, data, refusal",
    [
        ("photo.txt", bytes(range(256)) * 64, "photo.txt: "),
        ("huge.txt", b"a" * (20 * 1024 * 1024 + 1), "File must be 20.0MB or smaller."),
    ],
)
def test_a_binary_or_too_large_upload_is_refused_and_nothing_written(
    dashboard,
    browser,  # noqa: F811
    seeded,
    tmp_path,
    name,
    data,
    refusal,
):
    path = tmp_path / name
    path.write_bytes(data)
    before = seeded.read(COUNTS)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(dashboard + "/documents?view=add")
    page.get_by_text("nothing is written before you ask").wait_for(timeout=60_000)
    upload(page, path)
    page.get_by_text(refusal).first.wait_for(timeout=60_000)
    assert page.get_by_role("button", name="Ingest this document").count() == 0
    assert "Traceback" not in page.content()
    assert seeded.read(COUNTS) == before
    page.close()
