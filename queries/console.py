"""The dashboard's query console: Cypher that only reads the graph, with a row cap and a time limit.

A READ transaction alone is not enough: Neo4j lets it run ``TERMINATE TRANSACTIONS`` (which
ends other clients' work), ``LOAD CSV`` (which makes the server fetch files and web addresses)
and procedures that read or change the server's settings. So a query runs only when Neo4j's
plan for it (``EXPLAIN``, in the same transaction, which runs nothing) is made of steps that read
the graph of the console's own database, and calls none but a few procedures that describe
the graph. Commands that administer the server are refused by their first keyword, before any
plan is asked for. Every refusal is one sentence that says what is not allowed and why; the
READ transaction stays as a second lock.

>>> run_read_only(graph, "MATCH (m:Mechanism {id: 'achpr'}) RETURN m.id AS id").rows
[{'id': 'achpr'}]
>>> try:
...     run_read_only(graph, "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row")
... except MechGraphError as refused:
...     print(refused)
The console is read only: LOAD CSV is not allowed here, because it makes the server fetch files and web addresses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import neo4j
from neo4j.exceptions import Neo4jError

from graph.connection import Graph
from graph.errors import MechGraphError

__all__ = [
    "READ_OPERATORS",
    "READ_PROCEDURES",
    "ROW_CAP",
    "TIME_LIMIT_SECONDS",
    "ConsoleResult",
    "check_plan",
    "refusal",
    "run_read_only",
]

ROW_CAP = 1000
TIME_LIMIT_SECONDS = 10.0

# Procedures that describe the graph and change nothing.
READ_PROCEDURES = (
    "db.labels",
    "db.relationshipTypes",
    "db.propertyKeys",
    "db.schema.visualization",
    "db.schema.nodeTypeProperties",
    "db.schema.relTypeProperties",
)

# The plan steps that only read, by name without what follows it: Neo4j calls them, for
# example, "Expand(All)@neo4j" (how it expands, and the database it runs on).
READ_OPERATORS = frozenset(
    {
        # where rows start: nodes and relationships by scan, id, index or count
        "AllNodesScan",
        "NodeByLabelScan",
        "UnionNodeByLabelsScan",
        "IntersectionNodeByLabelsScan",
        "SubtractionNodeByLabelsScan",
        "NodeByIdSeek",
        "NodeByElementIdSeek",
        "NodeIndexSeek",
        "NodeUniqueIndexSeek",
        "NodeIndexSeekByRange",
        "NodeUniqueIndexSeekByRange",
        "NodeIndexScan",
        "NodeIndexContainsScan",
        "NodeIndexEndsWithScan",
        "MultiNodeIndexSeek",
        "AssertingMultiNodeIndexSeek",
        "DirectedAllRelationshipsScan",
        "UndirectedAllRelationshipsScan",
        "DirectedRelationshipTypeScan",
        "UndirectedRelationshipTypeScan",
        "DirectedUnionRelationshipTypesScan",
        "UndirectedUnionRelationshipTypesScan",
        "DirectedRelationshipByIdSeek",
        "UndirectedRelationshipByIdSeek",
        "DirectedRelationshipByElementIdSeek",
        "UndirectedRelationshipByElementIdSeek",
        "DirectedRelationshipIndexSeek",
        "UndirectedRelationshipIndexSeek",
        "DirectedRelationshipIndexSeekByRange",
        "UndirectedRelationshipIndexSeekByRange",
        "DirectedRelationshipIndexScan",
        "UndirectedRelationshipIndexScan",
        "DirectedRelationshipIndexContainsScan",
        "UndirectedRelationshipIndexContainsScan",
        "DirectedRelationshipIndexEndsWithScan",
        "UndirectedRelationshipIndexEndsWithScan",
        "NodeCountFromCountStore",
        "RelationshipCountFromCountStore",
        "Argument",
        "ArgumentTracker",
        "EmptyRow",
        # following relationships, shortest paths included
        "Expand",
        "OptionalExpand",
        "VarLengthExpand",
        "BFSPruningVarExpand",
        "ShortestPath",
        "StatefulShortestPath",
        "Repeat",
        "BidirectionalRepeat",
        "NullifyMetadata",
        "ProjectEndpoints",
        "TriadicSelection",
        "TriadicBuild",
        "TriadicFilter",
        # combining rows: subqueries, pattern predicates, joins, UNION
        "Apply",
        "SemiApply",
        "AntiSemiApply",
        "LetSemiApply",
        "LetAntiSemiApply",
        "SelectOrSemiApply",
        "SelectOrAntiSemiApply",
        "LetSelectOrSemiApply",
        "LetSelectOrAntiSemiApply",
        "ConditionalApply",
        "AntiConditionalApply",
        "RollUpApply",
        "CartesianProduct",
        "NodeHashJoin",
        "ValueHashJoin",
        "NodeLeftOuterHashJoin",
        "NodeRightOuterHashJoin",
        "Union",
        "OrderedUnion",
        "Optional",
        "Anti",
        "AssertSameNode",
        "AssertSameRelationship",
        # shaping rows
        "Filter",
        "Projection",
        "Unwind",
        "Distinct",
        "OrderedDistinct",
        "Aggregation",
        "EagerAggregation",
        "OrderedAggregation",
        "Sort",
        "PartialSort",
        "Top",
        "PartialTop",
        "Top1WithTies",
        "Limit",
        "ExhaustiveLimit",
        "Skip",
        "Eager",
        "CacheProperties",
        "ProduceResults",
        # steps that only carry the rows of a write, named here so that the write itself is what a refusal names
        "EmptyResult",
        "SubqueryForeach",
    }
)

# What a refused plan step is to a user, and why it is refused.
_WRITES = "it writes to the graph"
_MANAGES = "it manages the server, its users and databases"
_ENDS_WORK = "it ends other clients' work"
_REFUSED_OPERATORS = {
    "LoadCSV": ("LOAD CSV", "it makes the server fetch files and web addresses"),
    "TerminateTransactions": ("TERMINATE TRANSACTIONS", _ENDS_WORK),
    "AdministrationCommand": ("an administration command", _MANAGES),
    "TransactionApply": ("CALL { … } IN TRANSACTIONS", "it commits as it goes"),
    "TransactionForeach": ("CALL { … } IN TRANSACTIONS", "it commits as it goes"),
    "Create": ("CREATE", _WRITES),
    "Merge": ("MERGE", _WRITES),
    "LockingMerge": ("MERGE", _WRITES),
    "Delete": ("DELETE", _WRITES),
    "DetachDelete": ("DETACH DELETE", _WRITES),
    "Foreach": ("FOREACH", _WRITES),
    "RemoveLabels": ("REMOVE", _WRITES),
    "CreateIndex": ("CREATE INDEX", _WRITES),
    "CreateConstraint": ("CREATE CONSTRAINT", _WRITES),
    "DoNothingIfExists": ("CREATE … IF NOT EXISTS", _WRITES),
}

# Commands refused by their first keyword: they administer the server, and some of them would
# not even wait for a plan. A first CREATE is refused only before one of these words.
_ADMIN_KEYWORDS = {
    "SHOW",
    "TERMINATE",
    "GRANT",
    "DENY",
    "REVOKE",
    "START",
    "STOP",
    "ALTER",
    "DROP",
    "RENAME",
    "ENABLE",
    "DEALLOCATE",
    "REALLOCATE",
    "DRYRUN",
}
_ADMIN_AFTER_CREATE = {"USER", "ROLE", "DATABASE", "COMPOSITE", "ALIAS", "SERVER", "OR"}
_ADMIN_REASONS = {
    "SHOW": "it looks at the server (its users, settings and transactions), not at the graph",
    "TERMINATE": _ENDS_WORK,
}
# Comments, and the CYPHER prefix with its options ("CYPHER 5 runtime=slotted"), before the first keyword.
_PREAMBLE = re.compile(
    r"(?:\s+|//[^\n]*|/\*.*?\*/|CYPHER(?:\s+\d+(?:\.\d+)?)?(?:\s+\w+\s*=\s*\w+)*\b)*", re.IGNORECASE | re.DOTALL
)
_WORD = re.compile(r"[A-Za-z]+")
# Where Neo4j says a syntax error is; the console's "EXPLAIN " moved it to the right by 8 characters.
_POSITION = re.compile(r"\(line (\d+), column (\d+) \(offset: (\d+)\)\)")
_EXPLAIN = "EXPLAIN "
# Neo4j's "Retry your operation …, and you should see a successful result.": not true of a console query.
_RETRY_ADVICE = re.compile(r"[^.]*\bRetry\b[^.]*\.\s*")


@dataclass(frozen=True)
class ConsoleResult:
    rows: list[dict]
    truncated: bool  # more rows than the cap were available


def run_read_only(
    graph: Graph, cypher: str, row_cap: int = ROW_CAP, time_limit: float = TIME_LIMIT_SECONDS
) -> ConsoleResult:
    """Run ``cypher`` if it only reads the graph: at most ``row_cap`` rows, at most ``time_limit`` seconds.

    Anything else is refused with a :class:`MechGraphError` of one sentence, and so is a query
    Neo4j cannot run (a syntax error, the time limit).
    """
    _check_first_keyword(cypher)

    @neo4j.unit_of_work(timeout=time_limit)  # the server ends the transaction past the limit
    def work(tx: neo4j.ManagedTransaction) -> ConsoleResult:
        summary = tx.run(_EXPLAIN + cypher).consume()
        check_plan(summary.plan, summary.database)
        result = tx.run(cypher)
        rows = []
        for record in result:
            if len(rows) == row_cap:
                return ConsoleResult(rows, truncated=True)
            rows.append({key: _plain(value) for key, value in record.items()})
        return ConsoleResult(rows, truncated=False)

    try:
        return graph.read_transaction(work)
    except MechGraphError as error:
        if isinstance(error.__cause__, Neo4jError):
            raise MechGraphError(_in_plain_words(error.__cause__, time_limit)) from error.__cause__
        raise


def refusal(what: str, why: str) -> MechGraphError:
    """The one sentence of a refused query.

    >>> str(refusal("LOAD CSV", "it makes the server fetch files and web addresses"))
    'The console is read only: LOAD CSV is not allowed here, because it makes the server fetch files and web addresses.'
    """
    return MechGraphError(f"The console is read only: {what} is not allowed here, because {why}.")


def _check_first_keyword(cypher: str) -> None:
    """Refuse administration commands, a USE clause, EXPLAIN and PROFILE by their first keyword."""
    words = [word.upper() for word in _WORD.findall(cypher, _PREAMBLE.match(cypher).end())[:2]]
    first = words[0] if words else ""
    if first == "CREATE" and words[1:] and words[1] in _ADMIN_AFTER_CREATE:
        raise refusal(f"a {' '.join(words)} command", _MANAGES)
    if first in _ADMIN_KEYWORDS:
        raise refusal(f"a {first} command", _ADMIN_REASONS.get(first, _MANAGES))
    if first == "USE":
        raise refusal("USE", "the console reads its own database only")
    if first in {"EXPLAIN", "PROFILE"}:
        raise MechGraphError(f"The console shows the rows of a query, not its plan: run it without {first}.")


def check_plan(plan: dict | None, database: str | None) -> None:
    """Refuse a plan (``EXPLAIN``'s, as the driver gives it) with a step not known to read the graph of ``database``.

    >>> check_plan({"operatorType": "ProduceResults@neo4j", "children": [{"operatorType": "Expand(All)@neo4j"}]},
    ...            "neo4j")
    >>> check_plan({"operatorType": "ProduceResults@neo4j", "children": [{"operatorType": "SetLabels@neo4j"}]},
    ...            "neo4j")
    Traceback (most recent call last):
        ...
    graph.errors.MechGraphError: The console is read only: SET is not allowed here, because it writes to the graph.
    """
    if plan is None:
        raise refusal("this statement", "Neo4j has no plan for it that the console can check")
    steps = [plan]
    while steps:
        step = steps.pop()
        steps.extend(step.get("children", []))
        operator, _, runs_on = step["operatorType"].partition("@")
        if database and runs_on and runs_on != database:
            raise refusal(f"a query on the database {runs_on!r}", f"the console reads {database!r} only")
        name = operator.split("(", 1)[0]
        if name == "ProcedureCall":
            procedure = _procedure_name(step.get("args", {}).get("Details", ""))
            if procedure not in READ_PROCEDURES:
                raise refusal(
                    f"the procedure {procedure or 'called here'}", f"only {', '.join(READ_PROCEDURES)} may be called"
                )
        elif name not in READ_OPERATORS:
            if name in _REFUSED_OPERATORS:
                raise refusal(*_REFUSED_OPERATORS[name])
            if name.startswith(("Set", "Remove")):
                raise refusal("SET" if name.startswith("Set") else "REMOVE", _WRITES)
            raise refusal(f"a query with a {name} step", "the console runs only steps known to read the graph")


def _procedure_name(details: str) -> str:
    """The procedure of a ProcedureCall step, whose details read "db.labels() :: (label :: STRING)"."""
    match = re.match(r"\s*([\w.]+)\s*\(", details)
    return match.group(1) if match else ""


def _in_plain_words(error: Neo4jError, time_limit: float) -> str:
    """One sentence for an error of Neo4j, without its advice to retry (which would fail again)."""
    code = error.code or ""
    if "TransactionTimedOut" in code:
        return (
            f"The query passed the console's time limit of {time_limit:g} seconds and was stopped; "
            "narrow it down, or add a LIMIT."
        )
    if "Terminated" in code:
        return "The query was stopped before it finished, by the server or by another client."
    # By the class of the code (Neo.<class>.<category>.<title>): what the user can do about it.
    classification = code.split(".")[1] if code.count(".") >= 3 else ""
    if classification == "TransientError":
        return "The database was busy and could not run the query this time; run it again in a moment."
    if classification == "DatabaseError":
        return "The database failed while running the query; the dashboard's log has the details."
    if classification == "ClientError" and ".Security." in code:
        return "Neo4j refused the query: the dashboard's account may not do this."
    message = _RETRY_ADVICE.sub("", (error.message or code).strip().splitlines()[0])

    def unshift(match: re.Match) -> str:
        line, column, offset = (int(group) for group in match.groups())
        if line < 1:  # a place in no line ("one statement per query"): nothing to point at
            return ""
        column -= len(_EXPLAIN) if line == 1 else 0
        return f"(line {line}, column {column} (offset: {offset - len(_EXPLAIN)}))"

    return f"Neo4j could not run the query: {_POSITION.sub(unshift, message).strip()}"


def _plain(value):
    """Nodes, relationships and paths as plain data, for a table, also inside lists and maps.

    >>> _plain({"ids": ["achpr", None], "count": 2})
    {'ids': ['achpr', None], 'count': 2}
    """
    if isinstance(value, neo4j.graph.Node):
        return {"labels": sorted(value.labels), **dict(value)}
    if isinstance(value, neo4j.graph.Relationship):
        return {"type": value.type, **dict(value)}
    if isinstance(value, neo4j.graph.Path):
        return [_plain(node) for node in value.nodes]
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value
