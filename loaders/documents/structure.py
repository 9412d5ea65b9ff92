"""A report's structure: symbol, title, date, session, paragraphs, annexes, items and footnotes.

UN reports reach us as text taken from PDF: hard-wrapped lines, page headers and footers
("A/HRC/15/56", "GE.10-15331", page numbers) in the middle of sentences, footnote markers
glued to words ("November 20082", "torturea"), footnote texts at the bottom of each page,
words hyphenated across lines. ``parse`` undoes that, one step a module: the lines and their
page furniture (``lines``), the front page (``metadata``), the footnotes (``footnotes``), the
blocks people cite (``blocks``, joining wrapped lines with ``joining``), and returns the
paragraphs with locators that match how people cite them ("para. 12", "annex II, short-term
3", "annex III, para. 2", "footnote 6", "summary", "heading: Objectives").

>>> from loaders.documents.reading import read
>>> doc = parse(read(SEEDS / "documents" / "000_fb64b3f317b3430b.txt").text, "en")
>>> doc.symbol, len([p for p in doc.paragraphs if p.kind == "paragraph" and p.annex is None]), doc.annexes
('A/HRC/23/18', 84, ['I', 'II', 'III', 'IV', 'V'])
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from loaders.documents.blocks import segment
from loaders.documents.builder import Paragraph
from loaders.documents.footnotes import attach_footnotes, split_footnotes
from loaders.documents.lines import page_symbol, to_lines, word_counts
from loaders.documents.metadata import front_matter, metadata

__all__ = ["Paragraph", "Structure", "parse"]


@dataclass
class Structure:
    """What ``parse`` finds in a document: its metadata, and its paragraphs in reading order."""

    symbol: str | None
    title: str | None
    date: str | None
    session: str | None
    paragraphs: list[Paragraph]
    headings: list[str]
    annexes: list[str]
    agenda: list[str] = field(default_factory=list)  # agenda item numbers
    front: dict = field(default_factory=dict)  # the file's front matter (symbol, date, source...)
    warnings: list[str] = field(default_factory=list)  # what a person should check
    own_numbers: tuple[str, ...] = ()  # the keys of a resolution's own number, on its own page: no citation

    def own_keys(self, symbol: str | None = None) -> frozenset[str]:
        """The keys a document never cites: its own symbol (``symbol``, where the catalogue gives it) and, on a
        resolution's own page, its own number."""
        return frozenset(key for key in (symbol or self.symbol, *self.own_numbers) if key)

    def by_locator(self, locator: str) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.locator == locator), None)


def parse(text: str, lang: str, markdown: bool = False) -> Structure:
    """The structure of a document's text (``lang``: en, fr, zh or es); markdown is also recognised
    by its headings; front matter at the top is read, not kept as text."""
    front, text = front_matter(text)
    lines = to_lines(text, markdown or bool(re.search(r"(?m)^#{1,6} \S", text[:20000])))
    page = page_symbol(lines)
    # before the footnotes are split off: that removes markers from the lines' text
    meta = metadata(lines, page, lang, front)
    # the page headers are furniture; so is a header on one line that opens the document
    symbol = page or meta.symbol
    body, notes = split_footnotes(lines, symbol, lang)
    blocks = segment(body, lang, word_counts(body))
    paragraphs = blocks.paragraphs
    attach_footnotes(paragraphs, notes)
    _unique_locators(paragraphs)
    return Structure(
        symbol=meta.symbol,
        title=meta.title,
        date=meta.date,
        session=meta.session,
        paragraphs=paragraphs,
        headings=blocks.headings,
        annexes=blocks.annexes,
        agenda=meta.agenda,
        front=front,
        warnings=meta.warnings,
        own_numbers=meta.own_numbers,
    )


def _unique_locators(paragraphs: list[Paragraph]) -> None:
    """A locator met twice gets a count: "heading: Objectives (2)"."""
    seen = Counter()
    for paragraph in paragraphs:
        seen[paragraph.locator] += 1
        if seen[paragraph.locator] > 1:
            paragraph.locator = f"{paragraph.locator} ({seen[paragraph.locator]})"
