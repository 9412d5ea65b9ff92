"""Reading a seed folder: every file parsed with the lines of its fields, every row checked against its model.

A row that fails its model is reported and left out; the rows that pass go on to the checks
that need more than one row (:mod:`loaders.seeds.check`).

>>> loaded, problems = read_folder(SEEDS)
>>> problems
[]
>>> {name: len(items) for name, items in loaded.items() if name.endswith(("documents.yaml", "mechanisms.yaml"))}
{'documents.yaml': 5, 'mechanisms.yaml': 189}
>>> first = loaded["mechanisms.yaml"][0]
>>> first.model.id, first.row.line_of(("name",))
('ohchr', 3)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from graph.errors import MechGraphError
from loaders.seeds import models
from loaders.seeds.problems import Problem, from_pydantic
from registry.yamlfile import Row, SeedFileError, read_rows

__all__ = ["Loaded", "read_folder"]

# The rows whose parsed values stay after validation: the checks resolve names on them (loaders.seeds.check).
_NAMED = ("Mechanism", "Organization")
# Without these two there is nothing to load: every fact cites a document, most name a mechanism.
_REQUIRED = ("documents.yaml", "mechanisms.yaml")


@dataclass
class Loaded:
    """A validated row and where it came from."""

    row: Row
    model: models.Strict


def read_folder(folder: Path) -> tuple[dict[str, list[Loaded]], list[Problem]]:
    """Every seed file of ``folder``, validated row by row against its model."""
    loaded: dict[str, list[Loaded]] = {name: [] for name in models.FILES}
    problems: list[Problem] = []
    if not folder.is_dir():
        raise MechGraphError(f"{folder} is not a folder of seed files.")
    for required in _REQUIRED:
        if not (folder / required).exists():
            problems.append(Problem(folder / required, 0, "", "missing: every seed folder needs this file"))
    for file_name, model in models.FILES.items():
        path = folder / file_name
        if path.exists():
            _read_file(path, model, loaded[file_name], problems)
    known = ", ".join(models.FILES)
    unknown = sorted(p.name for p in folder.glob("*.y*ml") if p.name not in models.FILES)
    for name in unknown:
        problems.append(Problem(folder / name, 0, "", f"not a seed file name; expected one of {known}"))
    return loaded, problems


def _read_file(path: Path, model: type[models.Strict], loaded: list[Loaded], problems: list[Problem]) -> None:
    """The rows of one file that fit ``model`` go to ``loaded``; what is wrong goes to ``problems``."""
    try:
        file_rows = read_rows(path)
    except SeedFileError as error:
        problems.append(Problem(path, error.line, "", error.problem))
        return
    # Memory, at 10^5 rows: the rows' field locations are the same few tuples in every row, kept once; the
    # parsed values of a row are dropped once its model holds them (the bodies' are kept: names resolve on them).
    locations: dict[tuple, tuple] = {}
    keep_data = model.__name__ in _NAMED
    for row in file_rows:
        if not isinstance(row.data, dict):
            problems.append(Problem(path, row.line, "", "expected a mapping of fields (key: value)"))
            continue
        row.lines = {locations.setdefault(location, location): line for location, line in row.lines.items()}
        try:
            loaded.append(Loaded(row, model.model_validate(row.data)))
        except ValidationError as error:
            problems.extend(from_pydantic(row, error))
            continue
        if not keep_data:
            row.data = None
