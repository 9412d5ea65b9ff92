"""A registered name written in other capitals than the registry's, which makes it words and no name.

"UN Human Rights" is OHCHR; "UN human rights system" is not: inside a name the UN's acronym is no adjective, and the
words around it may be in lower case ("el alto comisionado de la ONU para los …"). "the Commission on human rights
issues" is a phrase, not the Commission on Human Rights (a sentence or a heading may open on the name in the UN's
style: "Universal periodic review").

>>> from registry.names import Name
>>> ohchr = Name("ohchr", "OHCHR", "UN Human Rights", "en")
>>> other_capitals("the UN human rights system", 4, "UN human rights", ohchr), other_capitals("", 0, "UN Human Rights", ohchr)
(True, False)
"""

from __future__ import annotations

import re
import unicodedata

from registry.names import Name

__all__ = ["other_capitals"]

_UN_WORD = re.compile(r"(?:the\s+|la\s+|el\s+)?(?<![\w-])(?:UN|ONU)(?![\w])")
_MID_SENTENCE = re.compile(r"[a-z,;]\s+$")  # a lower-case word or a comma before: not a sentence's first word


def other_capitals(text: str, first: int, surface: str, name: Name) -> bool:
    """Whether ``surface``, written at ``first`` in ``text``, is ``name``'s words in other capitals: no mention."""
    if name.lang is not None and _UN_WORD.match(name.surface) and not _same_capitals(surface, name.surface):
        return True
    return bool(
        name.lang == "en" and _lower_after_the_first(surface, name.surface) and _MID_SENTENCE.search(text, 0, first)
    )


def _same_capitals(written: str, registered: str) -> bool:
    """Whether the words capitalised in ``registered`` are capitalised in ``written`` too."""
    written_words = re.findall(r"[^\W\d_]+", written)
    registered_words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFKC", registered))
    if len(written_words) != len(registered_words):
        return True  # a word broken across a line: no word-by-word comparison
    return all(w[:1].isupper() for w, r in zip(written_words, registered_words, strict=True) if r[:1].isupper())


def _lower_after_the_first(written: str, registered: str) -> bool:
    """Whether a name the registry capitalises word by word (three capitals at least) is written with its first word
    alone capitalised: "Commission on human rights" is a phrase, "Commission on Human Rights" the body."""
    written_words = re.findall(r"[^\W\d_]+", written)
    registered_words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFKC", registered))
    capitals = [i for i, word in enumerate(registered_words) if word[:1].isupper()]
    if len(written_words) != len(registered_words) or len(capitals) < 3 or not written_words[0][:1].isupper():
        return False
    return all(written_words[i][:1].islower() for i in capitals[1:])
