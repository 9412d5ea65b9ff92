"""Another organisation's general assembly, named by the short name the registry gives the UN's: "la asamblea general
de la FIO" (the Ibero-American Federation of Ombudsmen, which has no row), "the General Assembly of the IOM". The
organisation's acronym written after it makes the assembly that organisation's: no mention of the UN's. Registered
organisations written after it are read in :mod:`loaders.documents.lookalikes`.
"""

from __future__ import annotations

import re

from loaders.documents.organs import GENERAL_ASSEMBLY, alternation

__all__ = ["another_organisations_assembly"]

# After the assembly's short name, "of"/"de" and an organisation's acronym in capitals ("de la FIO", "of the IOM")
_ITS_ORGANISATION = re.compile(
    r"\s+(?:de\s+la|de\s+las|de\s+los|del|de|of\s+the|of|de\s+l['’]\s*|du|des)\s+([A-Z][A-Z-]{1,9})\b(?![’']?\s*[a-z])"
)
# The UN's own acronyms, which keep the assembly the UN's
_UN_ACRONYMS = frozenset(["UN", "ONU", "NU", "UNO"])
_SHORT_NAMES = re.compile(alternation(GENERAL_ASSEMBLY.en, GENERAL_ASSEMBLY.fr, GENERAL_ASSEMBLY.es), re.IGNORECASE)


def another_organisations_assembly(text: str, mention) -> bool:
    """Whether the General Assembly's short name is followed by another organisation's acronym.

    >>> from types import SimpleNamespace as Hit
    >>> text = "durante la asamblea general de la FIO, que se celebró"
    >>> another_organisations_assembly(text, Hit(id="ga", start=11, end=27))
    True
    >>> another_organisations_assembly("la Asamblea General de la ONU", Hit(id="ga", start=3, end=19))
    False
    """
    if mention.id != "ga" or not _SHORT_NAMES.fullmatch(re.sub(r"\s+", " ", text[mention.start : mention.end])):
        return False
    owner = _ITS_ORGANISATION.match(text, mention.end)
    return bool(owner) and owner.group(1) not in _UN_ACRONYMS
