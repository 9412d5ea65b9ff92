"""Footnotes: the notes at the bottom of each page, taken out of the body, and the markers that
call them, split off the words they are glued to ("November 20082", "torturea").

``split_footnotes`` reads the lines top to bottom, expecting the notes in order (1, 2, 3…
and a, b, c… apart). A line that starts with the next key is the start of that note, its
marker is searched for backwards in the body read so far, and removed there; the lines after
it continue the note until it ends a sentence. A marker glued to a word is taken for a marker
only when the word without it is one the document uses and the word with it is not. Chinese
markers may stand on a line of their own after the sentence that calls them.
``attach_footnotes`` then places each note after the paragraph that calls it.

>>> from loaders.documents.lines import to_lines
>>> body, notes = split_footnotes(to_lines(
...     "1. Workshops were held in November 20081 and later.\\n\\n1 See A/HRC/15/56.\\n", markdown=False), None, "en")
>>> body[0].text, body[0].markers, notes
('1. Workshops were held in November 2008 and later.', ['1'], {'1': 'See A/HRC/15/56.'})
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from loaders.documents.builder import ANNEX, PARAGRAPH_START, Paragraph
from loaders.documents.dates import date_line, period_line
from loaders.documents.joining import join
from loaders.documents.lines import CJK, TERMINAL, Line, furniture, word_counts

__all__ = ["split_footnotes", "attach_footnotes"]

_FOOTNOTE_KEY = r"(\d{1,3}|[a-z])"
_FOOTNOTE_LINE = re.compile(r"^(\s*)" + _FOOTNOTE_KEY + r"\s+(\S.*)$")
# A note marked with a symbol: "*", "**", "†", "‡" (the letter and digit marks are counted in order, above)
_STAR_NOTE = re.compile(r"^\s*([*∗]{1,3}|[†‡§]{1,2})\s+(\S.*)$")
# A line that goes on the sentence above it: in lower case, after a bracket, in Chinese
_GOES_ON = re.compile(rf"[a-zà-ÿ(（{CJK}]")
_MD_FOOTNOTE_LINE = re.compile(r"^\s*\ue000" + _FOOTNOTE_KEY + r"\ue001\s*(\S.*)$")


def _family(key: str) -> str:
    """Numbered and lettered notes are counted apart."""
    return "digit" if key.isdigit() else "letter"


def _next_key(key: str) -> str:
    return str(int(key) + 1) if key.isdigit() else chr(ord(key) + 1)


# -- markers --------------------------------------------------------------------------
def _marker_patterns(key: str) -> list[re.Pattern]:
    k = re.escape(key)
    if key.isdigit():
        return [
            re.compile(rf"(?<=[.,;:)\]”’\"»])({k})(?=\s|$|[,.;:])"),  # "resolution.1", "2010.3"
            re.compile(rf"(?<=\b(?:19|20)\d\d)({k})(?=\s|$|[,.;:)])"),  # "November 20082"
            re.compile(rf"(?<=[。，；：”）])({k})(?=\s|$)"),  # Chinese: "研讨会。1"
            re.compile(rf"^\s*({k})(?=\s*$|\s+[{CJK}])"),  # Chinese: marker at a line start
            re.compile(rf"(?<=[^\W\d_]{{3}})({k})(?=\s|$|[,.;:)])"),  # "torture5" (checked below)
        ]
    return [re.compile(rf"(?<=[^\W\d_]{{3}})({k})(?=\s|$|[,.;:)])")]  # "torturea"


def _glued_word_is_marker(line: str, start: int, key: str, words: Counter) -> bool:
    """A marker glued to a word: the word without it is known, the word with it is not."""
    word = re.search(r"[^\W\d_]+$", line[:start])
    if not word:
        return True
    stem = word.group(0).casefold()
    return words[stem] > 0 and words[stem + key] <= 1


def _find_marker(body: list[Line], since: int, key: str, words: Counter) -> int | None:
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
                if glued_to_letters and not _glued_word_is_marker(line.text, found.start(1), key, words):
                    continue
                if best is None or found.start(1) > best.start(1):
                    best = found
        if best is not None:
            line.text = (line.text[: best.start(1)] + line.text[best.end(1) :]).rstrip()
            line.markers.append(key)
            return index
    return None


# -- notes ----------------------------------------------------------------------------
def split_footnotes(lines: list[Line], symbol: str | None, lang: str) -> tuple[list[Line], dict[str, str]]:
    """(body lines, footnote texts by key); page furniture (a ``symbol`` header…) is left out."""
    reader = _NoteReader(lang, word_counts(lines))
    furniture_at = furniture(lines, symbol)
    for position, line in enumerate(lines):
        if position in furniture_at:
            reader.current = None  # a page break ends a note
        else:
            reader.read(position, line)
    return reader.body, {key: join(parts) for key, parts in reader.notes.items()}


class _NoteReader:
    """Sorts lines into the body and the notes; ``current`` is the note being read, if any."""

    def __init__(self, lang: str, words: Counter):
        self.lang, self.words = lang, words
        self.body: list[Line] = []
        self.notes: dict[str, list[str]] = {}
        self.expected = {"digit": "1", "letter": "a"}
        self.last_marker = 0  # markers are searched for after the previous one
        self.current: str | None = None
        self.alone: dict[str, int] = {}  # Chinese markers printed on a line of their own

    def read(self, position: int, line: Line) -> None:
        for step in _STEPS:
            if step(self, position, line):
                return
        self.body.append(line)

    # -- the steps: each says whether it took the line --------------------------------
    def star_note(self, position: int, line: Line) -> bool:
        """ "* Late submission." on the title page: a note without a number. Its mark is no paragraph number: it
        is printed as the note's first character and kept there ("* A/76/150."), where a reader sees it."""
        star = _STAR_NOTE.match(line.text)
        if not star or position >= 120:
            return False
        mark = star.group(1).replace("∗", "*")
        self.notes[mark] = [f"{mark} {star.group(2).strip()}"]
        self.current = mark  # it goes on onto the lines right under it, until it ends a sentence
        return True

    def note_start(self, _position: int, line: Line) -> bool:
        """The next note starts: its marker is found (and removed) in the body."""
        found = self._start(line.text)
        if found is None:
            return False
        key, text = found
        at = self.alone.pop(key, None)
        if at is None:
            at = _find_marker(self.body, self.last_marker, key, self.words)
        if at is not None:
            self.last_marker = at
        self.notes[key] = [text.strip()]
        self.expected[_family(key)] = _next_key(key)
        self.current = key
        return True

    def _start(self, text: str) -> tuple[str, str] | None:
        """(key, first words) when ``text`` starts the next note expected."""
        marked = _MD_FOOTNOTE_LINE.match(text)
        if marked:
            key, note = marked.group(1), marked.group(2)
            return (key, note) if key == self.expected[_family(key)] else None
        plain = _FOOTNOTE_LINE.match(text)
        if not plain or date_line(text) or period_line(text):
            return (
                None  # a front page's date or period is no note: "1 de septiembre de 2021", "1 octobre au 31 décembre"
            )
        indent, key, note = plain.groups()
        if key != self.expected[_family(key)] or not indent and not self._may_start_unindented():
            return None
        return key, note

    def _may_start_unindented(self) -> bool:
        """Footnote texts are indented, or follow a finished line or a page break: a Chinese marker
        printed at the start of the next line of its sentence ("5 国家人权机构") is not a footnote."""
        previous = next((b.text.strip() for b in reversed(self.body) if not b.blank), "")
        if self.lang == "zh" and previous and not previous.endswith(TERMINAL):
            return False
        return not (self.body and not self.body[-1].blank and self.current is None)

    def note_goes_on(self, _position: int, line: Line) -> bool:
        """A line of the current note, until the note ends a sentence or a block starts."""
        if self.current is None:
            return False
        if line.blank:
            if not self.current.isalnum():  # a note marked with a symbol ends at a blank line
                self.current = None
                return False
            return True
        text = line.text
        starts_block = PARAGRAPH_START.match(text) or line.heading_level or ANNEX.match(text.strip())
        if not self.current.isalnum() and not _GOES_ON.match(text.strip()):
            starts_block = True  # a note on a cover ("* Late submission") goes on only where its sentence plainly does
        if not self.notes[self.current][-1].endswith(TERMINAL) and not starts_block:
            self.notes[self.current].append(text.strip())
            return True
        self.current = None
        return False

    def lone_marker(self, _position: int, line: Line) -> bool:
        """A Chinese marker alone on its line, after the sentence that calls it."""
        stripped = line.text.strip()
        if self.lang != "zh" or stripped != self.expected["digit"]:
            return False
        calling = next((i for i in range(len(self.body) - 1, -1, -1) if not self.body[i].blank), None)
        if calling is not None:
            self.alone[stripped] = calling
            self.body[calling].markers.append(stripped)
        return True


_STEPS = (_NoteReader.star_note, _NoteReader.note_start, _NoteReader.note_goes_on, _NoteReader.lone_marker)


def attach_footnotes(paragraphs: list[Paragraph], notes: dict[str, str]) -> None:
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
        note = Paragraph(
            locator=locator,
            kind="footnote",
            text=text,
            number=key,
            annex=annex,
            section=owner.section if owner else None,
        )
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
