"""A report's own symbol, title, date and session, read from its front page.

The symbol is the one printed as a page header (``lines.page_symbol``), else the first line of
the front page that is only a symbol. The date is the first one written out in English,
French or Chinese; the session a line such as "Twenty-third session" or "第十五届会议"; the
title the first long line that is not part of the UN's letterhead.

>>> from loaders.documents.lines import to_lines
>>> front = ("United Nations\\nA/HRC/23/18\\nGeneral Assembly\\nDistr.: General\\n3 April 2013\\n\\n"
...          "Human Rights Council\\nTwenty-third session\\n\\n"
...          "Enhancement of international cooperation in the field of human rights\\n")
>>> found = metadata(to_lines(front, markdown=False), None, "en")
>>> found.symbol, found.date, found.session
('A/HRC/23/18', '2013-04-03', 'Twenty-third session')
>>> found.title
'Enhancement of international cooperation in the field of human rights'
"""

from __future__ import annotations

import re
from typing import NamedTuple

from loaders.documents.citations import SYMBOL
from loaders.documents.headings import heading_text
from loaders.documents.lines import Line

__all__ = ["Metadata", "metadata"]

_DATE = re.compile(
    r"\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(\d{4})\b",
    re.I,
)
_CHINESE_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "janvier"),
            ("february", "février"),
            ("march", "mars"),
            ("april", "avril"),
            ("may", "mai"),
            ("june", "juin"),
            ("july", "juillet"),
            ("august", "août"),
            ("september", "septembre"),
            ("october", "octobre"),
            ("november", "novembre"),
            ("december", "décembre"),
        ),
        start=1,
    )
    for name in names
}
_SESSION = re.compile(
    r"^\s*((?:[A-Z][a-z]+-)?[A-Za-zé]+(?:ième|th|st|nd|rd)\s+session|[A-Z][a-z]+(?:-[a-z]+)?\s+session|"
    r"[\w-]+ième session|第[一二三四五六七八九十百]+届会议)\s*$",
    re.I,
)
_TITLE_SKIP = re.compile(
    r"^(general assembly|assemblée générale|human rights council|conseil des droits de l'homme|人权理事会|"
    r"distr\.?|original|français|english|agenda item|points? \d|议程项目|united nations|nations unies|"
    r"summary|résumé|提要|concept note)",
    re.I,
)


class Metadata(NamedTuple):
    symbol: str | None
    title: str | None
    date: str | None  # ISO: 2013-04-03
    session: str | None


def metadata(lines: list[Line], symbol: str | None, lang: str) -> Metadata:
    """The metadata of a document whose page-header symbol (if any) is ``symbol``."""
    head = [line.text.strip() for line in lines[:120] if line.text.strip()]
    if symbol is None:
        symbol = next((SYMBOL.fullmatch(text).group(0) for text in head[:40] if SYMBOL.fullmatch(text)), None)
    session = next((_SESSION.match(text).group(1) for text in head[:40] if _SESSION.match(text)), None)
    return Metadata(symbol, _title(lines, session, lang), _date(head[:60]), session)


def _date(head: list[str]) -> str | None:
    for text in head:
        found = _DATE.search(text)
        if found:
            return f"{int(found.group(3)):04d}-{_MONTHS[found.group(2).lower()]:02d}-{int(found.group(1)):02d}"
        found = _CHINESE_DATE.search(text)
        if found:
            return f"{found.group(1)}-{int(found.group(2)):02d}-{int(found.group(3)):02d}"
    return None


def _title(lines: list[Line], session: str | None, lang: str) -> str | None:
    for line in lines[:120]:
        text = heading_text(line.text)
        if not text or _TITLE_SKIP.match(text) or (session and text == session) or SYMBOL.fullmatch(text):
            continue
        if (
            len(text) > 25
            and not text[0].isdigit()
            and not text.endswith((".", "。", ","))
            and (line.heading_level or lang == "zh" or text == text.strip() and len(text) < 200)
        ):
            return text.rstrip("* ∗")
    return None
