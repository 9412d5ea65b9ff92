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
"""

from __future__ import annotations

import re

__all__ = ["qualifies_an_organisation"]

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
