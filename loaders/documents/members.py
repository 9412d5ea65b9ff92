"""National institutions named by their countries: "the NHRIs of Malaysia and Morocco", "les INDH du Maroc et de la
Tunisie" name each country's institution, not the class of national human rights institutions. The member with a row
in the registry (its "NHRI of <country>" is a registered spelling) is a mention, printed from the class's name to the
country's, so the class inside it is none. Where no country's institution has a row ("the NHRIs of Burundi and India")
the class stays a mention, as the samples read it.

``make`` builds a mention from (id, surface, start, end, lang), as :mod:`loaders.documents.lists` takes it.

>>> [country for _, country, _ in countries_listed("the NHRIs of Malaysia and Morocco delivered statements", 13)]
['Malaysia', 'Morocco']
"""

from __future__ import annotations

import re

from loaders.documents.countries import countries, country_after, country_name
from loaders.documents.exemplified import class_before_a_member
from registry.names import Resolver

__all__ = ["countries_listed", "members_listed"]

# The class of national human rights institutions in the plural, then the link to a country, in English and French:
# "NHRIs of", "national human rights institutions from", "les INDH du", "les institutions nationales des droits de
# l'homme de la"
_PLURAL_CLASS = re.compile(
    r"\b(?:NHRIs|[Nn]ational\s+[Hh]uman\s+[Rr]ights\s+[Ii]nstitutions|INDH"
    r"|[Ii]nstitutions\s+nationales\s+des\s+droits\s+de\s+l['’]\s*[Hh]omme)"
    r"\s+(?:of|from|in|du|de\s+la|de\s+l['’]\s*|des|de|d['’]\s*)\s*"
)
# The articles and the link a country's name may take in a list: "the Philippines", "de la Tunisie", "du Maroc"
_LINK = re.compile(r"(?:(?:the|de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?")
# Between two countries of the list: "Malaysia and Morocco", "Kenya, Uganda and Rwanda", "du Maroc et de la Tunisie"
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:(?:and|et|y)\s+)?|\s+(?:and|et|y)\s+)")
_NATIONAL_CLASS = "nhris"  # the class whose members are each a country's institution


def countries_listed(text: str, at: int) -> list[tuple[int, str, str]]:
    """(start, name as printed, ISO code) of each country of the list that starts at ``at``; empty where none does."""
    listed = []
    while True:
        link = _LINK.match(text, at)
        start = link.end() if link else at
        words = re.match(r"[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,4}", text[start:])
        if not words or not country_after(text, start):
            break
        tokens = words.group(0).split()
        printed = next(
            (" ".join(tokens[:size]) for size in range(1, len(tokens) + 1) if countries(" ".join(tokens[:size]))), None
        )
        if printed is None or not text.startswith(printed, start):
            break
        listed.append((start, printed, countries(printed)[0]))
        separator = _SEPARATOR.match(text, start + len(printed))
        if not separator:
            break
        at = separator.end()
    return listed


def members_listed(text: str, names: Resolver, make) -> list:
    """The institutions with a row among those that a plural class name before a list of countries names: "the NHRIs
    of Malaysia and Morocco" is Morocco's (its "NHRI of Morocco" is a registered spelling), Malaysia's has no row. Each
    runs from the class's name to the country's, so the class's name is no mention of its own. And a class named by its
    singular before one of its members as the example (:mod:`loaders.documents.exemplified`)."""
    found = []
    for plural in _PLURAL_CLASS.finditer(text):
        for start, printed, code in countries_listed(text, plural.end()):
            match = names.resolve(f"NHRI of {country_name(code)}")
            if match.id and _NATIONAL_CLASS in names.ancestors(match.id):
                surface = text[plural.start() : start + len(printed)]
                found.append(make(match.id, surface, plural.start(), start + len(printed), None))
    return found + class_before_a_member(text, names, make)
