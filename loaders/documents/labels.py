"""A class's name that a text puts in quotation marks as a label on someone: "某国自诩为“人权捍卫者”" (a State styles
itself a "human rights defender"), "所谓“人权捍卫者”" (so-called). The quoted words are what one actor claims to
be or is called, a figure of speech: no mention of the class.

>>> from types import SimpleNamespace as Hit
>>> def check(text):
...     start = text.index("人权捍卫者")
...     return a_label(text, Hit(id="hrds", start=start, end=start + 5, lang="zh"))
>>> check("某国自诩为“人权捍卫者”,然而"), check("所谓的“人权捍卫者”"), check("保护“人权捍卫者”的工作")
(True, True, False)
"""

from __future__ import annotations

import re

__all__ = ["a_label"]

# Before the opening quotation mark: "styles itself", "calls itself", "so-called"
_A_CLAIM_BEFORE = re.compile(r"(?:自诩为?|自称为?|自封为?|标榜为?|所谓的?)[“「\"]$")
_CLOSING = re.compile(r"[”」\"]")


def a_label(text: str, mention) -> bool:
    """Whether a Chinese class name is the whole of a quotation that the text puts on someone as a label."""
    if mention.lang != "zh":
        return False
    return bool(
        _A_CLAIM_BEFORE.search(text, max(0, mention.start - 5), mention.start) and _CLOSING.match(text, mention.end)
    )
