"""Observers of another kind than the observer States: 观察员 with no body's members beside it, "107 observers".

Chinese writes "observers" of the Human Rights Council and of other bodies (the States and organisations that take part
without a seat) and the observers a body sends to an election with one word, 观察员. The class of observers is meant
where the sentence sets them beside the body's members ("除……成员国外,观察员也会积极参加", "所有成员和观察员",
"不再是理事会成员,并自动成为该理事会观察员"); a sentence about election observers names no members ("不派观察员监督
选举"), and "以观察员身份出席" says one State's status. In English, observers counted or named after a body or a task
("107 observers", "SCA observers", "election observers") are people, not the observer States; "Member States and
observers" are the class.

>>> from types import SimpleNamespace as Hit
>>> def check(text):
...     start = text.index("观察员")
...     return observers_of_no_body(text, Hit(id="observer-states", start=start, end=start + 3))
>>> check("会议向全体成员和观察员开放。"), check("该组织将派观察员监督大选。")
(False, True)
>>> check("该国以观察员身份出席了会议,成员国欢迎。")
True
"""

from __future__ import annotations

import re

__all__ = ["of_another_kind", "observers_of_no_body", "other_observers"]

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_A_STATUS_AFTER = re.compile(r"身份|地位")  # "以观察员身份": a status, not the class


def observers_of_no_body(text: str, mention) -> bool:
    """Whether 观察员 (the class's short Chinese word) names no body's observers: its sentence names no members, or the
    word says a status."""
    if mention.id != "observer-states" or text[mention.start : mention.end] != "观察员":
        return False
    if _A_STATUS_AFTER.match(text, mention.end):
        return True
    ends = [found.end() for found in _SENTENCE_END.finditer(text, 0, mention.start)]
    start = ends[-1] if ends else 0
    after = _SENTENCE_END.search(text, mention.end)
    return "成员" not in text[start : after.start() if after else len(text)]


# Before "observers", a word that makes them another kind's: a count ("107 observers"), a body's acronym ("SCA
# observers"), a noun or an adjective ("election observers", "independent observers"); after "and", a comma or a
# determiner they are the observers of a UN meeting ("Member States and observers"), the class
_OBSERVERS_OF_A_KIND = re.compile(
    r"(?:\b\d[\d,.]*|(?<![\w-])[A-Z]{2,}|\b(?!(?i:and|or|the|of|as|for|to|with|by|from|all|its|their|other|our)\b)[A-Za-z][a-z]+)"
    r"\s+$"
)


def other_observers(text: str, mention) -> bool:
    """Whether "observers" are people of another kind than the observer States: "107 observers", "SCA observers".

    >>> from types import SimpleNamespace as Hit
    >>> other_observers("107 observers attended", Hit(id="observer-states", start=4, end=13))
    True
    >>> other_observers("Member States and observers", Hit(id="observer-states", start=18, end=27))
    False
    """
    return (
        mention.id == "observer-states"
        and text[mention.start : mention.end].casefold() == "observers"
        and _OBSERVERS_OF_A_KIND.search(text, max(0, mention.start - 30), mention.start) is not None
    )


def of_another_kind(text: str, mention) -> bool:
    """Whether a hit of the observer class names observers of another kind, in Chinese or in English."""
    return observers_of_no_body(text, mention) or other_observers(text, mention)
