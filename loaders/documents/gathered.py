"""An organisation's acronym before a noun that names what it gathers or houses, not the organisation acting: "ASEAN
countries" (the countries it gathers, as "ASEAN Member States" and the Chinese "东盟国家" are read by
:func:`loaders.documents.qualifiers.adjectival_acronym`), "the ASEAN Building" (the building that houses it, a place).
"""

from __future__ import annotations

import re

__all__ = ["its_countries_or_building"]

# After the acronym: its countries (no determiner needed: "of ASEAN countries’ shared interest", "all ASEAN countries")
# or a building named after it
_GATHERED = re.compile(r"[ \t]\n?(?:countries|Building)\b")


def its_countries_or_building(text: str, mention) -> bool:
    """Whether an organisation's acronym in capitals qualifies "countries" or "Building" written right after it.

    >>> from types import SimpleNamespace as Hit
    >>> def check(text, name):
    ...     start = text.index(name)
    ...     return its_countries_or_building(text, Hit(id="asean", start=start, end=start + len(name)))
    >>> check("matters of ASEAN countries’ shared interest", "ASEAN"), check("at the ASEAN Building in Jakarta", "ASEAN")
    (True, True)
    >>> check("the ASEAN countered", "ASEAN"), check("Association of Southeast Asian Nations countries", "Nations")
    (False, False)
    """
    surface = text[mention.start : mention.end]
    return len(surface) >= 2 and surface.isupper() and bool(_GATHERED.match(text, mention.end))
