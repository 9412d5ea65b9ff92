"""A UN body's proper English name written all in lower case, its words apart, after a word that qualifies it: "the
General Assembly's principal human rights committee", "a parliamentary human rights committee". An adjective before a
name in lower case makes it a phrase of ordinary words (a committee on human rights): no mention. After a determiner
or a preposition alone ("the human rights council met") the name stays the body's, as some press writes it. Names
written with hyphens instead of spaces (a web address's "human-rights-council") are left to the steps that read them.
"""

from __future__ import annotations

import re

__all__ = ["a_phrase_in_lower_case"]

# The UN bodies whose English names are also ordinary phrases
_PHRASE_NAMES = frozenset({"hrc", "ccpr", "ga", "commission-on-human-rights"})
_WORDS_APART = re.compile(r"[a-z]+(?:\s+[a-z]+)+")
# A word in lower case right before the name, not a determiner, a preposition or a conjunction
_QUALIFIER_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$")
_LINK_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "as",
        "into",
    ]
)


def a_phrase_in_lower_case(text: str, mention) -> bool:
    """Whether the English name of the Council, the Committee, the General Assembly or the former Commission is written
    all in lower case, its words apart, after a word that qualifies it.

    >>> from types import SimpleNamespace as Hit
    >>> text = "its principal human rights committee"
    >>> a_phrase_in_lower_case(text, Hit(id="ccpr", surface="human rights committee", lang="en", start=14))
    True
    >>> a_phrase_in_lower_case("the human rights committee", Hit(id="ccpr", surface="human rights committee", lang="en", start=4))
    False
    """
    if mention.id not in _PHRASE_NAMES or mention.lang != "en" or not _WORDS_APART.fullmatch(mention.surface):
        return False
    before = _QUALIFIER_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return before is not None and before.group(1) not in _LINK_WORDS
