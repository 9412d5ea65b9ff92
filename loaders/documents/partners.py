"""Two organisations named in full and joined by a hyphen are partners, each named: "coordination Union
africaine-Nations Unies", "the First African Union-United Nations Periodic Coordination Meeting" (as their acronyms are:
"UN-AU cooperation", "la coopération UA-ONU"), not one compound word.

>>> from registry.names import Resolver
>>> names = Resolver.from_seeds()
>>> text = "coordination Union africaine-Nations Unies"
>>> organisation_after(text, text.index("-") + 1, names), organisation_before(text, text.index("-"), names)
(True, True)
>>> organisation_after("les États-Unis", 11, names)
False
"""

from __future__ import annotations

import re
from itertools import islice

from registry.keys import normalize
from registry.names import Resolver

__all__ = ["organisation_after", "organisation_before"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_WORDS = 6  # the longest organisation's name looked for, in words


def _an_organisation(written: str, names: Resolver) -> bool:
    """Whether ``written`` is an organisation's registered name in words (an acronym is left to the acronyms' rule)."""
    found = names.by_key.get(normalize(written))
    return bool(found and found.lang is not None and found.id in names.organisations)


def organisation_after(text: str, start: int, names: Resolver) -> bool:
    """Whether an organisation's name in words starts ``text`` at ``start``."""
    ends = [word.end() for word in islice(_WORD.finditer(text, start), _WORDS)]
    if not ends or not text[start : start + 1].isalpha():
        return False
    return any(_an_organisation(text[start:end], names) for end in ends)


def organisation_before(text: str, end: int, names: Resolver) -> bool:
    """Whether an organisation's name in words ends ``text`` at ``end``."""
    before = text[max(0, end - 80) : end]
    starts = [word.start() for word in _WORD.finditer(before)][-_WORDS:]
    if not starts or not before[-1:].isalpha():
        return False
    return any(_an_organisation(before[start:], names) for start in starts)
