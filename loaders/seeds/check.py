"""The checks that need more than one row: ids, names, documents, quotes and countries.

A row can be valid on its own and still point at a body nobody defined, quote a sentence its
document does not hold, or reuse an id or a spelling another row has. The :class:`Checker`
knows every row of the folder; it answers the planners (:mod:`loaders.seeds.plan`) with ids,
and notes a :class:`~loaders.seeds.problems.Problem` wherever it cannot.

>>> from loaders.seeds.read import read_folder
>>> check = Checker(SEEDS, read_folder(SEEDS)[0])
>>> event = check.loaded["events.yaml"][0]
>>> check.body(event.row, ("organized_by", 0), "Office of the High Commissioner")
'ohchr'
>>> check.body(event.row, ("organized_by", 0), "Office of the High Commissar")
>>> problem = check.problems[0]
>>> problem.path.name, problem.line, problem.field
('events.yaml', 10, 'organized_by[0]')
>>> problem.message.split("; ")[0], problem.message.split("nearest: ")[1].split(", ")[0]
("unknown body 'Office of the High Commissar'", 'ohchr (Office of the High Commissioner)')
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pycountry

from loaders.seeds import models
from loaders.seeds.problems import Problem, field_name
from loaders.seeds.read import Loaded
from loaders.writing import squash
from registry.names import Resolver
from registry.yamlfile import Row

__all__ = ["Checker"]

# The files whose rows are bodies: their names are what every reference resolves against.
_BODIES = ("mechanisms.yaml", "organizations.yaml")


def _location_of(row: Row, spelling: str) -> tuple:
    """The field of a mechanism row that holds ``spelling`` (for pointing at its line)."""
    for key in ("acronyms", "aliases", "aliases_fr", "aliases_zh", "aliases_es"):
        for index, value in enumerate(row.data.get(key) or []):
            if value == spelling:
                return (key, index)
    for key in ("name", "name_fr", "name_zh", "name_es", "id"):
        if row.data.get(key) == spelling:
            return (key,)
    return ()


class Checker:
    """The checks that need more than one row: ids, names, documents and quotes."""

    def __init__(self, folder: Path, loaded: dict[str, list[Loaded]]):
        self.folder = folder
        self.loaded = loaded
        self.problems: list[Problem] = []
        self.resolver = Resolver([item.row.data for name in _BODIES for item in loaded[name]])
        self.documents = {item.model.id: item for item in loaded["documents.yaml"]}
        self.texts: dict[str, str] = {}
        for item in loaded["documents.yaml"]:
            path = folder / item.model.file
            try:
                self.texts[item.model.id] = squash(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as error:
                self.problem(item.row, ("file",), f"cannot read {path}: {getattr(error, 'strerror', None) or error}")

    def problem(self, row: Row, location: tuple, message: str) -> None:
        self.problems.append(Problem(row.path, row.line_of(location), field_name(location), message))

    def body(self, row: Row, location: tuple, name: str, also: Iterable[str] = ()) -> str | None:
        """The id of the body ``name`` refers to (any known spelling), or a problem."""
        if name in also:
            return name
        match = self.resolver.resolve(name)
        if match.id:
            return match.id
        nearest = self.resolver.nearest(name, 3)
        self.problem(
            row,
            location,
            f"unknown body {name!r}; expected an id or a name of mechanisms.yaml or "
            f"organizations.yaml" + (f"; nearest: {nearest}" if nearest else ""),
        )
        return None

    def evidence(self, item: Loaded) -> list[models.Evidence]:
        """The evidence of a row, each quote checked against the document it cites."""
        for index, evidence in enumerate(item.model.evidence):
            location = ("evidence", index)
            if evidence.document not in self.documents:
                known = ", ".join(sorted(self.documents))
                self.problem(
                    item.row,
                    location + ("document",),
                    f"unknown document {evidence.document!r}; expected one of {known}",
                )
                continue
            if models.words(evidence.quote) > 25:
                self.problem(
                    item.row,
                    location + ("quote",),
                    f"{models.words(evidence.quote)} words; a quote has at most 25 words (60 Chinese characters)",
                )
            text = self.texts.get(evidence.document)
            if text is not None and squash(evidence.quote) not in text:
                file = self.documents[evidence.document].model.file
                self.problem(item.row, location + ("quote",), f"not found in {file}; copy it exactly from the document")
        return list(item.model.evidence)

    def unique_ids(self, rows: Iterable[tuple[str, Path, int, int]] | None = None) -> None:
        """An id names one row of the whole folder, whatever its file. ``rows``: (id, path, row line, id line)
        in the folder's order (default: every row the checker holds); each row after the first of its id is a
        problem."""
        if rows is None:
            rows = (
                (item.model.id, item.row.path, item.row.line, item.row.line_of(("id",)))
                for items in self.loaded.values()
                for item in items
                if getattr(item.model, "id", None) is not None
            )
        seen: dict[str, tuple[Path, int]] = {}
        for identifier, path, line, id_line in rows:
            if identifier in seen:
                first, first_line = seen[identifier]
                message = f"{identifier!r} is already the id of {first.name}:{first_line}"
                self.problems.append(Problem(path, id_line, field_name(("id",)), message))
            else:
                seen[identifier] = (path, line)

    def name_conflicts(self) -> None:
        """A spelling names one body: the resolver's conflicts, each at the line of its second spelling."""
        rows = {item.model.id: item.row for name in _BODIES for item in self.loaded[name]}
        for _key, first, second in self.resolver.conflicts:
            row = rows[second.id]
            where = _location_of(row, second.surface)
            self.problem(
                row,
                where,
                f"the spelling {second.surface!r} of {second.id!r} already names "
                f"{first.id!r} ({first.surface!r}); a spelling names one body only",
            )

    def country(self, row: Row, code: str | None) -> str | None:
        """``code`` when it is an ISO 3166 alpha-3 country code, else a problem."""
        if code is None:
            return None
        if pycountry.countries.get(alpha_3=code) is None:
            self.problem(row, ("country",), f"{code!r} is not an ISO 3166 alpha-3 country code")
            return None
        return code
