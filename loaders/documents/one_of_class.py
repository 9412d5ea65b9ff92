"""A class's name printed in the singular where the registry holds the plural, as one body of the class.

"the first international human rights mechanism", "le principal organe de l'ONU", "the OHCHR Regional Office in Addis
Ababa" each name one body (which has no row), not the class.
"""

from __future__ import annotations

import re

from loaders.documents.described import as_one_body

__all__ = ["one_of_a_class"]


# Before a class's name in the singular, the words that make it one body of the class: "the first", "the only", "le
# principal", "el único" (an indefinite article does not: "un defensor de los derechos humanos" names the defenders)
_ONE_OF = re.compile(
    r"\b(?:principal|principale|premi(?:er|ère)|primer[oa]?|seule?|únic[oa]|the\s+(?:first|only|sole|main|principal))\s+$",
    re.IGNORECASE,
)


def one_of_a_class(text: str, start: int, end: int | None = None) -> bool:
    """Whether a class's name, printed in the singular where the registry holds the plural, is one body of the class by
    the words before it ("the first international human rights mechanism to address all countries", "le principal
    organe de l'ONU") or by its place after it ("the OHCHR Regional Office in Addis Ababa": one office, which has no
    row), or after "as a" (:mod:`loaders.documents.described`), not the class.

    >>> text = "It is the first international human rights mechanism"
    >>> one_of_a_class(text, text.index("international")), one_of_a_class("a mechanism", 2)
    (True, False)
    >>> text = "the OHCHR Regional Office in Addis Ababa"
    >>> one_of_a_class(text, 4, text.index(" in"))
    True
    """
    if _ONE_OF.search(text, max(0, start - 30), start) is not None or as_one_body(text, start, end):
        return True
    return (
        end is not None and _AN_OFFICE.search(text, start, end) is not None and _ITS_PLACE.match(text, end) is not None
    )


# A class of offices named in the singular ("OHCHR Regional Office", "human rights field presence"); a person of a
# class with a place ("a human rights defender in Guerrero") is still the class, as the annotations read it
_AN_OFFICE = re.compile(r"(?i:office|bureau|oficina|presence|présence|presencia)$")
# After a class's name in the singular, the place of the one body it names: "in Addis Ababa", "for West Africa", "pour
# l'Afrique de l'Ouest", "en México"
_ITS_PLACE = re.compile(r"\s+(?:in|at|for|pour|en|à|au|para)\s+(?:(?:the|la|le|el)\s+|l['’]\s*)?[A-ZÀ-Ý]")
