"""An acronym that spells an English word is that word among words set in capitals: "HUMAN RIGHTS DEFENDERS WHO ARE
AT RISK", "PEOPLE WHO USE DRUGS" (the pronoun, not the World Health Organization). A capital word joined to it by one
space, before or after, makes a run of words in capitals; a list of acronyms ("OHCHR , UNHCR , WHO"), a name before it
("Director-General of WHO") or a word in lower case after it ("WHO said") leaves it the acronym.

>>> from types import SimpleNamespace as Hit
>>> text = "PEOPLE WHO USE DRUGS"
>>> an_english_word(text, Hit(start=7, end=10, surface="WHO", lang=None))
True
>>> text = "Press Conferences | IFRC , OHCHR , UNHCR , WHO"
>>> an_english_word(text, Hit(start=43, end=46, surface="WHO", lang=None))
False
"""

from __future__ import annotations

import re

__all__ = ["an_english_word"]

# registered acronyms that spell a common English word
_WORDS = frozenset(["WHO"])
_CAPITALS_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,}[ \t]$")
_CAPITALS_AFTER = re.compile(r"[ \t][A-Z]{2,}(?![\w-])")


def an_english_word(text: str, mention) -> bool:
    """Whether an acronym that spells an English word stands in a run of words in capitals, one space apart."""
    return (
        mention.lang is None
        and mention.surface in _WORDS
        and (
            _CAPITALS_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
            or _CAPITALS_AFTER.match(text, mention.end) is not None
        )
    )
