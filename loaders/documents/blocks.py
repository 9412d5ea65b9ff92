"""Cutting a document's body into the blocks people cite: numbered paragraphs, unnumbered text
under its heading, annexes, workplan items with their "Implementation:" line.

``segment`` reads the body (page furniture and footnotes already removed) from top to bottom.
Each line is offered to a table of steps, one per kind of line (a table of contents line, an
annex title, an "Implementation:" line, a markdown heading, the next numbered paragraph, a line
of a workplan, a heading, a blank line); the first step that recognises the line handles it,
and a line no step takes goes on the open block. A :class:`~loaders.documents.builder.Builder` collects the lines into
:class:`~loaders.documents.builder.Paragraph` objects, with locators that match how people cite them ("para. 12",
"annex II, short-term 3", "annex III, para. 2", "summary", "heading: Objectives").

>>> from loaders.documents.lines import to_lines
>>> text = "I. Introduction\\n\\n1. The Council met.\\n\\n2. It adjourned\\nin the evening.\\n"
>>> [(p.locator, p.text) for p in segment(to_lines(text, markdown=False), "en", Counter()).paragraphs]
[('line: I. Introduction', 'I. Introduction'), ('para. 1', 'The Council met.'), ('para. 2', 'It adjourned in the evening.')]
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.documents.builder import ANNEX, MASTHEAD, PARAGRAPH_START, TERM, Builder
from loaders.documents.citations import split_symbol
from loaders.documents.dates import date_line, dateline
from loaders.documents.going_on import IMPLEMENTATION, goes_on, implementation_continues
from loaders.documents.headings import (
    CHINESE_HEADING,
    LETTER_HEADING,
    LETTERHEAD_LINE,
    NUMBER_HEADING,
    ROMAN_HEADING,
    addressed_salutation,
    finished,
    heading_like,
    heading_text,
    is_heading,
    salutation,
    salutation_goes_on,
    salutation_line,
)
from loaders.documents.lines import TERMINAL, Line, standalone, width
from loaders.documents.oas_symbols import OAS_RECORD

__all__ = ["segment"]

# Link words set in capitals on a line of their own, inside a heading in capitals
_LINK_WORDS = re.compile(
    r"(?:OF|THE|AND|FOR|ON|TO|IN|DE|DU|DES|LA|LE|LES|ET|EL|LOS|LAS|DEL|Y)(?:\s+(?:OF|THE|DE|LA|LE|LES|L['’]|EL|LOS|LAS))*"
)
_TOC = re.compile(r"(\.{4,}|…{2,}|\t)\s*[\d\-–]+\s*(\t\s*\d+)?\s*$")


def segment(body: list[Line], lang: str, words: Counter) -> Builder:
    """The paragraphs, headings and annexes of ``body``; ``words``: the body's word counts. A
    document without numbered paragraphs (a web page, a press release, a statement) is read again,
    keeping the heading lines of its head as blocks of their own.

    >>> from loaders.documents.lines import to_lines
    >>> text = "Press release\\n\\nThe Committee closes its session\\n\\n12 May 2022\\n\\nThe Committee met today."
    >>> [p.text for p in segment(to_lines(text, markdown=False), "en", Counter()).paragraphs]
    ['Press release', 'The Committee closes its session', '12 May 2022', 'The Committee met today.']
    """
    marked = any(line.heading_level for line in body)  # markdown: its headings are marked as such
    first = Builder(words, wrapped=_hard_wrapped(body), keep_alone=not marked)
    first.marked = marked
    build = _read(body, lang, first)
    if any(paragraph.kind not in ("text", "masthead") for paragraph in build.paragraphs):
        return build
    build = Builder(words, wrapped=build.wrapped, keep_head=True)
    build.chinese, build.marked = lang == "zh", marked
    return _read(body, lang, build)


def _read(body: list[Line], lang: str, build: Builder) -> Builder:
    reader = _Reader(body, lang, build)
    while reader.index < len(body):
        reader.step()
    reader.build.flush()
    return reader.build


def _hard_wrapped(body: list[Line]) -> bool:
    """Whether lines were cut at a page width (text taken from PDF), not one line a paragraph."""
    widths = sorted(width(line.text.strip()) for line in body if width(line.text.strip()) >= 40)
    return bool(widths) and widths[len(widths) // 2] <= 110


class _Reader:
    """Reads ``body`` line by line into ``build``; ``index`` is the next line to read."""

    def __init__(self, body: list[Line], lang: str, build: Builder):
        self.body, self.lang, self.build = body, lang, build
        self.index = 0
        self.spaced = not build.wrapped and _blocks_spaced(body)
        self.contents: list[int] = []  # the lines of a short list of contents' items, each a block of its own

    def step(self) -> None:
        line = self.body[self.index]
        self.index += 1
        for step in _STEPS:
            if step(self, line):
                return
        self.build.add(line)

    def following(self, offset: int = 0) -> Line | None:
        """The line ``offset`` lines after the next one, if there is one."""
        position = self.index + offset
        return self.body[position] if position < len(self.body) else None

    # -- the steps: each says whether it took the line --------------------------------
    def skipped(self, line: Line) -> bool:
        """A table of contents line, or a note such as "[English only]" (a date in brackets is the document's, and so
        is a sentence: a resolution's adoption, "[Adopted without a vote.]", "[Adoptée sans vote.]", "[未经表决获得通过。]")."""
        stripped = line.text.strip()
        sentence = stripped[:-1].rstrip().endswith((".", "。"))
        return bool(_TOC.search(line.text) and len(stripped) < 250) or (
            stripped.startswith("[")
            and stripped.endswith("]")
            and len(stripped) < 40
            and not date_line(stripped)
            and not sentence
        )

    def contents_item(self, line: Line) -> bool:
        """A short list of contents under its title ("Contents", "Sommaire", "Sumario", "目录"), as a summary
        record prints the items of its agenda over the first sentence of the meeting ("The meeting was called to
        order…"): each item, standing alone, is a block of its own, not a broken paragraph joined to the next one; the
        line that repeats an item in the debate, standing alone, is a heading ("Additional information submitted by
        Belgium … (CED/C/BEL/AI/1)"), not the start of the debate's first sentence."""
        stripped, at = line.text.strip(), self.index - 1
        if _CONTENTS_TITLE.fullmatch(stripped) and standalone(self.body, at):
            self.contents = _contents_items(self.body, self.index)
            return False
        if line.blank or not standalone(self.body, at) or not self.contents:
            return False
        if at in self.contents:
            self.build.flush()
            self.build.add(line)
            self.build.markers += line.markers
            self.build.flush()
            return True
        if not any(stripped.startswith(self.body[item].text.strip()) for item in self.contents):
            return False
        self.build.add_heading(stripped, alone=True)
        self.build.markers += line.markers
        return True

    def annex(self, line: Line) -> bool:
        """ "Annex II" (with its title on the same line or not) starts an annex."""
        stripped = line.text.strip()
        annex = ANNEX.match(stripped) if len(stripped) < 120 else None
        if not annex or not (line.heading_level or standalone(self.body, self.index - 1) or not annex.group(2)):
            return False
        self.build.start_annex(annex.group(1) or annex.group(3), (annex.group(2) or "").strip())
        return True

    def implementation(self, line: Line) -> bool:
        """In a workplan, "Implementation:" and the lines it goes on onto close the current item."""
        found = IMPLEMENTATION.match(line.text)
        if not found or not self.build.term:
            return False
        parts = [found.group(2)]
        while (following := self.following()) is not None:
            if not following.blank:
                if not implementation_continues(parts[-1], following.text):
                    break
                parts.append(following.text)
                self.build.markers += following.markers
            self.index += 1
        self.build.implementation = parts
        self.build.markers += line.markers
        self.build.flush()
        return True

    def markdown_heading(self, line: Line) -> bool:
        """A markdown heading is a heading, or the next numbered paragraph written as one."""
        if not line.heading_level:
            return False
        build = self.build
        paragraph = PARAGRAPH_START.match(line.text)
        if paragraph and int(paragraph.group(1)) == build.expected and not (build.annex and TERM.search(line.text)):
            build.start_numbered(build.expected, paragraph.group(2))
            build.markers += line.markers
        elif not line.heading_level >= 6 or heading_like(line.text):
            build.add_heading(heading_text(line.text.strip()))
            build.markers += line.markers
        return True

    def numbered(self, line: Line) -> bool:
        """The paragraph numbered as expected next starts ("12. The Council…")."""
        build = self.build
        paragraph = PARAGRAPH_START.match(line.text)
        if (
            not paragraph
            or int(paragraph.group(1)) != build.expected
            or (build.annex and build.term is None and TERM.search(line.text))
        ):
            return False
        first, following = paragraph.group(2), self.following()
        if (
            not build.annex
            and heading_like(first)
            and (
                width(first) < 60
                and (following is not None and width(following.text.strip()) > 100)
                or width(first) < 90
                and not build.wrapped
                and standalone(self.body, self.index - 1)
            )
        ):
            # "1. Introduction" over a long line of text is a heading, not paragraph 1; so is a short
            # numbered line standing alone in text written one line a paragraph
            build.add_heading(line.text.strip(), alone=standalone(self.body, self.index - 1))
            return True
        build.start_numbered(build.expected, first)
        build.markers += line.markers
        return True

    def workplan_line(self, line: Line) -> bool:
        """In a workplan, items run from one "Implementation:" line to the next, whatever the
        page layout puts between their lines; only the next term's heading interrupts."""
        if not self.build.term:
            return False
        if NUMBER_HEADING.match(line.text) and TERM.search(line.text):
            self.build.add_heading(line.text.strip())
        elif not line.blank:
            self.build.add(line)
        return True

    def table_row(self, line: Line) -> bool:
        """In a text that sets its blocks apart with blank lines, short cells set on lines of their own with no blank
        line between them are one row of a table ("Year" / "Country" / "Report and related links"; "2018El Salvador
        (January/ February)" / "Comments by the State" / "A/HRC/38/44/Add.2"): the line goes on the open row."""
        if not self.spaced or self.build.numbered or not self.build.parts or line.blank:
            return False
        if not _row(self.body, self.index - 1):
            return False
        self.build.add(line)
        return True

    def salutation_between_paragraphs(self, line: Line) -> bool:
        """A salutation standing alone after a finished numbered paragraph ("Excellences, Honorables, Distingués
        participants, Mesdames et Messieurs," between paragraphs 1 and 2 of a speech) is a block of its own, not the
        end of that paragraph."""
        build = self.build
        if not build.numbered or not build.parts or not finished(build.parts[-1].strip()):
            return False
        if not standalone(self.body, self.index - 1) or not salutation_line(line.text, words=9):
            return False
        build.flush()
        build.add(line)
        build.markers += line.markers
        build.flush()
        return True

    def one_line_heading(self, line: Line) -> bool:
        """Text written one line a paragraph (not taken from PDF): a short titled line over a long
        one is a heading. Otherwise a line break ends a block, unless the line goes on in lower
        case or after a dropped footnote marker (". The UN General Assembly"); the line itself
        is then read by the steps below."""
        build = self.build
        if build.wrapped or build.numbered or line.blank:
            return False
        stripped = line.text.strip()
        following = self.following()
        following = following.text.strip() if following is not None else ""
        titled = ":" in stripped or re.match(r"^[^\W\d_]+\s+\d", stripped) or len(stripped.split()) <= 6
        # a news item's dateline over its first lines, no blank line between them, opens that paragraph
        opening = dateline(stripped) and width(following) > 100
        if heading_like(stripped) and titled and width(following) > 100 and stripped[:1].isalnum() and not opening:
            build.add_heading(stripped, alone=True)
            build.markers += line.markers
            return True
        going_on = stripped[:1].islower() or stripped.startswith((". ", ", ", ".", ";"))
        # a masthead's symbol broken before its first slash goes on: "United Nations A" over "/76/246"
        going_on = going_on or bool(build.parts) and split_symbol(build.parts[-1], stripped) is not None
        # in a text that sets its blocks apart with blank lines, a salutation goes on over its lines
        going_on = going_on or self.spaced and salutation_goes_on(build.parts, stripped)
        going_on = going_on or len(build.parts) == 1 and dateline(build.parts[0].strip())
        if build.parts and not going_on and not _linked_capitals(build.parts[-1].strip(), stripped):
            build.flush()
        return False

    def heading(self, line: Line) -> bool:
        """A heading; a numbered one may be wrapped onto the next line ("II. Progress in
        cooperation ... regional" + "human rights mechanisms")."""
        if not is_heading(self.body, self.index - 1, self.build.numbered, bool(self.build.parts)):
            return False
        text = line.text.strip()
        alone = standalone(self.body, self.index - 1)
        following, after = self.following(), self.following(1)
        if (
            (ROMAN_HEADING.match(line.text) or LETTER_HEADING.match(line.text) or CHINESE_HEADING.match(line.text))
            and following is not None
            and not following.blank
            and not PARAGRAPH_START.match(following.text)
            and len(following.text.strip()) < 90
            and (after is None or after.blank)
        ):
            text = f"{text} {following.text.strip()}"
            self.index += 1
        self.build.add_heading(text, alone=alone)
        self.build.markers += line.markers
        return True

    def blank(self, line: Line) -> bool:
        """A blank line ends unnumbered text, unless the text plainly goes on after it."""
        if not line.blank:
            return False
        build = self.build
        if not build.numbered and build.parts:
            at = next((i for i in range(self.index, len(self.body)) if not self.body[i].blank), None)
            following = self.body[at] if at is not None else None
            # a salutation, on one line or on several ("理事会主席," / "各位阁下,各位朋友,")
            addressed = all(salutation(part, following) for part in build.parts)
            # an addressee's line before a salutation standing alone ("…处长提斯都内(Tistounet)先生," / "各位阁下,"):
            # the speech's addressees, one a block, not a sentence going on
            addressed = addressed or (
                build.parts[-1].rstrip().endswith((",", "，"))
                and following is not None
                and salutation_line(following.text, words=8)
                and standalone(self.body, at)
            )
            # a salutation on a word of address ("Chers membres et amis de la Cour africaine…,") after a blank line,
            # or before one: a block of its own, not the end of the title over it nor the start of the text under it
            addressed = addressed or all(addressed_salutation(part) for part in build.parts)
            addressed = addressed or following is not None and addressed_salutation(following.text)
            if addressed or not goes_on(build.parts[-1].strip(), following, build.wrapped, self.lang):
                build.flush()
        return True


_CELL_WIDTH = 60
_BULLET = re.compile(r"[•·▪◦●\-–*]\s")


def _blocks_spaced(body: list[Line]) -> bool:
    """Whether the text sets its blocks apart with blank lines: each line long enough to be a paragraph stands alone."""
    long = [index for index, line in enumerate(body) if width(line.text.strip()) > 100]
    return bool(long) and all(standalone(body, index) for index in long)


def _row(body: list[Line], index: int) -> bool:
    """Whether line ``index`` is within a table row: a run of two or more lines between blank lines, each a short
    cell that finishes no sentence and is no list item ("• Source: …")."""
    start = index
    while start > 0 and not body[start - 1].blank:
        start -= 1
    end = index
    while end + 1 < len(body) and not body[end + 1].blank:
        end += 1
    cells = [body[position].text.strip() for position in range(start, end + 1)]
    return (
        start < index
        and all(width(cell) <= _CELL_WIDTH and not cell.endswith(TERMINAL) for cell in cells)
        and not any(_BULLET.match(cell) for cell in cells)  # the items of a list are blocks of their own
        and (_oas_record(cells) or not any(_front_page(cell) for cell in cells))
        and not any(body[position].heading_level for position in range(start, end + 1))
    )


def _oas_record(cells: list[str]) -> bool:
    """Whether a run of lines opens with an OAS document's record: its series, its document number and its date, one
    block as the OAS prints it ("OEA/Ser.P" / "AG/doc.5871/24" / "29 junio 2024"), though its date stands alone on the
    UN's front page."""
    return bool(OAS_RECORD.match(cells[0]))


def _front_page(cell: str) -> bool:
    """Whether a line is of a UN document's front page, one a block: its masthead ("United Nations", "Naciones
    Unidas A/AC.293/2022/L.1"), its distribution ("Distr.: General") or its date."""
    return bool(MASTHEAD.match(cell) or LETTERHEAD_LINE.match(cell) or _DISTRIBUTION.match(cell) or date_line(cell))


_DISTRIBUTION = re.compile(r"^(?:Distr\.|分\s*发)")


def _linked_capitals(before: str, line: str) -> bool:
    """Whether a line goes on a title in capitals broken around a line of link words alone ("81st ORDINARY
    SESSION" + "OF THE" + "AFRICAN COMMISSION"): the link words are no block of their own."""
    if _LINK_WORDS.fullmatch(line):
        return _in_capitals(before)
    return _LINK_WORDS.fullmatch(before) is not None and _in_capitals(line)


def _in_capitals(text: str) -> bool:
    """Whether a line is set in capitals ("81st ORDINARY SESSION": an ordinal's letters aside)."""
    return re.search(r"[A-Z]{3,}", text) is not None and re.search(r"[a-z]{3,}|[A-Z][a-z]{2,}", text) is None


# The title of a list of contents standing alone, in the four languages (a summary record's: "Contents", "Sommaire",
# "Sumario", in capitals on the older ones)
_CONTENTS_TITLE = re.compile(r"Contents|Table des matières|Sommaire|Sumario|Índice|Contenido|目\s*录", re.I)
#: The most items a short list of contents holds: a summary record's agenda; a report's table of contents is longer
_CONTENTS_ITEMS = 12


def _contents_items(body: list[Line], start: int) -> list[int]:
    """The lines of the items of the list of contents from line ``start``: its lines up to the first sentence (a line
    ending on a full stop), where that sentence comes within a few lines, each item stands alone and none is a page's
    number or a column's title; else none (a report's table of contents, with its pages, is read as before)."""
    items = []
    for index in range(start, len(body)):
        text = body[index].text.strip()
        if not text:
            continue
        if text.endswith(TERMINAL):
            return items
        if len(items) == _CONTENTS_ITEMS or not standalone(body, index) or re.search(r"\d$|^Page", text):
            return []
        items.append(index)
    return []


_STEPS = (
    _Reader.skipped,
    _Reader.contents_item,
    _Reader.annex,
    _Reader.implementation,
    _Reader.markdown_heading,
    _Reader.numbered,
    _Reader.workplan_line,
    _Reader.table_row,
    _Reader.salutation_between_paragraphs,
    _Reader.one_line_heading,
    _Reader.heading,
    _Reader.blank,
)
