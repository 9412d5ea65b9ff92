"""What a heading looks like: "II. Progress in cooperation", "B. Workshops", "一、导言",
"Summary", a short line standing alone.

A heading is short, does not end a sentence, does not start a list item or in lower case.
Numbered section headings are recognised by their numbering; other short lines by standing
alone between blank lines, or by their indent, but never inside a numbered paragraph.

>>> heading_like("II. Progress in cooperation"), heading_like("The Council took note."), heading_like("• a list item")
(True, False, False)
>>> heading_text("  **II.   Progress in cooperation**  ")
'II. Progress in cooperation'
"""

from __future__ import annotations

import re

from loaders.documents.lines import TERMINAL, Line, standalone, width

__all__ = [
    "ROMAN_HEADING",
    "LETTER_HEADING",
    "CHINESE_HEADING",
    "NUMBER_HEADING",
    "SUMMARY",
    "heading_like",
    "heading_text",
    "is_heading",
]

ROMAN_HEADING = re.compile(r"^\s*([IVX]{1,5})\.\s+(\S.{0,160})$")
CHINESE_HEADING = re.compile(r"^\s*([一二三四五六七八九十]{1,3})\s*[.、．]\s*(\S.{0,80})$")
LETTER_HEADING = re.compile(r"^\s*([A-H])\.\s+(\S.{0,160})$")
NUMBER_HEADING = re.compile(r"^\s*(\d{1,2})\.\s+(\S.{0,80})$")
SUMMARY = re.compile(r"^(Summary|Résumé|Resumen|提要|摘要)$", re.I)
_BULLET = tuple("•·-–*▪◦●")


def heading_like(text: str) -> bool:
    """Short, not a finished sentence, not a list item, not lower case."""
    stripped = text.strip()
    return (
        0 < width(stripped) <= 90
        and not stripped.endswith(TERMINAL + (",", "，", "、"))
        and not stripped.startswith(_BULLET)
        and not stripped[:1].islower()
    )


def heading_text(text: str) -> str:
    """A heading as it is stored: footnote sentinels, runs of spaces and bold stars removed."""
    return re.sub(r"\s+", " ", text.replace("\ue000", "").replace("\ue001", "")).strip(" *")


def is_heading(body: list[Line], index: int, numbered: bool, in_block: bool) -> bool:
    """Whether line ``index`` of ``body`` is a heading; ``numbered``: a numbered paragraph is
    open; ``in_block``: some block (numbered or not) has lines already."""
    line = body[index]
    text = line.text
    stripped = text.strip()
    if not stripped or not heading_like(stripped):
        return False
    if ROMAN_HEADING.match(text) or CHINESE_HEADING.match(text):
        return True
    if LETTER_HEADING.match(text) and (standalone(body, index) or len(stripped) < 100):
        return True
    if SUMMARY.match(stripped):
        return True
    if NUMBER_HEADING.match(text) and not numbered and width(stripped) < 70:
        return True
    if numbered:
        return False
    indented = len(text) - len(text.lstrip()) >= 1 and text.startswith(("  ", "\t"))
    if standalone(body, index) and (indented or width(stripped) < 70 or not in_block):
        return True
    if text.startswith("\t") and len(stripped) < 60:
        return True
    return False
