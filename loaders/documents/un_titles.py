"""The UN's name inside a document's title ("Charter of the United Nations", "UN Declaration on Human Rights
Defenders", "UN Web TV"), or the UN as the place where something happens ("At the United Nations, the treaty
bodies…"): no mention of the organisation acting (:mod:`loaders.documents.qualifiers` reads the UN's other
adjectival uses).
"""

from __future__ import annotations

import re

__all__ = ["in_a_title_or_place"]


# The kinds of document whose titles hold the UN's name: "Charter of the United Nations",
# "United Nations Declaration on Human Rights Defenders", "UN Web TV".
_TITLE_WORDS = r"(?:Charter|Declarations?|Conventions?|Covenants?|Principles|Guiding|Rules|Standard|Protocols?|Treaty|Web|Photo|News)"
_TITLE_BEFORE = re.compile(rf"\b{_TITLE_WORDS}\s+of\s+the\s+$")
_TITLE_AFTER = re.compile(rf"^(?:\s*\((?:UN|ONU)\))?\s+{_TITLE_WORDS}\b")
# "At the United Nations, the treaty bodies…", "minorities at the UN, privacy…": a place, not an actor
_PLACE_BEFORE = re.compile(r"\b[Aa]t\s+the\s+$")


def in_a_title_or_place(text: str, mention) -> bool:
    """The UN's name inside a document's title, or the UN as the place where something happens.

    >>> from loaders.documents.mentions import Mention
    >>> def check(text, surface):
    ...     start = text.index(surface)
    ...     return in_a_title_or_place(text, Mention("un", surface, start, start + len(surface), None))
    >>> check("the Charter of the United Nations", "United Nations"), check("the UN Declaration on X", "UN")
    (True, True)
    >>> check("At the United Nations, the bodies met.", "United Nations"), check("The United Nations said", "United Nations")
    (True, False)
    """
    surface = re.sub(r"\s+", " ", text[mention.start : mention.end])
    if surface not in ("UN", "U.N.", "United Nations"):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    if _TITLE_BEFORE.search(before) or _TITLE_AFTER.match(text[mention.end : mention.end + 40]):
        return True
    return bool(_PLACE_BEFORE.search(before)) and re.match(r"\s*(?:[,.;]|$)", text[mention.end :]) is not None
