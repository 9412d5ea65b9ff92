"""Reading a seed folder: every file parsed with the lines of its fields, every row checked against its model.

A row that fails its model is reported and left out; the rows that pass go on to the checks
that need more than one row (:mod:`loaders.seeds.check`).

:func:`read_folder` holds every row of the folder; a :class:`Stream` reads each file row by row
as the planners ask for it, holding only the bodies and the documents (what the checks need of
the whole folder) and the ids of the rows (to find an id used twice). Both report the same
problems in the same order.

>>> loaded, problems = read_folder(SEEDS)
>>> problems
[]
>>> {name: len(items) for name, items in loaded.items() if name.endswith(("documents.yaml", "mechanisms.yaml"))}
{'documents.yaml': 5, 'mechanisms.yaml': 189}
>>> first = loaded["mechanisms.yaml"][0]
>>> first.model.id, first.row.line_of(("name",))
('ohchr', 3)
>>> stream = Stream(SEEDS)
>>> sum(1 for _ in stream["events.yaml"]) == len(loaded["events.yaml"]), stream.problems()
(True, [])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from graph.errors import MechGraphError
from graph.progress import Progress, quiet
from loaders.seeds import models
from loaders.seeds.problems import Problem, from_pydantic
from registry.yamlfile import Row, SeedFileError, iter_rows, read_rows

__all__ = ["Loaded", "read_folder", "Stream"]

# The rows whose parsed values stay after validation: the checks resolve names on them (loaders.seeds.check).
_NAMED = ("Mechanism", "Organization")
# Without these two there is nothing to load: every fact cites a document, most name a mechanism.
_REQUIRED = ("documents.yaml", "mechanisms.yaml")
# The files a stream keeps whole: the checks resolve every name on the bodies and every quote on the documents.
_KEPT = ("documents.yaml", "organizations.yaml", "mechanisms.yaml")


@dataclass
class Loaded:
    """A validated row and where it came from."""

    row: Row
    model: models.Strict


def read_folder(folder: Path) -> tuple[dict[str, list[Loaded]], list[Problem]]:
    """Every seed file of ``folder``, validated row by row against its model."""
    loaded: dict[str, list[Loaded]] = {name: [] for name in models.FILES}
    problems: list[Problem] = _missing(folder)
    for file_name, model in models.FILES.items():
        path = folder / file_name
        if path.exists():
            _read_file(path, model, loaded[file_name], problems)
    return loaded, problems + _unknown(folder)


def _missing(folder: Path) -> list[Problem]:
    if not folder.is_dir():
        raise MechGraphError(f"{folder} is not a folder of seed files.")
    return [
        Problem(folder / required, 0, "", "missing: every seed folder needs this file")
        for required in _REQUIRED
        if not (folder / required).exists()
    ]


def _unknown(folder: Path) -> list[Problem]:
    known = ", ".join(models.FILES)
    unknown = sorted(p.name for p in folder.glob("*.y*ml") if p.name not in models.FILES)
    return [Problem(folder / name, 0, "", f"not a seed file name; expected one of {known}") for name in unknown]


def _read_file(path: Path, model: type[models.Strict], loaded: list[Loaded], problems: list[Problem]) -> None:
    """The rows of one file that fit ``model`` go to ``loaded``; what is wrong goes to ``problems``."""
    try:
        file_rows = read_rows(path)
    except SeedFileError as error:
        problems.append(Problem(path, error.line, "", error.problem))
        return
    loaded.extend(_checked(file_rows, model, problems))


def _checked(file_rows: Iterable[Row], model: type[models.Strict], problems: list[Problem]) -> Iterator[Loaded]:
    """The rows that fit ``model``, each with its model; what is wrong goes to ``problems``."""
    # Memory, at 10^5 rows: the rows' field locations are the same few tuples in every row, kept once; the
    # parsed values of a row are dropped once its model holds them (the bodies' are kept: names resolve on them).
    locations: dict[tuple, tuple] = {}
    keep_data = model.__name__ in _NAMED
    for row in file_rows:
        if not isinstance(row.data, dict):
            problems.append(Problem(row.path, row.line, "", "expected a mapping of fields (key: value)"))
            continue
        row.lines = {locations.setdefault(location, location): line for location, line in row.lines.items()}
        try:
            item = Loaded(row, model.model_validate(row.data))
        except ValidationError as error:
            problems.extend(from_pydantic(row, error))
            continue
        if not keep_data:
            row.data = None
        yield item


class Stream:
    """The seed files of a folder, each read row by row when it is asked for (``stream[file name]``, as
    :func:`read_folder`'s mapping), as often as it is asked for; only the bodies and the documents are kept.

    The first complete reading of a file notes its problems and the ids of its rows; :meth:`finish`
    reads the files nobody asked for. A file broken halfway has its rows before the break read."""

    def __init__(self, folder: Path, progress: Progress = quiet):
        self.folder, self.progress = folder, progress
        self._missing = _missing(folder)
        self._problems: dict[str, list[Problem]] = {name: [] for name in models.FILES}
        self._done: set[str] = set()
        self._kept: dict[str, list[Loaded]] = {}
        # the first row of each id as (file, row line, id line), and every row of the ids used more than once
        self._ids: dict[str, tuple[int, int, int]] = {}
        self._twice: dict[str, list[tuple[int, int, int]]] = {}

    def __getitem__(self, file_name: str) -> Iterable[Loaded]:
        if file_name in _KEPT:
            if file_name not in self._kept:
                self._kept[file_name] = list(self._rows(file_name))
            return self._kept[file_name]
        return _Rereadable(self, file_name)

    def _rows(self, file_name: str) -> Iterator[Loaded]:
        first = file_name not in self._done
        problems = self._problems[file_name] if first else []
        path, index = self.folder / file_name, list(models.FILES).index(file_name)
        if path.exists():
            if first:  # a large folder takes minutes: say which file is being read
                self.progress(f"  {file_name}…")
            try:
                for item in _checked(iter_rows(path), models.FILES[file_name], problems):
                    if first:
                        self._note(item, index)
                    yield item
            except SeedFileError as error:
                problems.append(Problem(path, error.line, "", error.problem))
        self._done.add(file_name)

    def _note(self, item: Loaded, index: int) -> None:
        identifier = getattr(item.model, "id", None)
        if identifier is None:
            return
        where = (index, item.row.line, item.row.line_of(("id",)))
        if identifier in self._ids:
            self._twice.setdefault(identifier, [self._ids[identifier]]).append(where)
        else:
            self._ids[identifier] = where

    def finish(self) -> None:
        """Read the files no planner asked for, so that their problems are known."""
        for file_name in models.FILES:
            if file_name not in self._done:
                for _item in self._rows(file_name):
                    pass

    def problems(self) -> list[Problem]:
        """The problems of the files read so far, in the order :func:`read_folder` reports them."""
        return [*self._missing, *(p for name in models.FILES for p in self._problems[name]), *_unknown(self.folder)]

    def ids_used_twice(self) -> list[tuple[str, Path, int, int]]:
        """Every row of an id used more than once, in the folder's order: (id, path, row line, id line)."""
        files = list(models.FILES)
        rows = sorted((where, identifier) for identifier, every in self._twice.items() for where in every)
        return [(identifier, self.folder / files[index], line, id_line) for (index, line, id_line), identifier in rows]


class _Rereadable:
    """A file of a :class:`Stream`, read anew each time it is iterated."""

    def __init__(self, stream: Stream, file_name: str):
        self.stream, self.file_name = stream, file_name

    def __iter__(self) -> Iterator[Loaded]:
        return self.stream._rows(self.file_name)
