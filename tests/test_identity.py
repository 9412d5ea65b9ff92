"""What a document is: the file that holds it (another file may take its id only when told to),
and the text its bytes stand for (an encoding is never guessed when two readings are possible)."""

from __future__ import annotations

import pytest

from graph.errors import MechGraphError
from loaders import documents as ingestion
from loaders import seeds
from loaders.documents.reading import UnclearEncoding, read
from tests.conftest import ROOT, run_cli
from tests.test_ingest_structure import CONCEPT_NOTE, FR, ZH

PARAGRAPHS = "MATCH (p:Paragraph {document: $doc}) RETURN p.id AS id, p.text AS text ORDER BY id"
LATIN = (
    "MATCH (p:Paragraph {document: $doc}) "
    "WHERE p.text =~ '.*[A-Za-z]{4}.*' AND NOT p.text =~ '.*[\u4e00-\u9fff].*' RETURN count(p) AS n"
)


def env_of(neo4j_settings) -> dict:
    from tests.test_load import _env

    return _env(neo4j_settings)


def mixed_file(tmp_path):
    """The audit's file: the first half of the Chinese report, then the second half of the concept note."""
    chinese, note = ZH.read_text(encoding="utf-8").splitlines(), CONCEPT_NOTE.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "mixed-zh-en.txt"
    path.write_text("\n".join(chinese[: len(chinese) // 2] + note[len(note) // 2 :]) + "\n", encoding="utf-8")
    return path


def paragraphs(graph, doc="a-hrc-15-56-zh"):
    return graph.read(PARAGRAPHS, {"doc": doc})


# -- identity -----------------------------------------------------------------------------
def test_a_different_file_claiming_an_ingested_document_is_refused_until_replace_is_said(
    graph, neo4j_settings, tmp_path
):
    env, held = env_of(neo4j_settings), str(ZH.relative_to(ROOT))
    seeds.load(graph)
    assert run_cli("ingest", held, env=env).returncode == 0
    before = paragraphs(graph)
    mixed = mixed_file(tmp_path)

    refused = run_cli("ingest", str(mixed), env=env)
    assert refused.returncode == 1
    assert (
        f"{mixed} claims a-hrc-15-56-zh (A/HRC/15/56, zh), which holds {held}; "
        "ingest it with --replace to replace that document."
    ) in refused.stderr
    assert "Traceback" not in refused.stderr
    assert paragraphs(graph) == before

    replaced = run_cli("ingest", str(mixed), "--replace", env=env)
    assert replaced.returncode == 0, replaced.stderr
    assert f"replaced {held}" in replaced.stdout
    assert paragraphs(graph) != before and graph.read(LATIN, {"doc": "a-hrc-15-56-zh"})[0]["n"] > 0

    restored = run_cli("ingest", held, env=env)  # the curated file takes its document back without being told
    assert restored.returncode == 0, restored.stderr
    assert paragraphs(graph) == before


def test_a_curated_document_never_ingested_is_held_by_its_seed_file(graph, tmp_path):
    seeds.load(graph)
    with pytest.raises(MechGraphError, match=r"claims a-hrc-15-56-zh .*which holds .*002_855f43e457c8a120\.txt"):
        ingestion.ingest(graph, mixed_file(tmp_path))
    assert paragraphs(graph) == []
    ingestion.ingest(graph, ZH)
    assert len(paragraphs(graph)) > 100


def test_the_held_file_is_checked_inside_the_writing_transaction(graph, tmp_path):
    """Two ingestions prepared before either writes (as two commands at once): the second one is refused."""
    from loaders.documents.mentions import MentionFinder
    from loaders.documents.write import write
    from registry.names import Resolver

    finder = MentionFinder(Resolver.from_seeds())
    first, second = ingestion.prepare(ZH, finder), ingestion.prepare(mixed_file(tmp_path), finder)
    write(graph, first[1], first[0])
    before = paragraphs(graph)
    with pytest.raises(MechGraphError, match="ingest it with --replace"):
        write(graph, second[1], second[0])
    assert paragraphs(graph) == before
    write(graph, second[1], second[0], replace=True)
    assert paragraphs(graph) != before


def test_two_files_of_one_command_claiming_one_document_write_nothing(graph, neo4j_settings, tmp_path):
    mixed = mixed_file(tmp_path)
    refused = run_cli("ingest", str(ZH), str(mixed), env=env_of(neo4j_settings))
    assert refused.returncode == 1 and f"{mixed} claims a-hrc-15-56-zh" in refused.stderr
    assert graph.read("MATCH (p:Paragraph) RETURN count(p) AS n")[0]["n"] == 0


def test_ingesting_the_same_file_twice_changes_nothing_and_records_its_digest(graph):
    import hashlib

    seeds.load(graph)
    ingestion.ingest(graph, ZH)
    before = paragraphs(graph)
    assert ingestion.ingest(graph, ZH).replaced
    assert paragraphs(graph) == before
    recorded = graph.read(
        "MATCH (m:Meta {id: 'load-document-a-hrc-15-56-zh'}) RETURN m.sha256 AS sha256, m.path AS path"
    )
    assert recorded == [{"sha256": hashlib.sha256(ZH.read_bytes()).hexdigest(), "path": str(ZH)}]


# -- encodings ----------------------------------------------------------------------------
def french_in_latin_1(tmp_path):
    """The French report as a Western single-byte file: Latin-1, its few characters outside Latin-1 made plain."""
    text = FR.read_text(encoding="utf-8").translate(str.maketrans({"’": "'", "“": '"', "”": '"', "–": "-", "œ": "oe"}))
    path = tmp_path / "rapport-latin-1.txt"
    path.write_bytes(text.encode("latin-1"))
    return path


def test_a_french_report_in_latin_1_is_read_as_written(tmp_path):
    text = read(french_in_latin_1(tmp_path))
    assert text.lang == "fr" and text.encoding in ("cp1252", "latin-1")
    assert "Genève" in text.text and "thème" in text.text
    assert "ŕ" not in text.text and "č" not in text.text


def test_a_french_report_in_windows_1252_keeps_its_quotes(tmp_path):
    path = tmp_path / "rapport-1252.txt"
    path.write_bytes(FR.read_text(encoding="utf-8").encode("cp1252"))
    text = read(path)
    assert text.encoding == "cp1252" and text.text == FR.read_text(encoding="utf-8")


def test_bytes_that_decode_cleanly_in_no_usual_encoding_ask_for_encoding(graph, neo4j_settings, tmp_path):
    # 0x8D is nothing in cp1252 and a control character in Latin-1; in cp1250 it is "Ť"
    path = tmp_path / "visit.txt"
    path.write_bytes(
        "The Special Rapporteur visited the camp at Ťahanovce and the Committee took note of the report "
        "that was presented by the State.".encode("cp1250")
    )
    result = run_cli("ingest", str(path), env=env_of(neo4j_settings))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        f"{path} is not UTF-8 and does not read cleanly as cp1252 or latin-1 (usual for en text); it could be "
        "cp1250: say which with --encoding." in result.stderr
    )
    assert graph.read("MATCH (n) WHERE NOT n:Meta RETURN count(n) AS n")[0]["n"] == 0


def test_bytes_that_read_as_two_different_chinese_texts_ask_for_encoding(tmp_path):
    # a heading too short to tell: in Big5 these GB 18030 bytes are other characters, some of them frequent too
    path = tmp_path / "heading.txt"
    path.write_bytes("(d) 普遍定期审议".encode("gb18030"))
    assert path.read_bytes().decode("big5") != "(d) 普遍定期审议"
    with pytest.raises(
        UnclearEncoding,
        match=r"heading.txt is not UTF-8 and could be gb18030 or big5; say which with "
        r"--encoding\.$",
    ):
        read(path)
    assert read(path, encoding="gb18030").text == "(d) 普遍定期审议"
    longer = tmp_path / "paragraph.txt"
    longer.write_bytes("(d) 普遍定期审议和非洲同侪审议机制依循的特别程序。".encode("gb18030"))
    assert (read(longer).encoding, read(longer).lang) == ("gb18030", "zh")


def test_an_encoding_given_with_encoding_is_obeyed(graph, neo4j_settings, tmp_path):
    path = tmp_path / "visit.txt"
    path.write_bytes(
        "The Special Rapporteur met the mayor of Łódź and the Committee took note of the report that was "
        "presented by the State.".encode("cp1250")
    )
    assert "Łódź" not in read(path).text  # the Western reading, usual for English, is taken without --encoding
    assert read(path, encoding="cp1250").text.count("Łódź") == 1
    result = run_cli("ingest", str(path), "--encoding", "cp1250", "--dry-run", env=env_of(neo4j_settings))
    assert result.returncode == 0, result.stderr
    assert "read as text, cp1250; language en" in result.stdout
    unknown = run_cli("ingest", str(path), "--encoding", "klingon", "--dry-run", env=env_of(neo4j_settings))
    assert unknown.returncode == 1 and "unknown encoding 'klingon'" in unknown.stderr


# Citations, own symbols and blocks: a press release's number


def test_a_press_release_is_identified_by_its_number_and_is_no_report(tmp_path):
    from loaders.documents.mentions import MentionFinder
    from registry.names import Resolver

    path = tmp_path / "cs15274.txt"
    path.write_text(
        "9316e séance – matin\n\nCS/15274\n\nLe Conseil de sécurité entend l’exposé annuel du Président en exercice "
        "de l’OSCE\n\nL’exposé annuel devant le Conseil de sécurité a été l’occasion aujourd’hui de rappeler le "
        "concept unique de l’Organisation pour la sécurité et la coopération en Europe (OSCE), selon la résolution "
        "2719 (2023) et le communiqué CS/15101.\n",
        encoding="utf-8",
    )
    report, plan = ingestion.prepare(path, MentionFinder(Resolver.from_seeds()))
    assert (report.document_id, report.symbol) == ("cs-15274-fr", "CS/15274")
    assert plan["document"]["kind"] == "other"
    # the release it quotes is no citation, the resolution is
    assert [cited["key"] for cited in plan["citations"]] == ["resolution 2719 (2023)"]
