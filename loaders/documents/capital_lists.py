"""A list after a shared head, written in capitals as agenda items and headings print it: "COOPÉRATION ENTRE
L'ORGANISATION DES NATIONS UNIES ET LES ORGANISATIONS RÉGIONALES ET SOUS-RÉGIONALES" names the subregional
organisations too, as the same words in lower case do (:func:`loaders.documents.lists.shared_heads_first`). The run of
capitals is read in lower case, where it keeps its length and so its offsets.

>>> from registry.names import Resolver
>>> from loaders.documents.mentions import Mention
>>> text = "COOPÉRATION ENTRE L'ONU ET LES ORGANISATIONS RÉGIONALES ET SOUS-RÉGIONALES"
>>> [(m.id, m.surface) for m in in_capitals(text, Resolver.from_seeds(), Mention)]
[('regional-organizations', 'ORGANISATIONS … RÉGIONALES'), ('subregional-organizations', 'ORGANISATIONS … SOUS-RÉGIONALES')]
"""

from __future__ import annotations

import re

from loaders.documents.lists import shared_heads_first
from registry.names import Resolver

__all__ = ["in_capitals"]

# A run of words with no lower-case letter, long enough to hold a head and a list of two
_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ][^a-zà-öø-ÿ\n]{16,}")


def in_capitals(text: str, names: Resolver, mention_type) -> list:
    """The bodies a list in capitals names by sharing its head, as printed."""
    found = []
    for run in _CAPITALS.finditer(text):
        printed = run.group(0)
        lowered = printed.lower()
        if len(lowered) != len(printed):
            continue
        for mention in shared_heads_first(lowered, names, mention_type):
            start, end = run.start() + mention.start, run.start() + mention.end
            found.append(mention_type(mention.id, mention.surface.upper(), start, end, mention.lang))
    return found
