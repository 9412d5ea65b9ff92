"""Name resolution: any name, acronym or spelling of a body, in en, fr or zh, to its id.

Matching is exact on a normalised form, never fuzzy, so look-alikes stay apart (the Human
Rights Council and the Human Rights Committee differ by one word, and both are registered).
Normalising ignores case, accents, apostrophe and dash styles, hyphens (so a word broken
across a line, "Inter-\\nAmerican", still matches), extra spaces, a leading article, and the
spaces that hard-wrapping puts into Chinese text. Unknown names get the nearest candidates.

>>> names = Resolver.from_seeds()
>>> names.resolve("Comisión").id is None, names.resolve("la Cour interaméricaine des droits de l'homme").id
(True, 'iacthr')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from registry.yamlfile import read_rows

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼ`´′"})
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|la|le|les)\s+|l')")


def normalize(text: str) -> str:
    """The form names are compared in: no case, accents, hyphens, spaces or leading article.

    >>> normalize("  The Inter-\\nAmerican  Commission ") == normalize("inter american commission")
    True
    >>> normalize("Commission africaine des droits de l’homme") == normalize("commission africaine des droits de l'Homme")
    True
    >>> normalize("人权事务\\n委员会")
    '人权事务委员会'
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = re.sub(r"\s+", " ", text.casefold()).strip(' .,;:()"“”«»')
    text = _LEADING_ARTICLE.sub("", text)
    # Spaces and hyphens go: "Inter-American", "Inter American" and a word hyphenated across
    # a line break all meet, and so do Chinese names hard-wrapped with spaces.
    return re.sub(r"[\s\-‐‑‒–—―]+", "", text)


@dataclass(frozen=True)
class Name:
    """One registered spelling of a body."""

    id: str
    name: str  # the body's English name
    surface: str  # this spelling, as written
    lang: str | None  # en, fr, zh; None for acronyms and ids


@dataclass(frozen=True)
class Match:
    """The answer for one input; ``id`` is None when the name is unknown."""

    input: str
    id: str | None
    name: str | None = None
    matched: str | None = None
    lang: str | None = None

    def as_dict(self) -> dict:
        return {"input": self.input, "id": self.id, "name": self.name, "matched": self.matched, "lang": self.lang}


def spellings(row: dict) -> Iterable[tuple[str, str | None]]:
    """Every (spelling, language) that a mechanism or organization row registers, id last."""
    for field, lang in (("name", "en"), ("name_fr", "fr"), ("name_zh", "zh")):
        if row.get(field):
            yield row[field], lang
    for acronym in row.get("acronyms") or []:
        yield acronym, None
    for field, lang in (("aliases", "en"), ("aliases_fr", "fr"), ("aliases_zh", "zh")):
        for alias in row.get(field) or []:
            yield alias, lang
    yield row["id"], None


class Resolver:
    """The registry of names, built from the mechanisms and organizations seed rows."""

    def __init__(self, rows: Iterable[dict]):
        self.by_key: dict[str, Name] = {}
        #: (normalised key, first Name, conflicting Name) for spellings claimed by two ids
        self.conflicts: list[tuple[str, Name, Name]] = []
        for row in rows:
            for surface, lang in spellings(row):
                key = normalize(str(surface))
                if not key:
                    continue
                name = Name(id=row["id"], name=row.get("name") or row["id"], surface=str(surface), lang=lang)
                known = self.by_key.get(key)
                if known is None:
                    self.by_key[key] = name
                elif known.id != name.id:
                    self.conflicts.append((key, known, name))
        self._keys = list(self.by_key)
        self.ids = {name.id for name in self.by_key.values()}

    @classmethod
    def from_seeds(cls, folder: Path = SEEDS) -> Resolver:
        """The registry of a seed folder (mechanisms.yaml and organizations.yaml); no server needed."""
        rows = []
        for file_name in ("mechanisms.yaml", "organizations.yaml"):
            path = Path(folder) / file_name
            if path.exists():
                rows += [row.data for row in read_rows(path) if isinstance(row.data, dict) and row.data.get("id")]
        return cls(rows)

    def __contains__(self, identifier: str) -> bool:
        return identifier in self.ids

    def resolve(self, text: str) -> Match:
        found = self.by_key.get(normalize(text))
        if found is None:
            return Match(input=text, id=None)
        return Match(input=text, id=found.id, name=found.name, matched=found.surface, lang=found.lang)

    def nearest(self, text: str, limit: int = 5, separator: str = ", ") -> str:
        """The nearest candidates as text for a message: "iacthr (IACourtHR), iachr (IACHR)"."""
        return separator.join(f"{name.id} ({name.surface})" for name in self.candidates(text, limit))

    def candidates(self, text: str, limit: int = 5) -> list[Name]:
        """The registered spellings nearest to ``text``, one per body, best first."""
        key = normalize(text)
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
