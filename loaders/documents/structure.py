"""A report's structure: symbol, title, date, session, paragraphs, annexes, items and footnotes.

UN reports reach us as text taken from PDF: hard-wrapped lines, page headers and footers
("A/HRC/15/56", "GE.10-15331", page numbers) in the middle of sentences, footnote markers
glued to words ("November 20082", "torturea"), footnote texts at the bottom of each page,
words hyphenated across lines. ``parse`` undoes that and returns the paragraphs with
locators that match how people cite them ("para. 12", "annex II, short-term 3",
"annex III, para. 2", "footnote 6", "summary", "heading: Objectives").

>>> doc = parse(read(Path("seeds/documents/000_fb64b3f317b3430b.txt")).text, "en")   # doctest: +SKIP
>>> doc.symbol, len([p for p in doc.paragraphs if p.kind == "paragraph"])
('A/HRC/23/18', 84)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from loaders.documents.citations import SYMBOL

# -- the parts of a document ----------------------------------------------------------


@dataclass
class Paragraph:
    """One citable unit: a numbered paragraph, a block of unnumbered text, an item, a footnote."""

    locator: str
    kind: str
    text: str
    number: str | None = None
    annex: str | None = None
    section: str | None = None
    footnotes: list[str] = field(default_factory=list)   # locators of the footnotes it calls
    implementation: str | None = None                     # workplan items: the "Implementation:" text
    term: str | None = None                               # workplan items: short, mid, long
    id: str | None = None                                 # set when the paragraph is planned for the graph


@dataclass
class Structure:
    symbol: str | None
    title: str | None
    date: str | None
    session: str | None
    paragraphs: list[Paragraph]
    headings: list[str]
    annexes: list[str]
    removed_furniture: int = 0

    def by_locator(self, locator: str) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.locator == locator), None)


# -- lines ----------------------------------------------------------------------------
@dataclass
class Line:
    text: str
    heading_level: int = 0          # markdown heading level, 0 for none
    page_edge: bool = False         # first or last line of a PDF page
    markers: list[str] = field(default_factory=list)   # footnote keys called on this line

    @property
    def blank(self) -> bool:
        return not self.text.strip()


_SUP = re.compile(r"<sup>\s*([0-9]{1,3}|[a-z])\s*</sup>")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_TOC = re.compile(r"(\.{4,}|…{2,}|\t)\s*[\d\-–]+\s*(\t\s*\d+)?\s*$")
_JOB_NUMBER = re.compile(r"^\s*(\d{1,3}\s+)?GE\.\d{2}-\d{4,6}(\s*\(\w\))?(\s+\d{1,3})?\s*$")
_PAGE_NUMBER = re.compile(r"^\s*(page\s+)?\d{1,3}\s*$", re.I)
_BARCODE = re.compile(r"^\s*[\\*]*\s*(\d\s*){7,}[\\*]*\s*$|^\s*\\?\*\s*(\d\s+){5,}\d\s*\\?\*\s*$")
_MD_RULE = re.compile(r"^\s*(-{3,}|\*{3,}|_{3,})\s*$")
_FOOTNOTE_KEY = r"(\d{1,3}|[a-z])"
_FOOTNOTE_LINE = re.compile(r"^(\s*)" + _FOOTNOTE_KEY + r"\s+(\S.*)$")
_STAR_NOTE = re.compile(r"^\s*([*∗]{1,3})\s+(\S.*)$")
_MD_FOOTNOTE_LINE = re.compile(r"^\s*\ue000" + _FOOTNOTE_KEY + r"\ue001\s*(\S.*)$")
_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_TERMINAL = tuple(".。!?！？;；:：”\"»")


def _lines(text: str, markdown: bool) -> list[Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if markdown:
        text = text.replace("****", "**\n\n**")  # two bold lines glued together by the conversion
    result = []
    pages = text.split("\f")
    for page in pages:
        page_lines = page.split("\n")
        filled = [i for i, raw in enumerate(page_lines) if raw.strip()]
        edges = {filled[0], filled[-1]} if len(pages) > 1 and filled else set()
        for position, raw in enumerate(page_lines):
            result.append(_line(raw, markdown, position in edges))
    return result


def _line(raw: str, markdown: bool, page_edge: bool) -> Line:
    level = 0
    if markdown:
        raw = _SUP.sub(lambda m: f"\ue000{m.group(1)}\ue001", raw)
        found = _MD_HEADING.match(raw)
        if found:
            level, raw = len(found.group(1)), found.group(2)
        raw = raw.replace("**", "").replace("<i>", "").replace("</i>", "").replace("\\*", "*")
        raw = re.sub(r"\\([\[\]()_#.-])", r"\1", raw)
        raw = re.sub(r"(?<![\w*])\*(\S[^*]*?)\*(?![\w*])", r"\1", raw)   # *emphasis*
    return Line(raw.rstrip(), heading_level=level, page_edge=page_edge)


def _page_symbol(lines: list[Line]) -> str | None:
    """The symbol printed as a page header: a line holding only a symbol, seen most often."""
    counts = Counter(line.text.strip() for line in lines if SYMBOL.fullmatch(line.text.strip()))
    if not counts:
        return None
    symbol, seen = counts.most_common(1)[0]
    return symbol if seen >= 2 else None


def _furniture(lines: list[Line], symbol: str | None) -> set[int]:
    """Indexes of page headers and footers: the symbol, job numbers, bar codes, and page
    numbers next to one of those or at the edge of a PDF page (a lone number elsewhere may be a
    Chinese footnote marker)."""
    strong = set()
    for index, line in enumerate(lines):
        stripped = line.text.strip()
        if stripped and ((symbol and stripped == symbol) or _JOB_NUMBER.match(stripped)
                         or _BARCODE.match(stripped) or _MD_RULE.match(stripped)):
            strong.add(index)
    result = set(strong)
    for index, line in enumerate(lines):
        if line.heading_level or not _PAGE_NUMBER.match(line.text.strip() or "x"):
            continue
        near = [i for i in range(index - 3, index + 4) if i in strong]
        if near or line.page_edge:
            result.add(index)
    return result


# -- footnotes ------------------------------------------------------------------------
def _next_key(key: str) -> str:
    return str(int(key) + 1) if key.isdigit() else chr(ord(key) + 1)


def _vocabulary(lines: list[Line]) -> Counter:
    return Counter(word.casefold() for line in lines for word in re.findall(r"[^\W\d_]+|\d+", line.text))


def _marker_patterns(key: str) -> list[re.Pattern]:
    k = re.escape(key)
    if key.isdigit():
        return [
            re.compile(rf"(?<=[.,;:)\]”’\"»])({k})(?=\s|$|[,.;:])"),        # "resolution.1", "2010.3"
            re.compile(rf"(?<=\b(?:19|20)\d\d)({k})(?=\s|$|[,.;:)])"),      # "November 20082"
            re.compile(rf"(?<=[。，；：”）])({k})(?=\s|$)"),                       # Chinese: "研讨会。1"
            re.compile(rf"^\s*({k})(?=\s*$|\s+[{_CJK}])"),                    # Chinese: marker at a line start
            re.compile(rf"(?<=[^\W\d_]{{3}})({k})(?=\s|$|[,.;:)])"),         # "torture5" (checked below)
        ]
    return [re.compile(rf"(?<=[^\W\d_]{{3}})({k})(?=\s|$|[,.;:)])")]       # "torturea"


def _glued_word_is_marker(line: str, start: int, key: str, vocabulary: Counter) -> bool:
    """A marker glued to a word: the word without it is known, the word with it is not."""
    word = re.search(r"[^\W\d_]+$", line[:start])
    if not word:
        return True
    stem = word.group(0).casefold()
    return vocabulary[stem] > 0 and vocabulary[stem + key] <= 1


def _find_marker(body: list[Line], since: int, key: str, vocabulary: Counter) -> int | None:
    """Remove footnote ``key``'s marker from the last body line that carries it; its index."""
    patterns = _marker_patterns(key)
    for index in range(len(body) - 1, since - 1, -1):
        line = body[index]
        sentinel = f"\ue000{key}\ue001"
        if sentinel in line.text:
            line.text = line.text.replace(sentinel, "", 1)
            line.markers.append(key)
            return index
        best = None
        for position, pattern in enumerate(patterns):
            for found in pattern.finditer(line.text):
                glued_to_letters = position == len(patterns) - 1
                if glued_to_letters and not _glued_word_is_marker(line.text, found.start(1), key, vocabulary):
                    continue
                if best is None or found.start(1) > best.start(1):
                    best = found
        if best is not None:
            line.text = (line.text[:best.start(1)] + line.text[best.end(1):]).rstrip()
            line.markers.append(key)
            return index
    return None


def _split_footnotes(lines: list[Line], symbol: str | None, lang: str) -> tuple[list[Line], dict[str, str], dict[str, int], int]:
    """(body lines, footnote texts by key, the body line that calls each, furniture removed)."""
    vocabulary = _vocabulary(lines)
    body: list[Line] = []
    notes: dict[str, list[str]] = {}
    called_at: dict[str, int] = {}
    expected = {"digit": "1", "letter": "a"}
    last_marker = 0
    current: str | None = None
    alone: dict[str, int] = {}     # Chinese markers printed on a line of their own
    furniture = 0
    furniture_at = _furniture(lines, symbol)
    for position, line in enumerate(lines):
        if position in furniture_at:
            furniture += 1
            current = None
            continue
        text = line.text
        star = _STAR_NOTE.match(text)
        if star and position < 120:
            # "* Late submission." on the title page: a note without a number
            notes[star.group(1).replace("∗", "*")] = [star.group(2).strip()]
            current = None
            continue
        md_note = _MD_FOOTNOTE_LINE.match(text)
        plain_note = None if md_note else _FOOTNOTE_LINE.match(text)
        key = None
        if md_note:
            key, note_text, indent = md_note.group(1), md_note.group(2), " "
        elif plain_note:
            key, note_text, indent = plain_note.group(2), plain_note.group(3), plain_note.group(1)
        if key is not None:
            family = "digit" if key.isdigit() else "letter"
            if key != expected[family]:
                key = None
        if key is not None and not md_note:
            previous = next((b.text.strip() for b in reversed(body) if not b.blank), "")
            # A Chinese marker printed at the start of the next line of its sentence ("5 国家人权机构")
            # is not a footnote: footnote texts are indented and follow a finished line or a page break.
            if not indent and previous and not previous.endswith(_TERMINAL) and lang == "zh":
                key = None
            elif not indent and not body[-1:] == [] and not body[-1].blank and current is None:
                key = None
        if key is not None:
            at = alone.pop(key, None)
            if at is None:
                at = _find_marker(body, last_marker, key, vocabulary)
            if at is not None:
                called_at[key] = at
                last_marker = at
            else:
                called_at[key] = max(len(body) - 1, 0)
            notes[key] = [note_text.strip()]
            expected["digit" if key.isdigit() else "letter"] = _next_key(key)
            current = key
            continue
        if current is not None:
            if line.blank:
                continue
            last = notes[current][-1]
            starts_block = _PARAGRAPH_START.match(text) or line.heading_level or _ANNEX.match(text.strip())
            if not last.endswith(_TERMINAL) and not starts_block:
                notes[current].append(text.strip())
                continue
            current = None
        stripped = text.strip()
        if stripped == expected["digit"] and lang == "zh":
            # a Chinese marker alone on its line, after the sentence that calls it
            calling = next((i for i in range(len(body) - 1, -1, -1) if not body[i].blank), None)
            if calling is not None:
                alone[stripped] = calling
                body[calling].markers.append(stripped)
            continue
        body.append(line)
    return body, {key: _join(parts, lang) for key, parts in notes.items()}, called_at, furniture


# -- joining lines --------------------------------------------------------------------
_HYPHEN_BREAK = re.compile(r"([^\W\d_])-$")


def _join(parts: list[str], lang: str, vocabulary: Counter | None = None) -> str:
    """Lines joined into running text: no space between Chinese characters, hyphens healed."""
    text = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if not text:
            text = part
            continue
        if _HYPHEN_BREAK.search(text) and part[:1].isalpha():
            head = re.search(r"[^\W\d_]+-$", text).group(0)[:-1]
            tail = re.match(r"[^\W\d_]+", part).group(0)
            joined = (head + tail).casefold()
            if part[:1].islower() and vocabulary is not None and vocabulary[joined] > 0:
                text = text[:-1] + part            # "informa-\ntion"
            else:
                text = text + part                 # "Inter-\nAmerican", "information-\nsharing"
        elif re.search(rf"[{_CJK}]$", text) and re.match(rf"[{_CJK}]", part):
            text += part
        else:
            text += " " + part
    text = re.sub(r"[ \t]{2,}", " ", text)
    return text.strip()


# -- headings and paragraphs ----------------------------------------------------------
_PARAGRAPH_START = re.compile(r"^\s*(\d{1,3})\.\s+(\S.*)$")
_ANNEX = re.compile(r"^(?:Annex|Annexe|ANNEX|ANNEXE)\s+([IVXLC]+|\d+)\b\.?\s*(.*)$|^附件([一二三四五六七八九十]+)\s*$")
_ROMAN_HEADING = re.compile(r"^\s*([IVX]{1,5})\.\s+(\S.{0,160})$")
_CHINESE_HEADING = re.compile(r"^\s*([一二三四五六七八九十]{1,3})\s*[.、．]\s*(\S.{0,80})$")
_LETTER_HEADING = re.compile(r"^\s*([A-H])\.\s+(\S.{0,160})$")
_NUMBER_HEADING = re.compile(r"^\s*(\d{1,2})\.\s+(\S.{0,80})$")
_TERM = re.compile(r"\b(short|medium|mid|long)[\s-]*term\b", re.I)
_IMPLEMENTATION = re.compile(r"^\s*(Implementation|Mise en œuvre|Mise en oeuvre|执行)\s*[:：]\s*(.*)$", re.I)
_SUMMARY = re.compile(r"^(Summary|Résumé|提要|摘要)$", re.I)
_BULLET = tuple("•·-–*▪◦●")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_CHINESE_NUMERALS = "一二三四五六七八九十"


def _roman(text: str) -> str:
    if text.isdigit():
        return _to_roman(int(text))
    if text[0] in _CHINESE_NUMERALS:
        value = _CHINESE_NUMERALS.index(text[-1]) + 1 if len(text) == 1 else 10 + (_CHINESE_NUMERALS.index(text[-1]) + 1) % 11
        return _to_roman(value)
    return text


def _to_roman(value: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    result = ""
    for amount, numeral in numerals:
        while value >= amount:
            result, value = result + numeral, value - amount
    return result


def _standalone(lines: list[Line], index: int) -> bool:
    before = index == 0 or lines[index - 1].blank
    after = index + 1 >= len(lines) or lines[index + 1].blank
    return before and after


def _width(text: str) -> int:
    """Printed width: a Chinese character is as wide as two Latin ones."""
    return len(text) + len(re.findall(rf"[{_CJK}]", text))


def _heading_like(text: str) -> bool:
    stripped = text.strip()
    return (0 < _width(stripped) <= 90 and not stripped.endswith(_TERMINAL + (",", "，", "、"))
            and not stripped.startswith(_BULLET) and not stripped[:1].islower())


class _Builder:
    """Collects lines into paragraphs as the body is read from top to bottom."""

    def __init__(self, lang: str, vocabulary: Counter):
        self.lang, self.vocabulary = lang, vocabulary
        self.paragraphs: list[Paragraph] = []
        self.headings: list[str] = []
        self.annexes: list[str] = []
        self.annex: str | None = None
        self.heading: str | None = None
        self.section: str | None = None
        self.numbered = False          # the current block is a numbered paragraph
        self.expected = 1              # the next paragraph number in this part of the document
        self.term: str | None = None   # in a workplan annex, the current term
        self.items = Counter()
        self.parts: list[str] = []
        self.markers: list[str] = []
        self.pending: dict = {}
        self.implementation: list[str] | None = None
        self.unnumbered = Counter()
        self.wrapped = True            # lines cut at a page width: a line may end mid-sentence

    # a block is open while ``parts`` holds lines
    def flush(self) -> None:
        if self.implementation is not None and self.pending.get("kind") != "annex_item":
            self.parts += self.implementation
            self.implementation = None
        text = _join(self.parts, self.lang, self.vocabulary)
        if text:
            kind = self.pending.get("kind", "text")
            locator = self.pending.get("locator") or self._unnumbered_locator()
            implementation = None
            if self.implementation is not None:
                implementation = _join(self.implementation, self.lang, self.vocabulary)
                text = f"{text} Implementation: {implementation}" if implementation else text
            self.paragraphs.append(Paragraph(
                locator=locator, kind=kind, text=text, number=self.pending.get("number"), annex=self.annex,
                section=self.section, footnotes=list(self.markers), implementation=implementation,
                term=self.pending.get("term")))
            self.markers = []
        elif self.markers and self.paragraphs:
            self.paragraphs[-1].footnotes += self.markers
            self.markers = []
        self.parts, self.pending, self.implementation, self.numbered = [], {}, None, False

    def _unnumbered_locator(self) -> str:
        prefix = f"annex {self.annex}, " if self.annex else ""
        if self.heading and _SUMMARY.match(self.heading):
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

    def add_heading(self, text: str) -> None:
        self.flush()
        text = text.strip()
        self.headings.append(text)
        self.heading = text
        self.section = f"Annex {self.annex}: {text}" if self.annex else text
        term = _TERM.search(text)
        if self.annex and term and len(text) < 80:
            self.term = {"short": "short", "medium": "mid", "mid": "mid", "long": "long"}[term.group(1).lower()]

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
            self.pending = {"kind": "annex_item", "locator": f"annex {self.annex}, {self.term}-term {number}",
                            "number": str(number), "term": self.term}
        self.parts.append(line.text)
        self.markers += line.markers


def _implementation_continues(previous: str, following: str) -> bool:
    """Whether an "Implementation:" line goes on: it ends on a comma or a joining word, or the
    next line is a short list of acronyms ("UPR and HRTD")."""
    previous, following = previous.strip(), following.strip()
    if _ANNEX.match(following) or _PARAGRAPH_START.match(following) or _IMPLEMENTATION.match(following):
        return False
    if previous.endswith((",", "，", "、")) or re.search(r"\b(and|of|the|with|in|particular|focal|points?|et|des|de)$", previous):
        return True
    if previous.endswith(_TERMINAL):
        return False
    words = re.findall(r"[^\W\d_]+", following)
    capitals = sum(1 for word in words if sum(c.isupper() for c in word) >= 2)
    return bool(words) and capitals / len(words) >= 0.5


def _hard_wrapped(body: list[Line]) -> bool:
    """Whether lines were cut at a page width (text taken from PDF), not one line a paragraph."""
    widths = sorted(_width(line.text.strip()) for line in body if _width(line.text.strip()) >= 40)
    return bool(widths) and widths[len(widths) // 2] <= 110


def _segment(body: list[Line], lang: str, vocabulary: Counter) -> _Builder:
    build = _Builder(lang, vocabulary)
    build.wrapped = _hard_wrapped(body)
    index = 0
    while index < len(body):
        line = body[index]
        text, stripped = line.text, line.text.strip()
        index += 1
        if _TOC.search(text) and len(stripped) < 250:
            continue
        annex = _ANNEX.match(stripped) if len(stripped) < 120 else None
        if annex and (line.heading_level or _standalone(body, index - 1) or not annex.group(2)):
            build.start_annex(annex.group(1) or annex.group(3), (annex.group(2) or "").strip())
            continue
        if stripped.startswith("[") and stripped.endswith("]") and len(stripped) < 40:
            continue  # "[English only]"
        implementation = _IMPLEMENTATION.match(text)
        if implementation and build.term:
            parts = [implementation.group(2)]
            while index < len(body):
                following = body[index]
                if following.blank:
                    index += 1
                    continue
                if _implementation_continues(parts[-1], following.text):
                    parts.append(following.text)
                    build.markers += following.markers
                    index += 1
                    continue
                break
            build.implementation = parts
            build.markers += line.markers
            build.flush()
            continue
        paragraph = _PARAGRAPH_START.match(text)
        number = int(paragraph.group(1)) if paragraph else None
        if line.heading_level:
            if paragraph and number == build.expected and not (build.annex and _TERM.search(text)):
                build.start_numbered(number, paragraph.group(2))
                build.markers += line.markers
            elif not line.heading_level >= 6 or _heading_like(text):
                build.add_heading(_heading_text(stripped))
                build.markers += line.markers
            continue
        if paragraph and number == build.expected and not (build.annex and build.term is None and _TERM.search(text)):
            if not build.annex and _heading_like(paragraph.group(2)) and _width(paragraph.group(2)) < 60 and (
                    _standalone(body, index - 1) or index < len(body) and _width(body[index].text.strip()) > 100):
                # "1. Introduction" over a long line of text is a heading, not paragraph 1
                build.add_heading(stripped)
                continue
            build.start_numbered(number, paragraph.group(2))
            build.markers += line.markers
            continue
        if build.term:
            # In a workplan, items run from one "Implementation:" line to the next, whatever the
            # page layout puts between their lines; only the next term's heading interrupts.
            if _NUMBER_HEADING.match(text) and _TERM.search(text):
                build.add_heading(stripped)
            elif not line.blank:
                build.add(line)
            continue
        if not build.wrapped and not build.numbered and not line.blank:
            # one line a paragraph (text not taken from PDF): a line break ends a block, unless the
            # line goes on lower case or after a dropped footnote marker (". The UN General Assembly")
            following = body[index].text.strip() if index < len(body) else ""
            titled = ":" in stripped or re.match(r"^[^\W\d_]+\s+\d", stripped) or len(stripped.split()) <= 6
            if _heading_like(stripped) and titled and _width(following) > 100 and stripped[:1].isalnum():
                build.add_heading(stripped)
                build.markers += line.markers
                continue
            if build.parts and not (stripped[:1].islower() or stripped.startswith((". ", ", ", ".", ";"))):
                build.flush()
        if _is_heading(body, index - 1, build):
            while _ROMAN_HEADING.match(text) or _LETTER_HEADING.match(text) or _CHINESE_HEADING.match(text):
                # a heading wrapped onto the next line: "II. Progress in cooperation ... regional" + "human rights mechanisms"
                if index < len(body) and not body[index].blank and not _PARAGRAPH_START.match(body[index].text) \
                        and len(body[index].text.strip()) < 90 and (index + 1 >= len(body) or body[index + 1].blank):
                    stripped = f"{stripped} {body[index].text.strip()}"
                    index += 1
                break
            build.add_heading(stripped)
            build.markers += line.markers
            continue
        if line.blank:
            if not build.numbered and build.parts:
                following = next((b for b in body[index:] if not b.blank), None)
                last = build.parts[-1].strip()
                joins = following is not None and not last.endswith(_TERMINAL) and (
                    following.text.strip()[:1].islower() or last.endswith((",", "，", "、"))
                    or build.wrapped and _width(last) >= 60
                    or lang == "zh" and re.match(rf"[{_CJK}]", following.text.strip()))
                if not joins:
                    build.flush()
            continue
        build.add(line)
    build.flush()
    return build


def _heading_text(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\ue000", "").replace("\ue001", "")).strip(" *")


def _is_heading(body: list[Line], index: int, build: _Builder) -> bool:
    line = body[index]
    text = line.text
    stripped = text.strip()
    if not stripped or not _heading_like(stripped):
        return False
    if _ROMAN_HEADING.match(text) or _CHINESE_HEADING.match(text):
        return True
    if _LETTER_HEADING.match(text) and (_standalone(body, index) or len(stripped) < 100):
        return True
    if _SUMMARY.match(stripped):
        return True
    if _NUMBER_HEADING.match(text) and not build.numbered and _width(stripped) < 70:
        return True
    if build.numbered:
        return False
    indented = len(text) - len(text.lstrip()) >= 1 and text.startswith(("  ", "\t"))
    if _standalone(body, index) and (indented or _width(stripped) < 70 or not build.parts):
        return True
    if text.startswith("\t") and len(stripped) < 60:
        return True
    return False


# -- metadata -------------------------------------------------------------------------
_DATE = re.compile(
    r"\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(\d{4})\b", re.I)
_CHINESE_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MONTHS = {name: number for number, names in enumerate((
    ("january", "janvier"), ("february", "février"), ("march", "mars"), ("april", "avril"), ("may", "mai"),
    ("june", "juin"), ("july", "juillet"), ("august", "août"), ("september", "septembre"),
    ("october", "octobre"), ("november", "novembre"), ("december", "décembre")), start=1) for name in names}
_SESSION = re.compile(
    r"^\s*((?:[A-Z][a-z]+-)?[A-Za-zé]+(?:ième|th|st|nd|rd)\s+session|[A-Z][a-z]+(?:-[a-z]+)?\s+session|"
    r"[\w-]+ième session|第[一二三四五六七八九十百]+届会议)\s*$", re.I)
_TITLE_SKIP = re.compile(
    r"^(general assembly|assemblée générale|human rights council|conseil des droits de l'homme|人权理事会|"
    r"distr\.?|original|français|english|agenda item|points? \d|议程项目|united nations|nations unies|"
    r"summary|résumé|提要|concept note)", re.I)


def _metadata(lines: list[Line], symbol: str | None, lang: str) -> tuple[str | None, str | None, str | None, str | None]:
    head = [line.text.strip() for line in lines[:120] if line.text.strip()]
    if symbol is None:
        symbol = next((SYMBOL.fullmatch(text).group(0) for text in head[:40] if SYMBOL.fullmatch(text)), None)
    date = None
    for text in head[:60]:
        found = _DATE.search(text)
        if found:
            date = f"{int(found.group(3)):04d}-{_MONTHS[found.group(2).lower()]:02d}-{int(found.group(1)):02d}"
            break
        found = _CHINESE_DATE.search(text)
        if found:
            date = f"{found.group(1)}-{int(found.group(2)):02d}-{int(found.group(3)):02d}"
            break
    session = next((_SESSION.match(text).group(1) for text in head[:40] if _SESSION.match(text)), None)
    title = None
    for line in lines[:120]:
        text = _heading_text(line.text)
        if not text or _TITLE_SKIP.match(text) or (session and text == session) or SYMBOL.fullmatch(text):
            continue
        if len(text) > 25 and not text[0].isdigit() and not text.endswith((".", "。", ",")) and (
                line.heading_level or lang == "zh" or text == text.strip() and len(text) < 200):
            title = text.rstrip("* ∗")
            break
    return symbol, title, date, session


# -- the whole ------------------------------------------------------------------------
def parse(text: str, lang: str, markdown: bool = False) -> Structure:
    """The structure of a document's text (``lang``: en, fr or zh)."""
    lines = _lines(text, markdown or bool(re.search(r"(?m)^#{1,6} \S", text[:20000])))
    symbol = _page_symbol(lines)
    meta = _metadata(lines, symbol, lang)
    body, notes, called_at, furniture = _split_footnotes(lines, symbol, lang)
    vocabulary = _vocabulary(body)
    build = _segment(body, lang, vocabulary)
    paragraphs = build.paragraphs
    _attach_footnotes(paragraphs, notes, body, called_at, build)
    _unique_locators(paragraphs)
    return Structure(symbol=meta[0], title=meta[1], date=meta[2], session=meta[3], paragraphs=paragraphs,
                     headings=build.headings, annexes=build.annexes, removed_furniture=furniture)


def _attach_footnotes(paragraphs: list[Paragraph], notes: dict[str, str], body: list[Line],
                      called_at: dict[str, int], build: _Builder) -> None:
    """Footnote paragraphs, each after the paragraph that calls it, named after that paragraph's annex."""
    owner_of: dict[str, Paragraph] = {}
    for paragraph in paragraphs:
        for key in paragraph.footnotes:
            owner_of[key] = paragraph
    for paragraph in paragraphs:
        paragraph.footnotes = []
    result_after: dict[int, list[Paragraph]] = defaultdict(list)
    for key, text in notes.items():
        owner = owner_of.get(key)
        annex = owner.annex if owner else None
        locator = f"annex {annex}, footnote {key}" if annex and not key.isdigit() else f"footnote {key}"
        note = Paragraph(locator=locator, kind="footnote", text=text, number=key, annex=annex,
                         section=owner.section if owner else None)
        if owner:
            owner.footnotes.append(locator)
            result_after[id(owner)].append(note)
        else:
            result_after[id(paragraphs[-1]) if paragraphs else 0].append(note)
    ordered = []
    for paragraph in paragraphs:
        ordered.append(paragraph)
        ordered += result_after.get(id(paragraph), [])
    if not paragraphs:
        ordered += result_after.get(0, [])
    paragraphs[:] = ordered


def _unique_locators(paragraphs: list[Paragraph]) -> None:
    seen = Counter()
    for paragraph in paragraphs:
        seen[paragraph.locator] += 1
        if seen[paragraph.locator] > 1:
            paragraph.locator = f"{paragraph.locator} ({seen[paragraph.locator]})"
