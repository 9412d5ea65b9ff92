"""A class named by its singular where one of its registered members follows as the example: "regional organization,
like the Council of Europe, are essential" names the class of regional organizations (and the Council of Europe, found
as every name is). Only then: the singular alone ("a regional organization") may be one body of the class, so it is no
mention of the class (:mod:`loaders.documents.one_of_class`).

``make`` builds a mention from (id, surface, start, end, lang), as :mod:`loaders.documents.lists` takes it.
"""

from __future__ import annotations

import re

from registry.keys import normalize
from registry.names import Resolver

__all__ = ["class_before_a_member"]

_CLASS = "regional-organizations"
# the class's name in the singular, then "like" or "such as" and the words of the example
_SINGULAR = re.compile(
    r"\b[Rr]egional\s+(?:intergovernmental\s+)?organi[sz]ation(?=,?\s+(?:like|such\s+as)\s+(?:the\s+)?([^,.;:()]+))"
)
_LONGEST = 8  # the most words of a registered organisation's name


def class_before_a_member(text: str, names: Resolver, make) -> list:
    """The class, where its singular name is followed by "like" or "such as" and one of its members' registered names
    (an organisation other than the UN, the registry's regional organisations)."""
    found = []
    for singular in _SINGULAR.finditer(text):
        words = singular.group(1).split()[:_LONGEST]
        if any(_member(" ".join(words[:size]), names) for size in range(len(words), 0, -1)):
            found.append(make(_CLASS, singular.group(0), singular.start(), singular.end(), "en"))
    return found


def _member(written: str, names: Resolver) -> bool:
    name = names.by_key.get(normalize(written))
    if not name or name.id not in names.organisations or name.id == "un":
        return False
    return name.lang is not None or name.surface == written  # an acronym as registered: "AU", not "Au"
