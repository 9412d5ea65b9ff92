"""p50 and p95 latency of every catalogue query, with parameters a user would give.

Each query runs through :meth:`queries.catalogue.Catalogue.run`, as ``mechgraph query`` and
the dashboard run it. Parameters are drawn from the graph itself: busy bodies and quiet ones
alike (the heavy tail is where queries slow down), real item and fact ids, and the filters
the dashboard pages offer.

>>> report = measure(graph, resolver, runs=5, warmup=1, only=["graph-counts"])
>>> list(report), report["graph-counts"]["p50_ms"] <= report["graph-counts"]["p95_ms"]
(['graph-counts'], True)
"""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable

from graph.connection import Graph
from graph.progress import Progress, quiet
from queries.catalogue import Catalogue

Parameters = Callable[[random.Random], dict]


def _ids(graph: Graph, statement: str) -> list[str]:
    return [row["id"] for row in graph.read(statement)]


def parameter_sets(graph: Graph) -> dict[str, Parameters]:
    """For each query, a function that draws one realistic set of parameters."""
    bodies = _ids(graph, "MATCH (m:Mechanism) WHERE NOT coalesce(m.generic, false) RETURN m.id AS id ORDER BY id")
    # The busiest bodies by references: a user looks at them more often than at the rest.
    busy = _ids(
        graph, "MATCH (m:Mechanism) RETURN m.id AS id ORDER BY COUNT { (m)-[:REFERENCES]-() } DESC, id LIMIT 20"
    )
    items = _ids(graph, "MATCH (i:WorkplanItem) RETURN i.id AS id ORDER BY id")
    workplans = _ids(graph, "MATCH (w:Workplan) RETURN w.id AS id ORDER BY id")
    facts = _ids(graph, "MATCH (f:Activity|Reference|Event|FocalPoint) RETURN f.id AS id ORDER BY id LIMIT 20000")
    countries = _ids(graph, "MATCH (c:Country) RETURN c.code AS id ORDER BY id")
    documents = _ids(graph, "MATCH (d:Document) WHERE coalesce(d.held, true) RETURN d.id AS id ORDER BY id") or ["none"]
    searched = ["joint visit", "cooperation", '"focal points"', "human rights", "区域机制", "visites conjointes"]
    pairs = [
        (row["source"], row["target"])
        for row in graph.read(
            "MATCH (s:Mechanism)-[:REFERENCES]->(t:Mechanism) RETURN DISTINCT s.id AS source, t.id AS target "
            "ORDER BY source, target LIMIT 20000"
        )
    ]

    # the links the network draws (its bodies' strongest), whose facts a person picks to read
    drawn = [
        (row["source"], row["target"], row["type"])
        for row in graph.read(
            "MATCH ()-[t:TIE]->() RETURN DISTINCT t.source AS source, t.target AS target, t.type AS type "
            "ORDER BY source, target, type LIMIT 20000"
        )
    ] or [(source, target, "references") for source, target in pairs]

    def body(chance: random.Random) -> str:
        return chance.choice(busy) if chance.random() < 0.3 else chance.choice(bodies)

    def maybe(chance: random.Random, value, probability: float = 0.3):
        return value if chance.random() < probability else None

    kinds = ["follows_up_recommendations", "cites_case_law", "takes_into_account"]
    return {
        "activity-facets": lambda c: {"status": maybe(c, "held"), "body": maybe(c, body(c))},
        "activity-partners": lambda c: {"body": body(c), "status": maybe(c, "held")},
        "bodies": lambda c: {"system": maybe(c, c.choice(["UN", "regional"]))},
        "bodies-without-focal-point": lambda c: {"system": maybe(c, "regional", 0.5), "region": maybe(c, "africa")},
        "briefing": lambda c: {"bodies": [body(c) for _ in range(c.randint(2, 5))]},
        "briefing-gaps": lambda c: {"bodies": [body(c) for _ in range(c.randint(2, 5))]},
        "candidates": lambda c: {"status": maybe(c, "candidate", 0.5)},
        "cited-not-held": lambda c: {},
        "review-candidates": lambda c: {"status": maybe(c, "candidate", 0.5), "body": maybe(c, body(c))},
        "analytics-freshness": lambda c: {},
        "centrality": lambda c: {"network": c.choice(["references", "cooperation"])},
        "connection-paths": lambda c: {"source": body(c), "target": body(c)},
        "data-freshness": lambda c: {},
        "documents": lambda c: {},
        "events": lambda c: {},
        "unknown-names": lambda c: {"limit": 50},
        # a picker before words are typed and after, and a page's lookup of the documents it names
        "document-names": lambda c: c.choice(
            [
                {"ingested": maybe(c, True, 0.5)},
                {"words": c.choice(["hrc", "report 2", "A/HRC/1", "cedaw"]), "ingested": maybe(c, True, 0.5)},
                {"ids": c.sample(documents, min(10, len(documents)))},
            ]
        ),
        "document-paragraphs": lambda c: {"document": c.choice(documents)},
        "fulltext-index": lambda c: {},
        "held-documents": lambda c: {},
        "item-progress": lambda c: {"item": c.choice(items)},
        "fact-evidence": lambda c: {"id": c.choice(facts)},
        "focal-points": lambda c: {"body": maybe(c, body(c), 0.5)},
        "graph-counts": lambda c: {},
        "database-size": lambda c: {},
        "item-owners": lambda c: {"item": c.choice(items)},
        "items-without-named-owner": lambda c: {"workplan": maybe(c, c.choice(workplans), 0.5)},
        "joint-activities": lambda c: {
            "country": maybe(c, c.choice(countries)),
            "year": maybe(c, c.randint(2000, 2025)),
            "body": maybe(c, body(c)),
        },
        "link-facts": lambda c: {
            **dict(zip(("source", "target", "type"), c.choice(drawn), strict=True)),
            "statuses": maybe(c, ["held"]),
            "year_from": maybe(c, 2015),
        },
        "liaisons": lambda c: {"body": maybe(c, body(c), 0.5)},
        "mechanism-profile": lambda c: {"body": body(c)},
        # The network page's default view, and sometimes one body's neighbourhood.
        "network": lambda c: {
            "relationships": ["references", "activity", "liaison"],
            "max_nodes": 150,
            "body": maybe(c, body(c)),
        },
        "owner-items": lambda c: {"owner": body(c)},
        # the Documents page's search: words alone, or with a body or a language
        "paragraph-search": lambda c: {
            "words": c.choice(searched),
            "body": maybe(c, body(c)),
            "language": maybe(c, c.choice(["en", "fr", "zh"])),
        },
        "progress-since": lambda c: {"since": maybe(c, str(c.randint(2010, 2025)), 0.7)},
        "owner-load": lambda c: {"workplan": maybe(c, c.choice(workplans))},
        "reference-evidence": lambda c: dict(zip(("source", "target"), c.choice(pairs), strict=True)),
        "reference-matrix": lambda c: {"kind": maybe(c, c.choice(kinds)), "region": maybe(c, "africa")},
        "references-of": lambda c: {"body": body(c)},
        "who-cites-whom": lambda c: {"kind": maybe(c, c.choice(kinds)), "year_from": maybe(c, 2015)},
        "workplans": lambda c: {},
        "workplan-items": lambda c: {"workplan": maybe(c, c.choice(workplans), 0.5), "term": maybe(c, "short")},
    }


def _paged(generators: dict[str, Parameters], totals: dict[str, int]) -> dict[str, Parameters]:
    """The parameters of each directory of ``totals`` (name -> rows), on a page further on now and then (as a user
    paging through it would be): unfiltered, with chance 0.3 an offset drawn within the directory (a filtered one
    may hold fewer rows: an offset past its end would time an empty page)."""

    def draw(name: str, generate: Parameters) -> Parameters:
        def drawn(chance: random.Random) -> dict:
            parameters = generate(chance)
            unfiltered = all(value is None for key, value in parameters.items() if key != "limit")
            if chance.random() < 0.3 and unfiltered:
                parameters["offset"] = chance.randrange(max(1, totals.get(name, 1)))
            return parameters

        return drawn

    return {name: draw(name, generate) if name in totals else generate for name, generate in generators.items()}


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (linear interpolation)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def measure(
    graph: Graph,
    resolver,
    runs: int = 200,
    warmup: int = 20,
    seed: int = 7,
    only: list[str] | None = None,
    progress: Progress = quiet,
) -> dict[str, dict]:
    """Time each query ``runs`` times after ``warmup`` runs; milliseconds by query name."""
    catalogue = Catalogue.load()
    generators = parameter_sets(graph)
    missing = sorted(query.name for query in catalogue if query.name not in generators)
    if missing:
        raise ValueError(f"no parameters for the queries {', '.join(missing)}: add them to bench/latency.py")
    # The size of each directory that needs no parameter (one row asked: its total), to draw offsets within.
    totals = {
        query.name: (catalogue.run(graph, query.name, {"limit": 1}, resolver) or [{"total": 0}])[0]["total"]
        for query in catalogue
        if (not only or query.name in only)
        and {"limit", "offset"} <= {p.name for p in query.parameters}
        and not any(p.required for p in query.parameters)
    }
    generators = _paged(generators, totals)
    gc.freeze()  # what the set-up made stays out of the full collections, as the dashboard's start does (dashboard.serve)
    chance = random.Random(seed)
    results = {}
    for query in catalogue:
        if only and query.name not in only:
            continue
        draws = [generators[query.name](chance) for _ in range(warmup + runs)]
        timings, rows = [], 0
        for number, parameters in enumerate(draws):
            given = {key: value for key, value in parameters.items() if value is not None}
            started = time.perf_counter()
            result = catalogue.run(graph, query.name, given, resolver)
            elapsed = (time.perf_counter() - started) * 1000
            if number >= warmup:
                timings.append(elapsed)
                rows += len(result)
        results[query.name] = {
            "runs": runs,
            "p50_ms": round(percentile(timings, 0.5), 1),
            "p95_ms": round(percentile(timings, 0.95), 1),
            "p99_ms": round(percentile(timings, 0.99), 1),
            "max_ms": round(max(timings), 1),
            "mean_rows": round(rows / runs, 1),
        }
        progress(f"  {query.name}: p50 {results[query.name]['p50_ms']} ms, p95 {results[query.name]['p95_ms']} ms")
    return results
