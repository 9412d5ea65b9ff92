"""A load that streams (files read row by row, the plan spooled to disk) makes the graph, the plan and the
problems that a load planned in memory makes."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from bench import synth
from conftest import wipe
from loaders import seeds
from loaders.seeds import sync
from loaders.seeds.plan import validate
from loaders.seeds.spool import Spool
from registry.yamlfile import SeedFileError, iter_rows, read_rows
from tests.test_load import MINI
from tests.test_load_incremental import linked, snapshot


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("streamed") / "seeds"
    synth.generate(folder, scale=0.004, seed=11)
    return folder


def _same_plans(folder: Path) -> tuple[list[str], list[str]]:
    """The in-memory plan and the spooled one, compared node by node and relationship by relationship; the
    problems of both, as people read them."""
    held, held_problems = validate(folder)
    with_spool = Spool()
    spooled, spooled_problems = validate(folder, with_spool)
    if held_problems:  # a plan with problems is never written (and a stream plans the rows before a YAML error)
        with_spool.close()
        return [str(p) for p in held_problems], [str(p) for p in spooled_problems]
    assert {label: dict(nodes) for label, nodes in held.nodes.items()} == {
        label: dict(nodes.items()) for label, nodes in spooled.nodes.items()
    }
    assert held.relationships == set(spooled.relationships)
    assert len(held.relationships) == len(spooled.relationships)
    held_wanted, spooled_wanted = held.wanted(), spooled.wanted()
    assert dict(spooled_wanted[2].items()) == held_wanted[2]  # every node's digest
    assert sync.counts(held) == sync.counts(spooled)
    with_spool.close()
    return [str(p) for p in held_problems], [str(p) for p in spooled_problems]


def test_the_spooled_plan_of_a_synthetic_folder_is_the_plan_held_in_memory(synthetic):
    held, spooled = _same_plans(synthetic)
    assert held == spooled == []


def test_a_broken_folder_streamed_tells_the_same_problems_in_the_same_order(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(MINI, folder)
    with (folder / "events.yaml").open("a") as events:
        events.write(  # an id a mechanism has, an unknown body, a quote the document lacks, a country that is none
            "- id: achpr\n  kind: focal_point_meeting\n  title: Again\n  place: Geneva\n  country: XXX\n"
            "  start: 2013-01-10\n  attended_by: [achpr, Comité imaginaire]\n  evidence:\n"
            '    - {document: mini-report, locator: "para. 3", quote: "words nobody wrote"}\n'
            "- id: not an id\n  kind: focal_point_meeting\n"
        )
    with (folder / "references.yaml").open("a") as references:
        references.write("- source: iachr\n  target: [cat\n  kind: quotes\n")  # broken YAML after good rows
    (folder / "extra.yaml").write_text("[]\n")
    held, spooled = _same_plans(folder)
    assert spooled == held
    assert len(held) >= 6
    assert any("is already the id of mechanisms.yaml" in problem for problem in held)
    assert any("references.yaml:" in problem and "not closed" in problem for problem in held)


def test_a_file_is_read_row_by_row_with_the_lines_and_errors_of_a_whole_reading(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text("- id: one\n  title: One\n- id: two\n  title: [Two\n")
    rows = iter_rows(path)
    first = next(rows)
    assert (first.data, first.line, first.line_of(("title",))) == ({"id": "one", "title": "One"}, 1, 2)
    with pytest.raises(SeedFileError) as streamed:
        list(rows)
    with pytest.raises(SeedFileError) as whole:
        read_rows(path)
    assert (
        str(streamed.value)
        == str(whole.value)
        == (
            f"{path}:4: not valid YAML: did not find expected ',' or ']': "
            "the [ … ] list that starts on this line is not closed"
        )
    )
    path.write_bytes(b"- id: one\n- id: t\xe9\n")
    with pytest.raises(SeedFileError, match=r"events\.yaml:2: not UTF-8 text \(byte 17\)"):
        next(iter_rows(path))


def test_the_spool_is_private_and_removed_when_closed():
    spool = Spool()
    folder = Path(spool.folder)
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    spool.add_node("Mechanism", {"id": "achpr", "name": "ACHPR"})
    assert spool.nodes["Mechanism"]["achpr"]["name"] == "ACHPR"
    spool.close()
    assert not folder.exists()


def test_a_streamed_load_writes_the_graph_a_load_in_memory_writes(graph, synthetic):
    said = []
    seeds.load(graph, synthetic, stream=False, progress=said.append)
    assert said[0] == f"Validating {synthetic}…"
    expected = snapshot(graph), linked(graph)
    wipe(graph, drop_schema=False)
    said = []
    plan, summary = seeds.load(graph, synthetic, stream=True, progress=said.append)
    assert isinstance(plan, Spool) and said[0] == f"Validating {synthetic}, row by row, the plan spooled to disk…"
    assert not any(line.startswith("  batch ") for line in said)  # still one transaction
    assert (snapshot(graph), linked(graph)) == expected
    assert summary.created["Mechanism"] == len(plan.nodes["Mechanism"])
    # and again: a streamed plan finds nothing to change
    _plan, again = seeds.load(graph, synthetic, stream=True, full=True)
    assert not again.changed and (snapshot(graph), linked(graph)) == expected


def test_a_folder_streams_above_its_size_or_when_batched(synthetic, monkeypatch):
    assert not sync.streams(MINI) and sync.streams(MINI, batched=True)
    monkeypatch.setattr(sync, "STREAM_ABOVE", 1000)
    assert sync.streams(synthetic)


def test_a_spool_made_in_one_thread_is_removed_from_another():
    import threading

    made: list[Spool] = []
    worker = threading.Thread(target=lambda: made.append(Spool()))
    worker.start()
    worker.join()
    folder = Path(made[0].folder)
    assert folder.is_dir()
    made[0].close()  # here, as the collector would from whatever thread it runs in
    assert not folder.exists()
