"""Reading documents: the seed documents' structure, footnotes, annex items, and what each paragraph
names and cites; unseen documents' own symbol, date and session; Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from loaders.documents.citations import citations
from loaders.documents.mentions import MentionFinder
from loaders.documents.owners import stated_owners
from loaders.documents.plan import parse_file
from registry.names import Resolver

DOCUMENTS = Path(__file__).resolve().parent.parent / "seeds" / "documents"
EN, FR, ZH = (
    DOCUMENTS / name for name in ("000_fb64b3f317b3430b.txt", "001_49b74b84c3f63717.txt", "002_855f43e457c8a120.txt")
)
CONCEPT_NOTE, NPM_GUIDE = DOCUMENTS / "003_a46642531f90f2b4.txt", DOCUMENTS / "004_9f9855e584d2c0e2.txt"


FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: A real press release (OHCHR Mexico, 2010) on the first joint visit of the UN and IACHR rapporteurs.
JOINT_VISIT_ES = FIXTURES / "documents" / "visita-conjunta-mexico-2010-es.md"


@pytest.fixture(scope="module")
def finder():
    return MentionFinder(Resolver.from_seeds())


def parsed(path):
    return parse_file(path)[1]


def body_paragraphs(structure):
    return [p for p in structure.paragraphs if p.kind == "paragraph" and p.annex is None]


def test_the_english_report_has_its_symbol_84_paragraphs_and_17_footnotes():
    structure = parsed(EN)
    assert structure.symbol == "A/HRC/23/18"
    assert [p.number for p in body_paragraphs(structure)] == [str(n) for n in range(1, 85)]
    footnotes = [p.locator for p in structure.paragraphs if p.kind == "footnote"]
    assert footnotes == [f"footnote {n}" for n in range(1, 16)] + ["annex IV, footnote a", "annex IV, footnote b"]
    assert structure.annexes == ["I", "II", "III", "IV", "V"]


def test_footnote_markers_glued_to_words_are_split_off_and_the_notes_attached():
    structure = parsed(EN)
    paragraph_3 = structure.by_locator("para. 3")
    assert "Workshops were thus held in November 2008 and May 2010. At both meetings" in paragraph_3.text
    assert paragraph_3.footnotes == ["footnote 2", "footnote 3", "footnote 4"]
    assert structure.by_locator("footnote 3").text == "A/HRC/15/56."
    annex_iv = structure.by_locator("annex IV, para. 1")
    assert "mechanisms on torture could advocate" in annex_iv.text
    assert annex_iv.footnotes == ["annex IV, footnote a", "annex IV, footnote b"]


def test_page_headers_are_removed_and_paragraphs_continue_across_pages():
    structure = parsed(EN)
    paragraph_11 = structure.by_locator("para. 11")
    # para. 11 runs over a page break with a footnote and the header "A/HRC/23/18 / 6" in between
    assert "oversee the implementation of the road map. The dialogue was built" in paragraph_11.text
    assert all("A/HRC/23/18 6" not in p.text for p in structure.paragraphs)
    assert structure.by_locator("footnote 5").text.endswith("in order of preference.")


def test_words_hyphenated_across_lines_are_joined():
    paragraph_4 = parsed(EN).by_locator("para. 4")
    assert "with the participation of the Inter-American Commission of Human Rights" in paragraph_4.text


def test_annex_ii_holds_9_short_13_mid_and_4_long_term_items_with_their_owners():
    items = [p for p in parsed(EN).paragraphs if p.kind == "annex_item"]
    assert [sum(p.term == term for p in items) for term in ("short", "mid", "long")] == [9, 13, 4]
    first = items[0]
    assert first.locator == "annex II, short-term 1"
    assert first.text.startswith("Creation of an emailing list of focal points")
    assert first.implementation == "focal point OHCHR NIRMS"
    # an owner list continued over a blank line and a page break
    assert items[2].implementation == (
        "all focal points RHRMs, in particular ACHPR, AfHPR, ECOWAS CJ, IACHR, IACourtHR, "
        "CoE, ODIHR, and focal points OHCHR NIRMS, SPB, HRTD."
    )


def test_the_owners_an_implementation_line_states(finder):
    owners = stated_owners("focal points all RHRMs except the AfHPR and focal points OHCHR, RDD, SPB, HRTD", finder)
    assert owners["rhrms"] == "collective"
    assert "afchpr" not in owners
    assert {"ohchr-rdd", "ohchr-spb", "ohchr-hrtd"} <= set(owners)
    particular = stated_owners(
        "focal points all RHRMs, in particular ACHPR, IACHR, CoE, ODIHR and focal points OHCHR UPR.", finder
    )
    assert particular["achpr"] == particular["iachr"] == "in_particular"
    assert particular["ohchr-upr-section"] == "named"


def test_the_french_edition_in_markdown_has_the_same_paragraphs_and_footnotes():
    structure = parsed(FR)
    assert len(body_paragraphs(structure)) == 84
    paragraph_3 = structure.by_locator("para. 3")
    assert "organisés en novembre 2008 et mai 2010. Lors de ces deux réunions" in paragraph_3.text
    assert paragraph_3.footnotes == ["footnote 2", "footnote 3", "footnote 4"]
    # paragraph 4 goes on after the footnotes of its page
    assert "la sécurité et la coopération en Europe" in structure.by_locator("para. 4").text
    assert structure.date == "2013-04-08"


def test_the_chinese_report_is_joined_without_spaces_and_cleared_of_job_numbers():
    structure = parsed(ZH)
    assert structure.symbol == "A/HRC/15/56"
    assert len(body_paragraphs(structure)) == 81
    paragraph_1 = structure.by_locator("para. 1")
    assert (
        "联合国人权事务高级专员办事处(人权高专办)于 2010 年 5 月 3 日至 4 日在日内瓦举行了“加强国际和区域人权机制之间合作问题”研讨会。"
        in paragraph_1.text
    )
    assert paragraph_1.footnotes == ["footnote 1"]
    assert all("GE.10-15331" not in p.text for p in structure.paragraphs)
    # a marker printed at the start of the next line ("5 国家人权机构") is taken out of the text
    assert structure.by_locator("para. 26").text.startswith("国家人权机构和非政府组织发挥了重大的作用")
    assert structure.session == "第十五届会议"


def test_documents_without_numbered_paragraphs_are_cut_at_their_headings():
    concept = parsed(CONCEPT_NOTE)
    assert body_paragraphs(concept) == []
    assert "1. Introduction" in concept.headings and "3. Methodology" in concept.headings
    assert concept.by_locator("heading: 3. Methodology").text.startswith("OHCHR organised regional consultations")
    guide = parsed(NPM_GUIDE)
    assert any(p.locator.startswith("heading: The Universal Periodic Review") for p in guide.paragraphs)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the Human Rights Council and the Human Rights Committee", ["hrc", "ccpr"]),
        ("le Conseil des droits de l'homme et le Comité des droits de l'homme", ["hrc", "ccpr"]),
        ("人权理事会和人权事务委员会", ["hrc", "ccpr"]),
        ("the Inter-\nAmerican Court of Human Rights and the Inter-American Commission", ["iacthr", "iachr"]),
        (
            "la Commission africaine des droits de l'homme et des peuples et la Cour africaine des droits de l'homme et des peuples",
            ["achpr", "afchpr"],
        ),
        ("Il a participé au débat avec l'AU.", ["au"]),
    ],
)
def test_mentions_in_three_languages_keep_look_alikes_apart(finder, text, expected):
    assert [m.id for m in finder.find(text)] == expected


def test_a_shared_head_names_both_bodies(finder):
    assert [m.id for m in finder.find("between United Nations and regional human rights mechanisms")] == [
        "un-hr-mechanisms",
        "rhrms",
    ]
    assert {m.id for m in finder.find("加强国际和区域人权机制之间合作")} == {"un-hr-mechanisms", "rhrms"}


def test_a_body_inside_a_document_symbol_is_not_a_mention(finder):
    assert [m.id for m in finder.find("See A/HRC/15/56 and CEDAW/C/MEX/CO/7-8.")] == []


def test_citations_of_symbols_and_resolutions_in_three_languages():
    assert [c.key for c in citations("(A/HRC/15/20/Add.2) and CEDAW/C/MEX/CO/7-8, paras. 18 (c); SPT/CPT")] == [
        "A/HRC/15/20/Add.2",
        "CEDAW/C/MEX/CO/7-8",
    ]
    assert [c.key for c in citations("Dans ses résolutions 6/20 et 12/15, il a prié")] == [
        "resolution 6/20",
        "resolution 12/15",
    ]
    assert [c.key for c in citations("人权理事会第 12/15 号决议请")] == ["resolution 12/15"]
    assert [c.key for c in citations("AG/RES. 2421 (XXXVIII-O/08)")] == ["AG/RES.2421(XXXVIII-O/08)"]
    assert [c.key for c in citations("CEDAW/C/MEX/CO/7 et 8, par. 18 c)")] == ["CEDAW/C/MEX/CO/7-8"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("established by Commission on Human Rights resolution 20 (XXXVI)", ["resolution 20 (XXXVI)"]),
        ("la résolution 217 A (III) de l'Assemblée générale", ["resolution 217 A (III)"]),
        ("工作组根据人权委员会第20(XXXVI)号决议设立", ["resolution 20 (XXXVI)"]),
        (
            "la resolución 2200 A (XXI) y la resolución 1325 (2000)",
            ["resolution 2200 A (XXI)", "resolution 1325 (2000)"],
        ),
        ("paragraph 2 (iii) of the report", []),  # no resolution word: no citation
    ],
)
def test_a_resolution_numbered_with_its_session_in_roman_numerals_is_cited_with_it(text, expected):
    assert [c.key for c in citations(text)] == expected


@pytest.mark.parametrize("folder", ["", "held-out"])
def test_every_annotated_paragraph_is_found_again(folder):
    from loaders.documents.quality import ANNOTATIONS, evaluate

    evaluation = evaluate(ANNOTATIONS / folder)
    assert evaluation.not_found == []
    assert set(evaluation.paragraphs) == {"en", "fr", "zh"}


def test_every_held_out_unseen_document_is_read_and_its_paragraphs_found_again():
    from loaders.documents.quality import ANNOTATIONS, evaluate

    evaluation = evaluate(ANNOTATIONS / "held-out", unseen=True)
    assert evaluation.not_found == []
    assert set(evaluation.paragraphs) == {"en", "fr", "zh", "es"}
    assert all(found == printed for printed, found in evaluation.symbols.values())


def test_annotated_lines_read_as_one_block_are_scored_against_it_once(tmp_path):
    from loaders.documents.quality import evaluate

    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "contents.txt").write_text(
        "The Human Rights Council met with\nthe General Assembly in New York.\n", encoding="utf-8"
    )
    lines = [("The Human Rights Council met with", ["hrc"]), ("the General Assembly in New York.", ["ga"])]
    gold = {
        "document": "contents-en",
        "file": "contents.txt",
        "lang": "en",
        "symbol": None,
        "paragraphs": [{"locator": "text", "anchor": anchor, "mentions": found} for anchor, found in lines],
    }
    (folder / "contents.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    evaluation = evaluate(tmp_path, unseen=True)
    score = evaluation.mentions["en"]
    # the two lines are read as one block: its two mentions found once, not each line's against both
    assert (score.true_positives, score.false_positives, score.false_negatives) == (2, 0, 0)
    assert evaluation.paragraphs["en"] == 2 and evaluation.not_found == []


def test_a_pdf_is_read_page_by_page_without_its_page_furniture(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=11)
    for page, paragraphs in enumerate(([1, 2], [3]), 1):
        pdf.add_page()
        pdf.multi_cell(0, 6, "A/HRC/26/20", new_x="LMARGIN", new_y="NEXT")
        for number in paragraphs:
            pdf.multi_cell(
                0,
                6,
                f"{number}. The Inter-American Commission on Human Rights and the African Commission on "
                f"Human and Peoples' Rights shared information in paragraph {number} of the report.",
                new_x="LMARGIN",
                new_y="NEXT",
            )
        pdf.multi_cell(0, 6, f"GE.14-1234{page}", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    text, structure = parse_file(path)
    assert (text.format, text.lang) == ("pdf", "en")
    assert structure.symbol == "A/HRC/26/20"
    assert [p.locator for p in body_paragraphs(structure)] == ["para. 1", "para. 2", "para. 3"]
    assert all("GE.14" not in p.text for p in structure.paragraphs)


@pytest.mark.parametrize("encoding, expected", [("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("latin-1", None)])
def test_encodings_are_detected_and_named(tmp_path, encoding, expected):
    from loaders.documents.reading import read

    path = tmp_path / "note.txt"
    path.write_text(
        "Le Comité des droits de l'homme et la Commission africaine ont été informés des décisions "
        "prises par le Conseil de l'Europe et la Cour européenne des droits de l'homme.",
        encoding=encoding,
    )
    text = read(path)
    assert "Comité des droits de l'homme" in text.text and text.lang == "fr"
    assert text.encoding == expected if expected else text.encoding not in ("utf-8", "utf-8-sig", "utf-16")


# -- unseen documents: their own symbol, date, session and agenda ---------------------------------
@pytest.mark.parametrize(
    "header, symbol, date, session, agenda",
    [
        (
            "A/HRC/22/62 United Nations General Assembly Distr.: General 18 December 2012 Original: English\n\n"
            "Human Rights Council Twenty-second session Agenda items 2 and 3",
            "A/HRC/22/62",
            "2012-12-18",
            "Twenty-second session",
            ["2", "3"],
        ),
        (
            "A/HRC/22/62 18 December 2012\n\nHuman Rights Council\nTwenty-second session",
            "A/HRC/22/62",
            "2012-12-18",
            "Twenty-second session",
            [],
        ),
        (
            "A/HRC/22/62 Nations Unies Assemblée générale Distr. générale 18 décembre 2012 Français Original: anglais"
            "\n\nConseil des droits de l'homme Vingt-deuxième session Points 2 et 3 de l'ordre du jour",
            "A/HRC/22/62",
            "2012-12-18",
            "Vingt-deuxième session",
            ["2", "3"],
        ),
        (
            "A/HRC/22/62 联合国 大 会 Distr.: General 2012年12月18日 Chinese Original: English\n\n人权理事会\n第二十二届会议\n"
            "议程项目 2和3",
            "A/HRC/22/62",
            "2012-12-18",
            "第二十二届会议",
            ["2", "3"],
        ),
        (
            "A/HRC/22/62 Naciones Unidas Asamblea General Distr. general 18 de diciembre de 2012 Español "
            "Original: inglés\n\nConsejo de Derechos Humanos 22º período de sesiones Temas 2 y 3 de la agenda",
            "A/HRC/22/62",
            "2012-12-18",
            "22º período de sesiones",
            ["2", "3"],
        ),
    ],
)
def test_an_unseen_report_knows_its_symbol_date_session_and_agenda_from_its_header(
    header, symbol, date, session, agenda
):
    from loaders.documents.structure import parse

    body = "\n\n1. The Council met with the Inter-American Commission on Human Rights (A/HRC/22/62).\n"
    found = parse(header + body, "en")
    assert (found.symbol, found.date, found.session, found.agenda) == (symbol, date, session, agenda)
    assert found.warnings == []


@pytest.mark.parametrize(
    "title, symbol",
    [
        ("A/RES/68/12. Resolution of the United Nations General Assembly, 2013", "A/RES/68/12"),
        ("A/HRC/RES/31/5. Resolution adopted by the Human Rights Council", "A/HRC/RES/31/5"),
        ("A/RES/68/12. Cooperation between the two organisations", None),
    ],
)
def test_a_pages_title_that_opens_on_the_symbol_and_a_full_stop_is_the_own_symbol(title, symbol):
    from loaders.documents.structure import parse

    text = f"{title}\n\nSome other words\n\n1. The Assembly recalls its resolution 44/6 (A/RES/68/12 is cited here).\n"
    found = parse(text, "en")
    assert found.symbol == symbol


def test_a_header_box_repeating_the_title_then_the_symbol_the_organ_and_the_date_gives_the_own_symbol():
    from loaders.documents.structure import parse

    title = "聯合國安理會主席聲明2022年第1號"
    text = f"{title}\n\n{title} S/PRST/2022/1 聯合國安全理事會 2022年3月23日 |\n\n安全理事會回顧其主席聲明(S/PRST/2021/9)。\n"
    found = parse(text, "zh")
    assert found.symbol == "S/PRST/2022/1"
    cited = {citation.key for paragraph in found.paragraphs for citation in citations(paragraph.text)}
    assert "S/PRST/2021/9" in cited
    # without the title repeated before it, a symbol in a line is no own symbol
    assert parse(f"{title}\n\n另见 S/PRST/2022/1 联合国 2022年3月23日\n", "zh").symbol is None


@pytest.mark.parametrize(
    "header, symbol",
    [
        (
            "Naciones Unidas A/C.3/70/L.\n\n12\nAsamblea General Distr. limitada\n3 de noviembre de 2015\n",
            "A/C.3/70/L.12",
        ),
        ("United Nations A/HRC/WG.6/L.\n4\nGeneral Assembly Distr.: Limited\n3 November 2015\n", "A/HRC/WG.6/L.4"),
        # a revision's number, or the whole revision, on the next line
        (
            "Naciones Unidas A/HRC/48/L.23/Rev.\n\n1\nAsamblea General Distr. limitada\n5 de octubre de 2021\n",
            "A/HRC/48/L.23/Rev.1",
        ),
        (
            "Naciones Unidas A/HRC/48/L.23/\nRev.1\nAsamblea General Distr. limitada\n5 de octubre de 2021\n",
            "A/HRC/48/L.23/Rev.1",
        ),
    ],
)
def test_a_header_symbol_broken_over_two_lines_is_the_own_symbol_whole(header, symbol):
    from loaders.documents.structure import parse

    found = parse(header + "\n1. The Council met with the Inter-American Commission on Human Rights.\n", "en")
    assert found.symbol == symbol
    cited = {citation.key for paragraph in found.paragraphs for citation in citations(paragraph.text)}
    assert symbol.rsplit(".", 1)[0] not in cited  # never the symbol cut before its number


def test_a_spanish_letterhead_with_its_symbol_or_distribution_is_the_masthead():
    from loaders.documents.structure import parse

    header = "Naciones Unidas A/C.3/70/L.12\n\nAsamblea General Distr. limitada\n3 de noviembre de 2015\nEspañol\n\n"
    found = parse(
        header + "Tercera Comisión\n\n1. La Comisión examinó el informe del Consejo de Derechos Humanos.\n", "es"
    )
    kinds = [(paragraph.kind, paragraph.text[:29]) for paragraph in found.paragraphs]
    assert kinds[:2] == [("masthead", "Naciones Unidas A/C.3/70/L.12"), ("masthead", "Asamblea General Distr. limit")]
    assert found.symbol == "A/C.3/70/L.12"


def test_front_matter_and_page_headers_with_job_numbers_give_the_symbol():
    from loaders.documents.structure import parse

    front = "---\nsymbol: A/HRC/38/40\ndate: 2018-04-20\nsource: https://example.org/a-hrc-38-40\n---\n1. Text.\n"
    found = parse(front, "en")
    assert (found.symbol, found.date, found.front["source"]) == ("A/HRC/38/40", "2018-04-20", found.front["source"])
    assert [p.text for p in found.paragraphs] == ["Text."]
    pages = "1. The Council met.\n\nGE.14-24717 A/HRC/28/31\n\f2 A/HRC/28/31\n\n2. It adjourned.\n"
    found = parse(pages, "en")
    assert found.symbol == "A/HRC/28/31"
    assert [p.text for p in found.paragraphs] == ["The Council met.", "It adjourned."]


def test_a_header_that_disagrees_with_the_page_headers_is_kept_with_a_warning_naming_both(tmp_path):
    from loaders.documents.plan import prepare
    from loaders.documents.report import summary

    path = tmp_path / "report.txt"
    path.write_text(
        "A/HRC/32/29 United Nations General Assembly Distr.: General 4 April 2016 Original: English\n\n"
        "1. The Council met.\n\nA/HRC/32/92\n\f\nA/HRC/32/92\n\n2. It adjourned (A/HRC/32/29).\n",
        encoding="utf-8",
    )
    report, plan = prepare(path, MentionFinder(Resolver.from_seeds()))
    assert report.symbol == "A/HRC/32/29"
    assert report.warnings == ["the header names A/HRC/32/29 but the page headers A/HRC/32/92; A/HRC/32/29 is kept"]
    assert "warning: the header names A/HRC/32/29 but the page headers A/HRC/32/92" in summary(report)
    assert plan["citations"] == []  # a document never cites itself


def test_un_as_an_adjective_is_not_a_mention_of_the_united_nations(finder):
    assert [m.id for m in finder.find("The UN Charter and UN experts guide the IACHR.")] == ["iachr"]
    assert [m.id for m in finder.find("It joined the UN human rights system.")] == ["un-hr-mechanisms"]
    assert [m.id for m in finder.find("Both the UN and the AU met; the UN has asked the UN.")] == [
        "un",
        "au",
        "un",
        "un",
    ]


def test_web_captions_are_split_from_the_next_word(finder):
    from loaders.documents.structure import parse

    text = "© UN Photo/Jean-Marc FerréThe Special Rapporteur met the Inter-American Commission on Human Rights.\n"
    found = parse(text, "en")
    assert "Ferré The Special Rapporteur" in found.paragraphs[0].text or any(
        p.text.startswith("The Special Rapporteur") for p in found.paragraphs
    )
    assert all("FerréThe" not in p.text for p in found.paragraphs)


# -- Spanish ---------------------------------------------------------------------------------------
def test_spanish_is_detected_and_its_citations_and_cues_found():
    from loaders.documents.builder import Paragraph
    from loaders.documents.candidates import extract
    from loaders.documents.reading import detect_language

    assert detect_language(JOINT_VISIT_ES.read_text(encoding="utf-8")) == "es"
    text = (
        "Recordando las resoluciones 6/20 y 12/15, la resolución 24/19 del Consejo (A/HRC/RES/24/19) "
        "y la resolución AG/RES. 2887 (XLVI-O/16) de la Asamblea General de la OEA"
    )
    assert [c.key for c in citations(text)] == [
        "resolution 6/20",
        "resolution 12/15",
        "resolution 24/19",
        "A/HRC/RES/24/19",
        "AG/RES.2887(XLVI-O/16)",
    ]
    finder = MentionFinder(Resolver.from_seeds())  # the registry's own Spanish names
    cues = {
        "La CIDH y el Comité contra la Tortura emitieron un comunicado de prensa conjunto.": "joint_press_release",
        "La CIDH y el Comité contra la Tortura firmaron una declaración conjunta.": "joint_statement",
        "La CIDH y la Corte IDH realizaron una misión conjunta a Guatemala.": "joint_mission",
        "La CIDH toma en cuenta las observaciones del Comité contra la Tortura.": "takes_into_account",
        "La CIDH da seguimiento a las recomendaciones del Comité contra la Tortura.": "follows_up_recommendations",
        "La CIDH remite información al Comité contra la Tortura.": "submits_information_to",
    }
    for sentence, detail in cues.items():
        found = extract(Paragraph("front matter", "text", sentence), finder)
        assert [c.detail for c in found.candidates] == [detail], sentence


def test_a_spanish_press_release_on_a_joint_visit_has_its_bodies_country_and_candidate():
    from loaders.documents.plan import prepare

    report, plan = prepare(JOINT_VISIT_ES, MentionFinder(Resolver.from_seeds()))
    assert report.lang == "es" and plan["document"]["url"].startswith("https://hchr.org.mx/")
    # "expertos de la ONU", "Relator Especial de Naciones Unidas": the UN qualifies the experts, as "UN experts" does.
    assert {"oas", "sr-freedom-expression", "iachr-rapporteur-freedom-expression", "hrc"} <= set(report.mentions)
    visits = [c for c in plan["candidates"] if c.detail == "joint_visit"]
    # the title ("México: primera visita conjunta de expertos de la ONU y OEA…") is a block of its own, and says so too
    assert {(c.bodies, c.country) for c in visits} == {(("un", "oas"), "MEX")}
    assert "front matter" in {c.locator for c in visits}
    mission = [c for c in plan["candidates"] if c.detail == "joint_mission"]
    assert mission and {"sr-freedom-expression", "iachr-rapporteur-freedom-expression"} <= set(mission[0].bodies)


def test_a_spanish_document_without_registry_names_is_ingested_and_says_no_body_was_found(tmp_path):
    from loaders.documents.plan import prepare
    from loaders.documents.report import summary

    path = tmp_path / "nota.txt"
    path.write_text(
        "El equipo de la oficina local se reunió con las autoridades de la provincia para hablar de los "
        "proyectos de agua y de las escuelas del distrito, que son una prioridad para la población.\n",
        encoding="utf-8",
    )
    report, plan = prepare(path, MentionFinder(Resolver.from_seeds()))
    assert report.lang == "es" and len(plan["paragraphs"]) == 1
    assert "mentions: none (no body of the registry was found)" in summary(report)


def test_the_head_lines_of_a_page_without_numbered_paragraphs_are_blocks_whose_bodies_are_found(finder):
    from loaders.documents.candidates import extract
    from loaders.documents.structure import parse

    page = (
        "Statement\n\nThe Committee against Torture visits the region\n\n3 March 2019\n\n"
        "Speaker\n\nUnited Nations High Commissioner for Human Rights\n\n"
        "The visit begins today. It ends on Friday.\n\nSecond heading\n\nMore text follows here.\n"
    )
    found = parse(page, "en")
    texts = [p.text for p in found.paragraphs]
    assert texts[:5] == [
        "Statement",
        "The Committee against Torture visits the region",
        "3 March 2019",
        "Speaker",
        "United Nations High Commissioner for Human Rights",
    ]
    # after the head too, a short line standing alone is a block of its own, not joined to the text under it
    assert "Second heading" in texts and "More text follows here." in texts
    named = {m.id for p in found.paragraphs[:5] for m in extract(p, finder).mentions}
    assert named == {"cat", "high-commissioner"}


def test_a_un_masthead_is_a_block_that_names_no_body_and_numbered_documents_keep_their_headings(finder):
    from loaders.documents.candidates import extract
    from loaders.documents.structure import parse

    header = (
        "United Nations\n\nGeneral Assembly\n\nHuman Rights Council\n\nTenth session\n\nRecalling its resolution,\n"
    )
    found = parse(header, "en")
    kinds = [(p.kind, p.text) for p in found.paragraphs]
    assert kinds[:3] == [
        ("masthead", "United Nations"),
        ("masthead", "General Assembly"),
        ("text", "Human Rights Council"),
    ]
    assert [m.id for p in found.paragraphs[:3] for m in extract(p, finder).mentions] == ["hrc"]
    numbered = parse(
        "Press release\n\nThe Committee met\n\n1. The Committee met today.\n\nII. Next\n\n2. Later.\n", "en"
    )
    # a heading standing alone is a block of its own ("line: …"); the paragraphs keep their locators
    assert [(p.locator, p.text) for p in numbered.paragraphs] == [
        ("front matter", "Press release"),
        ("heading: Press release", "The Committee met"),
        ("para. 1", "The Committee met today."),
        ("line: II. Next", "II. Next"),
        ("para. 2", "Later."),
    ]


def test_a_bilingual_masthead_on_one_line_names_no_body(finder):
    from loaders.documents.candidates import extract
    from loaders.documents.structure import parse

    header = "United Nations 联 合 国\n\nGeneral Assembly 大 会\n\nHuman Rights Council 人权理事会\n\n第四十八届会议\n"
    found = parse(header, "zh")
    kinds = [(p.kind, p.text) for p in found.paragraphs]
    assert kinds[:2] == [("masthead", "United Nations 联 合 国"), ("masthead", "General Assembly 大 会")]
    assert {m.id for p in found.paragraphs[:3] for m in extract(p, finder).mentions} == {"hrc"}


def test_the_header_lines_of_a_numbered_report_standing_alone_are_blocks_before_paragraph_1(finder):
    from loaders.documents.candidates import extract
    from loaders.documents.structure import parse

    report = (
        "Consejo de Derechos Humanos\n\n50º período de sesiones\n\nTema 3 de la agenda\n\n"
        "Informe del Secretario General de las Naciones Unidas\n\nResumen\n\nEl Consejo pidió un informe.\n\nI. Introducción\n\n"
        "1. El presente informe se presenta al Consejo.\n\nII. Actividades\n\n2. La Oficina trabajó.\n"
    )
    found = parse(report, "es")
    assert [(p.locator, p.text) for p in found.paragraphs] == [
        ("front matter", "Consejo de Derechos Humanos"),
        ("heading: Consejo de Derechos Humanos", "50º período de sesiones"),
        ("heading: 50º período de sesiones", "Tema 3 de la agenda"),
        ("heading: Tema 3 de la agenda", "Informe del Secretario General de las Naciones Unidas"),
        ("line: Resumen", "Resumen"),  # the summary ends the header; its heading is a block of its own
        ("summary", "El Consejo pidió un informe."),
        ("line: I. Introducción", "I. Introducción"),
        ("para. 1", "El presente informe se presenta al Consejo."),
        ("line: II. Actividades", "II. Actividades"),  # so are the headings after the header
        ("para. 2", "La Oficina trabajó."),
    ]
    assert found.session == "50º período de sesiones" and found.agenda == ["3"]
    named = [sorted(m.id for m in extract(p, finder).mentions) for p in found.paragraphs[:4]]  # the header
    assert named == [["hrc"], [], [], ["un-secretary-general"]]
    # a markdown file marks its headings: its header lines are not read as blocks
    marked = parse("## Consejo de Derechos Humanos\n\nTema 3 de la agenda\n\n1. El informe.\n", "es", markdown=True)
    assert [p.text for p in marked.paragraphs] == ["El informe."]


def test_a_short_numbered_line_standing_alone_in_web_text_is_a_heading_not_paragraph_1():
    from loaders.documents.structure import parse

    page = (
        "1. Office of the United Nations High Commissioner for Human Rights (OHCHR)\n\n"
        "The Office leads the work of the United Nations on human rights, helps to empower people and develops a "
        "human rights perspective in all programmes.\n\nNews from the Office:\n\n"
        "On 17 May the High Commissioner expressed deep concern about the human rights impact of the violence of "
        "armed groups, and called for an end to it.\n"
    )
    found = parse(page, "en")
    assert [p.kind for p in found.paragraphs] == ["text"] * 4
    assert found.paragraphs[0].text == "1. Office of the United Nations High Commissioner for Human Rights (OHCHR)"
    assert found.paragraphs[1].text.startswith("The Office leads")


def test_symbols_with_numbered_parts_special_sessions_and_resolutions_with_their_subject_between():
    text = (
        "See A/HRC/40/CRP.2, A/HRC/39/L.14, A/HRC/WG.6/30/COL/1 and A/HRC/RES/S-29/1; Council resolution S-29/1; "
        "resolutions 6/20, on the working methods, and 12/15; résolutions 7/1, sur les méthodes de travail, et 7/2."
    )
    assert [c.key for c in citations(text)] == [
        "A/HRC/40/CRP.2",
        "A/HRC/39/L.14",
        "A/HRC/WG.6/30/COL/1",
        "A/HRC/RES/S-29/1",
        "resolution S-29/1",
        "resolution 6/20",
        "resolution 12/15",
        "resolution 7/1",
        "resolution 7/2",
    ]
    assert [c.key for c in citations("resolution 6/20, on the working methods. And 12/15 apples")] == [
        "resolution 6/20"
    ]


def test_a_title_that_ends_on_its_symbol_gives_the_own_symbol_which_is_not_cited(tmp_path):
    from loaders.documents.plan import prepare
    from loaders.documents.structure import parse

    text = "Report of the Working Group on a test (A/HRC/40/CRP.2)\n\nThe Working Group met.\n"
    assert parse(text, "en").symbol == "A/HRC/40/CRP.2"
    assert parse("The Council met.\n\nIt noted A/HRC/40/CRP.2 (A/HRC/40/CRP.2)\n", "en").symbol is None
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    _report, plan = prepare(path, MentionFinder(Resolver.from_seeds()))
    assert plan["citations"] == []


def test_a_joint_visit_in_the_title_and_the_text_of_a_press_release_is_one_candidate(tmp_path):
    from loaders.documents.plan import prepare

    path = tmp_path / "release.txt"
    path.write_text(
        "Primera visita conjunta de la CIDH y la ONU a Honduras\n\n"
        "La CIDH y la ONU realizan una visita conjunta a Honduras del 3 al 7 de mayo. Los expertos se reunirán con "
        "autoridades, organizaciones de la sociedad civil y víctimas durante toda la semana.\n\n"
        "La CIDH y la ONU publicarán además un informe conjunto sobre la visita.\n",
        encoding="utf-8",
    )
    _report, plan = prepare(path, MentionFinder(Resolver.from_seeds()))
    visits = [c for c in plan["candidates"] if c.detail == "joint_visit"]
    assert [(c.locator, set(c.bodies), c.country) for c in visits] == [
        (visits[0].locator, {"iachr", "un"}, "HND")
    ] and visits[0].locator not in ("title", "front matter")
    assert [c.detail for c in plan["candidates"]] == ["joint_visit", "joint_report"]


def test_a_short_line_standing_alone_is_a_block_of_its_own_in_the_four_languages():
    from loaders.documents.structure import parse

    pages = {
        "en": (
            "The Committee ends its session\n\nThe Committee ended its session today after two weeks of dialogue "
            "with the States whose reports it reviewed.\n\nI. Introduction\n\n1. The present report covers the "
            "activities of the Committee during the year and its cooperation with other bodies.\n\n2. It was "
            "adopted by consensus.\n",
            ["The Committee ends its session", "I. Introduction"],
        ),
        "fr": (
            "No. 12/19\n\n9 h 30\n\nLa Commission a tenu sa session ordinaire à Banjul pendant deux semaines, avec "
            "les États et les institutions nationales.\n\nHistoire\n\nLa Commission a été créée en 1987 et siège "
            "depuis lors à Banjul, où elle tient la plupart de ses sessions ordinaires.\n",
            ["No. 12/19", "9 h 30", "Histoire"],
        ),
        "es": (
            "La Comisión celebró su período de sesiones en Washington durante dos semanas, con audiencias "
            "públicas sobre varios países de la región.\n\nCON INFORMACIÓN DE EFE\n\nRedacción\n",
            ["CON INFORMACIÓN DE EFE", "Redacción"],
        ),
        "zh": (
            "委员会今天结束了为期两周的会议，审议了多个缔约国提交的报告，并与国家人权机构进行了对话。\n\n"
            "背景\n\n委员会成立于一九八七年，总部设在班珠尔，每年举行两次常会。\n\n记者 王明\n",
            ["背景", "记者 王明"],
        ),
    }
    for lang, (page, alone) in pages.items():
        texts = [paragraph.text for paragraph in parse(page, lang).paragraphs]
        assert set(alone) <= set(texts), (lang, texts)


def test_a_title_in_capitals_broken_around_a_line_of_link_words_is_one_block():
    from loaders.documents.structure import parse

    page = (
        "Working Group on Extractive Industries - 12OS\n\n"
        "12th ORDINARY SESSION\nOF THE\nCOUNCIL OF EUROPE\n\n"
        "14 May 2019\n\n"
        "The Group met twice during the year and adopted its programme of work for the next period.\n"
    )
    texts = [p.text for p in parse(page, "en").paragraphs]
    assert texts[1:3] == ["12th ORDINARY SESSION OF THE COUNCIL OF EUROPE", "14 May 2019"]


# -- citations: the Security Council's resolutions by number alone; symbols by the Chinese they touch ----------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Statement on the 21st Anniversary of UNSCR 1325 on Women, Peace and Security", ["resolution 1325"]),
        ("the milestone UN Security Council Resolution 1325 on “Women, Peace, and Security,”", ["resolution 1325"]),
        ("resolution 1325 of the Security Council", ["resolution 1325"]),
        ("UNSCRs 1325, 1820 and 2250", ["resolution 1325", "resolution 1820", "resolution 2250"]),
        ("a salué la résolution 2719 : cette résolution cadre", ["resolution 2719"]),
        ("la résolution du Conseil de sécurité 2719", ["resolution 2719"]),
        ("la resolución 2417 del Consejo de Seguridad", ["resolution 2417"]),
        ("la Resolución N° 2417 y la resolución n.º 2427", ["resolution 2417", "resolution 2427"]),
        ("Security Council Resolution number 1325", ["resolution 1325"]),
        ("安理会第1325号决议", ["resolution 1325"]),
        ("第2719号决议", ["resolution 2719"]),
        ("联合国安理会1325号决议", ["resolution 1325"]),
        ("Security Council resolution 242", ["resolution 242"]),
        ("UN Security Council Resolution (UNSCR) 1325 and its subsequent resolutions", ["resolution 1325"]),
        ("the joint UNSCR1325 statement at the Tirana Ministerial Council", ["resolution 1325"]),
        # the year or session after the number is kept; a date in a list is no resolution
        ("resolution 1325 (2000) and 1820 (2008)", ["resolution 1325 (2000)", "resolution 1820 (2008)"]),
        (
            "tras recordar las resoluciones 1265 (1999), 1296 ( 2000) y 1314 (2000).",
            ["resolution 1265 (1999)", "resolution 1296 (2000)", "resolution 1314 (2000)"],
        ),
        ("resolutions 6/20 of 28 September 2007 and 1325", ["resolution 6/20", "resolution 1325"]),
        # not the Council's: three digits with no Council named, a national resolution dated by its year, a decision
        ("resolution 242", []),
        ("la Resolución 1325 de 2011 del Ministerio de Trabajo", []),
        ("decision 1234", []),
        ("resolution 12345", []),
    ],
)
def test_a_security_council_resolution_cited_by_number_alone_is_cited_by_it(text, expected):
    assert [c.key for c in citations(text)] == expected


def test_a_resolution_numbered_in_brackets_after_its_title_is_cited():
    text = "the UN General Assembly adopted the World Summit Outcome Resolution (60/1) in which UN Member States"
    assert [c.key for c in citations(text)] == ["resolution 60/1"]


def test_symbols_next_to_chinese_with_territory_parts_and_long_record_numbers_are_read_whole():
    text = (
        "消除对妇女歧视委员会第1977和1978次会议(CEDAW/C/SR.1977和CEDAW/C/SR.1978)审议了中国的第九次定期报告"
        "(CEDAW/C/CHN/9、CEDAW/C/CHN-HKG/9和CEDAW/C/CHN-MAC/9)。见A/HRC/42/18号文件"
    )
    assert [c.key for c in citations(text)] == [
        "CEDAW/C/SR.1977",
        "CEDAW/C/SR.1978",
        "CEDAW/C/CHN/9",
        "CEDAW/C/CHN-HKG/9",
        "CEDAW/C/CHN-MAC/9",
        "A/HRC/42/18",
    ]


# -- footnotes marked with a symbol -----------------------------------------------------------------------------------
@pytest.mark.parametrize("mark", ["*", "†", "‡"])
def test_a_note_marked_with_a_symbol_is_a_block_that_keeps_its_mark_and_its_citations(mark):
    from loaders.documents.structure import parse

    page = (
        "United Nations\n\nGeneral Assembly\n\nSeventy-sixth session\n\n"
        f"Item 75 (b) of the provisional agenda{mark}\n\n"
        f"{mark} A/76/150.\n\n"
        "I. Introduction\n\n1. The present report is submitted pursuant to General Assembly resolution 74/156.\n"
    )
    note = parse(page, "en").by_locator(f"footnote {mark}")
    assert note is not None and note.text == f"{mark} A/76/150."
    assert [c.key for c in citations(note.text)] == ["A/76/150"]


# -- the masthead's own symbol ----------------------------------------------------------------------------------------
def test_the_symbol_printed_in_the_masthead_is_a_block_and_its_page_headers_are_not():
    from loaders.documents.structure import parse

    page = (
        "United Nations\n\nCED/C/22/2\n\nInternational Convention for the Protection of All Persons from Enforced"
        " Disappearance\n\nDistr.: General\n\n3 June 2022\n\nOriginal: English\n\n"
        "Committee on Enforced Disappearances\n\n"
        "1. Pursuant to rules 57 and 58 of the Committee’s rules of procedure, a report is submitted to the Committee"
        " at each session.\n\f"
        "CED/C/22/2\n\n2. The Committee registered requests for urgent action.\n\f"
        "CED/C/22/2\n\n3. It adopted the present report.\n"
    )
    structure = parse(page, "en")
    assert structure.symbol == "CED/C/22/2"
    symbol_blocks = [p for p in structure.paragraphs if p.text == "CED/C/22/2"]
    assert len(symbol_blocks) == 1  # the masthead's line, once; the page headers are left out
    assert [p.locator for p in structure.paragraphs if p.kind == "paragraph"] == ["para. 1", "para. 2", "para. 3"]


def test_a_masthead_symbol_broken_before_its_first_slash_is_read_whole():
    from loaders.documents.structure import parse

    page = (
        "United Nations A\n/76/246\n\nGeneral Assembly\n\nDistr.: General\n\n29 July 2021 Original: English\n\n"
        "National institutions for the promotion and protection of human rights\n\n"
        "The present report is submitted pursuant to General Assembly resolution 74/156.\n"
    )
    structure = parse(page, "en")
    assert structure.symbol == "A/76/246"
    first = structure.paragraphs[0]
    assert (first.text, first.kind) == ("United Nations A /76/246", "masthead")  # one block, naming no body


def test_a_front_page_date_is_a_block_not_a_note_nor_a_language_note():
    from loaders.documents.structure import parse

    page = (
        "Naciones Unidas\n\nCERD/C/LBN/CO/23-24\n\nDistr. general\n\n1 de septiembre de 2021\n\nEspañol\n\n"
        "Original: francés\n\nComité para la Eliminación de la Discriminación Racial\n\n[13 de julio de 2023]\n\n"
        "[Español únicamente]\n\n"
        "1. El Comité examinó los informes periódicos 23º y 24º combinados del Líbano en sus sesiones 2809ª y 2810ª.\n"
    )
    structure = parse(page, "es")
    texts = [p.text for p in structure.paragraphs]
    assert "1 de septiembre de 2021" in texts and "[13 de julio de 2023]" in texts
    assert "[Español únicamente]" not in texts
    assert not [p for p in structure.paragraphs if p.kind == "footnote"]
    assert structure.by_locator("para. 1").text.startswith("El Comité examinó")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Reca llin g it s resolu tion 70 /1 of 25 Septem ber 201 5", ["resolution 70/1"]),
        ("its resolut ion 75/ 180 of 16 Dec ember 2 020", ["resolution 75/180"]),
        ("本报告系根据人权理事会第 43 / 2 号决议提交", ["resolution 43/2"]),
    ],
)
def test_a_resolution_spaced_by_a_text_layer_is_read_whole(text, expected):
    assert [c.key for c in citations(text)] == expected


def test_a_note_marked_with_a_symbol_goes_on_onto_the_lines_right_under_it():
    from loaders.documents.structure import parse

    page = (
        "联 合 国\n\nA/HRC/27/39\n\n大 会\n\n"
        "* 本报告中凡提及科索沃之处,均应按照安全理事会第 1244\n(1999)号决议加以理解,不影响科索沃的地位。\n"
        "** 本报告附件不译,原文照发。\n\n"
        "1. 本报告系根据人权理事会第 23/17 号决议提交。\n"
    )
    structure = parse(page, "zh")
    note = structure.by_locator("footnote *")
    assert note.text.endswith("(1999)号决议加以理解,不影响科索沃的地位。")
    assert [c.key for c in citations(note.text)] == ["resolution 1244 (1999)"]
    assert structure.by_locator("footnote **").text == "** 本报告附件不译,原文照发。"
    # a blank line ends it: the title under a note of the cover is no part of the note
    cover = parse("* Late submission\n\nReport of the Special Rapporteur on the right to food\n\nText.\n", "en")
    assert cover.by_locator("footnote *").text == "* Late submission"
    # and so does a line that does not plainly go on its sentence
    cover = parse("* Late submission\nReport of the Special Rapporteur on the right to food\n\nText.\n", "en")
    assert cover.by_locator("footnote *").text == "* Late submission"
    reissued = parse("* Se acordó publicar este informe después de la fecha prevista\najenas a su voluntad.\n", "es")
    assert reissued.by_locator("footnote *").text.endswith("prevista ajenas a su voluntad.")


def test_a_resolution_symbol_written_res_or_dec_is_read_in_capitals():
    assert [c.key for c in citations("the Declaration (A/Res/53/144), A/HRC/Res/52/15 and A/HRC/Dec/18/117.")] == [
        "A/RES/53/144",
        "A/HRC/RES/52/15",
        "A/HRC/DEC/18/117",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("人权理事会5/1号决议", ["resolution 5/1"]),
        ("联合国大会60/251号决议", ["resolution 60/251"]),
        ("聯合國安理會1325號決議", ["resolution 1325"]),
        ("委员会2023年5月12日通过的决议", []),
    ],
)
def test_a_chinese_resolution_cited_after_its_organ_without_di_is_cited(text, expected):
    assert [c.key for c in citations(text)] == expected


def test_a_numbered_heading_standing_alone_in_a_web_text_is_a_block_that_names_its_bodies(finder):
    from loaders.documents.structure import parse

    page = (
        "News concerning the universal system and regional systems\n\n"
        "This issue gives the news of the quarter on the universal and regional systems for the protection of human "
        "rights, body by body, with links to the documents they adopted.\n\n"
        "1. Office of the United Nations High Commissioner for Human Rights (OHCHR)\n\n"
        "The OHCHR is the principal human rights entity of the United Nations. Its functions include promoting and "
        "protecting all human rights, helping to empower people, and developing a human rights perspective.\n\n"
        "News from the OHCHR: on 17 May 2022 the High Commissioner expressed deep concern at the situation of human "
        "rights defenders in the region and called on the authorities to protect them and their families.\n"
    )
    structure = parse(page, "en")
    heading = next(p for p in structure.paragraphs if p.text.startswith("1. Office"))
    assert heading.locator == "line: 1. Office of the United Nations High Commissioner for Human Rights (OHCHR)"
    assert {m.id for m in finder.find(heading.text)} == {"ohchr"}


def test_a_symbol_alone_on_its_line_in_a_list_of_documents_is_still_cited(finder):
    from loaders.documents.candidates import extract
    from loaders.documents.structure import parse

    page = (
        "United Nations\n\nA/HRC/52/1\n\nDocuments of the session\n\n"
        "The Council had before it the following reports, listed by agenda item.\n\n"
        "A/HRC/52/15\n\nA/HRC/52/16\n"
    )
    listed = [p for p in parse(page, "en").paragraphs if p.text in ("A/HRC/52/15", "A/HRC/52/16")]
    assert [[c.key for c in extract(p, finder).citations] for p in listed] == [["A/HRC/52/15"], ["A/HRC/52/16"]]


def test_a_word_processors_page_label_glued_to_a_heading_is_left_out():
    from loaders.documents.structure import parse

    page = (
        "Submitted in Accordance with Article 54 of the African Charter on Human and Peoples’ Rights\n\n"
        "1 | P a g e I. SUMMARY\n\n"
        "1. The combined 48th and 49th Activity Reports of the African Commission are submitted to the Assembly.\n\n"
        "2 | Page\n\n"
        "2. The Report highlights, among others, the statutory meetings of the Commission.\n"
    )
    structure = parse(page, "en")
    assert "I. SUMMARY" in [p.text for p in structure.paragraphs]
    assert not [p for p in structure.paragraphs if p.kind == "footnote" or "P a g e" in p.text or "Page" in p.text]
    assert [p.locator for p in structure.paragraphs if p.kind == "paragraph"] == ["para. 1", "para. 2"]


@pytest.mark.parametrize(
    "lang, page, first",
    [
        (
            "fr",
            "Résumé\n\n1 . À la quarante-huitième session du Conseil des droits de l’homme, le Haut-Commissariat a"
            " organisé une réunion-débat.\n\n2 . La réunion-débat a été présidée par le Vice-Président du Conseil.\n",
            "À la quarante-huitième session",
        ),
        (
            "zh",
            "一.导言\n\n1 . 本报告系根据人权理事会第 43 / 2 号决议提交。\n\n2 . 报告基于人权高专办收集的信息。\n",
            "本报告系根据",
        ),
        # glued to its first word
        (
            "en",
            "A.Introduction\n\n1.Pursuant to rules 57 and 58 of the Committee’s rules of procedure, all requests are"
            " registered.\n\n2.In the report adopted at its twenty-first session, the Committee took note.\n",
            "Pursuant to rules 57",
        ),
        (
            "zh",
            "一.导言\n\n1.委员会在2023年2月15日举行的会议上审议了报告。\n\n2.委员会欢迎中国提交报告。\n",
            "委员会在",
        ),
    ],
)
def test_a_paragraph_number_set_apart_from_its_full_stop_or_glued_to_its_first_word_starts_the_paragraph(
    lang, page, first
):
    from loaders.documents.structure import parse

    structure = parse(page, lang)
    assert [p.locator for p in structure.paragraphs if p.kind == "paragraph"] == ["para. 1", "para. 2"]
    assert structure.by_locator("para. 1").text.startswith(first)
    assert not [p for p in structure.paragraphs if p.kind == "footnote"]


def test_a_section_letter_glued_to_its_heading_and_a_number_glued_to_a_year_are_read():
    from loaders.documents.structure import parse

    page = (
        "关于中国第九次定期报告的结论性意见\n\n"
        "1.2023年5月12日,消除对妇女歧视委员会第1977和1978次会议审议了中国的第九次定期报告。\n\nA.导言\n\n"
        "2.委员会赞赏缔约国提交第九次定期报告。\n\nB.积极方面\n\n3.委员会欢迎在立法改革方面取得进展。\n"
    )
    structure = parse(page, "zh")
    assert [p.locator for p in structure.paragraphs if p.kind == "paragraph"] == ["para. 1", "para. 2", "para. 3"]
    assert structure.by_locator("para. 1").text.endswith("定期报告。")  # the heading under it is no part of it
    assert structure.by_locator("line: A. 导言") is not None and structure.by_locator("line: B. 积极方面") is not None


# -- citations, own symbols and blocks: lists and tables of documents, abbreviated symbol lists -----------------------
def test_a_list_of_report_symbols_is_cited_and_none_is_the_documents_own():
    from loaders.documents.structure import parse

    page = "第六十九届会议(2021年)\n\n阿塞拜疆\n\nE/C.12/AZE/4\n\n芬兰\n\nE/C.12/FIN/7\n\n12.委员会决定研究报告严重逾期的情况。\n"
    structure = parse(page, "zh")
    assert structure.symbol is None
    cited = {c.key for p in structure.paragraphs for c in citations(p.text)}
    assert cited == {"E/C.12/AZE/4", "E/C.12/FIN/7"}


def test_a_masthead_symbol_alone_on_its_line_is_still_the_documents_own():
    from loaders.documents.structure import parse

    page = (
        "United Nations\n\nCAT/C/NIC/PCO/2\n\nConvention against Torture\n\n1. The Committee considered the report.\n"
    )
    assert parse(page, "en").symbol == "CAT/C/NIC/PCO/2"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("(见CERD/C/SR.2784和2785)上审议了", ["CERD/C/SR.2784", "CERD/C/SR.2785"]),
        ("(see CERD/C/SR.2788 and 2789)", ["CERD/C/SR.2788", "CERD/C/SR.2789"]),
        ("(voir CERD/C/SR.2788 et 2789)", ["CERD/C/SR.2788", "CERD/C/SR.2789"]),
        ("A/HRC/38/44/Add.1, 2 y 4", ["A/HRC/38/44/Add.1", "A/HRC/38/44/Add.2", "A/HRC/38/44/Add.4"]),
        ("CERD/C/SR.2784 and 12 other meetings", ["CERD/C/SR.2784"]),
        ("A/HRC/38/44/Add.2 and 2019", ["A/HRC/38/44/Add.2"]),
        ("CEDAW/C/MEX/CO/7 et 8", ["CEDAW/C/MEX/CO/7-8"]),  # a combined report, not two
        ("(CAT/C/SR.1872–1873)", ["CAT/C/SR.1872", "CAT/C/SR.1873"]),  # a range of two is the pair
        ("CAT/C/SR.1880–1884", ["CAT/C/SR.1880"]),  # a longer range is no list
        ("A/HRC/47/L.12, 13 June 2021", ["A/HRC/47/L.12"]),  # a date after it, not the next draft
        ("CCPR/C/SR.3801, 3802 and 3803.", ["CCPR/C/SR.3801", "CCPR/C/SR.3802", "CCPR/C/SR.3803"]),
    ],
)
def test_a_list_that_abbreviates_the_next_symbol_cites_each_symbol(text, expected):
    assert [c.key for c in citations(text)] == expected


def test_a_security_council_resolution_cited_after_a_verb_without_its_ordinal_is_read():
    assert [c.key for c in citations("聯合國安理會全票通過2809號決議,延長授權一年")] == ["resolution 2809"]
    assert [c.key for c in citations("该国在2020年通过了第3号决定")] == []


def test_the_rows_of_a_table_of_documents_are_blocks_with_their_citations():
    from loaders.documents.structure import parse

    prose = "The Special Rapporteur considers on-site visits an essential component of the mandate, " * 2
    page = (
        f"{prose}\n\nYear\nCountry\nReport and related links\n\n"
        "2018El Salvador (January/ February)\nComments by the State\nA/HRC/38/44/Add.2\nA/HRC/38/44/Add.5\n\n"
        "2017Iraq (November)\nComments by the State\nA/HRC/38/44/Add.1\n"
    )
    structure = parse(page, "en")
    texts = [p.text for p in structure.paragraphs]
    assert "Year Country Report and related links" in texts
    row = next(p for p in structure.paragraphs if p.text.startswith("2018El Salvador"))
    assert [c.key for c in citations(row.text)] == ["A/HRC/38/44/Add.2", "A/HRC/38/44/Add.5"]
    assert structure.symbol is None


def test_short_lines_of_a_text_written_without_blank_lines_stay_blocks_of_their_own():
    from loaders.documents.structure import parse

    prose = "The Committee met today and adopted its report on the situation after a long debate, " * 2
    page = f"Press release\nThe Committee closes its session\n{prose}\n"
    texts = [p.text for p in parse(page, "en").paragraphs]
    assert texts[:2] == ["Press release", "The Committee closes its session"]


def test_a_resolutions_own_page_does_not_cite_its_own_number_but_cites_the_others(tmp_path):
    from loaders.documents.plan import prepare

    text = (
        "Resolution 2719\n\nCooperation between the United Nations and regional organizations.\n\n"
        "Resolution 2719 (2023)\n\nAdopted by the Security Council at its 9518th meeting, on 21 December 2023\n\n"
        "Mindful of its previous resolutions, especially resolutions 2320 (2016) and 2378 (2017),\n"
    )
    path = tmp_path / "resolution.txt"
    path.write_text(text, encoding="utf-8")
    _report, plan = prepare(path, MentionFinder(Resolver.from_seeds()))
    assert plan["document"]["symbol"] is None
    assert [row["key"] for row in plan["citations"]] == ["resolution 2320 (2016)", "resolution 2378 (2017)"]


def test_a_list_of_resolutions_one_a_line_cites_each_of_them(tmp_path):
    from loaders.documents.plan import prepare

    path = tmp_path / "list.txt"
    path.write_text(
        "Resolutions of the Council\n\nResolution 2719 (2023)\n\nResolution 2320 (2016)\n", encoding="utf-8"
    )
    _report, plan = prepare(path, MentionFinder(Resolver.from_seeds()), lang="en")
    assert [row["key"] for row in plan["citations"]] == ["resolution 2719 (2023)", "resolution 2320 (2016)"]


def test_the_items_of_a_list_set_together_between_blank_lines_stay_blocks_of_their_own():
    from loaders.documents.structure import parse

    prose = "The High Commissioner's office published the advisory on the fourth review of the country today, " * 2
    page = f"{prose}\n\n• Source: OHCHR\n• Editor: Li Ming\n• 2024-01-20 18:16:53\n\n{prose}\n"
    texts = [p.text for p in parse(page, "en").paragraphs]
    assert "• Source: OHCHR" in texts and "• 2024-01-20 18:16:53" in texts


def test_a_front_page_set_together_between_blank_lines_is_no_table_row():
    from loaders.documents.structure import parse

    prose = "The Committee considered the report of the State party at its meetings and adopted its observations. " * 2
    page = (
        "United Nations\nCAT/C/NIC/PCO/2\nConvention against Torture\nDistr.: General\n12 May 2022\n\n"
        f"Committee against Torture\n\n{prose}\n"
    )
    texts = [p.text for p in parse(page, "en").paragraphs]
    assert texts[:2] == ["United Nations", "CAT/C/NIC/PCO/2"]


# -- citations, own symbols and blocks: treaty bodies' front pages --------------------------------------------------------
@pytest.mark.parametrize(
    "front, lang, symbol",
    [
        # a treaty body's session report, its symbol marked for a footnote (CRPD/C/25/2, docstore.ohchr.org)
        (
            "United Nations\n\nCRPD/C/25/2*\n\nConvention on the Rights of Persons with Disabilities\n\n"
            "Distr.: General\n\n14 October 2021\n\nOriginal: English\n\n",
            "en",
            "CRPD/C/25/2",
        ),
        (
            "Nations Unies\n\nCCPR/C/133/D/2708/2015**\n\nDistr. générale\n\n17 janvier 2022\n\n",
            "fr",
            "CCPR/C/133/D/2708/2015",
        ),
        ("联 合 国\n\nCAT/C/CHE/CO/8 ∗\n\nDistr.: General\n\n11 December 2023\n\n", "zh", "CAT/C/CHE/CO/8"),
        ("Naciones Unidas A/HRC/46/76*\n\nAsamblea General Distr. general\n\n", "es", "A/HRC/46/76"),
        ("A/HRC/47/54† United Nations General Assembly Distr.: General 12 May 2021\n\n", "en", "A/HRC/47/54"),
    ],
)
def test_a_masthead_symbol_marked_for_a_footnote_is_the_documents_own_and_not_cited(front, lang, symbol):
    from loaders.documents.structure import parse

    structure = parse(f"{front}1. The Committee adopted the present report at its session.\n", lang)
    assert structure.symbol == symbol
    cited = {c.key for p in structure.paragraphs for c in citations(p.text)} - structure.own_keys()
    assert cited == set()


@pytest.mark.parametrize(
    "front, lang, title",
    [
        (
            "United Nations\n\nCRPD/C/25/2*\n\nConvention on the Rights of Persons with Disabilities\n\n"
            "Distr.: General\n\n14 October 2021\n\nOriginal: English\n\n"
            "Committee on the Rights of Persons with Disabilities\n\n"
            "Report of the Committee on the Rights of Persons with Disabilities on its twenty-fifth session\n\n",
            "en",
            "Report of the Committee on the Rights of Persons with Disabilities on its twenty-fifth session",
        ),
        (
            "United Nations\n\nCED/C/SR.421\n\nInternational Convention for the Protection of All Persons from Enforced"
            " Disappearance\n\nDistr.: General\n\n4 October 2022\n\nOriginal: English\n\n"
            "Committee on Enforced Disappearances\n\nTwenty-third session\n\nSummary record of the 421st meeting**\n\n",
            "en",
            "Summary record of the 421st meeting",
        ),
        (
            "Nations Unies\n\nCRC/C/NLD/CO/5-6\n\nConvention relative aux droits de l’enfant\n\nDistr. générale\n\n"
            "9 mars 2022\n\nFrançais\n\nOriginal : anglais\n\nComité des droits de l’enfant\n\n"
            "Observations finales concernant le rapport du Royaume des Pays-Bas * , **\n\n",
            "fr",
            "Observations finales concernant le rapport du Royaume des Pays-Bas",
        ),
        (
            "Naciones Unidas\n\nCAT/C/URY/CO/4\n\nConvención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o"
            " Degradantes\n\nDistr. general\n\n9 de diciembre de 2022\n\nOriginal: español\n\nComité contra la Tortura\n\n"
            "Observaciones finales sobre el cuarto informe periódico del Uruguay*\n\n",
            "es",
            "Observaciones finales sobre el cuarto informe periódico del Uruguay",
        ),
        (
            "联 合 国\n\nCAT/C/CHE/CO/8\n\n禁止酷刑和其他残忍、不人道\n或有辱人格的待遇或处罚公约\n\nDistr.: General\n\n"
            "11 December 2023\n\nChinese\n\nOriginal: English\n\n禁止酷刑委员会\n\n关于瑞士第八次定期报告的结论性意见*\n\n",
            "zh",
            "关于瑞士第八次定期报告的结论性意见",
        ),
    ],
)
def test_a_treaty_bodys_front_page_is_titled_by_the_line_under_its_organ_not_by_the_treatys_name(front, lang, title):
    from loaders.documents.structure import parse

    structure = parse(f"{front}1. The Committee considered the report at its meetings.\n", lang)
    assert structure.title == title


# -- citations, own symbols and blocks: salutations set over several lines --------------------------------------------
@pytest.mark.parametrize(
    "salutation, lang",
    [
        ("主席先生,各位阁下,\n女士们、先生们:", "zh"),  # ohchr.org, 29 September 2022 (reprisals report, HRC51)
        ("Señor Presidente,\nExcelencias:", "es"),  # ohchr.org, 13 October 2022 (Third Committee)
        ("Monsieur le Président,\nExcellences,\nMesdames et Messieurs,", "fr"),
        ("Mr. President,\nExcellencies:", "en"),
    ],
)
def test_a_salutation_set_over_lines_with_no_blank_line_between_them_is_one_block(salutation, lang):
    from loaders.documents.structure import parse

    prose = "It is an honour to present the annual report of the Office to the Assembly at this session today. " * 2
    page = f"Statement\n\nGeneva\n\n{salutation}\n\n{prose}\n\nExcellencies,\n\n{prose}\n"
    texts = [p.text for p in parse(page, lang).paragraphs]
    assert salutation.replace("\n", " ") in texts
    assert "Excellencies," in texts  # a salutation standing alone is still a block of its own


def test_a_salutation_is_no_block_of_the_sentence_right_under_it():
    from loaders.documents.structure import parse

    prose = "It is an honour to present the annual report of the Office to the Assembly at this session today. " * 2
    texts = [
        p.text for p in parse(f"Statement\n\n{prose}\n\nMadam President,\nI thank you.\n\n{prose}\n", "en").paragraphs
    ]
    assert "Madam President, I thank you." not in texts


# -- citations, own symbols and blocks: finding an annotated summary again ----------------------------------------------
def test_a_summarys_anchor_that_keeps_the_heading_printed_right_above_it_finds_the_summary():
    from loaders.documents.quality import _find
    from loaders.documents.structure import parse
    from loaders.writing import squash

    page = (
        "Naciones Unidas A/HRC/46/76\n\nResumen\nEn el presente informe, la Alta Comisionada de las Naciones Unidas\n"
        "para los Derechos Humanos describe la situación de los derechos humanos en Colombia.\n\n"
        "I. Introducción\n\n1. El informe abarca el año 2020.\n"
    )
    parsed = [(p, squash(p.text)) for p in parse(page, "es").paragraphs]
    found = _find(parsed, {"locator": "summary", "anchor": "Resumen En el presente informe, la Alta Comisionada"})
    assert found is not None and found.locator == "summary"
    # elsewhere the heading's word stays part of the anchor
    assert _find(parsed, {"locator": "para. 1", "anchor": "Resumen El informe abarca"}) is None


# -- citations, own symbols and blocks: a speech's addressees, one a block ---------------------------------------------
@pytest.mark.parametrize(
    "addressees, lang",
    [
        # ohchr.org (HRC subsite), 21 February 2023: the HRC President's statement to the Advisory Committee
        (["联合国人权事务高级专员办事处人权理事会处处长提斯都内(Tistounet)先生,", "各位阁下,", "各位与会者,"], "zh"),
        # ohchr.org, 20 February 2020: the High Commissioner's statement to the OSCE Parliamentary Assembly
        (
            [
                "Excellences President and Secretary General of the OSCE Parliamentary Assembly,",
                "Chair of the Human Rights Committee,",
                "Distinguished Members of the Parliamentary Assembly,",
                "Excellencies, Colleagues, Friends,",
            ],
            "en",
        ),
    ],
)
def test_a_speechs_addressees_set_apart_by_blank_lines_are_blocks_of_their_own(addressees, lang):
    from loaders.documents.structure import parse

    prose = "我很高兴能够以人权理事会主席的身份在咨询委员会第二十九届会议开幕式上首次向各位发言,并介绍理事会的工作。"
    if lang == "en":
        prose = "I am delighted to have the opportunity to address the members of the General Committee today. " * 2
    page = "Statement\n\nGeneva, 21 February 2023\n\n" + "\n\n".join(addressees) + f"\n\n{prose}\n"
    texts = [p.text for p in parse(page, lang).paragraphs]
    assert all(addressee in texts for addressee in addressees)
    assert prose.strip() in texts


def test_a_salutation_set_over_two_lines_is_no_part_of_the_speech_under_it():
    from loaders.documents.structure import parse

    # ohchr.org, 5 July 2023: the High Commissioner's statement opening the Council's fifty-third session
    prose = "首任联合国秘书长特里格夫·赖伊为联合国纽约总部大楼奠基时,将《世界人权宣言》的一份副本放入其中。"
    page = f"声明\n\n日内瓦\n\n理事会主席,\n各位阁下,各位朋友,\n\n{prose}\n\n这一举动生动诠释了人权是联合国的基石。\n"
    texts = [p.text for p in parse(page, "zh").paragraphs]
    assert "理事会主席, 各位阁下,各位朋友," in texts and prose in texts


def test_a_salutation_standing_alone_between_numbered_paragraphs_is_a_block_of_its_own():
    from loaders.documents.structure import parse

    # achpr.org, 2021: the ACERWC Chair's statement on the African Human Rights Day, numbered paragraphs
    salutation = "Excellences, Honorables, Distingués participants, Mesdames et Messieurs,"
    page = (
        "1. C'est un honneur pour moi de représenter le Comité africain d'experts aujourd'hui.\n\n"
        f"{salutation}\n\n2. Permettez-moi de féliciter la Commission africaine des droits de l'homme et des peuples.\n"
    )
    structure = parse(page, "fr")
    assert salutation in [p.text for p in structure.paragraphs]
    assert structure.by_locator("para. 1").text.endswith("aujourd'hui.")
    # a line going on a numbered paragraph that is not finished stays part of it
    page = "1. Le Comité a examiné le rapport de l'État partie,\n\nComme il l'avait fait,\n\n2. Il a adopté ses observations.\n"
    assert parse(page, "fr").by_locator("para. 1").text.endswith("Comme il l'avait fait,")


# -- citations, own symbols and blocks: a resolution cited by its organ's short name ----------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # ganhri.org, "UN resolutions on NHRIs" (2022): the General Assembly's short name alone before the number
        (
            "The 2019 NHRI resolution, adopted by General Assembly (GA 74/156) reiterated its call",
            ["resolution 74/156"],
        ),
        # umn.edu Human Rights Library: "G.A. res." then the resolution's symbol
        (
            "National Institutions for the Promotion and Protection of Human Rights, G.A. res. 50/176, U.N. Doc. "
            "A/RES/50/176 (1995)",
            ["resolution 50/176", "A/RES/50/176"],
        ),
        # seeds/documents (the 2016 concept note on regional mechanisms), a footnote: "HRC Res 30/3"
        ("HRC Res 30/3, and HRC 52/36 and 52/37", ["resolution 30/3", "resolution 52/36", "resolution 52/37"]),
        # the law reviews' form: the Security Council's resolutions by number, the Assembly's early ones by session
        (
            "S.C. Res. 1373, ¶ 2 (Sept. 28, 2001); S.C. Res. 242; G.A. Res. 217 A (III)",
            ["resolution 1373", "resolution 242", "resolution 217 A (III)"],
        ),
        # never a session alone, a fraction, another body's "Res." or a symbol's part
        ("UNGA 74, HRC52, a GA 2/3 majority, UNGA 74/2020, ACHPR Res. 69 (XXXV), A/HRC 52/36, GA 74/156/Add.1", []),
    ],
)
def test_a_resolution_cited_by_its_organs_short_name(text, expected):
    assert [c.key for c in citations(text)] == expected


# -- citations, own symbols and blocks: a message's salutations on a word of address --------------------------------
@pytest.mark.parametrize(
    "title, salutations, lang",
    [
        (
            "Message de fin d'année de la Présidente de la Commission africaine des droits de l’homme et des peuples",
            [
                "Chers partenaires de la Commission africaine,",
                "Chères amies et chers amis des droits de l’homme en Afrique,",
            ],
            "fr",
        ),
        (
            "New Year message of the President of the Inter-American Court of Human Rights",
            [
                "Dear members of the community of human rights defenders,",
                "Dear members and friends of the Inter-American Court of Human Rights and of its Secretariat,",
            ],
            "en",
        ),
    ],
)
def test_a_messages_salutations_on_a_word_of_address_are_blocks_between_its_title_and_text(title, salutations, lang):
    from loaders.documents.structure import parse

    # a short message: two long lines of text after a title and two salutations, one a line, set apart by blank lines
    # (more short lines than long ones, as a text cut at a page width has)
    prose = ("C'est un plaisir de m'adresser à vous au seuil de cette nouvelle année. " * 6).strip()
    page = "\n\n".join([title, *salutations, prose, prose.replace("C'est", "Ce sera")]) + "\n"
    texts = [p.text for p in parse(page, lang).paragraphs]
    assert texts[: len(salutations) + 2] == [title, *salutations, prose]


# -- citations, own symbols and blocks: the General Assembly's emergency special sessions ----------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # the eleventh emergency special session (2022-2025), as the pages on it print its resolutions
        (
            'following the adoption of Resolution ES-11/1 entitled "Aggression against Ukraine"; Resolution ES-11/3, '
            "which suspended Russia's membership of the United Nations Human Rights Council",
            ["resolution ES-11/1", "resolution ES-11/3"],
        ),
        ("Code A/RES/ES-11/7 (Document); United Nations A/ES-11/L.1", ["A/RES/ES-11/7", "A/ES-11/L.1"]),
        # a non-breaking hyphen; French, Spanish and Chinese
        (
            "Resolution ES‑11/7; la résolution ES-11/4; la resolución ES-10/21; 大会第ES-11/1号决议",
            ["resolution ES-11/7", "resolution ES-11/4", "resolution ES-10/21", "resolution ES-11/1"],
        ),
        ("the eleventh emergency special session (ES-11) resumed", []),
    ],
)
def test_a_resolution_of_an_emergency_special_session(text, expected):
    assert [c.key for c in citations(text)] == expected


# -- citations, own symbols and blocks: a resolution's word glued to its number --------------------------------------
def test_a_resolution_whose_word_a_text_layer_glues_to_its_number():
    # seeds/documents (the 2016 concept note on regional mechanisms), a footnote
    assert [c.key for c in citations("HRC resolution 32/127  and GA resolution63/170")] == [
        "resolution 32/127",
        "resolution 63/170",
    ]
    # no year nor bare number glued to the word
    assert [c.key for c in citations("resolution2020; resolution1325")] == []


# -- citations, own symbols and blocks: a table of documents, one symbol on several rows ------------------------------
def test_a_table_of_documents_whose_rows_repeat_one_symbol_has_no_page_header_and_cites_each_row():
    from loaders.documents.structure import parse

    # the Working Group on Arbitrary Detention's page of deliberations (ohchr.org, 2020): four deliberations in one
    # report, one cell a row
    rows = [("No 9", "A/HRC/22/44"), ("No 8", "E/CN.4/2006/7"), ("No 7", "E/CN.4/2005/6"), ("No 5", "A/HRC/39/45")]
    rows += [(f"No {number}", "E/CN.4/1993/24") for number in (4, 3, 2, 1)]
    text = "Le Groupe de travail peut formuler des délibérations.\n\n" + "".join(
        f"Délibération {number}\n\nSujet\n\n{symbol}\n\n" for number, symbol in rows
    )
    found = parse(text, "fr")
    assert found.symbol is None
    cells = [p for p in found.paragraphs if p.text.strip() == "E/CN.4/1993/24"]
    assert len(cells) == 4
    assert all([c.key for c in citations(cell.text)] == ["E/CN.4/1993/24"] for cell in cells)


# -- citations, own symbols and blocks: a web page's "UN symbol" field ------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, symbol",
    [
        # ohchr.org's Chinese page of A/HRC/51/55 (2022), the whole page copied as one block
        (
            "文件 专题报告 A/HRC/51/55:促进和保护非洲人和非洲人后裔的人权 已发布 2022年8月4日 联合国文号 A/HRC/51/55 "
            "查看本报告所依据的征集信息呼吁 分享 根据人权理事会第47/21号决议,专家机制提交了第一份报告。",
            "zh",
            "A/HRC/51/55",
        ),
        # its French page of A/HRC/51/29 (2022), which prints the field's label in English, one field a line
        (
            "Rapport 2022 du Groupe de travail\n\nPublié\n\n21 juillet 2022\n\nUN symbol\n\nA/HRC/51/29\n\n"
            "Le Groupe de travail a adopté 85 avis (voir A/HRC/48/55).\n",
            "fr",
            "A/HRC/51/29",
        ),
    ],
)
def test_a_web_pages_un_symbol_field_gives_the_own_symbol_which_is_not_cited(text, lang, symbol):
    from loaders.documents.structure import parse

    found = parse(text, lang)
    assert found.symbol == symbol
    cited = {c.key for p in found.paragraphs for c in citations(p.text)} - found.own_keys()
    assert symbol not in cited


# -- citations, own symbols and blocks: the next summary record written with its part's name --------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # CEDAW's concluding observations on Cuba (CEDAW/C/CUB/CO/9, 2024), para. 1
        (
            "en sus sesiones 2106 y 2107 (véase CEDAW/C/SR.2106 y SR.2107), celebradas el 18 de octubre de 2024",
            ["CEDAW/C/SR.2106", "CEDAW/C/SR.2107"],
        ),
        ("(voir CERD/C/SR.2784 et SR.2785)", ["CERD/C/SR.2784", "CERD/C/SR.2785"]),
        ("(see A/HRC/38/44/Add.1 and Add.2)", ["A/HRC/38/44/Add.1", "A/HRC/38/44/Add.2"]),
        # another part, or a record before the first: no list
        ("(see CCPR/C/SR.3456 and Corr.1; CAT/C/SR.1880 and SR.1879)", ["CCPR/C/SR.3456", "CAT/C/SR.1880"]),
    ],
)
def test_a_list_of_summary_records_whose_next_one_repeats_its_parts_name(text, expected):
    assert [c.key for c in citations(text)] == expected


# -- citations, own symbols and blocks: another organ's resolutions numbered by year ----------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # the IACHR's annex to press release 165/21 (2021): its own resolution on the pandemic
        ("various IACHR resolutions concerning human rights and the pandemic, including Resolution 01/2020.", []),
        ("la Resolución 1/2020 de la CIDH y la Resolución 04/19", []),
        # the UN's, by session and number, and the Commission on Human Rights', by year and number
        ("resolutions 5/1 and 01/2020; résolution 2004/76", ["resolution 5/1", "resolution 2004/76"]),
        # the African Commission's, by session in Roman numerals and year; the UN's before 1976 take no year there
        ("Resolution 273 (LV) 2014 and Resolution 69 (XXXV) 04", []),
        (
            "resolutions 217 A (III) and 20 (XXXVI) of 29 February 1980",
            ["resolution 217 A (III)", "resolution 20 (XXXVI)"],
        ),
    ],
)
def test_a_resolution_numbered_by_number_and_year_is_another_organs_and_not_cited(text, expected):
    assert [c.key for c in citations(text)] == expected


# -- citations, own symbols and blocks: a periodic report's period on its cover -------------------------------------
@pytest.mark.parametrize(
    "period, lang",
    [
        # the Council of Europe Commissioner for Human Rights' 4th quarterly activity report 2020, its cover
        ("1 octobre au 31 décembre", "fr"),
        ("1 October to 31 December 2020", "en"),
        ("1 de octubre al 31 de diciembre de 2020", "es"),
    ],
)
def test_a_covers_period_opening_on_day_one_is_no_footnote(period, lang):
    from loaders.documents.structure import parse

    text = f"Quarterly activity report 2020\n\n{period}\n\nPresented to the Committee of Ministers\n\nThe report.\n"
    found = parse(text, lang)
    assert period in [p.text for p in found.paragraphs]
    assert not [p for p in found.paragraphs if p.kind == "footnote"]


# -- citations, own symbols and blocks: a list of renewals with each one's year, a symbol in brackets, "号第" lists --
@pytest.mark.parametrize(
    "text, expected",
    [
        # OHCHR's Spanish mandate page on counter-terrorism: Council resolutions with their adoption years in brackets
        (
            "mediante resoluciones 15/15 (2010), 22/8 (2013), y 31/3 (2016).",
            ["resolution 15/15", "resolution 22/8", "resolution 31/3"],
        ),
        ("resolutions 7/12 (2008) and 1325 (2000)", ["resolution 7/12", "resolution 1325 (2000)"]),
        # the AU Peace and Security Council's communiqué of its 1109th meeting: the resolution's symbol after its number
        (
            "l’historique Résolution 1325 (S/RES/1325) du Conseil de sécurité des Nations unies (CSNU)",
            ["resolution 1325", "S/RES/1325"],
        ),
        # OHCHR's Chinese page on unilateral coercive measures prints two numbers with no "和" between them
        ("人权理事会第27/21号第45/5号决议作出了界定", ["resolution 27/21", "resolution 45/5"]),
        (
            "第27/21号、第45/5号决议; 第6/20和12/15号决议",
            ["resolution 27/21", "resolution 45/5", "resolution 6/20", "resolution 12/15"],
        ),
    ],
)
def test_a_list_of_resolutions_with_years_symbols_or_shared_suffix_is_read_whole(text, expected):
    assert [c.key for c in citations(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Resolution 273 (LV) 2014",  # the African Commission's numbering stays unread
        "la Resolución 01/2020 (2020) de la CIDH",  # the Inter-American Commission's
        "第27/21号第2段",  # a paragraph of a resolution is no second resolution
        "Resolution 1325 (Annex)",  # a bracket that is no year, session or symbol
    ],
)
def test_a_bracket_after_a_number_is_no_resolution_of_its_own(text):
    assert [c.key for c in citations(text) if c.kind == "resolution"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("resolution 242 (S/RES/242 (1967))", ["resolution 242", "S/RES/242"]),
        ("la resolución 242 (S/RES/242)", ["resolution 242", "S/RES/242"]),
        ("la resolución 2417 ( S/RES/2417 )", ["resolution 2417", "S/RES/2417"]),  # a space inside the brackets
        ("resolution 242 (Annex)", []),  # a three-digit number without the Council named stays unread
    ],
)
def test_a_three_digit_council_resolution_is_named_by_its_own_symbol_after_it(text, expected):
    assert [c.key for c in citations(text)] == expected


# -- citations, own symbols and blocks: a masthead run together on one line, its symbol between letterhead and organ --
@pytest.mark.parametrize(
    "header, lang",
    [
        # the text layer of the Secretary-General's report on Mali, S/2021/519 (French, 2021)
        (
            "Nations Unies S/2021/519 Conseil de sécurité Distr. générale 1 er juin 2021 Français Original : anglais",
            "fr",
        ),
        ("United Nations S/2021/519 Security Council Distr.: General 1 June 2021 Original: English", "en"),
        (
            "Naciones Unidas S/2021/519 Consejo de Seguridad Distr. general 1 de junio de 2021 Español Original: inglés",
            "es",
        ),
        (
            "Naciones Unidas S/2021/519* Consejo de Seguridad Distr. general 1 de junio de 2021",
            "es",
        ),  # a reissue's mark
        ("联 合 国 S/2021/519 安全理事会 Distr.: General 1 June 2021 Chinese Original: English", "zh"),
    ],
)
def test_a_masthead_run_together_with_its_symbol_inside_gives_the_own_symbol_and_names_no_body(header, lang):
    from loaders.documents.structure import parse

    text = f"{header}\n\nLa situation au Mali\n\n1. Le précédent rapport (S/2021/299) est paru en mars 2021.\n"
    found = parse(text, lang)
    assert found.symbol == "S/2021/519"
    cited = {c.key for p in found.paragraphs for c in citations(p.text)} - found.own_keys()
    assert cited == {"S/2021/299"}
    assert found.paragraphs[0].kind == "masthead"
    assert found.date == "2021-06-01"  # "1 er juin 2021" too, as the text layer spaces "1er"


def test_a_symbol_between_a_letterhead_and_a_sentence_is_no_masthead():
    from loaders.documents.structure import parse

    found = parse("United Nations S/2021/519 reports that the Mission grew.\n\n1. Text of the paragraph.\n", "en")
    assert found.symbol is None


# -- citations, own symbols and blocks: a range of a report's addenda -------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # the Human Rights Committee's follow-up report of its 128th session (2020), para. 1
        ("comprising the present document and four addenda (CCPR/C/128/3/Adds.1–4), has", [1, 2, 3, 4]),
        ("(CCPR/C/128/3/Add.1-4)", [1, 2, 3, 4]),
        ("see CCPR/C/128/3/Add.1 to 3.", [1, 2, 3]),
        ("voir CCPR/C/128/3/Add.1 à Add.3.", [1, 2, 3]),
        ("véase CCPR/C/128/3/Add.1 a 3.", [1, 2, 3]),
        ("见CCPR/C/128/3/Add.1至3。", [1, 2, 3]),
        ("CCPR/C/128/3/Add.1 y 2", [1, 2]),
        ("CCPR/C/128/3/Add.1 to 4 June 2021", [1]),  # a date, not the last addendum
        ("CCPR/C/128/3/Add.1-45", [1]),  # no report has so many addenda: no range
    ],
)
def test_a_range_of_a_reports_addenda_cites_each_addendum(text, expected):
    assert [c.key for c in citations(text)] == [f"CCPR/C/128/3/Add.{n}" for n in expected]


# -- citations, own symbols and blocks: a news item's dateline on a line of its own over its first paragraph ----------
@pytest.mark.parametrize(
    "dateline, lang",
    [
        ("Niamey, Republic of Niger, 28th November 2020:", "en"),  # an IPHRC news item (2020)
        ("Arusha, 4 mai 2020 :", "fr"),
        ("GENEVA, November 12, 2021 –", "en"),
        ("Genève, le 3 mars 2021 –", "fr"),
        ("Ciudad de Panamá, 3 de junio de 2021 –", "es"),
    ],
)
def test_a_datelines_line_over_the_first_lines_of_a_news_item_opens_that_paragraph(dateline, lang):
    from loaders.documents.structure import parse

    first = (
        "The Commission's delegation, led by its Chairperson, took part in the session of the Council of Foreign "
        "Ministers held in the capital over two days."
    )
    text = f"Title of the news item on the session\n\n2020-11-28\n\n{dateline}\n{first}\n\nThe second paragraph.\n"
    texts = [p.text for p in parse(text, lang).paragraphs]
    assert f"{dateline} {first}" in texts
    assert dateline not in texts


def test_a_dateline_set_apart_by_a_blank_line_stays_a_block_of_its_own():
    from loaders.documents.structure import parse

    text = "Vienna, 20 February 2020\n\nThe Special Representative opened the meeting of the Permanent Council.\n"
    texts = [p.text for p in parse(text, "en").paragraphs]
    assert texts[0] == "Vienna, 20 February 2020"


# -- citations, own symbols and blocks: a dated resolution's subject with no comma before it, a year inside it --------
@pytest.mark.parametrize(
    "text, expected",
    [
        # the Human Rights Council's resolution 55/… on a culture of peace (2024), its preamble
        (
            "in particular resolutions 77/32 of 6 December 2022 on the International Year of\n"
            "Dialogue as a Guarantee of Peace, 2023, and 77/296 of 14 June 2023 on follow-up to the Declaration",
            ["resolution 77/32", "resolution 77/296"],
        ),
        (
            "les résolutions 77/32 du 6 décembre 2022 sur l’Année internationale du dialogue, 2023, et 77/296 du 14 juin",
            ["resolution 77/32", "resolution 77/296"],
        ),
        (
            "las resoluciones 77/32 de 6 de diciembre de 2022 sobre el Año Internacional, y 77/296",
            ["resolution 77/32", "resolution 77/296"],
        ),
        # a list in one numbering: a count after the subject is no Security Council resolution
        ("resolution 5/1 of 18 June 2007 on the Council, and 2000 people attended", ["resolution 5/1"]),
    ],
)
def test_a_dated_resolutions_subject_with_a_year_in_it_is_read_through_to_the_next_number(text, expected):
    assert [c.key for c in citations(text)] == expected


# -- citations, own symbols and blocks: a report's two symbols on its cover, an imprint in both seats -----------------
@pytest.mark.parametrize(
    "symbols",
    [
        "E/2025/22E/C.12/2024/3",  # the Committee's report to ECOSOC (2025): its two symbols run together
        "E/2025/22 E/C.12/2024/3",
    ],
)
def test_a_covers_two_symbols_give_the_first_as_own_and_cite_neither(symbols):
    from loaders.documents.structure import parse

    text = (
        f"Consejo Económico y Social\n\nDocumentos Oficiales , 2025\n\nSuplemento núm. 2\n\n{symbols}\n\n"
        "Comité de Derechos Económicos, Sociales y Culturales\n\nInforme sobre los períodos de sesiones 75º y 76º\n\n"
        "Naciones Unidas • Nueva York y Ginebra, 2025\n\n1. El informe anterior (E/2024/22) fue aprobado.\n"
    )
    found = parse(text, "es")
    assert found.symbol == "E/2025/22"
    assert {c.key for p in found.paragraphs for c in citations(p.text)} - found.own_keys() == {"E/2024/22"}
    imprint = next(p for p in found.paragraphs if p.text.startswith("Naciones Unidas"))
    assert imprint.kind == "masthead"


def test_two_symbols_of_a_table_on_two_lines_are_no_own_symbol():
    from loaders.documents.structure import parse

    found = parse("Azerbaïdjan\n\nE/C.12/AZE/4 E/C.12/AZE/Q/4\n\nBolivie\n\nE/C.12/BOL/3 E/C.12/BOL/Q/3\n", "fr")
    assert found.symbol is None


# -- citations, own symbols and blocks: a communication's date on eight digits is no bar code ------------------------
def test_a_date_on_eight_digits_is_kept_and_a_bar_code_is_not():
    from loaders.documents.structure import parse

    # a special procedures communication copied with its Chinese translation under each line (AL CHN 15/2024)
    text = "Ref.: AL CHN 15/2024\n\n编号:AL CHN 15/2024\n\n14 November 2024\n\n20241114\n\nExcellency,\n\n阁下:\n"
    assert "20241114" in [p.text for p in parse(text, "zh").paragraphs]
    barcode = "Rapport du Groupe de travail.\n\n2115339\n\n1. Le Groupe de travail a tenu sa session.\n"
    assert all("2115339" not in p.text for p in parse(barcode, "fr").paragraphs)


# -- citations, own symbols and blocks: a long preambular list of two organs' resolutions, a subject after each group --
@pytest.mark.parametrize(
    "text, expected",
    [
        # Human Rights Council resolution 51/23 (A/HRC/RES/51/23, 2022), its preamble: after each group's subject the
        # list goes on with a comma alone
        (
            "Recalling Commission on Human Rights resolutions 2005/70 of 20 April 2005, on human rights and transitional "
            "justice, 2005/81 of 21 April 2005, on impunity, and 2005/66 of 20 April 2005, on the right to the truth, "
            "Human Rights Council resolutions 9/10 of 24 September 2008 and 42/17 of 26 September 2019, on human rights "
            "and transitional justice, 9/11 of 18 September 2008, 12/12 of 1 October 2009 and 21/7 of 27 September "
            "2012, on the right to the truth, 10/26 of 27 March 2009 and 15/5 of 29 September 2010, on forensic "
            "genetics and human rights, Council decisions 2/105 of 27 November 2006, on the right to the truth,",
            ["2005/70", "2005/81", "2005/66", "9/10", "42/17", "9/11", "12/12", "21/7", "10/26", "15/5", "2/105"],
        ),
        # the same list as the French and Spanish texts print it: the organ named in full between word and number
        (
            "Rappelant les résolutions de la Commission des droits de l’homme 2005/70 du 20 avril 2005 sur les droits de "
            "l’homme et la justice de transition, 2005/81 du 21 avril 2005 sur l’impunité et 2005/66 du 20 avril 2005 "
            "sur le droit à la vérité, les résolutions du Conseil des droits de l’homme 9/11 du 18 septembre 2008, "
            "12/12 du 1er octobre 2009 et 21/7 du 27 septembre 2012 sur le droit à la vérité, 10/26 du 27 mars 2009",
            ["2005/70", "2005/81", "2005/66", "9/11", "12/12", "21/7", "10/26"],
        ),
        (
            "Recordando las resoluciones de la Comisión de Derechos Humanos 2005/70, de 20 de abril de 2005, sobre los "
            "derechos humanos y la justicia de transición, 2005/81, de 21 de abril de 2005, sobre la impunidad, y "
            "2005/66, de 20 de abril de 2005, sobre el derecho a la verdad, y las resoluciones del Consejo de Derechos "
            "Humanos 9/11, de 18 de septiembre de 2008, 12/12, de 1 de octubre de 2009, y 21/7, sobre el derecho a la "
            "verdad, 10/26, de 27 de marzo de 2009,",
            ["2005/70", "2005/81", "2005/66", "9/11", "12/12", "21/7", "10/26"],
        ),
        # Human Rights Council resolution 27/3 (A/HRC/RES/27/3, Chinese, docstore.ohchr.org): each number with its "号"
        (
            "还回顾 人权委员会关于人权与过渡时期司法的 2005 年 4 月 20 日第 2005/70 号决议、关于有罪不罚问题的 2005 年 4 月 21 日"
            "第 2005/81 号决议、关于了解真相权的 2005 年 4 月 20 日第 2005/66 号决议,人权理事会关于了解真相权的 2008 年 9 月 18 日"
            "第 9/11 号决议、 2009 年 10 月 1 日第 12/12 号决议和 2012 年 9 月 27 日第 21/7 号决议、关于法医遗传学与人权的 "
            "2009 年 3 月 27 日第 10/26 号决议",
            ["2005/70", "2005/81", "2005/66", "9/11", "12/12", "21/7", "10/26"],
        ),
        # the comma alone goes on only to a number by session: a date or a count after a subject is none
        ("resolution 5/1 of 18 June 2007, on institution-building, 12/10/2020", ["5/1"]),
        ("resolution 5/1, on the Council, 2000 people attended", ["5/1"]),
    ],
)
def test_a_list_of_two_organs_resolutions_goes_on_after_each_groups_subject(text, expected):
    assert [c.key.split(" ", 1)[1] for c in citations(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Human Rights Council resolution 9/10 (A/HRC/RES/9/10, 2008, right-docs.org): each subject, then its number
        (
            "Recalling previous resolutions of the Commission on Human Rights on human rights and\n"
            "transitional justice (2005/70), impunity (2005/81) and the right to the truth (2005/66),\n"
            "General Assembly resolution 60/147 on the Basic Principles",
            ["resolution 2005/70", "resolution 2005/81", "resolution 2005/66", "resolution 60/147"],
        ),
        # Human Rights Council resolution 18/7 (A/HRC/RES/18/7, French, 2011, studylibfr.com): dated in the brackets
        (
            "ainsi que les décisions du Conseil sur le droit\nà la vérité (2/105 du 27 novembre 2006) et la justice de "
            "transition (4/102 du 23 mars 2007),",
            ["decision 2/105", "decision 4/102"],
        ),
        (
            "las resoluciones del Consejo de Derechos Humanos sobre el derecho a la verdad (9/11, 12/12 y 21/7)",
            ["resolution 9/11", "resolution 12/12", "resolution 21/7"],
        ),
        # a year or a symbol in the brackets is no resolution numbered by session
        ("resolutions on the situation in Syria (2019 and 2020) and on Myanmar (A/HRC/45/L.3)", ["A/HRC/45/L.3"]),
    ],
)
def test_resolutions_cited_each_after_its_subject_in_brackets_are_read(text, expected):
    assert [c.key for c in citations(text)] == expected


# -- citations, own symbols and blocks: the distribution, the symbol and the date run together on one line -------------
def test_a_masthead_column_run_together_from_its_distribution_gives_the_own_symbol():
    from loaders.documents.structure import parse

    # the Human Rights Council's report on its seventh session (A/HRC/7/78, Spanish, fdocuments.ec): the text layer
    # runs the masthead's right-hand column together, the distribution first
    text = (
        "Distr. GENERAL A/HRC/7/78 14 de julio de 2008 ESPAÑOL Original: INGLÉS CONSEJO DE DERECHOS HUMANOS Séptimo "
        "período de sesiones Tema 1 de la agenda\n\nINFORME DEL CONSEJO DE DERECHOS HUMANOS SOBRE SU SÉPTIMO PERÍODO\n"
    )
    assert parse(text, "es").symbol == "A/HRC/7/78"
    # a sentence that names a distribution and symbols is no masthead
    assert parse("Distr. GENERAL A/HRC/7/78 and A/HRC/7/79 were issued.\n\n1. The report.\n", "en").symbol is None


# -- citations, own symbols and blocks: a stray space in a symbol's organ letters or before its first slash ------------
def test_a_stray_space_in_a_symbols_organ_letters_or_before_its_first_slash_is_read_through():
    from loaders.documents.structure import parse

    # CEDAW's concluding observations on Belarus (CEDAW/C/BLR/CO/7, Chinese, 2011, docstore.ohchr.org): the masthead
    text = (
        "联 合 国\n\nC EDAW/C/BLR/CO/7\n\n消除对妇女一切形式歧视 公约\n\nDistr.: General\n\n6 April 2011\n\nChinese\n\n"
        "Original: English\n\n消除对妇女歧视 委员会\n\n1.委员会举行了第973次和974次会议(CEDAW/C/SR.973和974)。\n"
    )
    assert parse(text, "zh").symbol == "CEDAW/C/BLR/CO/7"
    # CEDAW's concluding observations on Georgia (CEDAW/C/GEO/CO/4-5, Chinese, 2014, docstore.ohchr.org)
    assert [c.key for c in citations("委员会的 议题和问题 清单载于 CEDAW /C/GEO/Q/4-5 号文件")] == ["CEDAW/C/GEO/Q/4-5"]
    # one letter before a spaced slash is no organ, nor a symbol with no number
    assert [c.key for c in citations("Plan A / B; options A /76/1; CAT /SPT")] == []


# -- citations, own symbols and blocks: a masthead run together on one line below a cover, or around a treaty's name ----
def test_a_masthead_run_together_below_a_cover_or_around_a_treatys_name_gives_the_own_symbol():
    from loaders.documents.structure import parse

    # the High Commissioner's annual report on Guatemala (A/HRC/49/20), the Office in Guatemala's edition (issuu.com):
    # a cover of a few lines, then the masthead's symbol, distribution, date and language on one line
    text = (
        "Informe de la Alta Comisionada de las Naciones Unidas para los Derechos Humanos\n\n"
        "Situación de los derechos humanos en Guatemala\n\nNaciones Unidas\n\nAsamblea General\n\n"
        "A/HRC/49/20 Distr. general 22 de marzo de 2022 Original: español\n\n"
        "Consejo de Derechos Humanos 49º periodo de sesiones\n\n1. El presente informe abarca el año 2021.\n"
    )
    assert parse(text, "es").symbol == "A/HRC/49/20"
    # a treaty body's masthead run together, the treaty's name between the symbol and the distribution, as the text
    # layer of the UN's document system prints concluding observations (CRC/C/GBR/CO/6-7, 2023; CCPR/C/CHN-HKG/CO/4,
    # 2022; CED/C/SR.522, 2025), in the four languages
    for line, lang, symbol in (
        (
            "United Nations CRC/C/GBR/CO/6-7 Convention on the Rights of the Child Distr.: General 22 June 2023",
            "en",
            "CRC/C/GBR/CO/6-7",
        ),
        (
            "Nations Unies CCPR/C/CHN-HKG/CO/4 Pacte international relatif aux droits civils et politiques "
            "Distr. générale 11 novembre 2022",
            "fr",
            "CCPR/C/CHN-HKG/CO/4",
        ),
        (
            "Naciones Unidas CED/C/SR.522 Convención Internacional para la Protección de Todas las Personas contra las "
            "Desapariciones Forzadas Distr. general 2 de abril de 2025",
            "es",
            "CED/C/SR.522",
        ),
        ("联 合 国 CRC/C/CHN/CO/5-6* 儿童权利公约 Distr.: General 4 October 2023", "zh", "CRC/C/CHN/CO/5-6"),
    ):
        assert parse(f"{line}\n\n1. The Committee considered the report.\n", lang).symbol == symbol
    # a symbol cited in a sentence above a distribution line is none of the document's
    cited = "The Committee recalls CRC/C/GBR/CO/5 (2016), paragraph 4.\n\nDistr.: General\n\n1. Text.\n"
    assert parse(cited, "en").symbol is None


# -- citations, own symbols and blocks: the Inter-American Commission's resolutions, numbered as the UN's ------------
def test_the_inter_american_commissions_precautionary_measures_resolutions_are_no_un_citations():
    # the IACHR's release 240/21 (French), its list of precautionary measures (oas.org, Spanish and Portuguese)
    for text in (
        "Le 4 septembre 2021, la Commission interaméricaine des droits de l'homme (CIDH) a adopté la résolution 74/21,"
        " dans laquelle elle accorde des mesures conservatoires à Camille Occius.",
        "On September 4, 2021, the IACHR adopted Resolution 74/21 to grant precautionary measures to Camille Occius.",
        "El 6 de septiembre de 2024, la Comisión Interamericana de Derechos Humanos adoptó la Resolución 63/24.",
        "Resolución 18/19 MC 1286-18, 1287-18 - Inírida Josefina Ramos López, Venezuela",
        "Resolução No. 51/23 MC 308-23 - Jonatan Alberto Palacios Castillo, Venezuela",
    ):
        assert [c.key for c in citations(text)] == [], text
    # the UN's resolutions, named with their organ or adopted by it, stay cited, the Commission named or not
    for text in (
        "The IACHR welcomed Human Rights Council resolution 47/21 on Haiti.",
        "la CIDH saluda la resolución 47/21 del Consejo de Derechos Humanos",
        "The Council adopted resolution 47/21. The IACHR granted precautionary measures.",
    ):
        assert [c.key for c in citations(text)] == ["resolution 47/21"], text


# -- citations, own symbols and blocks: a summary record's list of contents and the agenda items it repeats -----------
def test_a_summary_records_contents_and_the_agenda_items_repeating_them_are_blocks_of_their_own():
    from loaders.documents.structure import parse

    # the Committee on Enforced Disappearances' summary record of its 522nd meeting (CED/C/SR.522, docstore.ohchr.org)
    item = "Consideration of reports of States Parties under article 29 (1) of the Convention (continued)"
    belgium = "Additional information submitted by Belgium under article 29 (4) of the Convention"
    text = (
        f"United Nations\n\nCED/C/SR.522\n\nDistr.: General\n\n2 April 2025\n\nContents\n\n{item}\n\n{belgium}\n\n"
        f"The meeting was called to order at 10 a.m.\n\n{item}\n\n{belgium} (CED/C/BEL/AI/1; CED/C/BEL/Q/AI/1)\n\n"
        "At the invitation of the Chair, the delegation of Belgium joined the meeting.\n\n"
        "A representative of Belgium said that civil society had been involved.\n"
    )
    blocks = {p.text: p.locator for p in parse(text, "en").paragraphs}
    assert item in blocks and belgium in blocks and "The meeting was called to order at 10 a.m." in blocks
    assert f"{belgium} (CED/C/BEL/AI/1; CED/C/BEL/Q/AI/1)" in blocks
    debate = blocks["At the invitation of the Chair, the delegation of Belgium joined the meeting."]
    assert debate == f"heading: {belgium} (CED/C/BEL/AI/1; CED/C/BEL/Q/AI/1)"


# -- citations, own symbols and blocks: an older masthead's symbol and date under its distribution ---------------------
def test_an_older_mastheads_symbol_and_date_under_its_distribution_give_the_own_symbol():
    from loaders.documents.structure import parse

    # CAT's list of issues on Israel (CAT/C/ISR/Q/4, French, 2009, docstore.ohchr.org): the letterhead over several lines,
    # the symbol's last number run into the date's day
    text = (
        "NATIONS UNIES\n\nCAT\n\nConvention contre la torture et autres peines ou traitements cruels, inhumains ou "
        "dégradants\n\nDistr.GÉNÉRALE\n\nCAT/C/ISR/Q/412 février 2009\n\nFRANÇAISOriginal: ANGLAIS\n\n"
        "1.Dans ses précédentes observations finales, le Comité a recommandé d’incorporer la Convention.\n"
    )
    assert parse(text, "fr").symbol == "CAT/C/ISR/Q/4"
    # CRC's summary record of its 772nd meeting (CRC/C/SR.772, Spanish, 2004, docstore.ohchr.org), its letterhead over
    # more lines than the first three
    text = (
        "NACIONES\n\nUNIDAS\n\nCRC\n\nConvención sobre los Derechos del Niño\n\nDistr.\n\nGENERAL\n\n"
        "CRC/C/SR.772 10 de junio de 2004\n\nESPAÑOL Original: FRANCÉS\n\n1. Por invitación del Presidente, la "
        "delegación de Andorra toma asiento.\n"
    )
    assert parse(text, "es").symbol == "CRC/C/SR.772"
    # the Human Rights Committee's summary record of its 1583rd meeting (CCPR/C/SR.1583, French, docstore.ohchr.org)
    item = "Examen des rapports présentés par les États parties conformément à l’article 40 du Pacte (suite)"
    colombia = (
        "Conclusions du Comité des droits de l’homme au sujet du quatrième rapport périodique de la Colombie (suite)"
    )
    text = (
        f"Compte rendu analytique de la 1583e séance\n\nSommaire\n\n{item}\n\n{colombia}\n\n"
        f"La séance est ouverte à 15h 30.\n\n{item}\n\n{colombia} (à venir, sous la cote : CCPR/C/79/Add.75)\n\n"
        "La Présidente déclare que le Comité souhaite adopter le paragraphe 34.\n"
    )
    blocks = {p.text: p.locator for p in parse(text, "fr").paragraphs}
    assert "La séance est ouverte à 15h 30." in blocks
    assert blocks["La Présidente déclare que le Comité souhaite adopter le paragraphe 34."].startswith(
        f"heading: {colombia}"
    )


# OAS resolutions: their own symbols and their front pages' record numbers

OAS_RESOLUTION = (
    "Resolución Asamblea General de la OEA\n\nQUINCUAGÉSIMO CUARTO PERÍODO ORDINARIO DE SESIONES\n"
    "Del 26 al 28 de junio de 2024\nParaguay\n\nOEA/Ser.P\nAG/doc.5871/24\n29 junio 2024\n\n"
    "DECLARACIONES Y RESOLUCIONES APROBADAS POR LA ASAMBLEA GENERAL\n\nAG/RES. 3029 (LIV-O/24)\n\n"
    "FORTALECIMIENTO DE LA DEMOCRACIA\n\n(Aprobada en la cuarta sesión plenaria celebrada el 28 de junio de 2024)\n\n"
    "LA ASAMBLEA GENERAL,\n\nRECORDANDO la resolución AG/RES. 3004 (LIII-O/23) y todas las resoluciones anteriores "
    "aprobadas sobre este tema;\n\nCONSCIENTE de que la Carta de la Organización de los Estados Americanos establece "
    "en su preámbulo que la democracia representativa es condición indispensable para la estabilidad;\n\n"
    "CONSIDERANDO que los programas, actividades y tareas establecidas en las resoluciones de competencia de la "
    "Comisión de Asuntos Jurídicos y Políticos coadyuvan al cumplimiento de los propósitos esenciales de la "
    "Organización;\n\nRESUELVE:\n"
)


def test_an_oas_resolution_prints_its_own_symbol_above_its_title():
    from loaders.documents.structure import parse

    found = parse(OAS_RESOLUTION, "es")
    assert found.symbol == "AG/RES.3029(LIV-O/24)"
    cited = {c.key for p in found.paragraphs for c in citations(p.text)} - found.own_keys()
    assert cited == {"AG/RES.3004(LIII-O/23)"}


def test_a_volume_listing_oas_resolutions_has_none_of_them_as_its_own():
    from loaders.documents.structure import parse

    index = (
        "ORGANIZACIÓN DE LOS ESTADOS AMERICANOS\nASAMBLEA GENERAL\nOEA/Ser.P/LII-O.2\n\nÍNDICE\n\n"
        "AG/DEC. 106 (LII-O/22)\nDeclaración de Lima\n\nAG/RES. 2982 (LII-O/22)\n"
        "(Aprobada en la cuarta sesión plenaria)\n"
    )
    assert parse(index, "es").symbol is None
    news = "La OEA aprobó la resolución.\n\nAG/RES. 3029 (LIV-O/24)\n\nEl texto se publicó ayer.\n"
    assert parse(news, "es").symbol is None


def test_an_oas_front_page_keeps_its_record_number_and_date_in_one_block():
    from loaders.documents.structure import parse

    texts = [paragraph.text for paragraph in parse(OAS_RESOLUTION, "es").paragraphs]
    assert "OEA/Ser.P AG/doc.5871/24 29 junio 2024" in texts
    assert "Del 26 al 28 de junio de 2024" not in texts


# -- citations, own symbols and blocks: a symbol with its part's label, a letterhead retyped with a hyphen -------------
def test_a_symbol_with_its_parts_label_on_the_masthead_is_the_own_symbol_in_every_language():
    from loaders.documents.structure import parse

    # CED's visit reports, published in two parts under one symbol, the label in English in every edition
    # (CED/C/IRQ/VR/1 (Findings), English, 2023; CED/C/MEX/VR/1 (Recommendations), Spanish, 2022; docstore.ohchr.org)
    covers = {
        "en": "United Nations\n\nCED/C/IRQ/VR/1 (Findings)\n\nDistr.: General\n\n19 April 2023\n\n",
        "es": "Naciones Unidas\n\nCED/C/MEX/VR/1 (Recommendations)\n\nDistr. general\n\n16 de mayo de 2022\n\n",
        "fr": "Nations Unies\n\nCED/C/MEX/VR/1 (Recommendations)\n\nDistr. générale\n\n16 mai 2022\n\n",
        "zh": "联合国\n\nCED/C/MEX/VR/1 (Findings)\n\n分发：普通\n\n2022年5月16日\n\n",
    }
    body = "1. The Committee recalls its report (CED/C/MEX/1).\n"
    for lang, cover in covers.items():
        found = parse(cover + body, lang)
        assert found.symbol in {"CED/C/IRQ/VR/1", "CED/C/MEX/VR/1"}, lang
        cited = {c.key for p in found.paragraphs for c in citations(p.text)} - found.own_keys()
        assert cited == {"CED/C/MEX/1"}, lang


def test_a_letterhead_retyped_with_a_hyphen_beside_the_symbol_is_the_masthead():
    from loaders.documents.structure import parse

    # the Secretary-General's report on BINUH (S/2022/117) as a news site reprints its masthead (haiticonnexion, 2022)
    pages = {
        "fr": "Nations-Unies                    S/2022/117\n\nConseil de sécurité   Distr. générale 15 février 2022\n\n",
        "es": "Naciones-Unidas                  S/2022/117\n\nConsejo de Seguridad   Distr. general 15 de febrero de 2022\n\n",
        "en": "United-Nations                   S/2022/117\n\nSecurity Council   Distr.: General 15 February 2022\n\n",
    }
    body = "1. Le présent rapport fait suite au précédent (S/2021/828).\n"
    for lang, page in pages.items():
        found = parse("Rapport du Secrétaire général\n\n" + page + body, lang)
        assert found.symbol == "S/2022/117", lang
        cited = {c.key for p in found.paragraphs for c in citations(p.text)} - found.own_keys()
        assert cited == {"S/2021/828"}, lang
        masthead = [p.kind for p in found.paragraphs if p.text.startswith(page.split()[0])]
        assert masthead == ["masthead"], lang


# -- citations, own symbols and blocks: a list's conjunction in the language of the list's name ------------------------
def test_a_french_pronoun_y_is_no_spanish_and_in_a_list_after_a_shared_head(finder):
    # the IACHR's French release on the OAS General Assembly's declaration (communiqué 152/24): "y" is "there"
    from loaders.documents.lists import shared_heads_first
    from loaders.documents.mentions import Mention

    french = "L'Assemblée générale y reconnaît le rôle de la Commission interaméricaine des droits de l'homme."
    assert shared_heads_first(french, finder.names, Mention) == []
    assert [m.surface for m in finder.find(french)].count("Assemblée générale") == 1
    # the lists themselves, each in its own language's conjunction, are still read
    spanish = "Los sistemas interamericano, africano y europeo de derechos humanos cooperan."
    assert {m.id for m in finder.find(spanish) if "…" in m.surface} == {
        "inter-american-system",
        "african-human-rights-system",
        "european-human-rights-system",
    }
    french = "Les systèmes africain, interaméricain et européen ont échangé leurs pratiques."
    assert len([m for m in finder.find(french) if "…" in m.surface]) == 3


# Citations, own symbols and blocks: press releases, covers


@pytest.mark.parametrize(
    "head, number",
    [
        ("9316e séance – matin\n\nCS/15274\n\nLe Conseil de sécurité entend l’exposé annuel", "CS/15274"),
        (
            "Seventy-fifth Session,\n\n30th and 31st Meetings (AM & PM)\n\nGA/12290\n\nAdopting 10 Resolutions",
            "GA/12290",
        ),
        ("SG/SM/20846-HR/5470\n\nSecretary-General Calls for an End to Impunity", "SG/SM/20846"),
    ],
)
def test_a_press_releases_number_alone_at_its_head_is_its_own_symbol(head, number):
    from loaders.documents.structure import parse

    text = f"{head}\n\nThe Security Council met today with the Chairperson (see also SC/15101 and A/HRC/52/3).\n"
    found = parse(text, "en")
    assert found.symbol == number
    cited = {citation.key for paragraph in found.paragraphs for citation in citations(paragraph.text)}
    assert cited == {"A/HRC/52/3"}


def test_a_press_releases_number_quoted_in_a_text_is_no_own_symbol():
    from loaders.documents.structure import parse

    text = (
        "Le Conseil de sécurité et l’OSCE\n\nUn article de presse\n\nParis, le 4 mai 2023\n\nPar la rédaction\n\n"
        "Le communiqué CS/15274 résume la séance.\n\nCS/15274\n"
    )
    assert parse(text, "fr").symbol is None


def test_a_covers_long_agenda_item_title_above_the_masthead_keeps_the_symbols_line_as_a_block():
    from loaders.documents.structure import parse

    title = (
        "Informe anual del Alto Comisionado de las Naciones Unidas para los Derechos Humanos e informes de la "
        "Oficina del Alto Comisionado y del Secretario General"
    )
    text = (
        f"Consejo de Derechos Humanos\n\n55° período de sesiones\n\nTema 2 de la agenda\n\n{title}\n\nA/HRC/55/21\n\n"
        "Distr. general 6 de febrero de 2024\n\nSituación de los derechos humanos en Guatemala\n\n"
        "1. El presente informe abarca el período comprendido entre enero y diciembre de 2023 y cita A/HRC/52/3.\n\n"
        "A/HRC/55/21\n\n2. La Oficina documentó casos.\n\nA/HRC/55/21\n"
    )
    found = parse(text, "es")
    assert found.symbol == "A/HRC/55/21"
    # the masthead's symbol is a block a reader sees; the page headers that repeat it are not
    assert [paragraph.text for paragraph in found.paragraphs].count("A/HRC/55/21") == 1
    # a long line that is no agenda item's title still ends the masthead
    untitled = parse(text.replace("Tema 2 de la agenda", "Nota de la Secretaría"), "es")
    assert [paragraph.text for paragraph in untitled.paragraphs].count("A/HRC/55/21") == 0


def test_a_resolutions_adoption_note_in_brackets_is_a_block_and_a_language_note_is_not():
    from loaders.documents.structure import parse

    # the text layer of A/HRC/RES/55/5 (2024), its lines as the PDF breaks them
    ending = (
        "A/HRC/RES/55/5\n\nHuman Rights Council\n\nAgenda item 3\n\n55/5.\nMandate of Special Rapporteur in the "
        "field of cultural rights\n\nThe Human Rights Council,\n\n1.\nDecides to renew, for a period of three "
        "years, the mandate of Special\nRapporteur in the field of cultural rights;\n\n2.\nAlso decides to continue "
        "its consideration of this matter under the same agenda\nitem in accordance with its programme of work.\n\n"
        "53rd meeting\n3 April 2024\n\n{note}\n\n[English only]\n\nGE.24-06212 (E)\n"
    )
    for note in ("[Adopted without a vote.]", "[Adoptée sans vote.]"):
        texts = [paragraph.text for paragraph in parse(ending.format(note=note), "en").paragraphs]
        assert texts[-1] == note
        assert "[English only]" not in " ".join(texts)
    zh = ending.replace("{note}", "[未经表决获得通过。]")
    assert "[未经表决获得通过。]" in [paragraph.text for paragraph in parse(zh, "zh").paragraphs]


def test_a_list_of_press_releases_owns_none_of_their_numbers():
    from loaders.documents.structure import parse

    # press.un.org's French list of meetings coverage: each release's number alone over its summary
    text = (
        "Couverture des réunions\n\nCS/16229\n\nLe Conseil de sécurité a tenu, cet après-midi, une réunion sur "
        "l’Ukraine.\n\nCS/16227\n\nLe Conseil de sécurité a tenu, ce matin, sa séance d’information mensuelle.\n\n"
        "AG/12731\n\nL’Assemblée générale a débattu, aujourd’hui, de la représentation équitable.\n"
    )
    assert parse(text, "fr").symbol is None
    assert parse(text.split("CS/16227")[0], "fr").symbol == "CS/16229"


# --- Blocks: a news aggregator's feed lines ------------------------------------------------------


def test_an_aggregators_feed_line_credits_the_item_and_names_no_body(finder):
    from loaders.documents.candidates import extract
    from loaders.documents.structure import parse

    # a news aggregator's page: each item's title, then the feed it came from with a weekday, date and time
    text = (
        "UNHCR welcomes new asylum law\n\nUNHCR - Wed, 03/13/2024 - 09:15\n\nGENEVA - UNHCR, the UN Refugee Agency, "
        "welcomed the law adopted on Tuesday.\n"
    )
    paragraphs = parse(text, "en").paragraphs
    feed = next(paragraph for paragraph in paragraphs if paragraph.text.startswith("UNHCR - Wed"))
    assert feed.kind == "masthead"
    assert extract(feed, finder).mentions == []
    assert "unhcr" in {mention.id for mention in extract(paragraphs[-1], finder).mentions}
