"""The body-to-body links: every partial rebuild gives what a whole rebuild gives, and a review
decision changes the links of its own bodies only, as if every link had been rebuilt."""

from __future__ import annotations

from graph import links
from loaders.documents import review
from queries.catalogue import Catalogue
from tests.test_ingest_graph import seeded  # noqa: F401  the seed graph with the English report ingested

_LINKS = (
    "MATCH (a)-[l:LINKED]->(b) RETURN a.id AS a, b.id AS b, l.type AS type, l.detail AS detail, l.year AS year, "
    "l.status AS status, l.fact_status AS fact_status, l.weight AS weight, l.via AS via "
    "ORDER BY a, b, type, detail, year, status, fact_status"
)


def rebuilt(graph) -> list[dict]:
    """The links a whole rebuild makes from the facts now in the graph."""
    graph.write_transaction(lambda tx: links.refresh(tx))
    return graph.read(_LINKS)


def test_rebuilding_by_parts_by_bodies_or_by_pairs_gives_the_whole(seeded):  # noqa: F811
    whole = rebuilt(seeded)
    assert len(whole) > 1000 and {row["type"] for row in whole} == set(links.LINK_TYPES)
    bodies = [row["id"] for row in seeded.read("MATCH (b:Mechanism|Organization) RETURN b.id AS id ORDER BY id")]

    seeded.write("MATCH ()-[l:LINKED]->() DELETE l")
    for part in (bodies[:40], bodies[40:100], bodies[100:]):  # a partition by start: bounded transactions
        seeded.write_transaction(lambda tx, part=part: links.refresh(tx, starts=part))
    assert seeded.read(_LINKS) == whole

    seeded.write("MATCH (:Mechanism {id: 'ohchr'})-[l:LINKED]-() DELETE l")  # lost, then found again
    assert seeded.read(_LINKS) != whole
    seeded.write_transaction(lambda tx: links.refresh(tx, bodies=["ohchr", "achpr", "iachr"]))
    assert seeded.read(_LINKS) == whole

    pairs = {(row["a"], row["b"]) for row in whole}
    seeded.write("MATCH ()-[l:LINKED {type: 'references'}]->() DELETE l")
    seeded.write_transaction(lambda tx: links.refresh(tx, pairs=pairs, types=["references"]))
    assert seeded.read(_LINKS) == whole


def test_accepting_and_withdrawing_change_the_links_as_a_whole_rebuild_would(seeded):  # noqa: F811
    rebuilt(seeded)
    open_ones = Catalogue.load().run(seeded, "candidates", {"status": "candidate", "document": "a-hrc-23-18-en"})
    activity = next(row for row in open_ones if row["kind"] == "activity")
    reference = next(row for row in open_ones if row["kind"] == "reference")
    before = seeded.read(_LINKS)

    fact = review.accept(seeded, activity["id"])
    made = seeded.read(_LINKS)
    assert made != before and any(fact in row["via"] for row in made)
    assert made == rebuilt(seeded)

    cited = review.accept(seeded, reference["id"], source="iachr", target="ccpr")
    made = seeded.read(_LINKS)
    assert any(cited in row["via"] and (row["a"], row["b"]) == ("iachr", "ccpr") for row in made)
    assert made == rebuilt(seeded)

    review.withdraw(seeded, activity["id"])
    review.withdraw(seeded, reference["id"])
    assert seeded.read(_LINKS) == before == rebuilt(seeded)
