"""The briefing in a real headless Chromium: the PDF, HTML and PNG a user downloads, opened and read.

The fixtures (the dashboard on the seed graph, Debian's Chromium, the screenshot folder) are
those of tests/test_browser.py. Screenshots: briefing.png (English), briefing-zh.png (Chinese labels).
"""

from __future__ import annotations

import io
import struct

from pypdf import PdfReader

from tests.test_browser import browser, dashboard, screenshots  # noqa: F401 (fixtures)

ATTENDEES = "/briefing?body=achpr&body=iachr&body=ohchr-nirms"
A4 = (595.28, 841.89)  # points


def download(page, button: str, path):
    with page.expect_download(timeout=120_000) as started:
        page.get_by_role("button", name=button).click()
    started.value.save_as(path)
    return path.read_bytes()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_pdf_briefing_prints_on_a4_with_chinese_names(dashboard, browser, screenshots, tmp_path):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.goto(dashboard + ATTENDEES + "&lang=zh")
    page.get_by_role("button", name="Download the briefing (PDF, A4)").wait_for(timeout=120_000)
    page.screenshot(path=str(screenshots / "briefing-zh.png"), full_page=True)
    reader = PdfReader(io.BytesIO(download(page, "Download the briefing (PDF, A4)", tmp_path / "briefing.pdf")))
    for sheet in reader.pages:
        assert (round(float(sheet.mediabox.width), 2), round(float(sheet.mediabox.height), 2)) == A4
    # The network is drawn with vectors: no bitmap anywhere on the first page.
    assert not reader.pages[0].images
    # pypdf reads the CJK font's two-byte codes (an embedded Identity CMap, as fpdf2 writes CFF fonts) as a NUL
    # and the character; Chromium's pdfium and other readers give the characters alone.
    text = "\n".join(sheet.extract_text() for sheet in reader.pages).replace("\x00", "")
    for name in ("非洲人权和人民权利委员会 (非洲人权委)", "美洲人权委员会 (IACHR)", "国家机构和区域机制事务科 (NIRMS)"):
        assert name in text
    assert "short-term 7: A portal page containing information on cooperation" in text
    assert "A/HRC/23/18 (English), annex II, short-term 7" in text
    assert "2012-10: United Nations special procedures mandate holders" in text  # a dated activity
    assert "未注明日期: " in text  # an undated activity, said in the briefing's language
    assert "A. 国际与区域" not in text  # a heading is no action
    assert "no font for Chinese" not in text
    page.close()


def test_the_html_briefing_and_the_network_png(dashboard, browser, screenshots, tmp_path):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.goto(dashboard + ATTENDEES)
    page.get_by_role("button", name="Download the briefing (HTML)").wait_for(timeout=120_000)
    page.screenshot(path=str(screenshots / "briefing.png"), full_page=True)
    text = download(page, "Download the briefing (HTML)", tmp_path / "briefing.html").decode()
    assert "<h2>African Commission on Human and Peoples’ Rights (ACHPR)</h2>" in text
    assert "<h2>National Institutions and Regional Mechanisms Section (NIRMS)</h2>" in text
    assert '<figure><img alt="Network of the attendees" src="data:image/png;base64,' in text
    assert "A/HRC/23/18 (English), annex II, short-term 7" in text
    # Each source once, on a line of its own, with its symbol and language.
    assert text.count("<li>A/HRC/23/18 (English): ") == 1 and text.count("<li>A/HRC/15/56 (中文): ") == 1
    image = download(page, "Download the network (PNG)", tmp_path / "network.png")
    assert png_size(image) == (1600, 1000)
    # The standalone file shows the network across the page, not as a thumbnail.
    shown = browser.new_page(viewport={"width": 1400, "height": 1000})
    shown.goto((tmp_path / "briefing.html").as_uri())
    width = shown.locator("figure img").evaluate("image => image.getBoundingClientRect().width")
    assert width > 900
    shown.close()
    page.close()
