"""An organisation's acronym after a French or Spanish noun of area is the area's name, no mention of it.

"dans la région de l'OSCE", "l'espace de l'OSCE", "en la región de la OSCE" are French and Spanish for "the OSCE
region", which qualifies the region (:func:`loaders.documents.qualifiers.adjectival_acronym`): the samples read it as
geographic (tests/annotations/sample8, sample18). The organisation acting in the same sentence is named elsewhere.

>>> from types import SimpleNamespace as Hit
>>> text = "la situation dans la région de l'OSCE et la Présidence de l'OSCE"
>>> an_areas_name(text, Hit(start=text.index("OSCE"), end=text.index("OSCE") + 4))
True
>>> an_areas_name(text, Hit(start=text.rindex("OSCE"), end=text.rindex("OSCE") + 4))
False
>>> an_areas_name("en toda la región de la OSCE", Hit(start=24, end=28))
True
"""

from __future__ import annotations

import re

__all__ = ["an_areas_name"]

# A noun of area and the link before an organisation's acronym: "la région de l'", "l'espace de l'", "la región de la"
_AREA_OF = re.compile(
    r"\b(?:[Rr]égions?|[Ee]space|[Zz]one|[Rr]egi[óo]n|[ÁáAa]rea|[Ee]spacio)\s+(?:de\s+l['’]\s*|de\s+la\s+|del\s+)$"
)


def an_areas_name(text: str, mention) -> bool:
    """Whether an organisation's acronym (printed in capitals) is the complement of a French or Spanish noun of area."""
    surface = text[mention.start : mention.end]
    return surface.isupper() and _AREA_OF.search(text, max(0, mention.start - 30), mention.start) is not None
