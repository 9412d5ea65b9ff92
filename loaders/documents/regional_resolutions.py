"""A resolution numbered as the UN's are, by two figures and two ("74/21"), that is another body's.

The Inter-American Commission on Human Rights numbers the resolutions by which it grants, extends or lifts
precautionary measures by number and year: "Resolución 18/19" over "MC 1286-18 … Venezuela" (its list of precautionary
measures, oas.org), "Resolução No. 51/23 MC 308-23" (its Portuguese list), "la CIDH a adopté la résolution 74/21, dans
laquelle elle accorde des mesures conservatoires" (its French release 240/21). A number that the sentence says the
Commission adopted, or that precautionary measures stand next to in the sentence, is none of the UN's: no citation.
The IACHR's names are those its releases print, in English, French, Spanish and Portuguese.

>>> regional_resolution("Le 4 septembre 2021, la CIDH a adopté la résolution 74/21, dans laquelle", 37, 54)
True
>>> regional_resolution("Resolución 18/19 MC 1286-18 - Inírida Ramos, Venezuela", 0, 16)
True
>>> regional_resolution("The IACHR welcomed Human Rights Council resolution 47/21 on Haiti.", 40, 56)
False
>>> regional_resolution("The Council adopted resolution 74/21.", 20, 36)
False
>>> regional_resolution("la CIDH saluda la resolución 47/21 del Consejo de Derechos Humanos", 18, 34)
False
"""

from __future__ import annotations

import re

from loaders.documents.organs import COMMISSION_ON_HUMAN_RIGHTS, UNITED_NATIONS, alternation

__all__ = ["regional_resolution"]

# The Inter-American Commission's names, as its releases print them
_COMMISSION = re.compile(
    r"\b(?:IACHR|CIDH|Inter-American\s+Commission|Commission\s+interaméricaine|Comisión\s+Interamericana"
    r"|Comissão\s+Interamericana)\b",
    re.I,
)
# A UN organ or the UN named just before the resolution's word or with it: the resolution is the UN's. Any council or
# assembly is one (the Human Rights Council, the General Assembly, the Security Council, named in full or not, in the
# four languages and in Portuguese), so is the Commission on Human Rights (``organs``); the UN by its names there, by
# its short names and in Portuguese.
_UN_BETWEEN = re.compile(
    rf"{alternation(UNITED_NATIONS.en, UNITED_NATIONS.fr, UNITED_NATIONS.es, COMMISSION_ON_HUMAN_RIGHTS)}"
    r"|Council|Conseil|Consejo|Conselho|Assembly|Assemblée|Asamblea|Assembleia|\bONU\b|\bUN\b|Nações\s+Unidas",
    re.I,
)
# Precautionary measures named in the sentence, or a precautionary measure's own number: "MC 1286-18", "PM 807-21"
_MEASURES = re.compile(
    r"precautionary\s+measures?|mesures?\s+conservatoires?|medidas?\s+cautelar(?:es)?"
    r"|\b(?:MC|PM)[ -]?\d{1,4}[-/]\d{2}\b",
    re.I,
)
# The Commission's adopting or issuing the resolution: "adopted", "a adopté", "adoptó", "adotou", "approved",
# "aprobó", "issued", "emitió"
_ADOPTED = re.compile(r"\b(?:adopt|adopté|adoptó|adotou|approv|aprob|issued|emiti[óu]|émis)", re.I)
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
#: How far, in characters, the sentence is read on either side of the number
_REACH = 120


def regional_resolution(text: str, begins: int, end: int) -> bool:
    """Whether the resolution cited from ``begins`` (its word) to ``end`` (its number's end) is the Inter-American
    Commission's: no UN organ named with it, and the sentence says the Commission adopted it (its name a few words
    before the resolution's word, with the verb), names it in the citation ("Resolución CIDH 74/21"), or names
    precautionary measures next to it."""
    before = text[max(0, begins - _REACH) : begins]
    before = before[ends[-1].end() :] if (ends := list(_SENTENCE_END.finditer(before))) else before
    after = text[end : end + _REACH]
    after = after[: cut.start()] if (cut := _SENTENCE_END.search(after)) else after
    if _UN_BETWEEN.search(before[-40:] + text[begins:end] + after[:40]):
        return False  # a UN organ named with it: "the IACHR welcomed Human Rights Council resolution 47/21"
    named = list(_COMMISSION.finditer(before + text[begins:end]))
    gap = (before + text[begins:end])[named[-1].end() :] if named else ""
    if named and len(gap.split()) <= 7 and (_ADOPTED.search(gap) or _COMMISSION.search(text, begins, end)):
        return True
    return bool(_MEASURES.search(before) or _MEASURES.search(after))
