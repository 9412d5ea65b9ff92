"""An organisation's acronym after a French or Spanish noun of area is the area's name, no mention of it.

"dans la région de l'OSCE", "l'espace de l'OSCE", "en la región de la OSCE" are French and Spanish for "the OSCE
region", which qualifies the region (:func:`loaders.documents.qualifiers.adjectival_acronym`): the samples read it as
geographic (tests/annotations/sample8, sample18). The organisation acting in the same sentence is named elsewhere.
So are its member or participating States in French ("les Etats membres de l'OSCE", "les États participants de
l'OSCE"), as "OSCE participating States" is read (tests/annotations/sample18, sample19), and its commitments ("les
engagements de l'OSCE", "los compromisos de la OSCE"), as "OSCE commitments" is (sample11). So is one of the OSCE's dimensions of commitments written with "of the" ("The Human Dimension of the OSCE", "the
politico-military dimension of the OSCE"), as "the OSCE human dimension" is; the complement of a noun before it
("the meetings of the Human Dimension of the OSCE") keeps the organisation as their owner.

>>> from types import SimpleNamespace as Hit
>>> text = "la situation dans la région de l'OSCE et la Présidence de l'OSCE"
>>> an_areas_name(text, Hit(start=text.index("OSCE"), end=text.index("OSCE") + 4))
True
>>> an_areas_name(text, Hit(start=text.rindex("OSCE"), end=text.rindex("OSCE") + 4))
False
>>> an_areas_name("en toda la región de la OSCE", Hit(start=24, end=28))
True
>>> an_areas_name("entre les Etats membres de l'OSCE et", Hit(start=29, end=33))
True
>>> an_areas_name("avec les engagements de l’OSCE, les", Hit(start=26, end=30))
True
>>> an_areas_name("The Human Dimension of the OSCE: Reviving", Hit(start=27, end=31))
True
>>> text = "the meetings of the Human Dimension of the OSCE"
>>> an_areas_name(text, Hit(start=text.index("OSCE"), end=text.index("OSCE") + 4))
False
"""

from __future__ import annotations

import re

__all__ = ["an_areas_name"]

# A noun of area and the link before an organisation's acronym: "la région de l'", "l'espace de l'", "la región de la"
_AREA_OF = re.compile(
    r"\b(?:[Rr]égions?|[Ee]space|[Zz]one|[Rr]egi[óo]n|[ÁáAa]rea|[Ee]spacio)\s+(?:de\s+l['’]\s*|de\s+la\s+|del\s+)$"
)

# The States that are an organisation's members or participants, in French: "les Etats membres de l'", "les États
# participants de l'"
_STATES_OF = re.compile(r"\b(?:[EÉ]tats|[EÉ]TATS)\s+(?:[Mm]embres|[Pp]articipants)\s+de\s+l['’]\s*$")
# Its commitments, in French and Spanish: "les engagements de l'", "los compromisos de la"
_COMMITMENTS_OF = re.compile(r"\b(?:[Ee]ngagements\s+de\s+l['’]\s*|[Cc]ompromisos\s+de\s+la\s+)$")
# One of the OSCE's three dimensions of commitments before "of the", not itself the complement of a noun ("of the")
_DIMENSION_OF = re.compile(
    r"(?<![Oo]f\sthe\s)\b(?:[Hh]uman|[Pp]olitico-[Mm]ilitary|[Ee]conomic\s+and\s+[Ee]nvironmental)\s+"
    r"[Dd]imension\s+of\s+the\s+$"
)

# The same dimension written after the acronym ("the OSCE Human Dimension commitments"), as "the OSCE human dimension"
# is; where it opens a capitalised name ("the OSCE Human Dimension Committee", "the OSCE Human Dimension Implementation
# Meeting"), that organ or meeting is the organisation's own, which names it
_DIMENSION_AFTER = re.compile(
    r"\s+(?:[Hh]uman|[Pp]olitico-[Mm]ilitary|[Ee]conomic\s+and\s+[Ee]nvironmental)\s+[Dd]imension\b(?!\s+[A-Z])"
)


def an_areas_name(text: str, mention) -> bool:
    """Whether an organisation's acronym (printed in capitals) is the complement of a French or Spanish noun of area, or
    of one of its dimensions of commitments in English."""
    surface = text[mention.start : mention.end]
    if not surface.isupper():
        return False
    if _DIMENSION_AFTER.match(text, mention.end):
        return True  # "the OSCE Human Dimension commitments": the dimension, not the organisation acting
    return any(
        area.search(text, max(0, mention.start - 60), mention.start)
        for area in (_AREA_OF, _STATES_OF, _COMMITMENTS_OF, _DIMENSION_OF)
    )
