"""Writers never interleave: loads, ingestions and reviews take the graph's writer lock in turn.

Two loads of different data at the same time once mixed the graph (every ABOUT and ATTENDED
relationship gone, both commands saying "Loaded."); these tests show that a second writer now
waits, says for whom, and leaves the graph as one of the two loads made it, never a mixture.
"""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import neo4j
import pytest

from bench import synth
from conftest import wipe
from graph import writer
from graph.connection import connect
from loaders import seeds
from loaders.seeds import digests, state
from queries.catalogue import Catalogue
from registry.names import SEEDS

MINI = Path(__file__).parent / "fixtures" / "mini"


def fingerprint(graph) -> dict:
    """Every label and relationship type the graph holds, with its count."""
    return {(row["kind"], row["name"]): row["count"] for row in Catalogue.load().run(graph, "graph-counts")}


def test_a_second_writer_waits_for_the_first_and_says_for_whom(graph, neo4j_settings):
    holding, release = threading.Event(), threading.Event()

    def hold(tx, _progress):
        holding.set()
        release.wait(60)

    with connect(neo4j_settings) as other:
        first = threading.Thread(
            target=writer.exclusive, args=(other, hold), kwargs={"task": "a test holding the graph"}
        )
        first.start()
        assert holding.wait(30)
        said, done = [], []
        second = threading.Thread(target=lambda: done.append(seeds.load(graph, MINI, progress=said.append)))
        second.start()
        time.sleep(3)
        assert second.is_alive() and not done  # the load waits…
        assert any(line.startswith("Waiting for another writer: a test holding the graph") for line in said)
        release.set()
        first.join(30)
        second.join(120)
    assert done and done[0][1].changed  # …and then loads


def test_a_writer_that_waits_too_long_stops_with_a_plain_sentence(graph, neo4j_settings):
    holding, release = threading.Event(), threading.Event()
    with connect(neo4j_settings) as other:
        first = threading.Thread(
            target=writer.exclusive,
            args=(other, lambda tx, _p: (holding.set(), release.wait(60))),
            kwargs={"task": "an ingestion of report.pdf"},
        )
        first.start()
        assert holding.wait(30)
        try:
            with pytest.raises(
                Exception, match=r"Another writer \(an ingestion of report\.pdf, since .*\) still holds"
            ):
                writer.exclusive(graph, lambda tx, _p: None, task="a load", patience=1)
        finally:
            release.set()
            first.join(30)


def test_loads_of_different_data_at_the_same_time_never_mix(graph, neo4j_settings, tmp_path):
    synthetic = tmp_path / "synthetic"
    synth.generate(synthetic, scale=0.003, seed=5)
    expected = {}
    for folder in (SEEDS, synthetic):
        wipe(graph, drop_schema=False)
        seeds.load(graph, folder, allow_removals=True)
        expected[folder] = fingerprint(graph)
    assert expected[SEEDS] != expected[synthetic]

    rounds = random.Random(11)
    for _ in range(4):
        wipe(graph, drop_schema=False)
        finished, failures = [], []

        def run(folder: Path, delay: float, finished=finished, failures=failures) -> None:
            time.sleep(delay)
            try:
                with connect(neo4j_settings) as own:
                    seeds.load(own, folder, allow_removals=True)  # each load replaces the other whole
                finished.append(folder)
            except Exception as error:  # noqa: BLE001 - the test reports any failure below
                failures.append(error)

        threads = [
            threading.Thread(target=run, args=(SEEDS, 0.0)),
            threading.Thread(target=run, args=(synthetic, rounds.uniform(0.0, 1.5))),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(300)
        assert not failures and len(finished) == 2
        # A load computes the network figures after its write commits, so the thread that returns last
        # may not be the one that wrote last; the load that committed last is the one the graph records.
        last = [folder for folder in (SEEDS, synthetic) if state.recorded(graph)["files"] == digests.files(folder)]
        assert len(last) == 1
        assert fingerprint(graph) == expected[last[0]]  # what the last writer loaded, and nothing else


def test_progress_is_said_once_when_the_driver_retries_a_transaction(graph):
    said, attempts = [], []

    def work(tx, progress):
        attempts.append(1)
        progress("Writing the nodes…")
        if len(attempts) == 1:
            raise neo4j.exceptions.SessionExpired("the connection dropped")  # the driver retries this
        progress("Writing the relationships…")
        return len(attempts)

    assert writer.exclusive(graph, work, task="a retried write", progress=said.append) == 2
    assert said == ["Writing the nodes…", "Writing the relationships…"]
