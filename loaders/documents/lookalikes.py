"""Hits of a registered spelling that name something else, in running text.

An acronym may be a common word of the language around it: "LAS" is the League of Arab States'
and the Spanish article, "UN" and "AU" French words. Among words set in capitals, where case tells
nothing, the acronym is the word when the capitals around it hold another word of that language
("TEXTOS DE LAS DECLARACIONES Y LAS RESOLUCIONES"), unless the body's name is written too. The UN's
General Assembly and Secretary-General share their short names with other organisations' organs,
which have no row in the registry: "la Asamblea General de la OEA" names the OAS, not the UN's. And an
organisation's name before an event's ("OSCE conference on torture", "the ASEAN Summit") or after it ("la Conférence
de Varsovie de l'OSCE") names the event (:mod:`loaders.documents.events`), and the verb "states" ("which states that") no States. The name of the
UN's former Commission on Human Rights with a country's name before it ("菲律宾人权委员会") or after it ("Commission on
Human Rights of the Philippines") is that country's own commission. "HRC" is the Human Rights Committee where the words
around it speak of the Covenant.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import replace

from loaders.documents.agencies import an_agencys_name
from loaders.documents.diplomats import a_countrys_high_commissioner
from loaders.documents.english_words import an_english_word
from loaders.documents.events import names_a_fund, names_an_agency, names_an_event
from loaders.documents.lowercase_phrases import a_phrase_in_lower_case
from loaders.documents.national import a_national_commission
from loaders.documents.national_names import a_federations_states, a_national_institutions_name
from loaders.documents.observers import of_another_kind
from loaders.documents.one_of_class import one_of_a_class
from loaders.documents.organs import ECONOMIC_AND_SOCIAL_COUNCIL, SECURITY_COUNCIL, alternation
from loaders.documents.people import a_chiefs_title, a_courts_bench, a_past_participle
from loaders.documents.ranges import a_ranges_word
from loaders.documents.subjects import in_an_instruments_name
from loaders.documents.their_organs import its_own_organ

__all__ = [
    "a_grouping_of_states",
    "a_national_commission",
    "a_verb",
    "another_organisations_organ",
    "capitalised_acronym",
    "council_or_committee",
    "names_an_event",
    "one_of_a_class",
    "something_else",
    "word_in_capitals",
]

# Short words of each language that a registered acronym also spells ("LAS", "UN", "AU"): among words set in
# capitals, the acronym is that word when they hold another word of the same language.
_COMMON_WORDS = {
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "e",
            "de",
            "del",
            "en",
            "con",
            "por",
            "para",
            "a",
            "al",
            "un",
            "una",
            "o",
            "u",
            "que",
            "se",
            "su",
            "sus",
            "sobre",
            "entre",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "de",
            "et",
            "en",
            "au",
            "aux",
            "un",
            "une",
            "ou",
            "pour",
            "par",
            "sur",
            "dans",
            "que",
            "qui",
            "ce",
            "ces",
            "son",
            "sa",
            "ses",
        ]
    ),
    "en": frozenset(
        ["the", "and", "of", "in", "on", "for", "to", "by", "with", "a", "an", "or", "as", "at", "is", "are", "from"]
    ),
}


def word_in_capitals(text: str, mention, chosen: list) -> bool:
    """Whether an acronym is a common word of its words' language among words set in capitals ("LAS
    DECLARACIONES Y LAS RESOLUCIONES": the article, not the League of Arab States), unless the body's
    name is also written in the text ("LIGA DE LOS ESTADOS ÁRABES (LAS)").

    >>> from loaders.documents.mentions import MentionFinder
    >>> from registry.names import Resolver
    >>> finder = MentionFinder(Resolver.from_seeds())
    >>> [m.id for m in finder.find("INFORME SOBRE LAS RESOLUCIONES DE LA ONU")]
    ['un']
    """
    word = mention.surface.casefold()
    if mention.lang is not None or not mention.surface.isupper():
        return False
    if a_ranges_word(text, mention) or an_english_word(text, mention):  # "DU 2 AU 6", "PEOPLE WHO USE"
        return True
    # the run of words in capitals around it, without the acronyms found in it ("THE UN AND THE AU":
    # "UN" is no French word there)
    acronyms = [(m.start, m.end) for m in chosen if m.lang is None]
    words = [
        w for w in re.finditer(r"[^\W\d_]+", text) if not any(a <= w.start() and w.end() <= b for a, b in acronyms)
    ]
    before = [w for w in words if w.end() <= mention.start]
    after = [w for w in words if w.start() >= mention.end]
    run = list(itertools.takewhile(str.isupper, (w.group(0) for w in reversed(before))))
    run += list(itertools.takewhile(str.isupper, (w.group(0) for w in after)))
    if len(run) < 3:
        return False
    others = [other.casefold() for other in run]
    for words in _COMMON_WORDS.values():
        if word in words and any(other in words for other in others):
            return not any(m.id == mention.id and m.lang is not None for m in chosen)
    return False


# The UN's organs whose short name another organisation's organ bears too ("la Asamblea General de la
# OEA", "the Secretary General of the Council of Europe"), and those organisations.
_OWN_ORGANS = {
    "ga": frozenset(["oas"]),
    "un-secretary-general": frozenset(["oas", "coe", "las", "osce", "oic", "asean"]),
}
_OF = re.compile(r"\s*,?\s*(?:of\s+the|of|de\s+la|de\s+l['’]\s*|del|de|des|du)?\s*$")
_UN_NUMBER = re.compile(
    r"[\s,]*(?:第\s*|(?:in\s+its\s+|en\s+su\s+|dans\s+sa\s+)?(?:[Rr]esolution|[Rr]ésolution|[Rr]esolución)\s+)\d{1,3}/\d{1,4}"
)
# A title's holder named after it: "Secretario General de la Red de Instituciones Nacionales…", "Secretary General of
# the Asian Forum"; the UN's own ("de las Naciones Unidas", "de la Organización de las Naciones Unidas") is found there too.
_HOLDER = re.compile(
    r"\s+(?:de\s+la|de\s+las|de\s+los|del|of\s+the|de\s+l['’]\s*|du|de)\s+((?:[A-ZÁÉÍÓÚÀ][^\W\d_]*)(?:\s+[^\W\d_]+){0,4})"
)
_UN_IN_NAME = re.compile(r"United Nations|\bUN\b|Nations Unies|\bONU\b|Naciones Unidas|联合国", re.I)


def another_organisations_organ(text: str, mention, chosen: list) -> bool:
    """Whether the UN's General Assembly or Secretary-General, named by its short name, is that of
    another organisation: the organisation's name follows it ("la Asamblea General de la OEA"), or
    is the last organisation the text named before it ("ORGANIZACIÓN DE LOS ESTADOS AMERICANOS
    ASAMBLEA GENERAL", within 300 characters) and no UN resolution's number follows it ("大会第60/251号决议").
    Such organs have no row of their own: no mention.

    >>> from loaders.documents.mentions import MentionFinder
    >>> from registry.names import Resolver
    >>> finder = MentionFinder(Resolver.from_seeds())
    >>> [m.id for m in finder.find("El Secretario General de la OEA visitó al Secretario General de las Naciones Unidas.")]
    ['oas', 'un-secretary-general']
    """
    if mention.id == "ga" and text[max(0, mention.start - 2) : mention.start] == "议会":
        return True  # "欧安组织议会大会": a Parliamentary Assembly, not the General Assembly
    if its_own_organ(text, mention, chosen):
        return True  # "the GANHRI General Assembly": the organisation named right before its organ
    owners = _OWN_ORGANS.get(mention.id)
    if not owners or _UN_IN_NAME.search(mention.surface):
        return False
    holder = _HOLDER.match(text, mention.end)
    if mention.id == "un-secretary-general" and holder and not _UN_IN_NAME.search(holder.group(1)):
        return True  # "Secretario General de la Red de Instituciones…": an organisation the registry does not hold
    for other in chosen:
        if other.id in owners and other.start >= mention.end and _OF.match(text[mention.end : other.start]):
            return True
    if _UN_NUMBER.match(text, mention.end):
        return False  # "大会第60/251号决议": a UN resolution's number, session and number, is the UN's organ
    before = [
        m
        for m in chosen
        if mention.start - 300 <= m.end <= mention.start and (m.id in owners or m.id == "un" or m.id in _OWN_ORGANS)
    ]
    return bool(before) and max(before, key=lambda m: m.end).id in owners


# The English verb "states", with its subject before it ("the Charter, which states that"), is no mention of States.
_STATES_VERB = re.compile(r"\b(?:which|that|it|also|clearly|expressly|further)\s+$")


def a_verb(text: str, mention) -> bool:
    """Whether the class of States is matched on the verb "states".

    >>> from types import SimpleNamespace as Hit
    >>> a_verb("the Charter, which states that", Hit(id="states", start=19, end=25))
    True
    >>> a_verb("the member States that voted", Hit(id="states", start=11, end=17))
    False
    """
    return (
        mention.id == "states"
        and text[mention.start : mention.end] == "states"
        and _STATES_VERB.search(text[: mention.start]) is not None
    )


# "HRC" and "CDH" are printed for the Human Rights Council and for the Human Rights Committee: the
# Council unless the words around speak of the Committee's work under the Covenant, and not of the Council's.
_SHARED_ACRONYMS = frozenset(["HRC", "CDH"])
_COMMITTEE_CUES = re.compile(
    r"\bICCPR\b|\bCovenant\b|\b[Vv]iews\b|\bGeneral Comments?\b|\b[Oo]ptional Protocol\b|\b[Ii]ndividual communications?\b"
    r"|\b[Tt]he Committee\b(?!\s+(?:on|of|against|for)\b|\s+[A-Z])|\bPIDCP\b|\bPacte\b|\bPacto\b|\bHuman Rights Committee\b|\bComité de Derechos Humanos\b"
    r"|\bComité des droits de l['’]homme\b|\b[Cc]onstatations\b"
    r"|\b[Oo]bservations? générales?\b|\b[Dd]ictamen(?:es)?\b|\b[Oo]bservaci(?:ón|ones) generale?s?\b"
    r"|\b[Ee]l Comité\b(?!\s+(?:contra|de|para|sobre)\b)|\b[Ll]e Comité\b(?!\s+(?:contre|des|de|pour|sur)\b)"
)
_COUNCIL_CUES = re.compile(
    r"\bCouncil\b|\bConseil\b|\bConsejo\b|\b[Rr]ésolutions?\b|\b[Rr]esolutions?\b|\b[Rr]esoluci(?:ón|ones)\b"
    r"|\b[Ss]essions?\b|\b[Ss]esi(?:ón|ones)\b|\bUPR\b|\bEPU\b|\bUniversal Periodic Review\b|\b[Ss]pecial [Pp]rocedures\b"
    r"|\b[Pp]rocédures spéciales\b|\b[Pp]rocedimientos especiales\b"
)


def council_or_committee(text: str, mention):
    """The Council's acronym read as the Human Rights Committee's where the words within 150 characters
    speak of the Covenant's Committee (the Covenant, views, General Comments, "the Committee") and
    none of the Council (resolutions, sessions, the UPR).

    >>> from loaders.documents.mentions import Mention
    >>> council = Mention("hrc", "HRC", 4, 7, None)
    >>> council_or_committee("The HRC found a violation of the ICCPR in its views.", council).id
    'ccpr'
    >>> council_or_committee("The HRC adopted a resolution on the ICCPR.", council).id
    'hrc'
    """
    if mention.id != "hrc" or mention.surface not in _SHARED_ACRONYMS:
        return mention
    around = text[max(0, mention.start - 150) : mention.start] + " " + text[mention.end : mention.end + 150]
    if _COMMITTEE_CUES.search(around) and not _COUNCIL_CUES.search(around):
        return replace(mention, id="ccpr")
    return mention


def capitalised_acronym(written: str, registered: str, words: set[str]) -> bool:
    """Whether ``written`` is the acronym ``registered`` (five letters or more, all capitals) printed with only its
    first letter capital: never a word of the registry's names ("Union", "Comité"), so no common word is read as one.
    French texts may put accents on an acronym's letters as on a word's ("la Cédéao", "la CÉDÉAO"): the letters
    are compared without them.

    >>> capitalised_acronym("Oacnudh", "OACNUDH", set()), capitalised_acronym("Union", "UNION", {"union"})
    (True, False)
    >>> capitalised_acronym("Cédéao", "CEDEAO", set()), capitalised_acronym("CÉDÉAO", "CEDEAO", set())
    (True, True)
    """
    unaccented = "".join(c for c in unicodedata.normalize("NFD", written) if not unicodedata.combining(c))
    if unaccented != written and unaccented == registered:
        return True  # "CÉDÉAO"
    written = unaccented
    return (
        len(registered) >= 5
        and registered.isalpha()
        and registered.isupper()
        and written == registered.capitalize()
        and registered.casefold() not in words
    )


# An organisation of States named with the class's word ("Communauté des Etats de l'Afrique de l'Ouest", "Economic
# Community of Central African States", "Commonwealth of Independent States"): the organisation's name, not the class
_GROUPING_OF = re.compile(
    r"\b(?:Communauté|Community|Comunidad|Organisation|Organization|Organización|Ligue|League|Liga|Union|Unión"
    r"|Association|Asociación|Commonwealth|Alliance|Alianza)(?:\s+[^\W\d_]+)?\s+"
    r"(?:des|of(?:\s+[A-Z][\w-]*){0,3}|de(?:\s+los)?|d['’])\s*$"
)


def a_grouping_of_states(text: str, mention) -> bool:
    """Whether the States class is matched on the name of an organisation of States.

    >>> from types import SimpleNamespace as Hit
    >>> text = "la Commission de la Communauté des Etats de l’Afrique de l’Ouest"
    >>> a_grouping_of_states(text, Hit(id="states", start=text.index("Etats")))
    True
    >>> a_grouping_of_states("the Commonwealth of Independent States", Hit(id="states", start=32))
    True
    >>> a_grouping_of_states("the Union and its member States", Hit(id="states", start=25))
    False
    """
    return mention.id == "states" and _GROUPING_OF.search(text, max(0, mention.start - 60), mention.start) is not None


# An acronym opening a bracket that holds a word more: "Child Rights Coalition (CRC Asia)", another name's acronym
_BRACKET_BEFORE = re.compile(r"\(\s*$")
_WORD_IN_THE_BRACKET = re.compile(r"[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*\s*\)")


def another_names_acronym(text: str, mention) -> bool:
    """Whether an acronym is written in brackets with a word more, as another name's acronym: "(CRC Asia)".

    >>> from types import SimpleNamespace as Hit
    >>> text = "the Child Rights Coalition (CRC Asia) met"
    >>> another_names_acronym(text, Hit(start=28, end=31, lang=None))
    True
    >>> another_names_acronym("the Committee (CRC) met", Hit(start=15, end=18, lang=None))
    False
    """
    return (
        mention.lang is None
        and _BRACKET_BEFORE.search(text, max(0, mention.start - 3), mention.start) is not None
        and _WORD_IN_THE_BRACKET.match(text, mention.end) is not None
    )


def something_else(text: str, mention) -> bool:
    """Whether a hit names something else than its body: the verb "states", a country's own commission, another
    council's president, a court's bench, an organisation of States, another name's acronym, a fund's or a UN agency's name
    (:mod:`loaders.documents.events`, :mod:`loaders.documents.agencies`), observers of another kind, Ukraine's short code, the refugees' or a country's High Commissioner, the Office's head's informal title, a
    past participle, a treaty's name or an instrument's reference (:mod:`loaders.documents.subjects`)."""
    return (
        a_verb(text, mention)
        or names_a_fund(text, mention)
        or names_an_agency(text, mention)
        or an_agencys_name(text, mention)
        or another_names_acronym(text, mention)
        or a_grouping_of_states(text, mention)
        or a_national_commission(text, mention)
        or a_national_institutions_name(text, mention)
        or a_federations_states(text, mention)
        or a_phrase_in_lower_case(text, mention)
        or another_councils_president(text, mention)
        or a_courts_bench(text, mention)
        or a_past_participle(text, mention)
        or of_another_kind(text, mention)
        or ua_in_english(text, mention)
        or the_refugees_high_commissioner(text, mention)
        or a_countrys_high_commissioner(text, mention)
        or a_chiefs_title(text, mention)
        or in_an_instruments_name(text, mention)
    )


# After the human rights High Commissioner's short names, the words that make them the refugees' High Commissioner's:
# "the Office of the High Commissioner for Refugees", "the Executive Committee of the High Commissioner's Programme"
_FOR_REFUGEES = re.compile(r"(?:['’]s\s+Programme\b|\s+(?:for\s+(?:the\s+)?[Rr]efugees|pour\s+les\s+réfugiés)\b)")


def the_refugees_high_commissioner(text: str, mention) -> bool:
    """Whether the human rights High Commissioner's or Office's short name is the refugees' High Commissioner's.

    >>> from types import SimpleNamespace as Hit
    >>> text = "the Executive Committee of the High Commissioner's Programme"
    >>> the_refugees_high_commissioner(text, Hit(id="high-commissioner", start=31, end=48))
    True
    >>> the_refugees_high_commissioner("the High Commissioner said", Hit(id="high-commissioner", start=4, end=21))
    False
    """
    return mention.id in ("high-commissioner", "ohchr") and _FOR_REFUGEES.match(text, mention.end) is not None


# "UA", the African Union's French and Spanish acronym, after an English preposition is Ukraine's short code: "efforts
# in UA", "aid to UA" (French and Spanish write the Union with its article: "l'UA", "la UA")
_ENGLISH_PREPOSITION = re.compile(r"\b(?:in|to|from|for|across|throughout|within|of|and)\s+$")


def ua_in_english(text: str, mention) -> bool:
    """Whether "UA" is Ukraine's short code in an English sentence, not the African Union.

    >>> from types import SimpleNamespace as Hit
    >>> ua_in_english("reconciliation efforts in UA but", Hit(id="au", start=26, end=28))
    True
    >>> ua_in_english("le sommet de l'UA a", Hit(id="au", start=15, end=17))
    False
    """
    return (
        mention.id == "au"
        and text[mention.start : mention.end] == "UA"
        and _ENGLISH_PREPOSITION.search(text, max(0, mention.start - 12), mention.start) is not None
    )


# Councils whose Chinese names end on 理事会 as the Human Rights Council's does: the Security Council (安全理事会),
# ECOSOC (经济及社会理事会, 经社理事会), an executive board (执行理事会), the European Council (欧洲理事会)
_OTHER_COUNCIL = re.compile(r"(?:安全|经社|社会|执行|托管|欧洲|管理)$")
# After the President's short title ("Président du Conseil", "President of the Council"), the rest of another council's
# name: "Président du Conseil de sécurité", "… économique et social", "… européen", "President of the Council of Europe"
_OTHER_COUNCIL_AFTER = re.compile(
    rf"\s+(?:{alternation(SECURITY_COUNCIL.fr.removeprefix('Conseil '), ECONOMIC_AND_SOCIAL_COUNCIL.fr.removeprefix('Conseil '))}"
    r"|européen|permanent|exécutif|de\s+paix|des\s+ministres|d['’]État|constitutionnel|de\s+l['’](?:Europe|Union)"
    r"|of\s+(?:Europe|the\s+European\s+Union|the\s+EU|Ministers))\b"
)


def another_councils_president(text: str, mention) -> bool:
    """Whether the Council President's short Chinese title (理事会主席) ends another council's name, or its short French
    or English title opens one ("le Président du Conseil de sécurité").

    >>> from types import SimpleNamespace as Hit
    >>> another_councils_president("安全理事会主席发言", Hit(id="hrc-president", start=2, end=7))
    True
    >>> another_councils_president("尊敬的理事会主席,", Hit(id="hrc-president", start=3, end=8))
    False
    >>> another_councils_president("du Président du Conseil de sécurité du", Hit(id="hrc-president", start=3, end=23))
    True
    """
    if mention.id == "hrc-president" and _OTHER_COUNCIL_AFTER.match(text, mention.end):
        return True
    return (
        mention.id == "hrc-president"
        and text[mention.start : mention.end] == "理事会主席"
        and _OTHER_COUNCIL.search(text, 0, mention.start) is not None
    )
