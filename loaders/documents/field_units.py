"""An organisation's acronym before a field unit written in lower case with its place: "the OSCE mission in Kosovo",
"the OSCE office in Yerevan", "the EU delegation to Ukraine". The unit has no row and its name spells out its parent,
so the parent is named (tests/annotations/README.md, rule 1; the samples count the OSCE for "the OSCE Mission to
Moldova"), as it is where the unit's name is capitalised; the acronym does not qualify the word after it as in "the
OSCE region" (:func:`loaders.documents.qualifiers.adjectival_acronym`). The mention is read over the unit's word.
"""

from __future__ import annotations

import re

from registry.names import Resolver

__all__ = ["with_field_units"]

# After the acronym: the unit's word, then "in"/"to" and its place, capitalised
_A_UNIT_AND_ITS_PLACE = re.compile(r"[ \t]\n?(mission|office|presence|delegation|cent(?:re|er))\s+(?:in|to)\s+[A-Z]")


def with_field_units(text: str, mentions: list, names: Resolver, mention_type) -> list:
    """``mentions`` with each organisation's acronym before a field unit and its place read over the unit's word.

    >>> from types import SimpleNamespace as Hit
    >>> from registry.names import Resolver
    >>> text = "the Head of the OSCE mission in Kosovo"
    >>> start = text.index("OSCE")
    >>> found = with_field_units(text, [Hit(id="osce", surface="OSCE", start=start, end=start + 4, lang=None)],
    ...     Resolver.from_seeds(), lambda *fields: fields)
    >>> found[0][1]
    'OSCE mission'
    """
    result = []
    for mention in mentions:
        unit = _A_UNIT_AND_ITS_PLACE.match(text, mention.end)
        if unit and mention.id in names.organisations and mention.surface.isupper():
            end = unit.end(1)
            mention = mention_type(
                mention.id, re.sub(r"\s+", " ", text[mention.start : end]), mention.start, end, mention.lang
            )
        result.append(mention)
    return result
