"""`mechgraph resolve`: any spelling to one id, look-alikes kept apart, no server needed."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import yaml
from rapidfuzz.distance import Levenshtein

from loaders.documents.mentions import MentionFinder
from loaders.documents.titles import by_subject, subject_of, title_words
from registry import forms
from registry.keys import normalize
from registry.names import Resolver
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


def test_the_nearest_candidates_say_each_body_by_a_spelling_never_by_its_id_alone():
    nearest = SEEDED.nearest("IACHR Secretariat")
    assert "achpr-secretariat (Secretariat of the African Commission on Human and Peoples’ Rights)" in nearest
    assert all(f"{id_} ({id_})" not in nearest for id_ in SEEDED.ids)


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


# --- names as people write them -----------------------------------------------------------

SEEDED = Resolver.from_seeds()
FORMS = yaml.safe_load((Path(__file__).parent / "names" / "forms.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "written, expected, reason",
    [
        ("African Commission on Human and Peoples’ Rights (ACHPR)", "achpr", "name_and_acronym"),
        ("Human Rights Council (HRC)", "hrc", "name_and_acronym"),
        ("HRC (Human Rights Council)", "hrc", "name_and_acronym"),
        ("United Nations Committee Against Torture (CAT)", "cat", "name_and_acronym"),
        ("the United Nations Committee on Enforced Disappearances", "ced", "un_prefix"),
        ("Universal Periodic Review (UPR) process", "upr", "name_and_acronym+generic_suffix"),
        ("OHCHR’s", "ohchr", "possessive"),
        ("CoE’s", "coe", "possessive"),
        ("IACHR’s Executive Secretary", "iachr", "possessive+generic_suffix"),
        ("OHCHR staff", "ohchr", "generic_suffix"),
        ("treaty bodies’ chairpersons", "treaty-body-chairs", "possessive+number"),
        ("Open-ended Working Group", "hrc-oewg-op-crc", "exact"),
        ("言论自由问题报告员", "sr-freedom-expression", "exact"),
        ("言论自由问题特别报告员", "sr-freedom-expression", "spelling_variant"),  # its title forms are registered
        ("UN Committee on Enforced Disappearances (CED)", "ced", "name_and_acronym+un_prefix"),
        ("le Comité contre la torture de l'ONU", "cat", "un_suffix"),
        ("Comité des droits de l'enfant des Nations Unies", "crc", "un_suffix"),
        ("the special procedure", "special-procedures", "number"),
        ("treaty body", "treaty-bodies", "number"),
        ("Inter-American Commission of Human Rights (IACHR)’s", "iachr", "name_and_acronym+possessive"),
        ("las Naciones Unidas", "un", "exact"),
        ("Oficina de la Alta Comisionada de Naciones Unidas para los Derechos Humanos", "ohchr", "spelling_variant"),
        ("Office of the UN High Commissioner for Human Rights", "ohchr", "spelling_variant"),
        ("la Haute-Commissaire des Nations Unies aux droits de l'homme", "high-commissioner", "spelling_variant"),
        ("Comité contra la Tortura de Naciones Unidas", "cat", "un_suffix"),
        ("Inter-American human rights systems", "inter-american-system", "number"),
        # "与" printed "和" in a Chinese title (the registry holds "和平集会与结社自由权问题特别报告员")
        ("和平集会和结社自由权问题特别报告员", "sr-freedom-assembly-association", "spelling_variant"),
        (
            "Independent Permanent Human Rights Commission of the Organization of Islamic Cooperation (OIC)",
            "oic-iphrc",
            "name_and_nested_acronym",
        ),
    ],
)
def test_names_as_people_write_them_resolve_through_a_named_step(written, expected, reason):
    match = SEEDED.resolve(written)
    assert (match.id, match.reason) == (expected, reason)


@pytest.mark.parametrize(
    "written",
    [
        "UN Inter-American Commission on Human Rights",  # "UN" before a body outside the UN system
        "Human Rights Councils",  # only class nouns change number
        "Human Rights Commission staff",  # the rest is no registered name either
        "United Nations (UN) human rights mechanisms",  # after an acronym only a generic word
    ],
)
def test_rewrites_that_reach_no_body_are_refused(written):
    assert SEEDED.resolve(written).id is None


@pytest.mark.parametrize(
    "written, expected, reason",
    [
        (
            "the Council of Europe’s Committee for the Prevention of Torture and Inhuman or Degrading Treatment or "
            "Punishment (CPT)",
            "cpt",
            "name_and_acronym+owners_possessive",
        ),
        ("the Council of Europe's European Committee for the Prevention of Torture", "cpt", "owners_possessive"),
        ("CoE’s CPT", "cpt", "owners_possessive"),
        ("CoE’s European Committee of Social Rights", "ecsr", "owners_possessive"),
        ("the UN's Human Rights Council", "hrc", "possessive"),
        ("the Council of Europe's Commissioner for Human Rights", "coe-commissioner", "possessive"),
    ],
)
def test_an_organisations_possessive_before_its_own_bodys_name_names_the_body(written, expected, reason):
    match = SEEDED.resolve(written)
    assert (match.id, match.reason) == (expected, reason)


@pytest.mark.parametrize(
    "written",
    [
        "Amnesty's report",  # no registered owner
        "the OSCE's Human Rights Committee",  # the Committee is the UN's, no body of the OSCE
        "the Council of Europe’s Human Rights Council",  # nor is the Council the Council of Europe's
        "the OAS’s Committee for the Prevention of Torture",
    ],
)
def test_an_organisations_possessive_before_another_organisations_body_names_nothing(written):
    assert SEEDED.resolve(written).id is None


def test_a_name_and_an_acronym_of_two_bodies_are_refused_with_both_readings():
    match = SEEDED.resolve("ACHPR (IACHR)")
    assert (match.id, match.reason) == (None, "two_bodies")
    assert [reading.id for reading in match.readings] == ["achpr", "iachr"]
    assert SEEDED.resolve("African Court on Human and Peoples Rights (ACHPR)").id is None  # as printed, and wrong


@pytest.mark.parametrize("order", [1, -1])
def test_a_spelling_variant_never_takes_another_bodys_registered_spelling(order):
    rows = [
        {"id": "x-un", "name": "X", "name_es": "Comité X de las Naciones Unidas"},
        {"id": "x-onu", "name": "X of the UN", "name_es": "Comité X de la ONU"},
    ][::order]
    names = Resolver(rows)
    assert names.resolve("Comité X de la ONU").id == "x-onu"
    assert (names.resolve("Comité X de Naciones Unidas").id, names.resolve("Comité X de Naciones Unidas").reason) == (
        "x-un",
        "spelling_variant",
    )
    assert not names.conflicts


def test_an_organisations_acronym_in_a_bodys_title_is_also_printed_as_its_name_and_names_the_body():
    rows = [
        {
            "id": "wxo",
            "name": "World Example Organization",
            "name_es": "Organización Mundial de Ejemplo",
            "acronyms": ["WXO", "OME"],
        },
        {
            "id": "wxo-rfx",
            "name": "WXO Representative on Freedom of Examples",
            "part_of": ["wxo"],
            "aliases_es": ["Representante de la OME para la Libertad de los Ejemplos"],
        },
        {"id": "wxo-hr", "name": "WXO Human Rights"},
    ]
    names = Resolver(rows)
    for written in (
        "the World Example Organization (WXO) Representative on Freedom of Examples",
        "World Example Organization Representative on Freedom of Examples",
        "la Representante de la Organización Mundial de Ejemplo (OME) para la Libertad de los Ejemplos",
    ):
        assert (names.resolve(written).id, names.resolve(written).reason) == ("wxo-rfx", "spelling_variant"), written
    # a short title beside the acronym is not: "World Example Organization Human Rights" is a phrase, not the body
    assert names.resolve("World Example Organization Human Rights").id is None
    finder = MentionFinder(names)
    text = "The World Example Organization (WXO) Representative on Freedom of Examples spoke."
    assert [m.id for m in finder.find(text)] == ["wxo-rfx"]


def test_a_registered_whole_is_never_rewritten():
    # "OHCHR staff" is OHCHR, but a name registered as a whole stays its own body.
    assert SEEDED.resolve("Secretariat of the African Commission").id == "achpr-secretariat"
    assert SEEDED.resolve("UN Women").id == "un-women"


def test_the_nearest_candidates_of_a_pasted_page_come_quickly():
    started = time.perf_counter()
    SEEDED.nearest("the Inter-American Commission on Human Rights said " * 200)
    assert time.perf_counter() - started < 1.0


def test_forms_printed_in_the_documents_resolve_to_their_body():
    misses = [row for row in FORMS if SEEDED.resolve(row["form"]).id != row["id"]]
    right = len(FORMS) - len(misses)
    print(
        f"\nname forms printed in the documents that resolve to the right body: "
        f"{right} of {len(FORMS)} ({right / len(FORMS):.1%})"
    )
    for row in misses:
        where = row.get("source") or f"{row['document']} {row['locator']}"
        print(f"  miss: {row['form']!r} -> {SEEDED.resolve(row['form']).id} (expected {row['id']}; {where})")
    assert right / len(FORMS) >= 0.98


def test_spanish_forms_printed_in_public_pages_resolve_to_their_body():
    spanish = [row for row in FORMS if "source" in row and row.get("lang", "es") == "es"]
    right = sum(SEEDED.resolve(row["form"]).id == row["id"] for row in spanish)
    print(
        f"\nSpanish name forms that resolve to the right body: {right} of {len(spanish)} ({right / len(spanish):.1%})"
    )
    assert len(spanish) >= 100
    assert right / len(spanish) >= 0.98


@pytest.mark.parametrize(
    "written, expected, lang",
    [
        ("Comisión Interamericana de Derechos Humanos", "iachr", "es"),
        ("CIDH", "iachr", None),
        ("Corte IDH", "iacthr", None),
        ("Corte Interamericana de Derechos Humanos", "iacthr", "es"),
        ("Relatoría Especial para la Libertad de Expresión", "iachr-rapporteur-freedom-expression", "es"),
        ("Comité de Derechos Humanos", "ccpr", "es"),
        ("Consejo de Derechos Humanos", "hrc", "es"),
        ("Comisión de Derechos Humanos", "commission-on-human-rights", "es"),
    ],
)
def test_spanish_names_are_registered_and_reported_as_spanish(written, expected, lang):
    match = SEEDED.resolve(written)
    assert (match.id, match.lang) == (expected, lang)


def test_the_command_resolves_spanish_names_and_acronyms():
    result = run_cli("resolve", "Comisión Interamericana de Derechos Humanos", "CIDH", "Corte IDH")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "iachr\tComisión Interamericana de Derechos Humanos\tes\texact",
        "iachr\tCIDH\t-\texact",
        "iacthr\tCorte IDH\t-\texact",
    ]


# --- look-alikes never merge ---------------------------------------------------------------


def _look_alike_pairs(resolver: Resolver) -> list[tuple[str, str]]:
    """Pairs of bodies with spellings at most a quarter of their letters apart, or one's words a part of the other's."""
    spelled: dict[str, set[str]] = {}
    for key, name in resolver.by_key.items():
        if name.surface != name.id:
            spelled.setdefault(name.id, set()).add(key)
    words = {key: frozenset(resolver.by_key[key].surface.casefold().split()) for key in resolver.by_key}
    pairs = set()
    keys = sorted(resolver.by_key)
    for index, first in enumerate(keys):
        for second in keys[index + 1 :]:
            a, b = resolver.by_key[first].id, resolver.by_key[second].id
            if a == b:
                continue
            near = Levenshtein.normalized_similarity(first, second, score_cutoff=0.75) >= 0.75
            subset = (
                len(words[first]) > 1
                and len(words[second]) > 1
                and (words[first] < words[second] or words[second] < words[first])
            )
            if near or subset:
                pairs.add(tuple(sorted((a, b))))
    # mandates of one organisation whose titles share two words of subject, which the subject-words rule reads
    # ("Relator Especial de la ONU sobre la libertad de …" names the one mandate whose title holds all its words)
    titles = title_words(resolver)
    for index, a in enumerate(sorted(titles)):
        for b in sorted(titles)[index + 1 :]:
            shared = resolver.ancestors(a) & resolver.ancestors(b)
            if shared and any(len(x & y) >= 2 for x in titles[a] for y in titles[b]):
                pairs.add((a, b))
    return sorted(pairs)


def _written_forms(resolver: Resolver, identifier: str) -> list[str]:
    """Each spelling of a body as people write it, one rule at a time."""
    names = [name for name in resolver.by_key.values() if name.id == identifier and name.surface != identifier]
    acronyms = [name.surface for name in names if name.lang is None]
    result = []
    for name in names:
        surface = name.surface
        result += [f"{surface}’s", f"{surface}'s", f"{surface} staff", f"{surface} process", f"{surface} members"]
        if name.system == "UN":
            result += [f"the United Nations {surface}", f"UN {surface}"]
            if name.lang == "fr":
                result += [f"{surface} de l'ONU", f"{surface} des Nations Unies"]
            if name.lang == "es":
                result += [f"{surface} de las Naciones Unidas", f"{surface} de la ONU"]
        if name.lang is not None:
            result += [f"{surface} ({acronym})" for acronym in acronyms]
            result += [f"{acronym} ({surface})" for acronym in acronyms]
        result += list(forms.number(surface)) + list(forms.zh_title(surface))
    return result


def _subjects(resolver: Resolver, identifier: str) -> list[tuple[str, str]]:
    """(organisation, subject) for each registered title of a body and each body up its ``part_of`` chain: what the
    subject-words rule reads in "Relator Especial de la ONU sobre la libertad de reunión pacífica"."""
    found = []
    for name in resolver.by_key.values():
        subject = subject_of(name.surface) if name.id == identifier and name.lang else None
        if subject and subject.strip():
            found += [(owner, subject) for owner in sorted(resolver.ancestors(identifier))]
    return found


LOOK_ALIKES = _look_alike_pairs(SEEDED)


def test_look_alikes_include_the_known_ones():
    for pair in [("ccpr", "hrc"), ("iachr", "iacthr"), ("achpr", "afchpr"), ("ccpr", "commission-on-human-rights")]:
        assert pair in LOOK_ALIKES
    assert ("sr-freedom-assembly-association", "sr-freedom-expression") in LOOK_ALIKES  # by their subjects' words


def test_no_rule_merges_look_alikes():
    merged = set()
    for pair in LOOK_ALIKES:
        for own, other in (pair, pair[::-1]):
            for written in _written_forms(SEEDED, own):
                exact = SEEDED.by_key.get(normalize(written))
                if exact is not None:
                    continue  # a registered spelling as a whole is that body's, whatever it contains
                found = SEEDED.resolve(written).id
                if found == other:
                    merged.add((pair, written))
            for owner, subject in _subjects(SEEDED, own):
                # the subject-words rule: the words of one mandate's title never name the other
                found = by_subject(SEEDED, owner, subject)
                if found and found[0] == other:
                    merged.add((pair, f"subject of {owner}: {subject}"))
    print(f"\nlook-alike pairs: {len(LOOK_ALIKES)}; look-alike pairs merged: {len({p for p, _ in merged})}")
    for pair, written in sorted(merged):
        print(f"  merged: {pair}: {written!r}")
    assert not merged


# --- French: a special rapporteur's title in the feminine "Rapporteure" ---------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "Rapporteure spéciale sur le droit de réunion pacifique et d'association",
        "Rapporteure spéciale des Nations Unies sur le droit de réunion pacifique et d'association",
    ],
)
def test_french_the_feminine_rapporteure_resolves_to_the_mandate(written):
    match = SEEDED.resolve(written)
    assert (match.id, match.reason) == ("sr-freedom-assembly-association", "spelling_variant")
