"""An organisation's own General Assembly or Secretary General, named with the organisation's acronym right before the
organ's ("the GANHRI General Assembly", "NANHRI's General Assembly", "the OIC Secretary-General"). Such an
organ has no row of its own and is not the UN's: no mention of the UN's organ (the organisation, named, is counted).
The UN's own ("the UN General Assembly", "the United Nations Secretary-General") stays the UN's, and a full name before
the organ's is left alone (a UN masthead prints "Human Rights Council" and "General Assembly" one after the other).
"""

from __future__ import annotations

import re

__all__ = ["its_own_organ"]

# The UN organs whose short names other organisations' organs bear too
_SHARED_NAMES = frozenset({"ga", "un-secretary-general"})
# An organisation's acronym, as printed: "GANHRI", "OIC"
_ACRONYM = re.compile(r"[A-Z]{2,10}")
# Between the organisation's name and the organ's: a space, or the possessive ("GANHRI's General Assembly")
_RIGHT_BEFORE = re.compile(r"(?:['’]s)?\s+")


def its_own_organ(text: str, mention, chosen: list) -> bool:
    """Whether the General Assembly's or Secretary-General's short name follows another organisation's acronym, found
    in ``chosen``, with only a space or a possessive between.

    >>> from loaders.documents.mentions import MentionFinder
    >>> from registry.names import Resolver
    >>> finder = MentionFinder(Resolver.from_seeds())
    >>> [m.id for m in finder.find("the GANHRI General Assembly and the UN General Assembly")]
    ['ganhri', 'ga']
    """
    if mention.id not in _SHARED_NAMES:
        return False
    return any(
        other.id != "un"
        and _ACRONYM.fullmatch(other.surface)
        and other.end <= mention.start
        and _RIGHT_BEFORE.fullmatch(text, other.end, mention.start)
        for other in chosen
    )
