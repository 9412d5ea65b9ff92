"""The catalogue of questions: one ``.cypher`` file each, with a header, run with parameters.

A query file starts with comment lines that describe it::

    // name: who-cites-whom
    // description: Pairs of bodies ranked by how often one references the other.
    // param: kind: string = null  (a reference kind, or all)
    // param: limit: int = 50
    // columns: source, target, references

``param`` lines give a name, a type (``string``, ``strings``, ``int``, ``float``, ``bool``,
``body``, ``bodies``) and, after ``=``, a default; a parameter without a default is required. A ``body``
parameter takes any name, acronym or spelling the resolver knows and is passed to Cypher as
the body's id; ``bodies`` takes several, separated by commas or semicolons (or a list), and
passes a list of ids; ``strings`` likewise passes a list of texts. ``words`` is what a person types
into a full-text search: it is passed as a Lucene query in which nothing is syntax (``queries.fulltext``).
Values are always query parameters, never text pasted into Cypher.

A directory (a query that can return thousands of rows) is paged: it takes ``limit`` and
``offset`` (0 or more) and returns a ``total`` column, the number of rows matching its filters,
the same on every row of the page.

>>> catalogue = Catalogue.load()
>>> [(row["source"], row["target"], row["references"]) for row in catalogue.run(graph, "who-cites-whom", {"limit": "1"})]
[('un-hr-mechanisms', 'rhrms', 8)]
>>> catalogue.run(graph, "reference-evidence", {"source": "CEDAW", "target": "IACourtHR"})[0]["locator"]
'footnote 13'

"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.connection import Graph
from graph.errors import MechGraphError
from queries.fulltext import lucene_query
from queries.shapes import shape

QUERIES = Path(__file__).resolve().parent
TYPES = ("string", "strings", "int", "float", "bool", "body", "bodies", "words")
_PARAM = re.compile(
    r"^(?P<name>[a-z_][a-z0-9_]*)\s*:\s*(?P<type>\w+)\s*(?:=\s*(?P<default>[^(]*?))?\s*(?:\((?P<help>.*)\))?$"
)


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    required: bool
    default: Any = None
    help: str = ""

    def as_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "required": self.required, "default": self.default}


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    cypher: str
    path: Path
    parameters: tuple[Parameter, ...] = ()
    columns: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "description": self.description,
            "parameters": [parameter.as_dict() for parameter in self.parameters],
            "columns": list(self.columns),
        }


#: The parameters of a paged query (``limit`` rows after ``offset``): whole numbers, never negative.
PAGING = ("limit", "offset")
#: The limit of a caller that needs a directory whole (the names of a picker, an export): above any real catalogue.
EVERY = 1_000_000
#: Cypher's integers are 64-bit: a whole number beyond these is refused before it reaches the server.
INT_RANGE = (-(2**63), 2**63 - 1)


def _convert(value: Any, kind: str, name: str) -> Any:
    """A parameter value of the declared type; text from the command line is converted.

    >>> _convert("12", "int", "limit"), _convert("yes", "bool", "classes")
    (12, True)
    >>> _convert("99999999999999999999999", "int", "limit")
    Traceback (most recent call last):
    ...
    graph.errors.MechGraphError: parameter limit must be a whole number from -9223372036854775808 to 9223372036854775807; got '99999999999999999999999'
    """
    if value is None:
        return None
    try:
        if kind == "int":
            number = int(value)
            if not INT_RANGE[0] <= number <= INT_RANGE[1]:
                raise MechGraphError(
                    f"parameter {name} must be a whole number from {INT_RANGE[0]} to {INT_RANGE[1]}; got {value!r}"
                )
            return number
        if kind == "float":
            number = float(value)
            if number != number or number in (float("inf"), float("-inf")):
                raise ValueError(value)
            return number
        if kind == "bool":
            if isinstance(value, bool):
                return value
            lowered = str(value).strip().lower()
            if lowered in ("true", "yes", "1"):
                return True
            if lowered in ("false", "no", "0"):
                return False
            raise ValueError(value)
    except (ValueError, TypeError, OverflowError):
        raise MechGraphError(
            f"parameter {name} must be {'a whole number' if kind == 'int' else 'a number' if kind == 'float' else 'true or false'}; got {value!r}"
        ) from None
    return str(value)


def parse(path: Path) -> Query:
    """Read one query file and its header."""
    text = path.read_text(encoding="utf-8")
    header: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.startswith("//"):
            if line.strip():
                break
            continue
        key, _, value = line[2:].strip().partition(":")
        header.setdefault(key.strip(), []).append(value.strip())
    if not header.get("name") or not header.get("description"):
        raise MechGraphError(f"{path}: the header needs '// name:' and '// description:' lines")
    parameters = []
    for spec in header.get("param", []):
        match = _PARAM.match(spec)
        if not match or match["type"] not in TYPES:
            raise MechGraphError(
                f"{path}: cannot read '// param: {spec}'; expected 'name: type = default (help)' "
                f"with a type among {', '.join(TYPES)}"
            )
        default = match["default"]
        required = default is None
        if default is not None:
            default = None if default == "null" else _convert(default.strip("'\""), match["type"], match["name"])
        parameters.append(Parameter(match["name"], match["type"], required, default, (match["help"] or "").strip()))
    columns = tuple(c.strip() for c in ",".join(header.get("columns", [])).split(",") if c.strip())
    return Query(header["name"][0], " ".join(header["description"]), text, path, tuple(parameters), columns)


class _Names:
    """Body names to ids; the registry is read from the seeds once, and only if a name is given."""

    def __init__(self, resolver=None):
        self.resolver = resolver

    def id_of(self, name: str) -> str:
        if self.resolver is None:
            from registry.names import Resolver

            self.resolver = Resolver.from_seeds()
        match = self.resolver.resolve(name)
        if match.id is None:
            nearest = self.resolver.nearest(name, 3)
            raise MechGraphError(f"unknown body {name!r}" + (f"; nearest: {nearest}" if nearest else ""))
        return match.id


class Catalogue:
    """Every query of a folder (by default queries/), by name."""

    def __init__(self, queries: list[Query]):
        self.queries = {query.name: query for query in queries}

    @classmethod
    def load(cls, folder: Path = QUERIES) -> Catalogue:
        return cls([parse(path) for path in sorted(Path(folder).glob("*.cypher"))])

    def __iter__(self):
        return iter(self.queries.values())

    def get(self, name: str) -> Query:
        if name not in self.queries:
            raise MechGraphError(f"unknown query {name!r}; the catalogue has: {', '.join(sorted(self.queries))}")
        return self.queries[name]

    def bind(self, name: str, given: Mapping[str, Any], resolver=None) -> dict[str, Any]:
        """The parameters of a run: given values converted and checked, defaults for the rest."""
        query = self.get(name)
        known = {parameter.name: parameter for parameter in query.parameters}
        unknown = sorted(set(given) - set(known))
        if unknown:
            valid = ", ".join(known) or "none"
            raise MechGraphError(f"query {name} has no parameter {unknown[0]!r}; its parameters: {valid}")
        bound = {}
        names = _Names(resolver)
        for parameter in query.parameters:
            if parameter.name not in given or given[parameter.name] in (None, ""):
                if parameter.required:
                    raise MechGraphError(f"query {name} needs --param {parameter.name}=… ({parameter.type})")
                bound[parameter.name] = parameter.default
                continue
            if parameter.type in ("bodies", "strings"):
                values = given[parameter.name]
                values = re.split(r"[;,]", values) if isinstance(values, str) else list(values)
                values = [str(value).strip() for value in values if str(value).strip()]
                bound[parameter.name] = [names.id_of(v) for v in values] if parameter.type == "bodies" else values
                continue
            value = _convert(given[parameter.name], parameter.type, parameter.name)
            if parameter.type == "words":
                value = lucene_query(value)
                if not value:
                    raise MechGraphError(
                        f"parameter {parameter.name} needs words to search for; got {given[parameter.name]!r}"
                    )
            if parameter.type == "body":
                value = names.id_of(value)
            if parameter.name in PAGING and value < 0:
                raise MechGraphError(f"parameter {parameter.name} must be 0 or more; got {value}")
            bound[parameter.name] = value
        return bound

    def run(self, graph: Graph, name: str, given: Mapping[str, Any] | None = None, resolver=None) -> list[dict]:
        """The rows of one query, read in a read transaction."""
        query = self.get(name)
        parameters = self.bind(name, given or {}, resolver)
        # A query returns values, never nodes or relationships (tests/test_queries.py checks every one), so a record
        # is already plain: the driver's record.data() would walk every value again in Python, about 2 µs each
        # (90 ms for the 45,000 values of the network's 1,500 edges). A query may send compact values that its
        # shaping (queries/shapes.py) turns into the rows its readers take.
        rows = graph.read_transaction(lambda tx: [dict(record) for record in tx.run(query.cypher, parameters)])
        return shape(name, rows)

    def frame(self, graph: Graph, name: str, given: Mapping[str, Any] | None = None, resolver=None):
        """The rows of one query as a pandas DataFrame, with the declared columns even when empty."""
        import pandas

        rows = self.run(graph, name, given, resolver)
        return pandas.DataFrame(rows, columns=list(self.get(name).columns) or None)
