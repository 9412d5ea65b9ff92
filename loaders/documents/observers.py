"""观察员: the observers of a body, beside its members, or people sent to observe.

Chinese writes "observers" of the Human Rights Council and of other bodies (the States and organisations that take part
without a seat) and the observers a body sends to an election with one word, 观察员. The class of observers is meant
where the sentence sets them beside the body's members ("除……成员国外,观察员也会积极参加", "所有成员和观察员",
"不再是理事会成员,并自动成为该理事会观察员"); a sentence about election observers names no members ("不派观察员监督
选举"), and "以观察员身份出席" says one State's status.

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

__all__ = ["observers_of_no_body"]

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
