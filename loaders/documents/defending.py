"""Spanish "defensoras de derechos humanos" as an adjective: the organisations that defend rights, not defenders.

The registry holds "defensoras de derechos humanos" as the defenders' name ("las defensoras de derechos
humanos": women defenders). Right after a noun of organisations, the same words are its adjective:
"organizaciones defensoras de derechos humanos", "ONG defensoras de los derechos humanos", "colectivos defensores
de derechos humanos" are organisations (the annotation rules count no class that the text does not name), and
"personas y organizaciones defensoras de derechos humanos" names the organisations only.

>>> from loaders.documents.mentions import Mention
>>> text = "ataques a organizaciones defensoras de derechos humanos"
>>> start = text.index("defensoras")
>>> qualifies_an_organisation(text, Mention("hrds", text[start:], start, len(text), "es"))
True

Nor is the feminine half of a doublet the defenders' name: "los defensores y las defensoras de derechos humanos" splits
the name with "y las defensoras", and the annotation rules count no name split so (the fifth and eighth samples'
convention): the words after "y" are no mention.

>>> text = "los defensores y las defensoras de derechos humanos"
>>> start = text.index("defensoras")
>>> half_of_a_doublet(text, Mention("hrds", text[start:], start, len(text), "es"))
True
"""

from __future__ import annotations

import re

__all__ = ["qualifies_an_organisation", "half_of_a_doublet"]

_DEFENDING = re.compile(r"defensor(?:as|es)\b")  # lower case: "Defensoras de Derechos Humanos" may be a title
_ORGANISATIONS_BEFORE = re.compile(
    r"\b(?:organizaciones|entidades|instituciones|asociaciones|fundaciones|ONG|ONGs|colectivos|movimientos|"
    r"plataformas|redes)\s+$"
)


def qualifies_an_organisation(text: str, mention) -> bool:
    """Whether a Spanish name that opens with "defensoras"/"defensores" follows a noun of organisations it
    qualifies: "organizaciones defensoras de derechos humanos"."""
    return bool(
        mention.lang == "es"
        and _DEFENDING.match(mention.surface)
        and _ORGANISATIONS_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    )


# The masculine plural of a Spanish noun for people and "y (las)" before its feminine: "defensores y (las) defensoras"
_FEMININE = re.compile(r"([^\W\d_]+)as\b")
_MASCULINE_AND = re.compile(r"([^\W\d_]+)(?:es|os)\s+y\s+(?:las\s+)?$")


def half_of_a_doublet(text: str, mention) -> bool:
    """Whether a Spanish name opening with a feminine noun for people ("defensoras …") is the second half of a doublet
    with its masculine ("defensores y defensoras de los derechos humanos")."""
    feminine = _FEMININE.match(mention.surface)
    masculine = _MASCULINE_AND.search(text, max(0, mention.start - 40), mention.start)
    return bool(
        mention.lang == "es"
        and feminine
        and masculine
        and masculine.group(1).casefold() == feminine.group(1).casefold()
    )
