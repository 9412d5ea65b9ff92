"""Joining hard-wrapped lines back into running text.

A line break inside a paragraph becomes a space, except between two Chinese characters
(Chinese is written without spaces). A word hyphenated across a line break is healed when the
joined word is one the document uses elsewhere ("informa-" + "tion") or a word of a registered
name ("Comisi-" + "onado"); otherwise the hyphen stays, as in "Inter-American" or
"information-sharing". A word broken without a hyphen ("Comisi" + "onado") is joined only when
neither piece is a word of its own and the joined word is a word of a registered name.

>>> join(["The informa-", "tion was shared", "among the Inter-", "American bodies."], Counter({"information": 2}))
'The information was shared among the Inter-American bodies.'
>>> join(["国家人权", "机构", "and NGOs"])
'国家人权机构 and NGOs'
>>> join(["la Oficina del Alto Comisi", "onado y el Alto Comisi-", "onado"], Counter())
'la Oficina del Alto Comisionado y el Alto Comisionado'
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from loaders.documents.lines import CJK
from registry.names import Resolver

__all__ = ["join", "name_words"]

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
            if part[:1].islower() and words is not None and (words[joined] > 0 or joined in name_words()):
                text = text[:-1] + part  # "informa-\ntion"
            else:
                text = text + part  # "Inter-\nAmerican", "information-\nsharing"
        elif words is not None and _broken_word(text, part, words):
            text += part  # "Comisi\nonado"
        elif re.search(rf"[{CJK}]$", text) and re.match(rf"[{CJK}]", part):
            text += part
        else:
            text += " " + part
    text = re.sub(r"[ \t]{2,}", " ", text)
    return text.strip()


def _broken_word(text: str, part: str, words: Counter) -> bool:
    """Whether the last word of ``text`` and the first of ``part`` are one word broken without a hyphen."""
    head, tail = re.search(r"[^\W\d_]+$", text), re.match(r"[^\W\d_]+", part)
    if not head or not tail or not part[:1].islower():
        return False
    known = name_words()
    pieces = (head.group(0).casefold(), tail.group(0).casefold())
    return (pieces[0] + pieces[1]) in known and not any(p in known or words[p] > 1 for p in pieces)


@cache
def name_words() -> frozenset[str]:
    """Every word (case-folded, three letters or more) of the registry's spellings."""
    return frozenset(
        word.casefold()
        for name in Resolver.from_seeds().by_key.values()
        for word in re.findall(r"[^\W\d_]{3,}", name.surface)
    )
