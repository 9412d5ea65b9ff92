"""Read a YAML seed file and remember the line of every row and field, for error messages.

>>> rows = read_rows(Path("seeds/mechanisms.yaml"))           # doctest: +SKIP
>>> rows[0].data["id"], rows[0].line_of(("name",))            # doctest: +SKIP
('achpr', 3)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.errors import MechGraphError


@dataclass
class Row:
    """One mapping of a seed file, with 1-based line numbers of its fields."""

    path: Path
    line: int
    data: Any
    lines: dict[tuple, int] = field(default_factory=dict)

    def line_of(self, location: tuple) -> int:
        """The line of the deepest part of ``location`` that exists (the row's line at worst)."""
        for end in range(len(location), 0, -1):
            if location[:end] in self.lines:
                return self.lines[location[:end]]
        return self.line


def _construct(node: yaml.Node, path: tuple, lines: dict[tuple, int]) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            key = key_node.value
            result[key] = _construct(value_node, path + (key,), lines)
            lines[path + (key,)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, path + (index,), lines) for index, item in enumerate(node.value)]
    return _SCALARS.construct_object(node)


# Builds scalars with YAML's safe rules, so that null, true and 12 keep their types.
_SCALARS = yaml.SafeLoader("")
# libyaml parses about ten times faster where PyYAML was built with it.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SeedFileError(MechGraphError):
    """A seed file that cannot be read as a list of rows; ``line`` is 1-based (0 when unknown)."""

    def __init__(self, path: Path, line: int, problem: str):
        self.path, self.line, self.problem = path, line, problem
        super().__init__(f"{path}:{line}: {problem}" if line else f"{path}: {problem}")


def read_rows(path: Path) -> list[Row]:
    """The rows of a seed file: a YAML list of mappings. Raises on broken YAML."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise SeedFileError(path, 0, f"not UTF-8 text (byte {error.start}); save it as UTF-8") from None
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise SeedFileError(path, mark.line + 1 if mark else 0, f"not valid YAML: {getattr(error, 'problem', error)}") from None
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise SeedFileError(path, root.start_mark.line + 1, "expected a list of rows (lines starting with '- ')")
    rows = []
    for item in root.value:
        lines: dict[tuple, int] = {}
        data = _construct(item, (), lines)
        rows.append(Row(path=path, line=item.start_mark.line + 1, data=data, lines=lines))
    return rows
