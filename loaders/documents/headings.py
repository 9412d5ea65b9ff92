"""What a heading looks like: "II. Progress in cooperation", "B. Workshops", "一、导言",
"Summary", a short line standing alone.

A heading is short, does not end a sentence, does not start a list item or in lower case.
Numbered section headings are recognised by their numbering; other short lines by standing
alone between blank lines, or by their indent, but never inside a numbered paragraph. Other
lines that stand alone: a report cover's series line and imprint (``SERIES_LINE``,
``IMPRINT_LINE``), a document's letterhead over its symbol or distribution (``LETTERHEAD_LINE``), and a speech's salutation ("Madam President,": ``salutation``).

>>> heading_like("II. Progress in cooperation"), heading_like("The Council took note."), heading_like("• a list item")
(True, False, False)
>>> heading_text("  **II.   Progress in cooperation**  ")
'II. Progress in cooperation'
"""

from __future__ import annotations

import re

from loaders.documents.citations import SPLIT_SYMBOL, SYMBOL
from loaders.documents.lines import CJK, TERMINAL, Line, standalone, width
from loaders.documents.organs import (
    ECONOMIC_AND_SOCIAL_COUNCIL,
    GENERAL_ASSEMBLY,
    HUMAN_RIGHTS_COUNCIL,
    SECURITY_COUNCIL,
    UNITED_NATIONS,
    alternation,
)

__all__ = [
    "ROMAN_HEADING",
    "LETTER_HEADING",
    "CHINESE_HEADING",
    "NUMBER_HEADING",
    "SUMMARY",
    "SERIES_LINE",
    "IMPRINT_LINE",
    "FEED_LINE",
    "LETTERHEAD_LINE",
    "finished",
    "salutation",
    "addressed_salutation",
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


# A report's cover: its series ("General Assembly Official Records Seventy-fifth Session Supplement No. 53")
# and its imprint ("United Nations • New York, 2020"; the Economic and Social Council's, printed in both seats: "Naciones
# Unidas • Nueva York y Ginebra, 2025"), read as the masthead is.
_SEAT = r"(?:New York|Geneva|Genève|Ginebra|Nueva York|纽\s*约|日\s*内\s*瓦)"
SERIES_LINE = re.compile(
    rf"^{alternation(GENERAL_ASSEMBLY, SECURITY_COUNCIL, ECONOMIC_AND_SOCIAL_COUNCIL, spaced=True)}"
    r"\s*(?:Official Records|Documents officiels|Documentos Oficiales|正\s*式\s*记\s*录)\b",
    re.I,
)
IMPRINT_LINE = re.compile(
    rf"^{alternation(UNITED_NATIONS, spaced=True)}\s*[•·●▪,]?\s*"
    rf"{_SEAT}(?:\s*(?:and|et|y|和|及|、)\s*{_SEAT})?\s*[,，]?\s*\d{{4}}$",
    re.I,
)
# A news aggregator's source line under an item's title: the feed that published it, a weekday, a date and a time
# ("OSCE - Tue, 01/23/2024 - 12:08"). It credits the item, as an imprint does: it names no body acting in the text.
FEED_LINE = re.compile(r"^[^\n]{1,80}? - (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2}/\d{1,2}/\d{4} - \d{1,2}:\d{2}$")


def finished(text: str) -> bool:
    """Whether ``text`` ends a sentence: on a full stop, or on a closing quotation mark after one. A
    title ending on a quotation ("… pour combattre « l'escalade de la peur »") is no sentence.

    >>> finished("He said: “We act.”"), finished("Bachelet urges « inclusion »"), finished("It ended.")
    (True, False, True)
    """
    text = text.rstrip(" *")
    if text.endswith(("”", '"', "»")):
        return text[:-1].rstrip().endswith(tuple(".。!?！？…"))
    return text.endswith(TERMINAL)


def salutation(line: str, following: Line | None) -> bool:
    """Whether ``line``, alone between blank lines, is a speech's salutation ("Madam President,",
    "Monsieur le Président,", "秘书长，"): a few words ending on a comma, before a line that does not
    go on in lower case. It is a block of its own, as the bodies it names are addressed there.

    >>> salutation("人权理事会主席女士,", Line("各位部长,各位阁下,")), salutation("Madam President,", Line("I thank you."))
    (True, True)
    >>> salutation("In the view of the Council,", Line("which met in Geneva")), salutation("Recalling 5/1,", None)
    (False, False)
    """
    return following is not None and salutation_line(line, ",，") and not following.text.strip()[:1].islower()


def salutation_goes_on(parts: list[str], line: str) -> bool:
    """Whether ``line`` goes on a salutation set over several lines with no blank line between them ("Señor
    Presidente," + "Excelencias:", "主席先生,各位阁下," + "女士们、先生们:"): the open block is made of salutation lines,
    and the line is one too, ending on a comma or on the colon that closes the salutation.

    >>> salutation_goes_on(["主席先生,各位阁下,"], "女士们、先生们:"), salutation_goes_on(["Señor Presidente,"], "Excelencias:")
    (True, True)
    >>> salutation_goes_on(["Madam President,"], "I thank you for the floor."), salutation_goes_on(["Geneva"], "Excellencies:")
    (False, False)
    """
    return bool(parts) and all(salutation_line(part, ",，") for part in parts) and salutation_line(line, ",，:：")


# A letter's or message's salutation opens on a word of address: "Chers membres de la Communauté des droits de
# l'homme,", "Dear colleagues and friends,", "Queridas y queridos defensores,", "尊敬的各位代表,"
_ADDRESS = re.compile(
    r"^(?:Chers|Cher|Chères|Chère|Dear|Queridos|Querido|Queridas|Querida|Estimados|Estimado|Estimadas|Estimada"
    r"|Distinguished|Distingués|Distinguidos|亲爱的|尊敬的)(?=\s|[\u4e00-\u9fff])"
)


def addressed_salutation(line: str) -> bool:
    """A salutation on a word of address, however long the addressees it names: it is a block of its own, never a
    title or a sentence going on over a blank line.

    >>> addressed_salutation("Chers membres et amis de la Cour africaine des droits de l’homme et des peuples,")
    True
    >>> addressed_salutation("Dear Sir or Madam, the Committee met"), addressed_salutation("Cher 2021,")
    (False, False)
    """
    line = line.strip()
    return bool(_ADDRESS.match(line)) and salutation_line(line, ",，:：", words=16) and width(line) <= 160


def salutation_line(line: str, ends: str = ",，", words: int = 5) -> bool:
    """A few ``words`` ending on one of ``ends`` (a comma), as a salutation prints them: "Excellencies,", "各位阁下,"."""
    line = line.strip()
    return (
        line.endswith(tuple(ends))
        and width(line) <= 8 * words
        and len(line.split()) <= words
        and (line[:1].isupper() or re.match(rf"[{CJK}]", line) is not None)
        and not re.search(r"\d", line)
    )


_LETTERHEAD_NAMES = alternation(
    UNITED_NATIONS, GENERAL_ASSEMBLY, SECURITY_COUNCIL, ECONOMIC_AND_SOCIAL_COUNCIL, HUMAN_RIGHTS_COUNCIL, spaced=True
)
#: A UN document's letterhead printed on a line with its symbol ("Naciones Unidas A/AC.293/2022/L.1") or its
#: distribution ("Asamblea General Distr. limitada 12 de mayo de 2022"), perhaps after the number that ends
#: a symbol broken over the line before ("1 Asamblea General Distr. limitada"): the masthead, naming no body. The
#: symbol may be broken before its first slash ("United Nations A" over "/76/246"). (A symbol alone on its line is
#: text: it may be a document cited in a list; its own symbol a document never cites.) A text layer may run the whole
#: masthead together: "Nations Unies S/2021/519 Conseil de sécurité Distr. générale 1 er juin 2021".
LETTERHEAD_LINE = re.compile(
    rf"^(?:\d{{1,3}}\s+)?{_LETTERHEAD_NAMES}(?:\s+{_LETTERHEAD_NAMES})*\s+"
    rf"(?:{SYMBOL.pattern}(?:\s?[*∗†‡]{{1,3}})?\s+{_LETTERHEAD_NAMES}(?:\s+{_LETTERHEAD_NAMES})*\s+)?"
    rf"(?:(?:Distr\.|分\s*发)|(?:{SYMBOL.pattern}|{SPLIT_SYMBOL.pattern})\.?$)",
    re.I,
)
