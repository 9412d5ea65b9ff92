"""Read a YAML seed file and remember the line of every row and field, for error messages.

:func:`iter_rows` reads the file as a stream, one row at a time, so that no file is ever held
whole; :func:`read_rows` is the list of them.

>>> rows = read_rows(SEEDS / "mechanisms.yaml")
>>> rows[0].data["id"], rows[0].line_of(("name",))
('ohchr', 3)
>>> next(iter_rows(SEEDS / "mechanisms.yaml")).data["id"]
'ohchr'
"""

from __future__ import annotations

import codecs
import os
import re
import tempfile
from collections.abc import Iterator
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


# Builds scalars with YAML's safe rules, so that null, true and 12 keep their types.
_SCALARS = yaml.SafeLoader("")
# libyaml parses about ten times faster where PyYAML was built with it.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STRING = "tag:yaml.org,2002:str"
#: YAML's names for what was left open, in plain words.
_OPENED = {
    "a flow sequence": "the [ … ] list",
    "a flow mapping": "the { … } mapping",
    "a quoted scalar": "the quoted text",
    "a block mapping": "the row",
    "a block collection": "the list",
}


def _scalar(event: yaml.ScalarEvent):
    tag = event.tag if event.tag not in (None, "!") else _SCALARS.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag == _STRING:
        return event.value
    return _SCALARS.construct_object(yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style))


def _value(events: Iterator[yaml.Event], first: yaml.Event, location: tuple, lines: dict[tuple, int]) -> Any:
    """The value that starts with ``first``, built straight from the parser's events (composing
    a node tree first is several times slower on large files), noting the line of every part."""
    lines[location] = first.start_mark.line + 1
    if isinstance(first, yaml.ScalarEvent):
        return _scalar(first)
    if isinstance(first, yaml.SequenceStartEvent):
        items: list = []
        for event in events:
            if isinstance(event, yaml.SequenceEndEvent):
                return items
            items.append(_value(events, event, location + (len(items),), lines))
    if isinstance(first, yaml.MappingStartEvent):
        mapping: dict = {}
        for event in events:
            if isinstance(event, yaml.MappingEndEvent):
                return mapping
            if not isinstance(event, yaml.ScalarEvent):
                raise _Unusable(event.start_mark.line + 1, "expected a field name (key: value)")
            key = event.value  # field names stay text, as written
            mapping[key] = _value(events, next(events), location + (key,), lines)
            lines[location + (key,)] = event.start_mark.line + 1
        return mapping
    raise _Unusable(
        first.start_mark.line + 1, "YAML anchors and aliases (*name) are not used in seed files; write the value out"
    )


class _Unusable(Exception):
    def __init__(self, line: int, problem: str):
        self.line, self.problem = line, problem


def _rows_of(path: Path, events: Iterator[yaml.Event]) -> Iterator[Row]:
    for event in events:
        if isinstance(event, (yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            return
        if not isinstance(event, (yaml.StreamStartEvent, yaml.DocumentStartEvent)):
            break
    if not isinstance(event, yaml.SequenceStartEvent):
        raise SeedFileError(path, event.start_mark.line + 1, "expected a list of rows (lines starting with '- ')")
    for event in events:
        if isinstance(event, yaml.SequenceEndEvent):
            break
        lines: dict[tuple, int] = {}
        try:
            data = _value(events, event, (), lines)
        except _Unusable as error:
            raise SeedFileError(path, error.line, error.problem) from None
        yield Row(path=path, line=event.start_mark.line + 1, data=data, lines=lines)


class SeedFileError(MechGraphError):
    """A seed file that cannot be read as a list of rows; ``line`` is 1-based (0 when unknown)."""

    def __init__(self, path: Path, line: int, problem: str):
        self.path, self.line, self.problem = path, line, problem
        super().__init__(f"{path}:{line}: {problem}" if line else f"{path}: {problem}")


def append_rows(path: Path, rows: list[dict], header: str = "") -> str | None:
    """Add ``rows`` at the end of a seed file (made with ``header`` if new), atomically: a whole new
    file renamed into place, so a reader never sees half a file. Returns the text it had (None if new),
    for a caller that must put it back.
    """
    before = path.read_text(encoding="utf-8") if path.exists() else None
    text = (before if before is not None else header) + yaml.safe_dump(
        rows, allow_unicode=True, sort_keys=False, width=100
    )
    write_text(path, text)
    return before


def write_text(path: Path, text: str) -> None:
    """Replace a file's text atomically (a temporary file beside it, renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_rows(path: Path) -> list[Row]:
    """The rows of a seed file: a YAML list of mappings. Raises on broken YAML."""
    return list(iter_rows(path))


def iter_rows(path: Path) -> Iterator[Row]:
    """The rows of a seed file one at a time, read as a stream: the file is never held whole.
    Raises :class:`SeedFileError` on broken YAML, after the rows before the break."""
    _check_utf8(path)
    with path.open(encoding="utf-8", newline="") as stream:
        try:
            yield from _rows_of(path, iter(yaml.parse(stream, Loader=_LOADER)))
        except yaml.reader.ReaderError as error:  # a character YAML refuses: it has a position, not a mark
            raise SeedFileError(
                path,
                _line_at(path, error.position),
                f"not valid YAML: the character {chr(error.character)!r} is not allowed here",
            ) from None
        except yaml.YAMLError as error:
            raise SeedFileError(path, *_where_and_what(error)) from None


def _check_utf8(path: Path) -> None:
    """Raise at the first byte that is not UTF-8, with its line; a file is read a block at a time."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                decoder.decode(block)
        decoder.decode(b"", final=True)
        return
    except UnicodeDecodeError:
        pass
    data = path.read_bytes()  # only a broken file is read whole, to say where it breaks
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SeedFileError(path, line, f"not UTF-8 text (byte {error.start}); save it as UTF-8") from None


def _line_at(path: Path, position: int) -> int:
    """The 1-based line of a position the YAML reader gives (counted in the text it read)."""
    with path.open(encoding="utf-8", newline="") as stream:
        return stream.read(position).count("\n") + 1


def _where_and_what(error: yaml.YAMLError) -> tuple[int, str]:
    """The line to look at and the problem: where an unclosed bracket or quote starts (the
    context), not the line after it where the parser noticed."""
    problem = f"not valid YAML: {getattr(error, 'problem', None) or error}"
    context, found = getattr(error, "context_mark", None), getattr(error, "problem_mark", None)
    if context is not None and found is not None and context.line != found.line:
        opened = re.sub(r"^while (?:parsing|scanning) ", "", getattr(error, "context", None) or "a value")
        opened = _OPENED.get(opened, opened)
        return context.line + 1, f"{problem}: {opened} that starts on this line is not closed"
    mark = found or context
    return (mark.line + 1 if mark else 0), problem
