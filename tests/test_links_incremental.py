"""One reviewed fact among hubs is counted in or out of the links it makes, and the links are still
exactly those a whole rebuild makes: every link, with its weight, statuses, year and ``via``.

On a small Zipf-shaped graph (the benchmark's generator), whose busiest bodies share many facts.
"""

from __future__ import annotations

import pytest

from bench import accept
from graph import links
from loaders import seeds
from loaders.documents import review
from registry import vocabulary
from tests.test_links import _LINKS, rebuilt


@pytest.fixture
def hubs(graph, synthetic):
    seeds.load(graph, synthetic)
    return graph


def _between(graph, first: str, second: str, kind: str) -> list[dict]:
    return [row for row in graph.read(_LINKS) if {row["a"], row["b"]} == {first, second} and row["detail"] == kind]


def test_decisions_among_hubs_change_the_links_as_a_whole_rebuild_would(hubs):
    a, b, c = accept.busiest(hubs, 3)
    organization = hubs.read("MATCH (o:Organization) RETURN o.id AS id ORDER BY id LIMIT 1")[0]["id"]
    cites, visit = list(vocabulary.REFERENCE_KINDS)[0], list(vocabulary.ACTIVITY_KINDS)[0]
    before = rebuilt(hubs)
    decisions = [  # (candidate, kind, detail, bodies, proposed, what the person chose)
        ("cand-r1", "reference", cites, [a, b], False, {}),
        ("cand-r2", "reference", cites, [a, b], False, {}),  # the same link again: its weight grows
        ("cand-r3", "reference", cites, [a, b], True, {}),  # recommended: a proposed link
        ("cand-r4", "reference", cites, [a, b], False, {"source": b, "target": a}),  # the other way
        ("cand-r5", "reference", cites, [a, organization], False, {"source": organization, "target": a}),
        ("cand-a1", "activity", visit, [a, b, c], False, {}),
        ("cand-a2", "activity", visit, [c, b, a], False, {}),
        ("cand-a3", "activity", visit, [a, b], True, {"bodies": [a, organization, c]}),
    ]
    facts = {}
    for candidate, kind, detail, bodies, proposed, chosen in decisions:
        accept.propose(hubs, candidate, kind, detail, bodies, proposed=proposed)
        facts[candidate] = review.accept(hubs, candidate, **chosen)
        made = hubs.read(_LINKS)
        assert any(facts[candidate] in row["via"] for row in made)
        assert made == rebuilt(hubs), candidate
    assert {row["weight"] for row in _between(hubs, a, b, visit) if facts["cand-a2"] in row["via"]} == {2}

    for candidate in ("cand-r2", "cand-a1", "cand-r5", "cand-r1", "cand-a3", "cand-r4", "cand-a2", "cand-r3"):
        review.withdraw(hubs, candidate)
        left = hubs.read(_LINKS)
        assert not any(facts[candidate] in row["via"] for row in left)
        assert left == rebuilt(hubs), candidate
    assert hubs.read(_LINKS) == before


def test_a_link_with_more_facts_than_it_keeps_takes_and_gives_back_its_first_ids(hubs):
    a, b, c = accept.busiest(hubs, 3)
    visit = list(vocabulary.ACTIVITY_KINDS)[0]
    more = links.VIA + 5
    hubs.write(  # earlier joint visits of the three hubs, held, undated as reviewed ones are
        "UNWIND range(1, $more) AS number "
        "CREATE (act:Activity {id: 'act-9-' + right('00' + toString(number), 3), kind: $kind, status: 'held', "
        "title: 'An earlier visit', source: 'seed'}) "
        "WITH act UNWIND $bodies AS id MATCH (m:Mechanism {id: id}) CREATE (m)-[:PARTICIPATED_IN]->(act)",
        {"more": more, "kind": visit, "bodies": [a, b, c]},
    )
    rebuilt(hubs)
    [earlier] = [row for row in _between(hubs, a, b, visit) if row["year"] is None]
    assert earlier["weight"] == more and earlier["via"][-1] == f"act-9-{links.VIA:03d}"

    # act-0 comes before every kept id; act-9-005a among them: each pushes the last one out of via
    for candidate in ("cand-0", "cand-9-005a"):
        accept.propose(hubs, candidate, "activity", visit, [a, b, c])
        review.accept(hubs, candidate)
        assert hubs.read(_LINKS) == rebuilt(hubs), candidate
    [grown] = [row for row in _between(hubs, a, b, visit) if row["year"] is None]
    assert grown["weight"] == more + 2 and grown["via"][:7] == ["act-0", *earlier["via"][:5], "act-9-005a"]
    assert len(grown["via"]) == links.VIA

    # withdrawn, each leaves a gap in via that the next earlier visit fills
    for candidate in ("cand-0", "cand-9-005a"):
        review.withdraw(hubs, candidate)
        assert hubs.read(_LINKS) == rebuilt(hubs), candidate
    assert [row for row in _between(hubs, a, b, visit) if row["year"] is None] == [earlier]
