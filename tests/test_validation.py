"""Bad seed files: every problem at once, each with its file, line, field and what was expected."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from loaders import seeds
from tests.conftest import run_cli

MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture
def broken(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(MINI, folder)
    activities = folder / "activities.yaml"
    activities.write_text(
        activities.read_text()
        .replace("kind: joint_visit", "kind: joint_vist")
        .replace("country: CIV", "country: XXX")
        .replace('start: "2012-02"', 'start: "February 2012"')
        .replace("status: held", "status: held\n  colour: blue")
    )
    mechanisms = folder / "mechanisms.yaml"
    mechanisms.write_text(
        mechanisms.read_text()
        .replace("- id: cat", "- id: Committee_against_Torture")
        .replace(
            "aliases: [Special Rapporteur on human rights defenders]",
            "aliases: [Special Rapporteur on human rights defenders, African  commission]",
        )
        .replace(
            'quote: "the case law of the Human Rights Committee"', 'quote: "the case law of the Human Rights Council"'
        )
    )
    events = folder / "events.yaml"
    events.write_text(
        events.read_text().replace("document: mini-report", "document: no-such-report")
        + events.read_text().replace("kind: focal_point_meeting", "kind: workshop")
    )
    return folder


def test_every_problem_is_reported_with_file_line_and_field(broken):
    _plan, problems = seeds.validate(broken)
    messages = [str(problem).replace(str(broken) + "/", "") for problem in problems]
    assert (
        "activities.yaml:2: kind: got 'joint_vist'; input should be 'joint_visit', 'joint_mission', "
        "'joint_press_release', 'joint_statement', 'joint_report', 'dialogue', 'meeting', 'consultation', "
        "'staff_exchange', 'agreement', 'joint_training', 'joint_event' or 'information_exchange'" in messages
    )
    assert "activities.yaml:8: start: got 'February 2012'; expected a date as YYYY, YYYY-MM or YYYY-MM-DD" in messages
    assert "activities.yaml:11: colour: unknown field (check its spelling against the other rows)" in messages
    assert (
        "mechanisms.yaml:68: id: got 'Committee_against_Torture'; expected a lower-kebab id such as 'achpr' or "
        "'ohchr-nirms'" in messages
    )
    assert (
        "events.yaml:9: evidence[0].document: unknown document 'no-such-report'; expected one of mini-report"
        in messages
    )
    assert "events.yaml:10: id: 'fp-meeting-test' is already the id of events.yaml:1" in messages
    assert (
        "mechanisms.yaml:25: aliases[1]: the spelling 'African  commission' of 'sr-hrd' already names 'achpr' "
        "('African Commission'); a spelling names one body only"
    ) in messages
    assert (
        "mechanisms.yaml:59: evidence[0].quote: not found in documents/mini.txt; copy it exactly from the document"
    ) in messages
    # A row that fails its model is not loaded, so names that point at it are unknown too.
    assert (
        "references.yaml:8: target: unknown body 'cat'; expected an id or a name of mechanisms.yaml or "
        "organizations.yaml; nearest: achpr (African Commission), afchpr (African Court), iacthr (IACtHR)" in messages
    )
    assert len(messages) == 9


def problems_after_edit(tmp_path, file_name: str, old: str, new: str) -> list[str]:
    """The problems of a copy of the mini seeds with one text replaced in one file."""
    folder = tmp_path / "seeds"
    shutil.copytree(MINI, folder)
    path = folder / file_name
    assert old in path.read_text()
    path.write_text(path.read_text().replace(old, new))
    _plan, problems = seeds.validate(folder)
    return [str(problem).replace(str(folder) + "/", "") for problem in problems]


def test_a_country_code_is_checked_once_the_row_is_valid(tmp_path):
    assert problems_after_edit(tmp_path, "activities.yaml", "country: CIV", "country: XXX") == [
        "activities.yaml:7: country: 'XXX' is not an ISO 3166 alpha-3 country code"
    ]


def test_the_precision_of_a_date_is_the_one_it_is_written_with(tmp_path):
    assert problems_after_edit(tmp_path, "activities.yaml", "precision: month", "precision: day") == [
        "activities.yaml:9: precision: got 'day' for start '2012-02'; expected 'month'"
    ]


def test_quotes_longer_than_25_words_are_refused(tmp_path):
    long_quote = (
        "The African Commission on Human and Peoples’ Rights (ACHPR) and the Special Rapporteur on human "
        "rights defenders carried out a joint visit to Côte d'Ivoire in February 2012. "
        "2. The Inter-American Court of Human Rights"
    )
    assert problems_after_edit(
        tmp_path, "corrections.yaml", 'quote: "The Inter-American Commission of Human Rights"', f'quote: "{long_quote}"'
    ) == ["corrections.yaml:8: evidence[0].quote: 35 words; a quote has at most 25 words (60 Chinese characters)"]


def test_broken_yaml_names_the_line(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(MINI, folder)
    (folder / "events.yaml").write_text("- id: x\n  title: [unclosed\n")  # line 2 opens a list it never closes
    _plan, problems = seeds.validate(folder)
    messages = [str(p).replace(str(folder) + "/", "") for p in problems]
    assert messages[0].startswith("events.yaml:2: not valid YAML: ")
    # The events of that file are then unknown where other rows point at them.
    assert messages[1:] == [
        "workplans.yaml:5: adopted_at: unknown event 'fp-meeting-test'; expected an id of events.yaml"
    ]


def test_the_cli_lists_every_problem_and_exits_1(broken):
    result = run_cli("load", "--dry-run", str(broken))
    assert result.returncode == 1
    assert "problem(s) in the seed files; nothing was written." in result.stderr
    assert "activities.yaml:11: colour: unknown field" in result.stderr
    assert "Traceback" not in result.stderr
