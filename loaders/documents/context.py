"""Short names that a document's subject makes a body's: an organ named without its organisation.

A body registered with its organisation's name after its own ("Committee of Ministers of the Council of Europe",
"Commissaire aux droits de l'homme du Conseil de l'Europe") is printed without it where the document is about that
organisation: the Commissioner's report "Presented to the Committee of Ministers and the Parliamentary Assembly", "Dunja
Mijatović, Commissaire aux droits de l'homme". The short name (the registered name less its link and its
organisation's name) names the body only where the document names the organisation, or one of its bodies, somewhere;
elsewhere it names nothing. The short name must be a proper name of its own: three words at least, capitalised, no
spelling of another body (so "the Commission", "the Court", "Secretariat" stay anaphora, tests/annotations/README.md,
rule 3), not inside a longer capitalised name ("Haut Commissaire aux droits de l'homme", "ECOWAS Committee of
Ministers") and not followed by another owner's name ("Committee of Ministers of the OAS").

>>> from registry.names import Resolver
>>> names = Resolver.from_seeds()
>>> short = short_names(names)
>>> short["committeeofministers"]
('coe-committee-of-ministers', 'coe', 'Committee of Ministers', 'en')
>>> "commission" in short
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from loaders.documents.lookalikes import another_organisations_organ
from registry.keys import normalize
from registry.names import Resolver

__all__ = [
    "short_names",
    "in_context",
    "context_of",
    "secretary_general_of_another",
    "another_secretary_general",
    "regional_counterparts",
    "un_bodies",
    "counterparts_here",
    "as_counterpart",
]

# The link between a body's own name and its organisation's: "of the", "du", "de la", "de l'", "des", "del"
_LINK = re.compile(r"^(.*\S)\s+(?:of\s+the|of|du|de\s+la|de\s+l['’]|des|de|del|de\s+las|de\s+los)\s*$")
# A capitalised word right before the short name, other than an article: part of a longer name
_LONGER_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|La|Le|Les|El|Los|Las|L)\b)[A-ZÀ-Ý][\w-]*[ \t]+$")
# Another owner's name after the short name: "Committee of Ministers of the OAS"
_ANOTHER_OWNER_AFTER = re.compile(r"\s+(?:of|de|du|des|del)\s+(?:(?:the|la|le|los|las|el)\s+|l['’]\s*)?[A-ZÀ-Ý]")


def short_names(names: Resolver) -> dict[str, tuple[str, str, str, str]]:
    """Normalised short name -> (body, organisation, short name, language) for every body registered as "<name> <link> <its organisation's
    name>", where the short name is a proper name of its own (see the module's rules)."""
    by_id: dict[str, list[str]] = {}
    for name in names.by_key.values():
        if not name.variant:
            by_id.setdefault(name.id, []).append(name.surface)
    found: dict[str, tuple[str, str, str, str]] = {}
    shared: set[str] = set()
    for name in names.by_key.values():
        if name.lang is None or name.variant or name.id in names.generic:
            continue
        for parent in names.parents.get(name.id, ()):
            if parent not in names.organisations or parent == "un":
                continue
            for own in by_id.get(parent, ()):
                if not name.surface.endswith(" " + own):
                    continue
                link = _LINK.match(name.surface[: -len(own)])
                short = link.group(1) if link else ""
                key = normalize(short)
                if len(short.split()) < 3 or not short[:1].isupper() or key in names.by_key:
                    continue
                if key in found and found[key][:2] != (name.id, parent):
                    shared.add(key)
                found[key] = (name.id, parent, short, name.lang)
    return {key: value for key, value in found.items() if key not in shared}


def context_of(names: Resolver, ids: Iterable[str]) -> frozenset[str]:
    """The bodies a document names and every body they are part of: the organisations the document is about."""
    found = set(ids)
    for identifier in list(found):
        found |= names.ancestors(identifier)
    return frozenset(found)


def in_context(text: str, start: int, end: int, organisation: str, context: frozenset[str]) -> bool:
    """Whether a short name at ``start``:``end`` names its body: the document names its ``organisation`` (``context``),
    and the short name is neither part of a longer name nor another owner's organ.

    >>> text = "Presented to the Committee of Ministers and the Parliamentary Assembly"
    >>> start = text.index("Committee")
    >>> in_context(text, start, start + 22, "coe", frozenset({"coe"})), in_context(text, start, start + 22, "coe", frozenset())
    (True, False)
    >>> text = "the ECOWAS Committee of Ministers met"
    >>> in_context(text, 11, 33, "coe", frozenset({"coe"}))
    False
    """
    return (
        organisation in context
        and _LONGER_NAME_BEFORE.search(text, max(0, start - 40), start) is None
        and _ANOTHER_OWNER_AFTER.match(text, end) is None
    )


# The UN's name inside a Secretary-General's title: "UN Secretary-General", "Secretario General de las Naciones Unidas"
_UN_IN_TITLE = re.compile(r"United Nations|\bUN\b|Nations Unies|\bONU\b|Naciones Unidas|联合国", re.IGNORECASE)


def secretary_general_of_another(text: str, mentions: list) -> frozenset[str]:
    """The UN's titles whose short form names another organisation's holder in this document (``mentions``, its hits in
    text order): the Secretary-General's where the first Secretary-General it names is another organisation's ("Le
    Secrétaire général de l'Organisation de la coopération islamique, M. …"), the High Commissioner's where the first
    High Commissioner it names is the refugees' ("re-elected Filippo Grandi as High Commissioner for Refugees"). Then the
    short title alone, later in the document ("Le Secrétaire général a également salué …", "the High Commissioner was
    agreeable"), is that holder too, not the UN's.

    >>> from types import SimpleNamespace as Hit
    >>> text = "The Secretary General of the OAS spoke."
    >>> found = [Hit(id="un-secretary-general", surface="Secretary General", start=4, end=21), Hit(id="oas", surface="OAS", start=29, end=32)]
    >>> sorted(secretary_general_of_another(text, found))
    ['un-secretary-general']
    >>> text = "re-elected him as High Commissioner for Refugees."
    >>> found = [Hit(id="high-commissioner", surface="High Commissioner", start=18, end=35)]
    >>> found.append(Hit(id="unhcr", surface="High Commissioner for Refugees", start=18, end=48))
    >>> sorted(secretary_general_of_another(text, found))
    ['high-commissioner']
    """
    titles = set()
    first = next((m for m in mentions if m.id == "un-secretary-general"), None)
    if first and not _UN_IN_TITLE.search(first.surface) and another_organisations_organ(text, first, mentions):
        titles.add("un-secretary-general")
    # the hits overlap ("High Commissioner" inside "High Commissioner for Refugees"): the first and longest
    commissioners = [m for m in mentions if m.id in ("high-commissioner", "unhcr") and _COMMISSIONER.search(m.surface)]
    if commissioners and min(commissioners, key=lambda m: (m.start, m.start - m.end)).id == "unhcr":
        titles.add("high-commissioner")
    return frozenset(titles)


def another_secretary_general(mention, paragraph: list, titles: frozenset[str] = frozenset()) -> bool:
    """Whether a mention of the UN's Secretary-General or High Commissioner by the short title alone is another
    organisation's, in a document whose first holder of that title is another organisation's
    (:func:`secretary_general_of_another`, ``titles``): unless the paragraph names the UN (or, for the High
    Commissioner, the human rights Office)."""
    titles = titles or frozenset()  # none found (False before a document is read)
    if mention.id == "high-commissioner":
        return (
            mention.id in titles
            and not _HUMAN_RIGHTS.search(mention.surface)
            and not any(m.id == "ohchr" for m in paragraph)
        )
    return (
        mention.id == "un-secretary-general"
        and mention.id in titles
        and not _UN_IN_TITLE.search(mention.surface)
        and not any(m.id == "un" for m in paragraph)
    )


# The High Commissioner's title in the four languages, and the human rights words that make it the UN's for human rights
_COMMISSIONER = re.compile(
    r"High\s+Commissioner|Haute?-?\s*Commissaire|Alt[oa]\s+Comisionad[oa]|高级专员|高級專員", re.I
)
_HUMAN_RIGHTS = re.compile(r"Human\s+Rights|droits\s+de\s+l|Derechos\s+Humanos|人权|人權", re.I)


# A regional mandate registered as a UN mandate's title and its region: "Special Rapporteur on Human Rights Defenders in
# Africa" (the ACHPR's) beside "Special Rapporteur on human rights defenders" (the UN's)
_IN_REGION = re.compile(r"^(.*\S)\s+in\s+(Africa|the\s+Americas|Europe|Asia)$")


def regional_counterparts(names: Resolver) -> dict[str, tuple[str, str, str]]:
    """UN mandate -> (its regional counterpart, the body the counterpart is part of, the region), for every regional
    body registered in English as "<a UN mandate's registered title> in <region>".

    >>> names = Resolver.from_seeds()
    >>> regional_counterparts(names)["sr-hrd"]
    ('achpr-sr-hrd', 'achpr', 'Africa')
    """
    found: dict[str, tuple[str, str, str]] = {}
    for name in names.by_key.values():
        region = _IN_REGION.match(name.surface) if name.lang == "en" and not name.variant else None
        if not region or name.system == "UN" or not names.parents.get(name.id):
            continue
        mandate = names.by_key.get(normalize(region.group(1)))
        if mandate and mandate.system == "UN" and mandate.id not in names.generic:
            found[mandate.id] = (name.id, names.parents[name.id][0], region.group(2))
    return found


def un_bodies(names: Resolver) -> frozenset[str]:
    """The UN and every UN body of the registry that is not a class."""
    return frozenset({"un"} | {n.id for n in names.by_key.values() if n.system == "UN" and n.id not in names.generic})


def counterparts_here(united: frozenset[str], counterparts: dict, ids: Iterable[str]) -> dict[str, str]:
    """UN mandate -> its regional counterpart, in a document that names the counterpart's body (the ACHPR) and no
    body of the UN's (``united``, :func:`un_bodies`) other than the mandates themselves: there the UN mandate's title
    without the UN's name is the regional mandate's ("Commissioner and Special Rapporteur on Human Rights Defenders",
    an ACHPR report). A UN document naming the ACHPR names the UN's bodies too, and keeps the UN's mandate."""
    named = set(ids)
    if named & (united - set(counterparts)):
        return {}
    return {mandate: body for mandate, (body, owner, _region) in counterparts.items() if owner in named}


def as_counterpart(text: str, mention, counterparts: dict, here: dict[str, str]):
    """``mention``, as its regional counterpart where the text writes the region after the UN mandate's title ("Special
    Rapporteur on the situation of Human Rights Defenders in Africa") or where the document is the regional body's
    (:func:`counterparts_here`) and the title is written without the UN's name.

    >>> from loaders.documents.mentions import Mention
    >>> text = "the Special Rapporteur on the situation of Human Rights Defenders in Africa"
    >>> hit = Mention("sr-hrd", text[4:65], 4, 65, "en")
    >>> found = as_counterpart(text, hit, {"sr-hrd": ("achpr-sr-hrd", "achpr", "Africa")}, {})
    >>> found.id, found.surface
    ('achpr-sr-hrd', 'Special Rapporteur on the situation of Human Rights Defenders in Africa')
    """
    if mention.id not in counterparts:
        return mention
    body, _owner, region = counterparts[mention.id]
    after = re.compile(r"\s+in\s+" + region.replace(" ", r"\s+") + r"\b").match(text, mention.end)
    if after:
        return replace(mention, id=body, surface=text[mention.start : after.end()], end=after.end())
    if mention.id in here and not _UN_IN_TITLE.search(mention.surface):
        return replace(mention, id=here[mention.id])
    return mention
