"""A short acronym printed between two numbers is the word of a range, no body: "DU 2 AU 6 DECEMBRE 2024" (French
"from the 2nd to the 6th", a session's dates set in capitals), "DU 1ER AU 5 JUILLET". Case tells nothing there, and
no organisation's acronym stands between a day and a day.

>>> from types import SimpleNamespace as Hit
>>> text = "DU 2 AU 6 DECEMBRE 2024"
>>> a_ranges_word(text, Hit(start=5, end=7, surface="AU", lang=None))
True
>>> a_ranges_word("THE AU 6 MEMBERS", Hit(start=4, end=6, surface="AU", lang=None))
False
"""

from __future__ import annotations

import re

__all__ = ["a_ranges_word"]

# a number, with a French or English ordinal's ending ("1ER", "1st"), right before; a number right after
_NUMBER_BEFORE = re.compile(r"\d(?:ER|er|RE|re|E|e|ST|st|ND|nd|RD|rd|TH|th)?\s+$")
_NUMBER_AFTER = re.compile(r"\s+\d")


def a_ranges_word(text: str, mention) -> bool:
    """Whether an acronym of two or three capitals stands between two numbers, as the word of a range does."""
    return (
        mention.lang is None
        and len(mention.surface) <= 3
        and _NUMBER_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
        and _NUMBER_AFTER.match(text, mention.end) is not None
    )
