"""Acronyms a document defines: "le Conseil national des droits de l'Homme (CNDH)" makes the document's later "CNDH"
name that body, where the acronym is no registered spelling (the same acronym is other countries' institutions': it
is read only in the document that ties it to its body). A class's name is no definition ("institutions nationales
(INDH)" stays the class's own spellings), nor an acronym a document defines for two bodies.

``make`` builds a mention from (id, surface, start, end, lang), as :mod:`loaders.documents.lists` takes it.

>>> from types import SimpleNamespace as Hit
>>> text = "Le Conseil national des droits de l'Homme (CNDH) a été élu. Un communiqué du CNDH"
>>> defined = defined_acronyms(text, [Hit(id="nhri-mar", start=3, end=41)], frozenset(), {})
>>> defined
{'CNDH': 'nhri-mar'}
>>> [(m.surface, m.start) for m in defined_hits(text, defined, lambda *a: Hit(surface=a[1], start=a[2]))]
[('CNDH', 43), ('CNDH', 77)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from registry.keys import normalize

__all__ = ["defined_acronyms", "defined_hits"]

# An acronym in brackets right after a name: "(CNDH)", "( ENNHRI )"
_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,6})[ \t]*\)")


def defined_acronyms(
    text: str, named: Iterable, classes: frozenset[str], registered: dict, find=None
) -> dict[str, str]:
    """{acronym: id} for each unregistered acronym ``text`` prints in brackets right after a body's name (not a
    class's), where the document gives it to one body only. ``named`` are the registered spellings' hits; ``find``,
    when given, reads the name's line as the mention finder does, so a hit it drops (a country's own commission, a
    qualifying "United Nations") defines nothing."""
    found: dict[str, set[str]] = {}
    for mention in named:
        after = _IN_BRACKETS.match(text, mention.end)
        if not after or mention.id in classes or normalize(after.group(1)) in registered:
            continue
        if find is not None:
            start = max(text.rfind("\n", 0, mention.start) + 1, mention.start - 300)
            line = text[start : after.end()]
            if not any(m.id == mention.id and start + m.end == mention.end for m in find(line)):
                continue
        found.setdefault(after.group(1), set()).add(mention.id)
    return {acronym: ids.pop() for acronym, ids in found.items() if len(ids) == 1}


def defined_hits(text: str, defined: dict[str, str], make) -> list:
    """A mention for each place ``text`` prints one of the document's defined acronyms, with its case."""
    return [
        make(identifier, acronym, hit.start(), hit.end(), None)
        for acronym, identifier in defined.items()
        for hit in re.finditer(rf"(?<![\w/-]){re.escape(acronym)}(?![\w/-])", text)
    ]
