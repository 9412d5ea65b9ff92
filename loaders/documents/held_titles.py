"""A post of a body written with another of that body's registered names: "President of the United Nations Human
Rights Council", where "President of the Human Rights Council" is registered. The post is registered as its head, a
link and its body's name ("President" "of the" "Human Rights Council"); written with any other registered name of
the same body in the same language, or with its acronym ("President of the HRC"), it is the same post, and the
longest name wins (tests/annotations/README.md): the mention is the post's holder, not the body. English also puts
the head after the body's name or acronym ("HRC President"). Only heads registered so, next to a name of the body
the post is part of; a head inside a longer word ("Vice-President of the …") is another post. The UN's own parts
are left to the rules on the UN's name after a noun (:mod:`loaders.documents.postposed`), where it is often
adjectival.

>>> from registry.names import Resolver
>>> names = Resolver.from_seeds()
>>> text = "I speak as President of the United Nations Human Rights Council"
>>> post_before(names, text, text.index("United"), "hrc", "en")
('hrc-president', 11)
>>> text = "I speak as Vice-President of the United Nations Human Rights Council"
>>> post_before(names, text, text.index("United"), "hrc", "en")
"""

from __future__ import annotations

import re
import weakref
from itertools import islice

from registry.keys import normalize
from registry.names import Resolver

__all__ = ["posts_written_with_another_name"]

_LINK = re.compile(r"\s+(?:of\s+the|of|du|de\s+la|de\s+l['’]\s*|des|de|del|de\s+los|de\s+las)\s+$", re.IGNORECASE)
_WORDS_BEFORE = 4  # the longest head looked for, in words
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _posts(names: Resolver) -> dict[tuple[str, str, str], str]:
    """(body id, language, the head's key) -> the post's id, for each post registered as head, link and body's name."""
    if names not in _CACHE:
        spellings: dict[str, list] = {}
        for name in names.by_key.values():
            if name.lang and name.lang != "zh":
                spellings.setdefault(name.id, []).append(name)
        found: dict[tuple[str, str, str], str] = {}
        for post, written in spellings.items():
            for body in names.parents.get(post, ()):
                for name in written:
                    for own in spellings.get(body, ()):
                        if own.lang != name.lang or not name.surface.casefold().endswith(own.surface.casefold()):
                            continue
                        link = _LINK.search(name.surface[: len(name.surface) - len(own.surface)])
                        if link and link.start() > 0 and body != "un":
                            head = normalize(name.surface[: link.start()])
                            found[(body, name.lang, head)] = found[(body, None, head)] = post
        _CACHE[names] = found
    return _CACHE[names]


def post_before(names: Resolver, text: str, start: int, body: str, lang: str | None) -> tuple[str, int] | None:
    """The post and its head's start, where a registered head and a link are written before ``body``'s name at
    ``start``."""
    link = _LINK.search(text, max(0, start - 12), start)
    if not link or link.end() != start:
        return None
    posts = _posts(names)
    words = [word.start() for word in re.finditer(r"[^\W\d_]+", text[max(0, link.start() - 60) : link.start()])]
    offset = max(0, link.start() - 60)
    for first in words[-_WORDS_BEFORE:]:
        head = offset + first
        if head > 0 and (text[head - 1].isalnum() or text[head - 1] in "-‑"):
            continue
        post = posts.get((body, lang, normalize(text[head : link.start()])))
        if post:
            return post, head
    return None


def post_after(names: Resolver, text: str, end: int, body: str, lang: str | None) -> tuple[str, int] | None:
    """The post and its head's end, where an English registered head, capitalised, is written after ``body``'s name
    or acronym ending at ``end``: "HRC President", "Human Rights Council President"."""
    if lang not in (None, "en"):
        return None
    posts = _posts(names)
    words = [word.end() for word in islice(_HEAD_WORD.finditer(text, end), _WORDS_BEFORE)]
    for last in words:
        head = text[end:last].strip()
        if re.fullmatch(r"[ \t]+(?:[A-Z][\w-]*[ \t]+)*[A-Z][\w-]*", text[end:last]) and not _IN_A_WORD.match(
            text, last
        ):
            post = posts.get((body, "en", normalize(head)))
            if post:
                return post, last
    return None


def posts_written_with_another_name(text: str, mentions: list, names: Resolver, mention_type) -> list:
    """``mentions`` with each body's name after a registered post's head, or before it in English ("HRC
    President"), read as the post's holder."""
    result = []
    for mention in mentions:
        found = post_before(names, text, mention.start, mention.id, mention.lang)
        after = None if found else post_after(names, text, mention.end, mention.id, mention.lang)
        if found and not any(m.start <= found[1] < m.end for m in result):
            result.append(mention_type(found[0], text[found[1] : mention.end], found[1], mention.end, mention.lang))
        elif after:
            result.append(mention_type(after[0], text[mention.start : after[1]], mention.start, after[1], mention.lang))
        else:
            result.append(mention)
    return result


_HEAD_WORD = re.compile(r"[ \t]+[^\W\d_][\w-]*")
_IN_A_WORD = re.compile(r"[\w-]")
