"""Cutting a document's body into the blocks people cite: numbered paragraphs, unnumbered text
under its heading, annexes, workplan items with their "Implementation:" line.

``segment`` reads the body (page furniture and footnotes already removed) from top to bottom.
Each line is offered to a table of steps, one per kind of line (a table of contents line, an
annex title, an "Implementation:" line, a markdown heading, the next numbered paragraph, a line
of a workplan, a heading, a blank line); the first step that recognises the line handles it,
and a line no step takes goes on the open block. A :class:`Builder` collects the lines into
:class:`Paragraph` objects, with locators that match how people cite them ("para. 12",
"annex II, short-term 3", "annex III, para. 2", "summary", "heading: Objectives").

>>> from loaders.documents.lines import to_lines
>>> text = "I. Introduction\\n\\n1. The Council met.\\n\\n2. It adjourned\\nin the evening.\\n"
>>> [(p.locator, p.text) for p in segment(to_lines(text, markdown=False), "en", Counter()).paragraphs]
[('para. 1', 'The Council met.'), ('para. 2', 'It adjourned in the evening.')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from loaders.documents.headings import (
    CHINESE_HEADING,
    IMPRINT_LINE,
    LETTER_HEADING,
    LETTERHEAD_LINE,
    NUMBER_HEADING,
    ROMAN_HEADING,
    SERIES_LINE,
    SUMMARY,
    finished,
    heading_like,
    heading_text,
    is_heading,
    salutation,
)
from loaders.documents.joining import join
from loaders.documents.lines import CJK, TERMINAL, Line, standalone, width

__all__ = ["Paragraph", "Builder", "segment", "PARAGRAPH_START", "ANNEX"]


@dataclass
class Paragraph:
    """One citable unit: a numbered paragraph, a block of unnumbered text, an item, a footnote, a
    UN document's masthead line ("United Nations", "General Assembly": kind ``masthead``, names no body)."""

    locator: str
    kind: str
    text: str
    number: str | None = None
    annex: str | None = None
    section: str | None = None
    footnotes: list[str] = field(default_factory=list)  # locators of the footnotes it calls
    implementation: str | None = None  # workplan items: the "Implementation:" text
    term: str | None = None  # workplan items: short, mid, long
    id: str | None = None  # set when the paragraph is planned for the graph


PARAGRAPH_START = re.compile(r"^\s*(\d{1,3})\.\s+(\S.*)$")
ANNEX = re.compile(
    r"^(?:Annex|Annexe|ANNEX|ANNEXE)\s+([IVXLC]+|\d+)\b\.?\s*(.*)$"
    r"|^附件([一二三四五六七八九十]+)\s*$"
)
_TOC = re.compile(r"(\.{4,}|…{2,}|\t)\s*[\d\-–]+\s*(\t\s*\d+)?\s*$")
_TERM = re.compile(r"\b(short|medium|mid|long)[\s-]*term\b", re.I)
_TERMS = {"short": "short", "medium": "mid", "mid": "mid", "long": "long"}
_IMPLEMENTATION = re.compile(r"^\s*(Implementation|Mise en œuvre|Mise en oeuvre|执行)\s*[:：]\s*(.*)$", re.I)
_CHINESE_NUMERALS = "一二三四五六七八九十"
_JOINING_WORD = re.compile(r"\b(and|of|the|with|in|particular|focal|points?|et|des|de)$")


def _roman(text: str) -> str:
    """An annex number as a Roman numeral: "2" and "二" are "II"."""
    if text.isdigit():
        return _to_roman(int(text))
    if text[0] in _CHINESE_NUMERALS:
        last = _CHINESE_NUMERALS.index(text[-1]) + 1
        return _to_roman(last if len(text) == 1 else 10 + last % 11)
    return text


def _to_roman(value: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    result = ""
    for amount, numeral in numerals:
        while value >= amount:
            result, value = result + numeral, value - amount
    return result


class Builder:
    """Collects lines into paragraphs as the body is read from top to bottom."""

    def __init__(self, words: Counter, wrapped: bool, keep_head: bool = False, keep_alone: bool = False):
        self.words = words
        # a web page's or press release's title, byline, date and "speaker / occasion" lines are
        # read as headings; in a document without numbered paragraphs, those of its head (before
        # its first finished sentence) are also kept as blocks, so that the bodies they name are found
        self.keep_head = keep_head
        # a numbered report copied from the web prints its header one line a block ("Consejo de
        # Derechos Humanos", "47º período de sesiones", "Tema 2 de la agenda") before paragraph 1:
        # those lines, standing alone, are kept as blocks too (a markdown file marks its headings)
        self.keep_alone = keep_alone
        self.chinese = False  # the text is Chinese (set by ``segment``)
        self.head = True
        self.wrapped = wrapped  # lines cut at a page width: a line may end mid-sentence
        self.paragraphs: list[Paragraph] = []
        self.headings: list[str] = []
        self.annexes: list[str] = []
        self.annex: str | None = None
        self.heading: str | None = None
        self.section: str | None = None
        self.numbered = False  # the current block is a numbered paragraph
        self.expected = 1  # the next paragraph number in this part of the document
        self.term: str | None = None  # in a workplan annex, the current term
        self.items = Counter()
        self.parts: list[str] = []  # a block is open while ``parts`` holds lines
        self.markers: list[str] = []
        self.pending: dict = {}
        self.implementation: list[str] | None = None
        self.unnumbered = Counter()

    def flush(self) -> None:
        """Close the open block: it becomes a paragraph, or gives its footnote markers to the last one."""
        if self.implementation is not None and self.pending.get("kind") != "annex_item":
            self.parts += self.implementation
            self.implementation = None
        text = join(self.parts, self.words)
        kind = self.pending.get("kind", "text")
        if kind == "text" and (SERIES_LINE.match(text) or IMPRINT_LINE.match(text) or LETTERHEAD_LINE.match(text)):
            kind = "masthead"  # a report's cover: the series it is printed in, its publisher; a letterhead
        if text and kind != "masthead" and (kind != "text" or finished(text)):
            self.head = False  # the head ends at the first finished sentence or numbered block
        if text:
            locator = self.pending.get("locator") or self._unnumbered_locator()
            implementation = None
            if self.implementation is not None:
                implementation = join(self.implementation, self.words)
                text = f"{text} Implementation: {implementation}" if implementation else text
            self.paragraphs.append(
                Paragraph(
                    locator=locator,
                    kind=kind,
                    text=text,
                    number=self.pending.get("number"),
                    annex=self.annex,
                    section=self.section,
                    footnotes=list(self.markers),
                    implementation=implementation,
                    term=self.pending.get("term"),
                )
            )
            self.markers = []
        elif self.markers and self.paragraphs:
            self.paragraphs[-1].footnotes += self.markers
            self.markers = []
        self.parts, self.pending, self.implementation, self.numbered = [], {}, None, False

    def _unnumbered_locator(self) -> str:
        prefix = f"annex {self.annex}, " if self.annex else ""
        if self.heading and SUMMARY.match(self.heading):
            base = "summary"
        elif self.annex and not self.heading:
            base = f"{prefix}introduction"
        elif self.heading:
            base = f"{prefix}heading: {self.heading}"
        else:
            base = f"{prefix}introduction" if self.annex else "front matter"
        self.unnumbered[base] += 1
        count = self.unnumbered[base]
        return base if count == 1 else f"{base} ({count})"

    def start_annex(self, number: str, title: str) -> None:
        self.flush()
        self.annex = _roman(number)
        self.annexes.append(self.annex)
        self.heading = None
        self.section = f"Annex {self.annex}" + (f" {title}" if title else "")
        self.expected, self.term = 1, None

    def add_heading(self, text: str, alone: bool = False) -> None:
        """A heading; ``alone``: it stands alone between blank lines, not marked up as a heading."""
        self.flush()
        text = text.strip()
        if self.keep_alone and (SUMMARY.match(heading_text(text)) or _NUMBERED_HEADING.match(text)):
            self.head = False  # the header is over where the summary or the first numbered section starts
        # a Chinese web page's headings are short phrases naming what the section is about
        # ("非政府组织和国家人权机构的参与"): they are blocks of their own all through the page
        heading_block = self.keep_head and self.chinese
        if ((self.keep_head or alone and self.keep_alone) and self.head or heading_block) and not self.annex:
            # the masthead is kept as a block of its own kind, which names no body
            self.pending = {"kind": "masthead"} if _MASTHEAD.match(heading_text(text)) else {}
            self.parts = [text]
            self.flush()
        self.headings.append(text)
        self.heading = text
        self.section = f"Annex {self.annex}: {text}" if self.annex else text
        term = _TERM.search(text)
        if self.annex and term and len(text) < 80:
            self.term = _TERMS[term.group(1).lower()]

    def start_numbered(self, number: int, first: str) -> None:
        self.flush()
        prefix = f"annex {self.annex}, " if self.annex else ""
        self.pending = {"kind": "paragraph", "locator": f"{prefix}para. {number}", "number": str(number)}
        self.numbered, self.expected = True, number + 1
        self.parts = [first]

    def add(self, line: Line) -> None:
        if self.term and not self.parts and not line.blank and self.implementation is None:
            self.items[self.term] += 1
            number = self.items[self.term]
            self.pending = {
                "kind": "annex_item",
                "locator": f"annex {self.annex}, {self.term}-term {number}",
                "number": str(number),
                "term": self.term,
            }
        self.parts.append(line.text)
        self.markers += line.markers


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
    build = _read(body, lang, Builder(words, wrapped=_hard_wrapped(body), keep_alone=not marked))
    if any(paragraph.kind not in ("text", "masthead") for paragraph in build.paragraphs):
        return build
    build = Builder(words, wrapped=build.wrapped, keep_head=True)
    build.chinese = lang == "zh"
    return _read(body, lang, build)


def _read(body: list[Line], lang: str, build: Builder) -> Builder:
    reader = _Reader(body, lang, build)
    while reader.index < len(body):
        reader.step()
    reader.build.flush()
    return reader.build


# The masthead of a UN document ("United Nations", "General Assembly" over its symbol): the series
# it belongs to, not a body its text names.
_MASTHEAD = re.compile(
    r"^(?:United Nations|Nations Unies|Naciones Unidas|联\s*合\s*国|General Assembly|Assemblée générale"
    r"|Asamblea General|大\s*会|Security Council|Conseil de sécurité|Consejo de Seguridad|安\s*全\s*理\s*事\s*会"
    r"|Economic and Social Council|Conseil économique et social|Consejo Económico y Social|经\s*济\s*及\s*社\s*会\s*理\s*事\s*会)$",
    re.I,
)


_NUMBERED_HEADING = re.compile(
    "|".join(pattern.pattern for pattern in (ROMAN_HEADING, LETTER_HEADING, CHINESE_HEADING, NUMBER_HEADING))
)


def _hard_wrapped(body: list[Line]) -> bool:
    """Whether lines were cut at a page width (text taken from PDF), not one line a paragraph."""
    widths = sorted(width(line.text.strip()) for line in body if width(line.text.strip()) >= 40)
    return bool(widths) and widths[len(widths) // 2] <= 110


class _Reader:
    """Reads ``body`` line by line into ``build``; ``index`` is the next line to read."""

    def __init__(self, body: list[Line], lang: str, build: Builder):
        self.body, self.lang, self.build = body, lang, build
        self.index = 0

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
        """A table of contents line, or a note such as "[English only]"."""
        stripped = line.text.strip()
        return bool(_TOC.search(line.text) and len(stripped) < 250) or (
            stripped.startswith("[") and stripped.endswith("]") and len(stripped) < 40
        )

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
        found = _IMPLEMENTATION.match(line.text)
        if not found or not self.build.term:
            return False
        parts = [found.group(2)]
        while (following := self.following()) is not None:
            if not following.blank:
                if not _implementation_continues(parts[-1], following.text):
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
        if paragraph and int(paragraph.group(1)) == build.expected and not (build.annex and _TERM.search(line.text)):
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
            or (build.annex and build.term is None and _TERM.search(line.text))
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
            build.add_heading(line.text.strip())
            return True
        build.start_numbered(build.expected, first)
        build.markers += line.markers
        return True

    def workplan_line(self, line: Line) -> bool:
        """In a workplan, items run from one "Implementation:" line to the next, whatever the
        page layout puts between their lines; only the next term's heading interrupts."""
        if not self.build.term:
            return False
        if NUMBER_HEADING.match(line.text) and _TERM.search(line.text):
            self.build.add_heading(line.text.strip())
        elif not line.blank:
            self.build.add(line)
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
        if heading_like(stripped) and titled and width(following) > 100 and stripped[:1].isalnum():
            build.add_heading(stripped)
            build.markers += line.markers
            return True
        if build.parts and not (stripped[:1].islower() or stripped.startswith((". ", ", ", ".", ";"))):
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
            following = next((b for b in self.body[self.index :] if not b.blank), None)
            addressed = len(build.parts) == 1 and salutation(build.parts[0], following)
            if addressed or not _goes_on(build.parts[-1].strip(), following, build.wrapped, self.lang):
                build.flush()
        return True


_STEPS = (
    _Reader.skipped,
    _Reader.annex,
    _Reader.implementation,
    _Reader.markdown_heading,
    _Reader.numbered,
    _Reader.workplan_line,
    _Reader.one_line_heading,
    _Reader.heading,
    _Reader.blank,
)


# The first words of a resolution's preambular or operative paragraph: a participle or an
# adjective of the body's attitude, then lower case ("Recalling its resolution", "Deeply concerned
# by", "Rappelant sa résolution", "Tomando nota", "回顾", "又重申").
_ADVERB = r"(?:Also|Further|Furthermore|Deeply|Gravely|Strongly|Seriously|Firmly|Fully|Profondément|Gravement|Vivement"
_ADVERB += r"|Profundamente|Gravemente|Seriamente)"
_PARTICIPLE = (
    r"(?:[A-Z][a-z]+(?:ing|ed)|Aware|Mindful|Conscious|Having|Bearing|Guided|Taking"
    r"|[A-ZÉ][a-zéèêàâîôûç]+(?:ant|ée|ées|és|ue|ues)|Consciente|Sachant"
    r"|[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ando|endo|iendo|ada|adas|ados|ida|idas|idos)|Teniendo)"
)
_RESOLUTION_PARAGRAPH = re.compile(
    rf"^(?:{_ADVERB}\s+[^\W\d_]+|{_PARTICIPLE})\s+[a-zàâçéèêíóúñ'’(]"
    r"|^(?:又|还|并|再次|也|深为|严重|深表|深感|表示)?(?:回顾|重申|注意到|认识到|确认|欢迎|铭记|深信|关切|强调|申明|承认|考虑到"
    r"|意识到|赞赏|欣见|认为|念及|忆及|遵循|审议了|相信|震惊|决心|确信|满意地|遗憾地|关注|肯定|赞扬|重视|指出)"
)


def _goes_on(last: str, following: Line | None, wrapped: bool, lang: str) -> bool:
    """Whether text ending on ``last`` goes on past a blank line, on ``following``: the sentence is
    not finished and the next line starts in lower case, or ``last`` ends on a comma, or is as
    long as a wrapped line, or both sides are Chinese. A resolution's paragraphs end on a comma or
    a semicolon and the next one starts with its participle ("Recalling", "回顾"): they stay apart.

    >>> _goes_on("Recalling its resolution 5/1,", Line("Noting with concern the delays,"), False, "en")
    False
    >>> _goes_on("回顾其第 5/1 号决议，", Line("又重申各国的责任，"), True, "zh")
    False
    >>> _goes_on("the Council,", Line("which met in Geneva"), False, "en")
    True
    """
    if following is None or last.endswith(TERMINAL):
        return False
    following_text = following.text.strip()
    if last.endswith((",", "，", ";", "；")) and _RESOLUTION_PARAGRAPH.match(following_text):
        return False
    return bool(
        following_text[:1].islower()
        or last.endswith((",", "，", "、"))
        or wrapped
        and width(last) >= 60
        or lang == "zh"
        and re.match(rf"[{CJK}]", following_text)
    )


def _implementation_continues(previous: str, following: str) -> bool:
    """Whether an "Implementation:" line goes on: it ends on a comma or a joining word, or the
    next line is a short list of acronyms ("UPR and HRTD")."""
    previous, following = previous.strip(), following.strip()
    if ANNEX.match(following) or PARAGRAPH_START.match(following) or _IMPLEMENTATION.match(following):
        return False
    if previous.endswith((",", "，", "、")) or _JOINING_WORD.search(previous):
        return True
    if previous.endswith(TERMINAL):
        return False
    words = re.findall(r"[^\W\d_]+", following)
    capitals = sum(1 for word in words if sum(c.isupper() for c in word) >= 2)
    return bool(words) and capitals / len(words) >= 0.5
