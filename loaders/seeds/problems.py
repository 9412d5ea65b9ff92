"""What is wrong in the seed files, said the way a curator fixes it: ``file:line: field: what was expected``.

Every check of the pipeline reports a :class:`Problem` instead of stopping, so that all of
them are listed at once; :class:`InvalidSeeds` carries the list when a load refuses to write.
The errors of pydantic are translated here into the same form.

>>> print(Problem(Path("seeds/events.yaml"), 9, field_name(("evidence", 0, "document")), "unknown document 'x'"))
seeds/events.yaml:9: evidence[0].document: unknown document 'x'
>>> print(Problem(Path("seeds/events.yaml"), 0, "", "missing: every seed folder needs this file"))
seeds/events.yaml:0: missing: every seed folder needs this file
>>> print(InvalidSeeds([Problem(Path("seeds/events.yaml"), 3, "kind", "got 'workshp'")]))
1 problem(s) in the seed files; nothing was written.
  seeds/events.yaml:3: kind: got 'workshp'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from graph.errors import MechGraphError
from loaders.seeds import models
from registry.yamlfile import Row

__all__ = ["Problem", "InvalidSeeds", "field_name", "from_pydantic"]

# The listing of InvalidSeeds stops here: past that, a curator fixes the first ones and runs again.
_LISTED = 200


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a seed file, where it is and what was expected."""

    path: Path
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class InvalidSeeds(MechGraphError):
    """The seed files have problems; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        listing = "\n".join(f"  {problem}" for problem in problems[:_LISTED])
        more = f"\n  … and {len(problems) - _LISTED} more" if len(problems) > _LISTED else ""
        super().__init__(f"{len(problems)} problem(s) in the seed files; nothing was written.\n{listing}{more}")


def field_name(location: tuple) -> str:
    """A field's place in a row as a curator writes it.

    >>> field_name(("owners", 0, "except", 1))
    'owners[0].except[1]'
    """
    return ".".join(str(part) if not isinstance(part, int) else f"[{part}]" for part in location).replace(".[", "[")


_PATTERN_HINTS = {
    r"^\d{4}(-\d{2}(-\d{2})?)?$": "a date as YYYY, YYYY-MM or YYYY-MM-DD",
    r"^[A-Z]{3}$": "an ISO 3166 alpha-3 country code such as 'MEX'",
    models.ID_PATTERN: "a lower-kebab id such as 'achpr'",
}


def _message(detail: dict, location: tuple) -> str:
    """What pydantic found, in words that say what to write instead."""
    if detail["type"] == "extra_forbidden":
        return "unknown field (check its spelling against the other rows)"
    if detail["type"] == "literal_error":
        return f"got {detail['input']!r}; {detail['msg'].lower()}"
    if detail["type"] == "string_pattern_mismatch" and location and location[-1] in ("id",):
        return f"got {detail['input']!r}; expected a lower-kebab id such as 'achpr' or 'ohchr-nirms'"
    if detail["type"] == "string_pattern_mismatch":
        return f"got {detail['input']!r}; expected {_PATTERN_HINTS.get(detail['ctx']['pattern'], detail['msg'])}"
    return detail["msg"]


def from_pydantic(row: Row, error: ValidationError) -> list[Problem]:
    """One problem per error pydantic found in ``row``, each at the line of its field.

    >>> from registry.yamlfile import Row
    >>> row = Row(Path("seeds/events.yaml"), 2, {"id": "x", "colour": "blue"}, {("colour",): 3})
    >>> try:
    ...     models.Evidence.model_validate({"document": "d", "locator": "p. 1", "quote": "q", "colour": "blue"})
    ... except ValidationError as error:
    ...     print(*from_pydantic(row, error))
    seeds/events.yaml:3: colour: unknown field (check its spelling against the other rows)
    """
    problems = []
    for detail in error.errors():
        # The model calls the field except_ (a Python keyword otherwise); the file calls it except.
        location = tuple("except" if part == "except_" else part for part in detail["loc"])
        problems.append(Problem(row.path, row.line_of(location), field_name(location), _message(detail, location)))
    return problems
