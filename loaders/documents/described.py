"""A class of bodies named in the singular after "as a" ("AICHR's evolution as a regional human rights mechanism",
"its role as an independent institution"): the words describe one body, the one the sentence is about, not the class
(tests/annotations/sample17/en, aichr-self-assessment). People of a class are not so read: "works as a human rights
defender" still names the defenders.
"""

from __future__ import annotations

import re

__all__ = ["as_one_body"]

_AS_A = re.compile(r"\b(?:as\s+an?|en\s+tant\s+que|comme)\s+$", re.IGNORECASE)
# The class's head noun, a kind of body, not of person: last in English, first in French and Spanish
_A_BODY_LAST = re.compile(r"(?i:mechanism|body|institution|organ)$")
_A_BODY_FIRST = re.compile(r"(?i:mécanisme|organe|institution|mecanismo|órgano|institución)\b")


def as_one_body(text: str, start: int, end: int | None) -> bool:
    """Whether a class of bodies named in the singular between ``start`` and ``end`` follows "as a".

    >>> text = "its evolution as a regional human rights mechanism"
    >>> as_one_body(text, text.index("regional"), len(text))
    True
    >>> text = "son rôle en tant que mécanisme régional"
    >>> as_one_body(text, text.index("mécanisme"), len(text))
    True
    >>> text = "She works as a human rights defender"
    >>> as_one_body(text, text.index("human"), len(text))
    False
    """
    return (
        end is not None
        and (_A_BODY_LAST.search(text, start, end) is not None or _A_BODY_FIRST.match(text, start, end) is not None)
        and _AS_A.search(text, max(0, start - 20), start) is not None
    )
