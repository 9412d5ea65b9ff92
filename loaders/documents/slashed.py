"""Two acronyms joined by a slash, as a joint project or office is named: "le projet FSI/HCDH", "an OHCHR/UNDP
programme". Each is an acronym standing alone, unlike the parts of a document symbol, which has a part of one letter
or with a digit ("A/HRC/55/5", "CCPR/C/GC/37", "ACHPR/Res.123"), or more than two parts.

An organisation's acronym before one of its own bodies' is that body's owner, not a partner ("OSCE/BIDDH" is the
ODIHR): it is left to the longest name.

>>> from registry.names import Resolver
>>> names = Resolver.from_seeds()
>>> text = "De l'avis du chef du projet FSI/HCDH, Achille"
>>> start = text.index("HCDH")
>>> two_acronyms(text, start, start + 4, names), two_acronyms("voir A/HRC/55", 7, 10, names)
(True, False)
>>> two_acronyms("OSCE/BIDDH", 0, 4, names)
False

A photo credit prints the photographer's name, the source and the agency between slashes: "Violaine Martin/UN
Geneva/dpa". The source is named there as in "Photo: UN Geneva" (tests/annotations/README.md: a photo credit that
names a body names it).

>>> text = "Michelle Bachelet. - Violaine Martin/UN Geneva/dpa - Archivo"
>>> start = text.index("UN")
>>> in_a_photo_credit(text, start, start + 2), in_a_photo_credit("A/HRC/55/5", 2, 5)
(True, False)
"""

from __future__ import annotations

import re

from registry.keys import normalize

__all__ = ["two_acronyms", "in_a_photo_credit"]

_TOKEN_EDGE = re.compile(r"[\s(\[«“\"]")
_PAIR = re.compile(r"[A-Z][A-Za-z]{0,8}[A-Z]/[A-Z][A-Za-z]{0,8}[A-Z]")


def two_acronyms(text: str, first: int, last: int, names) -> bool:
    """Whether the acronym at ``first``..``last`` is one of two acronyms joined by a slash and standing alone."""
    start = first
    while start > 0 and not _TOKEN_EDGE.match(text[start - 1]):
        start -= 1
        if first - start > 12:
            return False
    end = last
    while end < len(text) and not _TOKEN_EDGE.match(text[end]) and text[end] not in ',.;:)]»”"':
        end += 1
        if end - last > 12:
            return False
    if _PAIR.fullmatch(text, start, end) is None:
        return False
    ids = [names.by_key[key].id for key in map(normalize, text[start:end].split("/")) if key in names.by_key]
    return not (len(ids) == 2 and (ids[0] in names.ancestors(ids[1]) or ids[1] in names.ancestors(ids[0])))


# A photographer's name (two capitalised words at least) and a slash before the source, and after it the rest of the
# source's name, then a slash, a dash or the line's end: "Violaine Martin/UN Geneva/dpa - Archivo"
_PHOTOGRAPHER = re.compile(r"(?<![\w/])[A-ZÀ-Ý][\w'’.-]+(?:[ \t]+[A-ZÀ-Ý][\w'’.-]+)+/$")
_REST_OF_SOURCE = re.compile(r"(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){0,2}[ \t]*(?:/|[-–][ \t]|$)", re.MULTILINE)


def in_a_photo_credit(text: str, first: int, last: int) -> bool:
    """Whether the name at ``first``..``last`` is the source of a photo credit, after the photographer's name and a
    slash."""
    line_start = text.rfind("\n", 0, first) + 1
    return (
        _PHOTOGRAPHER.search(text, max(line_start, first - 60), first) is not None
        and _REST_OF_SOURCE.match(text, last) is not None
    )
