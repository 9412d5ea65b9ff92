"""`mechgraph resolve`: any spelling to one id, look-alikes kept apart, no server needed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from registry.names import Resolver, normalize
from tests.conftest import run_cli

MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture(scope="module")
def mini() -> Resolver:
    return Resolver.from_seeds(MINI)


@pytest.mark.parametrize(
    "spelling, expected",
    [
        ("Inter-American Court of Human Rights", "iacthr"),
        ("inter-american court of human rights", "iacthr"),
        ("Inter-\nAmerican  Court of Human\nRights", "iacthr"),
        ("the Inter American Court of Human Rights", "iacthr"),
        ("IACourtHR", "iacthr"),
        ("la Cour interaméricaine des droits de l’homme", "iacthr"),
        ("Cour interamericaine des droits de l'homme", "iacthr"),
        ("Inter-American Commission on Human Rights", "iachr"),
        ("Inter-American Commission of Human Rights", "iachr"),
        ("African Commission on Human and Peoples' Rights", "achpr"),
        ("ACPHR", "achpr"),
        ("AfHPR", "afchpr"),
        ("Human Rights Committee", "ccpr"),
        ("Human Rights Council", "hrc"),
        ("人权事务委员会", "ccpr"),
        ("人权理事会", "hrc"),
        ("人权事务\n委员会", "ccpr"),
    ],
)
def test_spellings_resolve_to_their_body(mini, spelling, expected):
    assert mini.resolve(spelling).id == expected


def test_look_alikes_are_not_confused(mini):
    assert mini.resolve("Human Rights Commission").id is None
    assert mini.resolve("Inter-American Commission").id is None  # registered for neither body
    assert mini.resolve("African Court").id == "afchpr"
    assert mini.resolve("African Commission").id == "achpr"


def test_normalizing_keeps_words_apart():
    assert normalize("Human Rights Committee") != normalize("Human Rights Council")
    assert normalize("LAS") == "las"  # an acronym is not a French article


def test_the_command_prints_one_line_per_name_and_candidates_for_unknown_names():
    result = run_cli("resolve", "--seeds", str(MINI), "ACHPR", "Comité imaginaire", "人权理事会")
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["achpr\tACHPR\t-\texact", "", "hrc\t人权理事会\tzh\texact"]
    assert result.stderr.startswith("Unknown name 'Comité imaginaire'; nearest: ")


def test_a_name_that_reads_as_two_bodies_is_refused_with_both_readings():
    result = run_cli("resolve", "--seeds", str(MINI), "ACHPR (IACHR)")
    assert result.returncode == 1
    assert result.stdout == "\t\t\ttwo bodies: achpr (ACHPR); iachr (IACHR)\n"
    assert "Two bodies in 'ACHPR (IACHR)': achpr (ACHPR); iachr (IACHR)" in result.stderr


def test_names_can_come_one_per_line_on_standard_input():
    result = run_cli("resolve", "--seeds", str(MINI), "-", "--json", input="IACHR\n\nHuman Rights Committee\n")
    assert result.returncode == 0
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {
            "input": "IACHR",
            "id": "iachr",
            "name": "Inter-American Commission on Human Rights",
            "matched": "IACHR",
            "lang": None,
            "reason": "exact",
            "readings": [],
        },
        {
            "input": "Human Rights Committee",
            "id": "ccpr",
            "name": "Human Rights Committee",
            "matched": "Human Rights Committee",
            "lang": "en",
            "reason": "exact",
            "readings": [],
        },
    ]


def test_json_gives_null_for_an_unknown_name():
    result = run_cli("resolve", "--seeds", str(MINI), "--json", "nobody")
    assert result.returncode == 1
    assert json.loads(result.stdout) == {
        "input": "nobody",
        "id": None,
        "name": None,
        "matched": None,
        "lang": None,
        "reason": None,
        "readings": [],
    }
