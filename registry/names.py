"""Name resolution: any name, acronym or spelling of a body, in en, fr, zh or es, to its id.

Matching is exact on a normalised form, never fuzzy, so look-alikes stay apart (the Human
Rights Council and the Human Rights Committee differ by one word, and both are registered).
Normalising (:mod:`registry.keys`) ignores case, accents, apostrophe and dash styles, hyphens (so a word broken
across a line, "Inter-\\nAmerican", still matches), extra spaces, a leading article, and the
spaces that hard-wrapping puts into Chinese text, and traditional Chinese characters (read as the
simplified ones the registry holds: "聯合國" is "联合国"). A name that is no registered spelling as
written goes through the named steps of :mod:`registry.forms` ("Name (ACRONYM)", possessives,
a "United Nations" before or after, a generic word after, singular and plural of classes,
Chinese title forms); the step that found it is the match's ``reason``. Unknown names get the
nearest candidates.

>>> names = Resolver.from_seeds()
>>> names.resolve("Comisión").id is None, names.resolve("la Cour interaméricaine des droits de l'homme").id
(True, 'iacthr')
>>> match = names.resolve("OHCHR’s")
>>> match.id, match.matched, match.reason
('ohchr', 'OHCHR', 'possessive')
>>> [reading.id for reading in names.resolve("ACHPR (IACHR)").readings]
['achpr', 'iachr']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz, process

from registry import forms, settled
from registry.keys import normalize
from registry.variants import VARIANTS, variants
from registry.yamlfile import read_rows

__all__ = [
    "SEEDS",
    "LANGUAGE_FIELDS",
    "VARIANTS",
    "variants",
    "Name",
    "Match",
    "spellings",
    "Resolver",
]

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# "of the United Nations" after a name, in the four languages' Latin-script forms
_OF_THE_UN = re.compile(
    r" (?:of the United Nations|of the UN|des Nations Unies|de l'ONU|de l'Organisation des Nations Unies"
    r"|de las Naciones Unidas|de Naciones Unidas|de la ONU|de la Organización de las Naciones Unidas)"
)
#: The fields holding a body's names in each language, after the English ``name``/``aliases``.
LANGUAGE_FIELDS = {
    "en": ("name", "aliases"),
    "fr": ("name_fr", "aliases_fr"),
    "zh": ("name_zh", "aliases_zh"),
    "es": ("name_es", "aliases_es"),
}
#: The longest input the fuzzy "did you mean" ranks: a pasted paragraph is not a name.
_NEAREST_INPUT = 200
#: Where an owner's possessive ends and its body's name begins (:func:`registry.forms.clean` wrote one apostrophe).
_OWNERS_POSSESSIVE = re.compile(r"(?<=\w)'s?\s+")


@dataclass(frozen=True)
class Name:
    """One registered spelling of a body."""

    id: str
    name: str  # the body's English name
    surface: str  # this spelling, as written
    lang: str | None  # en, fr, zh, es; None for acronyms and ids
    system: str | None = None  # the body's system ("UN", "regional"…); None for organizations
    variant: bool = False  # written by :data:`VARIANTS` from a registered spelling


@dataclass(frozen=True)
class Match:
    """The answer for one input; ``id`` is None when the name is unknown or names two bodies.

    ``reason`` is how it was found: "exact", "spelling_variant" (:data:`VARIANTS`), "name_and_acronym", or the rewriting steps of
    :mod:`registry.forms` that led to it ("possessive+generic_suffix"); "two_bodies" when the
    input reads as two different bodies, which ``readings`` then lists.
    """

    input: str
    id: str | None
    name: str | None = None
    matched: str | None = None
    lang: str | None = None
    reason: str | None = None
    readings: tuple[Match, ...] = ()

    def as_dict(self) -> dict:
        return {
            "input": self.input,
            "id": self.id,
            "name": self.name,
            "matched": self.matched,
            "lang": self.lang,
            "reason": self.reason,
            "readings": [{"id": reading.id, "name": reading.name} for reading in self.readings],
        }


def spellings(row: dict) -> Iterable[tuple[str, str | None]]:
    """Every (spelling, language) that a mechanism or organization row registers, id last.

    >>> list(spellings({"id": "cat", "name": "Committee against Torture", "name_es": "Comité contra la Tortura",
    ...                 "acronyms": ["CAT"]}))
    [('Committee against Torture', 'en'), ('Comité contra la Tortura', 'es'), ('CAT', None), ('cat', None)]
    """
    for lang, (field, _aliases) in LANGUAGE_FIELDS.items():
        if row.get(field):
            yield row[field], lang
    for acronym in row.get("acronyms") or []:
        yield acronym, None
    for lang, (_field, aliases) in LANGUAGE_FIELDS.items():
        for alias in row.get(aliases) or []:
            yield alias, lang
    yield row["id"], None


def _acronym_forms(rows: list[dict], lang: str) -> list[tuple[re.Pattern, str, list[str]]]:
    """(pattern, id, forms) for every Latin-script acronym of a row with a name in ``lang``: "OSCE"
    with "Organization for Security and Co-operation in Europe (OSCE)" and the name alone."""
    found = []
    field, aliases = LANGUAGE_FIELDS[lang]
    for row in rows:
        full = [str(n) for n in [row.get(field), *(row.get(aliases) or [])] if n]
        for acronym in row.get("acronyms") or []:
            if full and re.fullmatch(r"[A-Z][A-Za-z]{1,9}", str(acronym)):
                pattern = re.compile(rf"(?<!\w){re.escape(str(acronym))}(?!\w)")
                found.append((pattern, row["id"], [f"{n} ({acronym})" for n in full] + full))
    return found


class Resolver:
    """The registry of names, built from the mechanisms and organizations seed rows."""

    def __init__(self, rows: Iterable[dict]):
        rows = list(rows)
        self.by_key: dict[str, Name] = {}
        #: (normalised key, first Name, conflicting Name) for spellings claimed by two ids
        self.conflicts: list[tuple[str, Name, Name]] = []
        for row in rows:
            for surface, lang in spellings(row):
                key = normalize(str(surface))
                if not key:
                    continue
                name = Name(
                    id=row["id"],
                    name=row.get("name") or row["id"],
                    surface=str(surface),
                    lang=lang,
                    system=row.get("system"),
                )
                known = self.by_key.get(key)
                if known is None or known.variant:
                    self.by_key[key] = name  # a registered spelling takes the place of any variant
                elif known.id != name.id:
                    self.conflicts.append((key, known, name))
                written_forms = variants(str(surface), lang)
                written_forms += forms.acronym_before_owner([str(surface), *written_forms], row.get("acronyms") or [])
                for written in written_forms:
                    self.by_key.setdefault(normalize(written), replace(name, surface=written, variant=True))
        #: each body's ``part_of``, the organisations (rows with no kind) and the generic classes
        self.parents = {row["id"]: tuple(row.get("part_of") or ()) for row in rows}
        self.organisations = frozenset(row["id"] for row in rows if not row.get("kind"))
        self.generic = frozenset(row["id"] for row in rows if row.get("generic"))
        #: the bodies that own units: organisations, offices, and the parents of registered units
        units = [row for row in rows if row.get("kind") in ("secretariat_unit", "office")]
        self.unit_owners = (
            self.organisations | {row["id"] for row in units} | {p for row in units for p in self.parents[row["id"]]}
        )
        self._organisation_titles(rows)
        self._parents_of_the_un(rows)
        self._drop_tails_of_other_names()
        self._keys = list(self.by_key)
        self.ids = {name.id for name in self.by_key.values()}

    def _drop_tails_of_other_names(self) -> None:
        """Chinese prints a title after its owner ("欧洲委员会的人权事务专员"): a Chinese variant that ends another
        body's registered name ("人权事务专员", cut from "联合国人权事务专员") names that title of any owner, no body."""
        chinese = [(key, name.id) for key, name in self.by_key.items() if name.lang == "zh" and not name.variant]
        tails = {key[i:]: identifier for key, identifier in chinese for i in range(1, len(key))}
        for key, name in list(self.by_key.items()):
            if name.variant and name.lang == "zh" and tails.get(key, name.id) != name.id:
                del self.by_key[key]

    def _organisation_titles(self, rows: list[dict]) -> None:
        """A body's title with an organisation's acronym in it ("OSCE Representative on Freedom of the
        Media", "Relator Especial de la OEA para…") is printed with the organisation's name too, with
        or without its acronym after it ("the Organization for Security and Co-operation in Europe
        (OSCE) Representative…"): each such form names the body (a spelling variant), never the
        organisation, since the longest name wins where names overlap."""
        acronyms = {lang: _acronym_forms(rows, lang) for lang in LANGUAGE_FIELDS}
        for name in list(self.by_key.values()):
            if name.lang is None:
                continue
            for pattern, owner, printed in acronyms[name.lang]:
                for written in forms.owner_as_acronym(name.surface, printed) if owner != name.id else ():
                    self.by_key.setdefault(normalize(written), replace(name, surface=written, variant=True))
                # a title of its own beside the acronym (four words at least): "UN Human Rights" (OHCHR)
                # is not printed "United Nations Human Rights", a phrase of many texts
                if (
                    owner == name.id
                    or not pattern.search(name.surface)
                    or len(pattern.sub("", name.surface).split()) < 4
                ):
                    continue
                for form in printed:
                    written = pattern.sub(form, name.surface, count=1)
                    self.by_key.setdefault(normalize(written), replace(name, surface=written, variant=True))

    def _parents_of_the_un(self, rows: list[dict]) -> None:
        """A title that ends on its parent's name takes the "of the United Nations" the parent's name
        takes: "Presidente del Consejo de Derechos Humanos de Naciones Unidas" is the Council's
        President, as "Consejo de Derechos Humanos de Naciones Unidas" is the Council."""
        parents = {row["id"]: row.get("part_of") or [] for row in rows}
        by_id: dict[str, list[Name]] = {}
        for name in self.by_key.values():
            by_id.setdefault(name.id, []).append(name)
        for name in list(self.by_key.values()):
            if name.lang is None:
                continue
            for parent in parents.get(name.id, []):
                for own in by_id.get(parent, []):
                    if own.lang != name.lang or not name.surface.endswith(" " + own.surface):
                        continue
                    for longer in by_id.get(parent, []):
                        tail = longer.surface[len(own.surface) :] if longer.surface.startswith(own.surface) else ""
                        if _OF_THE_UN.fullmatch(tail):
                            written = name.surface + tail
                            self.by_key.setdefault(normalize(written), replace(name, surface=written, variant=True))

    def ancestors(self, identifier: str) -> set[str]:
        """The bodies ``identifier`` is part of, up its ``part_of`` chain.

        >>> sorted(Resolver.from_seeds().ancestors("special-procedures"))
        ['hrc', 'un']
        """
        found: set[str] = set()
        todo = list(self.parents.get(identifier, ()))
        while todo:
            parent = todo.pop()
            if parent not in found:
                found.add(parent)
                todo += self.parents.get(parent, ())
        return found

    @classmethod
    def from_seeds(cls, folder: Path = SEEDS) -> Resolver:
        """The registry of a seed folder (mechanisms.yaml and organizations.yaml, and the names settled in
        decisions/names.yaml: :mod:`registry.settled`); no server needed."""
        rows = []
        for file_name in ("mechanisms.yaml", "organizations.yaml"):
            path = Path(folder) / file_name
            if path.exists():
                rows += [row.data for row in read_rows(path) if isinstance(row.data, dict) and row.data.get("id")]
        return cls(settled.applied(rows, settled.rows(folder)))

    def __contains__(self, identifier: str) -> bool:
        return identifier in self.ids

    def resolve(self, text: str, _depth: int = 2) -> Match:
        """The body ``text`` names: exactly as registered, else through the named steps."""
        found = self.by_key.get(normalize(text))
        if found is not None:
            return _match(text, found, "spelling_variant" if found.variant else "exact")
        pair = forms.name_and_acronym(text) if _depth else None
        if pair:
            outside, inside, rest = forms.parenthesis(text)
            readings = [self.resolve(part, _depth - 1) for part in pair]
            # After the parenthesis only a possessive or a generic word ("the UPR process"): in
            # "United Nations (UN) and regional … mechanisms" the acronym is the UN's alone.
            trailing = not rest or rest.startswith("'") or forms.is_generic(rest)
            if trailing and all(reading.id for reading in readings) and readings[0].id == readings[1].id:
                steps = dict.fromkeys(s for r in readings for s in r.reason.split("+") if s != "exact")
                name = readings[0] if readings[0].lang else readings[1]  # the name, not the acronym
                reason = "+".join(["name_and_acronym", *steps])
                return _match(text, self.by_key[normalize(name.matched)], reason)
            inner = self.by_key.get(normalize(inside))
            owner = outside if not rest else outside if re.search(r"'s?$", forms.clean(outside)) else None
            if inner and readings[0].id and readings[0].id != inner.id and owner and self._ends_with(owner, inner.id):
                # "Commission … of the Organization of Islamic Cooperation (OIC)", "Council of Europe's
                # (CoE) Directorate": the acronym is the nested body's, printed right after its name.
                steps = [s for s in readings[0].reason.split("+") if s != "exact"]
                reason = "+".join(["name_and_nested_acronym", *steps])
                return _match(text, self.by_key[normalize(readings[0].matched)], reason)
            if all(reading.id for reading in readings) and readings[0].id != readings[1].id:
                return Match(input=text, id=None, reason="two_bodies", readings=tuple(readings))
        return self._rewritten(text)

    def _ends_with(self, text: str, identifier: str) -> bool:
        """Whether the last words of ``text`` (a possessive cut) are a registered spelling of ``identifier``."""
        words = forms.clean(next(iter(forms.possessive(text)), text)).split(" ")
        return any(
            getattr(self.by_key.get(normalize(" ".join(words[cut:]))), "id", None) == identifier
            for cut in range(len(words))
        )

    def _rewritten(self, text: str) -> Match:
        """The one body that the forms of :data:`registry.forms.STEPS` reach, each step on the forms before it."""
        found = self.by_key.get(normalize(text))
        if found is not None:
            return _match(text, found, "spelling_variant" if found.variant else "exact")
        tried: dict[str, tuple[str, ...]] = {forms.clean(text): ()}
        for step in forms.STEPS:
            new: dict[str, tuple[str, ...]] = {}
            for form, path in tried.items():
                for rewritten in step.rewrite(form):
                    if rewritten not in tried and rewritten not in new:
                        new[rewritten] = (*path, step.name)
            hits: dict[str, tuple[Name, tuple[str, ...]]] = {}
            for form, path in new.items():
                name = self.by_key.get(normalize(form))
                if name is None or name.id in hits:
                    continue
                if any(s.un_only and s.name in path for s in forms.STEPS) and name.system != "UN":
                    continue  # "UN" before or after a name outside the UN system is no rewrite of it
                hits[name.id] = (name, path)
            if len(hits) == 1:
                name, path = next(iter(hits.values()))
                return _match(text, name, "+".join(path))
            if len(hits) > 1:
                readings = tuple(_match(text, name, "+".join(path)) for name, path in hits.values())
                return Match(input=text, id=None, reason="two_bodies", readings=readings)
            tried.update(new)
        return self._owners_body(text)

    def _owners_body(self, text: str) -> Match:
        """An organisation's possessive before the name of one of its own bodies names the body: "the Council of
        Europe’s Committee for the Prevention of Torture …" is the CPT, whose ``part_of`` chain holds the Council of
        Europe; "the OSCE's Human Rights Committee" is nothing (the Committee is no body of the OSCE).

        >>> Resolver.from_seeds()._owners_body("the Council of Europe’s European Committee for the Prevention of Torture").id
        'cpt'
        """
        cleaned = forms.clean(text)
        for cut in _OWNERS_POSSESSIVE.finditer(cleaned):
            owner = self.by_key.get(normalize(cleaned[: cut.start()]))
            if owner is None:
                continue
            body = self.resolve(cleaned[cut.end() :])
            if body.id and owner.id in self.ancestors(body.id):
                reason = "+".join(["owners_possessive", *(s for s in body.reason.split("+") if s != "exact")])
                return replace(body, input=text, reason=reason)
        return Match(input=text, id=None)

    def nearest(self, text: str, limit: int = 5, separator: str = ", ") -> str:
        """The nearest candidates as text for a message: "iacthr (IACourtHR), iachr (IACHR)", each with the
        spelling it is near, or its name where that spelling is its id."""
        return separator.join(
            f"{name.id} ({name.name if name.surface == name.id else name.surface})"
            for name in self.candidates(text, limit)
        )

    def candidates(self, text: str, limit: int = 5) -> list[Name]:
        """The registered spellings nearest to ``text``, one per body, best first.

        >>> Resolver([{"id": "hrc", "name": "Human Rights Council"}]).candidates("Human Rights Councill " * 1000)[0].id
        'hrc'
        """
        key = normalize(text[:_NEAREST_INPUT])
        if not key or not self._keys:
            return []
        seen, result = set(), []
        for candidate, _score, _index in process.extract(key, self._keys, scorer=fuzz.WRatio, limit=limit * 4):
            name = self.by_key[candidate]
            if name.id not in seen:
                seen.add(name.id)
                result.append(name)
            if len(result) == limit:
                break
        return result


def _match(text: str, name: Name, reason: str) -> Match:
    return Match(input=text, id=name.id, name=name.name, matched=name.surface, lang=name.lang, reason=reason)
