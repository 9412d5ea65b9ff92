"""The README's command lines, run as written against the test server, with what they print.

Every line of the README that runs ``.venv/bin/mechgraph`` has an expectation here, and every
expectation a line of the README (as the official driver's ``tests/integration/test_readme.py``
does for its README): change one and this test says which.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import networkx
import pytest

from graph.server import LocalServer
from tests.conftest import ROOT, cli_env, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")
LINES = [line.split("  #")[0].strip() for line in re.findall(r"^\.venv/bin/mechgraph (.+)$", README, re.M)]


def ok(*in_stdout: str, stderr: str = "") -> dict:
    return {"code": 0, "stdout": in_stdout, "stderr": stderr}


def fails(stderr: str) -> dict:
    return {"code": 1, "stdout": (), "stderr": stderr}


#: README line (after ``.venv/bin/mechgraph``) -> exit code, texts it prints on standard output
#: and a text on standard error. The lines run in README order.
GRAPH_LINES = {
    "load --dry-run": ok(stderr="Nothing was written (--dry-run)"),
    "load": ok(stderr="Loaded."),
    'resolve "Cour interaméricaine des droits de l’homme" ACHPR 人权理事会 "OHCHR’s"': ok(
        "iacthr\tCour interaméricaine des droits de l'homme\tfr\texact\n",
        "achpr\tACHPR\t-\texact\nhrc\t人权理事会\tzh\texact\n",
        "ohchr\tOHCHR\t-\tpossessive\n",
    ),
    "export --format gexf -o mechgraph.gexf": ok(stderr="to mechgraph.gexf."),
    "analytics": ok(stderr="Stored the figures of"),
    "ingest seeds/documents/": ok("a-hrc-23-18-en (A/HRC/23/18)", stderr="Ingested 5 document(s)"),
    "ingest A_HRC_26_20.pdf --dry-run": ok("a-hrc-26-20-en (A/HRC/26/20)", "dry run: nothing written"),
    "review": ok("cand-"),
    "review --accept cand-fbd8b25d8b --reject cand-fc604aec5a": ok(stderr="Rejected cand-fc604aec5a."),
    "review -i": ok("[1/"),
    "names": ok("特别报告员"),
    "names --not-a-body 或设立一个工作组": ok(stderr="is not a body"),
    "queries": ok("who-cites-whom\n", "--param body=<body>"),
    "query who-cites-whom --param limit=10": ok("source"),
    'query references-of --param body="Inter-American Court of Human Rights"': ok("cedaw"),
    "query reference-evidence --param source=CEDAW --param target=IACourtHR": ok("footnote 13"),
    "query item-owners --param item=wp2012-short-1": ok("owner"),
    "query items-without-named-owner --param workplan=fp-meeting-2012-workplan": ok("collective"),
    "query joint-activities --param country=TUN --param year=2012 --format csv": ok("TUN"),
    'query briefing --param bodies="ACHPR, IACHR, NIRMS" --format json': ok('"open_items"'),
    "query workplan-items --param limit=50 --param offset=50": ok("total", stderr="Rows 51–100 of "),
}
#: The server's own commands, run against a server of their own, in README order.
SERVER_LINES = {
    "db start": ok("bolt://127.0.0.1:"),
    "db status": ok(": running"),
    "db backup mechgraph.dump": ok(stderr="The database is saved in"),
    "db restore mechgraph.dump": fails("confirm with --yes"),  # it asks first (and cannot, here)
    "db stop": ok(stderr="Neo4j stopped; the data is kept."),
    "db reset": fails("confirm with --yes"),  # the README says: it asks first (and cannot, here)
    "db init": fails("The local Neo4j server is not running"),
}


def check(line: str, expected: dict, ran) -> None:
    assert ran.returncode == expected["code"], f"{line}\n{ran.stderr}"
    for text in expected["stdout"]:
        assert text in ran.stdout, f"{line}: {text!r} not in\n{ran.stdout[:2000]}"
    assert expected["stderr"] in ran.stderr, f"{line}: {expected['stderr']!r} not in\n{ran.stderr[:2000]}"
    assert "Traceback" not in ran.stderr


def test_every_command_line_of_the_readme_is_checked():
    assert [*GRAPH_LINES, *SERVER_LINES] == LINES


@pytest.fixture
def workspace(tmp_path) -> Path:
    """A folder like the project's, where files that the commands write stay in the test."""
    # A copy: the review line records its decisions in the seed folder.
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in (
        "A/HRC/26/20",
        "Human Rights Council",
        "1. The Inter-American Commission on Human Rights and the "
        "African Commission on Human and Peoples' Rights carried out a joint visit.",
    ):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "A_HRC_26_20.pdf"))
    return tmp_path


def test_the_readme_commands_do_what_it_says(graph, local_server, neo4j_settings, workspace, monkeypatch):
    env = cli_env(local_server) if local_server else None
    monkeypatch.setattr("mechgraph.common.SEEDS", workspace / "seeds")  # the default seed folder, as in a clone
    for line, expected in GRAPH_LINES.items():
        ran = run_cli(*shlex.split(line), env=env, input="q\n", cwd=workspace)
        check(line, expected, ran)
    assert "candidate: cand-fc604aec5a" in (workspace / "seeds" / "decisions" / "review.yaml").read_text()
    assert "name: 或设立一个工作组" in (workspace / "seeds" / "decisions" / "names.yaml").read_text(encoding="utf-8")
    assert "achpr" in networkx.read_gexf(workspace / "mechgraph.gexf")  # Gephi's format, readable
    briefing = json.loads(
        run_cli(
            "query", "briefing", "--param", "bodies=ACHPR, IACHR, NIRMS", "--format", "json", env=env, cwd=workspace
        ).stdout
    )
    assert [row["body"] for row in briefing] == ["achpr", "iachr", "ohchr-nirms"]


def test_the_readme_server_commands_do_what_it_says(tmp_path):
    server = LocalServer(home=tmp_path / "home")
    env = cli_env(server)
    try:
        for line, expected in SERVER_LINES.items():
            ran = run_cli(*shlex.split(line), env=env, cwd=tmp_path)
            check(line, expected, ran)
        assert (tmp_path / "mechgraph.dump").stat().st_size > 0
    finally:
        if server.is_running():
            server.stop()
