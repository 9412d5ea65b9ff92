"""A body named by its organisation and a possessive: "the OSCE and its field operations", "l'OSCE et ses opérations
de terrain", "la OSCE y sus operaciones sobre el terreno". The words after the possessive, joined to the
organisation's name as its registered names join them ("OSCE field operations", "opérations de terrain de l'OSCE"),
name that body of the organisation exactly; the organisation stays named too (tests/annotations/sample19, eeas-osce:
"the OSCE and its field operations" is osce and osce-field-missions).
"""

from __future__ import annotations

import re

from registry.names import Resolver

__all__ = ["bodies_after_its"]

# The organisation, "and", a possessive, then up to five words of the body's name
_ITS = re.compile(r"\s+(?:and\s+its|et\s+(?:ses|son|sa)|y\s+(?:sus|su))\s+((?:[^\W\d_][\w’'-]*\s+){0,4}[^\W\d_][\w-]*)")


def bodies_after_its(text: str, mentions: list, names: Resolver, mention_type) -> list:
    """``mentions`` (in text order) with the body each organisation's possessive names after it.

    ``mention_type`` builds a new mention (id, surface, start, end, lang).
    """
    added = []
    for mention in mentions:
        if mention.id not in names.organisations:
            continue
        its = _ITS.match(text, mention.end)
        if not its:
            continue
        words = its.group(1).split()
        for size in range(len(words), 0, -1):
            named = " ".join(words[:size])
            body = _body_of(names, mention.surface, named, mention.id)
            if body:
                start = its.start(1)
                end = start + len(re.match(r"\s*" + r"\s+".join(map(re.escape, words[:size])), text[start:]).group(0))
                if not any(m.start < end and start < m.end for m in mentions):
                    added.append(mention_type(body, text[start:end], start, end, mention.lang))
                break
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _body_of(names: Resolver, organisation: str, named: str, owner: str) -> str | None:
    """The body of ``owner`` whose registered name is ``named`` joined to the organisation's name as written."""
    for joined in (
        f"{organisation} {named}",
        f"{named} of the {organisation}",
        *(f"{named} {de}{organisation}" for de in ("de l'", "de la ")),
    ):
        match = names.resolve(joined)
        if match.id and match.reason == "exact" and owner in names.ancestors(match.id):
            return match.id
    return None
