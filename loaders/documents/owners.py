"""Workplan owners: who an "Implementation:" line makes responsible for an item, and how that
compares with the curated workplan.

Both functions are pure: ``stated_owners`` reads one line with the mention finder;
``compare_owners`` takes the curated owners as plain data (the write step reads them from the
graph) and returns the differences and the owners to propose as candidates. The caller says
the differences in words (``report.owner_lines``).

>>> finder = MentionFinder(resolver)
>>> line = "focal points all RHRMs, in particular ACHPR, IACHR and focal points OHCHR NIRMS, SPB"
>>> for owner, role in stated_owners(line, finder).items():
...     print(owner, role)
rhrms collective
achpr in_particular
iachr in_particular
ohchr-nirms named
ohchr-spb named
>>> differences, proposals = compare_owners(
...     "a-hrc-23-18-en",
...     [("annex II, short-term 1", "focal point OHCHR NIRMS and ACHPR", {"ohchr-nirms": "named", "achpr": "named"})],
...     {"annex II, short-term 1": ("wp2012-short-1", ["ohchr-nirms", "iachr"])})
>>> [(d.locator, d.item, d.missing, d.extra) for d in differences]
[('annex II, short-term 1', 'wp2012-short-1', ('achpr',), ('iachr',))]
>>> [(p.kind, p.detail, p.bodies, p.item) for p in proposals]
[('workplan_owner', 'named', ('achpr',), 'wp2012-short-1')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from loaders.documents.candidates import WORKPLAN_OWNER, Candidate, candidate_id, quote
from loaders.documents.mentions import Mention, MentionFinder

__all__ = ["stated_owners", "OwnerDifference", "compare_owners"]

_PARTICULAR = re.compile(r"in particular|notamment|特别是", re.I)
_EXCEPT = re.compile(r"\bexcept\b|\bsauf\b|除", re.I)
_PARTICULAR_END = re.compile(r"\band (?:focal points|OHCHR)|\bet (?:les )?coordonnateurs")
_ALL = re.compile(r"\ball\b|tous|所有", re.I)
_GENERIC = ("focal-points", "focal-points-network")  # "focal points" of every body: no owner


def stated_owners(implementation: str, finder: MentionFinder) -> dict[str, str]:
    """Owner id -> role, as an "Implementation:" line states them.

    "focal points all RHRMs, in particular ACHPR, IACHR and focal points OHCHR NIRMS, SPB" gives
    rhrms: collective, achpr and iachr: in_particular, ohchr-nirms and ohchr-spb: named.
    "all RHRMs except the AfHPR" leaves the AfHPR out.
    """
    found = finder.find(implementation)
    owners = _roles(implementation, found)
    _units_of_ohchr(implementation, found, owners, finder)
    for generic in _GENERIC:
        owners.pop(generic, None)
    return owners


def _roles(implementation: str, found: list[Mention]) -> dict[str, str]:
    """Each body named: in particular (inside the "in particular" clause), collective ("all …"),
    or named; those named right after "except" are no owners."""
    owners: dict[str, str] = {}
    particular = _PARTICULAR.search(implementation)
    except_ = _EXCEPT.search(implementation)
    clause_end = _PARTICULAR_END.search(implementation[particular.end() :]) if particular else None
    for mention in found:
        if except_ and mention.start > except_.start() and mention.start - except_.end() < 20:
            continue
        if (
            particular
            and mention.start > particular.start()
            and (clause_end is None or mention.start < particular.end() + clause_end.start())
        ):
            role = "in_particular"
        elif _ALL.search(implementation[max(0, mention.start - 12) : mention.start]):
            role = "collective"
        else:
            role = "named"
        owners.setdefault(mention.id, role)
    return owners


def _units_of_ohchr(implementation: str, found: list[Mention], owners: dict[str, str], finder: MentionFinder) -> None:
    """ "OHCHR NIRMS, SPB, UPR" names units of OHCHR: the UPR there is its UPR Section, and
    OHCHR itself is not an owner when a unit follows it directly."""
    for mention in found:
        if mention.id.startswith("ohchr") or "OHCHR" not in implementation[: mention.start]:
            continue
        for form in (
            f"OHCHR {mention.surface}",
            f"{mention.surface} Section",
            f"{mention.surface} Branch",
            f"{mention.surface} Division",
        ):
            unit = finder.names.resolve(form).id
            if unit and unit.startswith("ohchr-") and mention.id in owners:
                owners[unit] = owners.pop(mention.id)
                break
    for mention in found:
        if mention.id == "ohchr":
            following = next((m for m in found if m.start > mention.start), None)
            if following and following.id.startswith("ohchr-") and following.start - mention.end <= 16:
                owners.pop("ohchr", None)


@dataclass(frozen=True)
class OwnerDifference:
    """Where the owners a document states for an item differ from the curated ones."""

    locator: str
    item: str | None  # the curated item; None when no curated item has this locator
    stated: tuple[str, ...]  # every owner stated, sorted
    missing: tuple[str, ...] = ()  # stated but not curated
    extra: tuple[str, ...] = ()  # curated but not stated


def compare_owners(
    document: str, items: Iterable[tuple[str, str, Mapping[str, str]]], curated: Mapping[str, tuple[str, Iterable[str]]]
) -> tuple[list[OwnerDifference], list[Candidate]]:
    """Compare the ``items`` of ``document`` (locator, implementation text, stated owner -> role)
    with ``curated`` (locator -> (item id, owner ids)). Returns the differences, and a candidate
    for every owner stated but not curated."""
    differences, proposals = [], []
    for locator, implementation, owners in items:
        if locator not in curated:
            differences.append(OwnerDifference(locator, None, tuple(sorted(owners))))
            continue
        item, held = curated[locator][0], set(curated[locator][1])
        missing, extra = tuple(sorted(set(owners) - held)), tuple(sorted(held - set(owners)))
        if missing or extra:
            differences.append(OwnerDifference(locator, item, tuple(sorted(owners)), missing, extra))
        for owner in missing:
            proposals.append(
                Candidate(
                    id=candidate_id(document, locator, WORKPLAN_OWNER, owners[owner], (owner,)),
                    kind=WORKPLAN_OWNER,
                    detail=owners[owner],
                    bodies=(owner,),
                    locator=locator,
                    quote=quote(f"Implementation: {implementation}"),
                    cue="Implementation:",
                    item=item,
                )
            )
    return differences, proposals
