"""An organisation written right before one of its own bodies, which it qualifies: the longest name wins and the
organisation is no mention apart (tests/annotations/README.md, rule 1).

Two ways of writing it: an acronym before another ("OSCE ODIHR", "OSCE RFoM"), and the organisation's possessive
before the body's registered name ("the Council of Europe’s Committee for the Prevention of Torture …", "OSCE’s Office
for Democratic Institutions and Human Rights", "The United Nations’ Secretary General"). Whether the body is the
organisation's own is the caller's to say (the registry's ``part_of``).
"""

from __future__ import annotations

import re
from typing import Protocol

__all__ = ["written_before"]

# an acronym before another: "OSCE ODIHR", "OSCE RFoM"
_ACRONYMS = re.compile(r"[A-Z]{2,}[ ][A-Z][A-Za-z]*[A-Z][A-Za-z]*")
# the organisation's possessive, then the body's name: "Council of Europe’s Committee …", "United Nations’ Secretary …"
_POSSESSIVE = re.compile(r"[’']s?[ \t]+")


class _Span(Protocol):
    start: int
    end: int


def written_before(text: str, owner: _Span, body: _Span) -> bool:
    """Whether ``owner``'s name is written right before ``body``'s, as an acronym or in the possessive."""
    return bool(_ACRONYMS.fullmatch(text, owner.start, body.end) or _POSSESSIVE.fullmatch(text, owner.end, body.start))
