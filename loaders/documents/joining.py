"""Joining hard-wrapped lines back into running text.

A line break inside a paragraph becomes a space, except between two Chinese characters
(Chinese is written without spaces). A word hyphenated across a line break is healed when the
joined word is one the document uses elsewhere ("informa-" + "tion"); otherwise the hyphen
stays, as in "Inter-American" or "information-sharing".

>>> join(["The informa-", "tion was shared", "among the Inter-", "American bodies."], Counter({"information": 2}))
'The information was shared among the Inter-American bodies.'
>>> join(["国家人权", "机构", "and NGOs"])
'国家人权机构 and NGOs'
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.documents.lines import CJK

__all__ = ["join"]

_HYPHEN_BREAK = re.compile(r"([^\W\d_])-$")


def join(parts: list[str], words: Counter | None = None) -> str:
    """Lines joined into running text: no space between Chinese characters, hyphens healed
    where ``words`` (the document's word counts) knows the joined word."""
    text = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if not text:
            text = part
            continue
        if _HYPHEN_BREAK.search(text) and part[:1].isalpha():
            head = re.search(r"[^\W\d_]+-$", text).group(0)[:-1]
            tail = re.match(r"[^\W\d_]+", part).group(0)
            joined = (head + tail).casefold()
            if part[:1].islower() and words is not None and words[joined] > 0:
                text = text[:-1] + part  # "informa-\ntion"
            else:
                text = text + part  # "Inter-\nAmerican", "information-\nsharing"
        elif re.search(rf"[{CJK}]$", text) and re.match(rf"[{CJK}]", part):
            text += part
        else:
            text += " " + part
    text = re.sub(r"[ \t]{2,}", " ", text)
    return text.strip()
