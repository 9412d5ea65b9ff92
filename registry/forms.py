"""The named rewriting steps the resolver tries when a name is not a registered spelling as written.

People write a body's name with what surrounds it in their sentence: a possessive ("OHCHR’s"),
a "United Nations" in front ("the United Nations Committee Against Torture"), a generic word
after it ("OHCHR staff", "the UPR process"), a class in the plural or the singular ("treaty
body"), a Chinese title in its long or short form (…问题特别报告员, …特别报告员), or a French or
Spanish "of the United Nations" after it ("le Conseil des droits de l'homme de l'ONU"). Each
step below undoes one of these and yields the forms to look up; the resolver applies them in
the order of :data:`STEPS`, each step on the forms of the steps before, and accepts a rewrite
only when it reaches exactly one body. The steps only ever cut or swap whole words from a
closed list: nothing here is fuzzy, so look-alikes (the Human Rights Council and Committee)
stay apart.

>>> [step.name for step in STEPS]
['possessive', 'un_prefix', 'un_suffix', 'number', 'zh_title', 'generic_prefix', 'generic_suffix']
>>> list(possessive("the treaty bodies’ chairpersons")), list(possessive("CoE’s"))
(['the treaty bodies chairpersons'], ['CoE'])
>>> list(generic_suffix("Universal Periodic Review process"))
['Universal Periodic Review']
>>> sorted(zh_title("言论自由问题报告员"))
['言论自由特别报告员', '言论自由问题特别报告员']
>>> name_and_acronym("Universal Periodic Review (UPR) process")
('Universal Periodic Review process', 'UPR process')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from registry.inclusive import inclusive_forms
from registry.loose_titles import loose_rapporteur_titles

__all__ = [
    "Step",
    "chinese_forms",
    "STEPS",
    "clean",
    "parenthesis",
    "name_and_acronym",
    "possessive",
    "un_prefix",
    "un_suffix",
    "is_generic",
    "generic_prefix",
    "generic_suffix",
    "number",
    "zh_title",
    "un_acronym_inside",
    "spanish_forms",
    "acronym_before_owner",
    "owner_as_acronym",
]

_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼ`´′"})


def clean(text: str) -> str:
    """The text the steps work on: NFKC, one apostrophe, single spaces, no surrounding punctuation.

    >>> clean("  IACHR’s\\n Executive  Secretary. ")
    "IACHR's Executive Secretary"
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    return re.sub(r"\s+", " ", text).strip(' .,;:"“”«»')


def parenthesis(text: str) -> tuple[str, str, str] | None:
    """The words before the first parenthesis, inside it, and after it.

    >>> parenthesis("Council of Europe's (CoE) Directorate General")
    ("Council of Europe's", 'CoE', 'Directorate General')
    """
    text = clean(text)
    # A name ending in a parenthesis splits at that one: "OSCE (欧安组织) Office … (民权办)".
    found = re.fullmatch(r"(.*\S)\s*\(([^()]+)\)()", text) or re.fullmatch(r"(.*?\S)\s*\(([^()]+)\)\s*(.*)", text)
    if not found:
        return None
    outside, inside, rest = (part.strip() for part in found.groups())
    return (outside, inside, rest) if outside and inside else None


def name_and_acronym(text: str) -> tuple[str, str] | None:
    """The two readings of "Name (ACRONYM) rest" or "ACRONYM (Name) rest", the rest kept with each.

    >>> name_and_acronym("Human Rights Council (HRC)")
    ('Human Rights Council', 'HRC')
    >>> name_and_acronym("Human Rights Council") is None
    True
    """
    parts = parenthesis(text)
    if parts is None:
        return None
    outside, inside, rest = parts
    space = "" if rest.startswith("'") else " "  # "Inter-American Commission (IACHR)'s"
    return (f"{outside}{space}{rest}".strip(), f"{inside}{space}{rest}".strip())


def possessive(text: str) -> Iterable[str]:
    """ "OHCHR’s", "CoE's", "the treaty bodies’ chairpersons": the possessive goes."""
    cut = re.sub(r"(?<=\w)['’]s\b", "", text)
    cut = re.sub(r"(?<=\ws)['’](?=\s|$)", "", cut)
    if cut != text:
        yield cut


# "United Nations" or "UN" written before the name of a UN body; the resolver accepts the rest
# only if it is a body of the UN system ("UN Women" is a registered name of its own).
_UN_PREFIX = re.compile(
    r"^(?:the\s+|l'|la\s+|le\s+|el\s+)?(?:United\s+Nations|U\.?N\.?|ONU|Nations\s+Unies|Naciones\s+Unidas|联合国)"
    r"(?:'s)?\s*",
    re.IGNORECASE,
)
_UN_SUFFIX = re.compile(
    r",?\s+(?:of\s+the\s+United\s+Nations|de\s+l'ONU|des\s+Nations\s+Unies|de\s+l'Organisation\s+des\s+Nations\s+Unies"
    r"|de\s+(?:las\s+)?Naciones\s+Unidas|de\s+la\s+ONU|de\s+la\s+Organizaci[oó]n\s+de\s+las\s+Naciones\s+Unidas)$",
    re.IGNORECASE,
)


def un_prefix(text: str) -> Iterable[str]:
    """ "United Nations Committee Against Torture", "UN High Commissioner", "联合国人权理事会"."""
    cut = _UN_PREFIX.sub("", text, count=1)
    # "UNICEF" starts with "UN" too: only a cut at a word boundary (or before Chinese) counts.
    if cut != text and cut and (text[len(text) - len(cut) - 1] in " '" or not cut[0].isascii()):
        yield cut


def un_suffix(text: str) -> Iterable[str]:
    """ "Conseil des droits de l'homme de l'ONU", "Comité contra la Tortura de las Naciones Unidas"."""
    cut = _UN_SUFFIX.sub("", text)
    if cut != text and cut:
        yield cut


#: Words written after a body's name for its people or its work, not for another body. Not
#: "Secretariat", "President" or "Bureau": those are bodies or office holders of their own.
_GENERIC_SUFFIXES = (
    "staff",
    "staff members",
    "members",
    "member",
    "process",
    "plenary",
    "mechanism",
    "session",
    "sessions",
    "Executive Secretary",
    "mandate",
)
_GENERIC_SUFFIX = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in _GENERIC_SUFFIXES) + r")$", re.IGNORECASE)
#: The same in French and Spanish, where such words come first: "le personnel du HCDH".
_GENERIC_PREFIX = re.compile(
    r"^(?:(?:le|el|los|les|las)\s+)?(?:personnel|membres?|miembros?|personal|proceso|processus)\s+"
    r"(?:du|de\s+la|de\s+l'|des|del|de\s+los|de\s+las|de)\s*",
    re.IGNORECASE,
)


def is_generic(text: str) -> bool:
    """Whether ``text`` is one of the generic words written after a name ("process", "staff"…).

    >>> is_generic("process"), is_generic("human rights mechanisms")
    (True, False)
    """
    return _GENERIC_SUFFIX.fullmatch(" " + text) is not None


def generic_prefix(text: str) -> Iterable[str]:
    """ "les membres de la Commission africaine", "el personal de la CIDH"."""
    cut = _GENERIC_PREFIX.sub("", text, count=1)
    if cut != text and cut:
        yield cut


def generic_suffix(text: str) -> Iterable[str]:
    """ "OHCHR staff", "the UPR process", "IACHR Executive Secretary"."""
    cut = _GENERIC_SUFFIX.sub("", text, count=1)
    if cut != text and cut:
        yield cut


#: The nouns that name classes of bodies, singular and plural (en, fr, es). Only these change
#: number: "Human Rights Councils" is no spelling of anything.
_NUMBER = {
    "body": "bodies",
    "procedure": "procedures",
    "institution": "institutions",
    "mechanism": "mechanisms",
    "organization": "organizations",
    "organisation": "organisations",
    "defender": "defenders",
    "rapporteur": "rapporteurs",
    "chairperson": "chairpersons",
    "chair": "chairs",
    "court": "courts",
    "team": "teams",
    "presence": "presences",
    "office": "offices",
    "agency": "agencies",
    "network": "networks",
    "point": "points",
    "system": "systems",
    "système": "systèmes",
    "sistema": "sistemas",
    "organe": "organes",
    "procédure": "procédures",
    "mécanisme": "mécanismes",
    "institution nationale": "institutions nationales",
    "organización": "organizaciones",
    "órgano": "órganos",
    "procedimiento": "procedimientos",
    "mecanismo": "mecanismos",
    "institución nacional": "instituciones nacionales",
    "institución": "instituciones",
    "defensor": "defensores",
    "defensora": "defensoras",
    "défenseur": "défenseurs",
}
_NUMBER.update({plural: singular for singular, plural in list(_NUMBER.items())})
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(_NUMBER, key=len, reverse=True)) + r")\b")


def number(text: str) -> Iterable[str]:
    """ "treaty body" and "treaty bodies", "special procedure" and "special procedures": each class noun changes number
    alone, and in Spanish the adjectives right after it with it ("organizaciones no gubernamentales", "organización no
    gubernamental").

    >>> sorted(number("treaty body chairpersons"))
    ['treaty bodies chairpersons', 'treaty body chairperson']
    >>> list(number("organizaciones no gubernamentales")), list(number("mecanismo regional de derechos humanos"))
    (['organización no gubernamental'], ['mecanismos regionales de derechos humanos'])
    """
    lower = text.casefold()
    for found in _NUMBER_WORD.finditer(lower):
        other = _NUMBER[found.group(0)]
        original = text[found.start() : found.end()]
        if original[:1].isupper():
            other = other[:1].upper() + other[1:]
        rest = text[found.end() :]
        if found.group(0) in _SPANISH_NOUNS:
            rest = _spanish_adjectives_agreeing(rest, plural=other.endswith("s"))
        yield text[: found.start()] + other + rest


#: The Spanish class nouns, whose adjectives agree with them in number
_SPANISH_NOUNS = frozenset(
    ["organización", "órgano", "procedimiento", "mecanismo", "institución", "defensor", "defensora", "sistema"]
    + ["organizaciones", "órganos", "procedimientos", "mecanismos", "instituciones", "defensores", "defensoras"]
    + ["sistemas"]
)
# An adjective right after a Spanish noun (after "no"), in the plural and in the singular: "gubernamentales",
# "regionales", "independientes", "africanos"; "gubernamental", "regional", "independiente", "africano"
_ES_PLURAL_ADJECTIVE = re.compile(r"([ \t]+(?:no[ \t]+)?)([A-Za-záéíóúñÁÉÍÓÚ][a-záéíóúñ]*(?:[lrn]es|[eoa]s))(?![\w-])")
_ES_SINGULAR_ADJECTIVE = re.compile(r"([ \t]+(?:no[ \t]+)?)([A-Za-záéíóúñÁÉÍÓÚ][a-záéíóúñ]*(?:al|ar|[eoa]))(?![\w-])")
# Words after a noun that are no adjectives of it: "de", "del", "para", "sobre"…
_ES_NOT_ADJECTIVES = frozenset(["de", "del", "para", "sobre", "contra", "entre", "que", "como", "la", "las", "los"])


def _spanish_adjectives_agreeing(rest: str, plural: bool) -> str:
    """``rest`` (the words after a Spanish noun whose number changed) with the adjectives right after it in
    ``plural`` or in the singular."""
    out, index = [], 0
    while True:
        found = (_ES_SINGULAR_ADJECTIVE if plural else _ES_PLURAL_ADJECTIVE).match(rest, index)
        if not found or found.group(2).casefold() in _ES_NOT_ADJECTIVES:
            break
        word = found.group(2)
        if plural:
            word = word + ("es" if word[-1] in "lrn" else "s")
        else:
            word = word[:-2] if re.search(r"[lrn]es$", word) else word[:-1]
        out.append(found.group(1) + word)
        index = found.end()
    return "".join(out) + rest[index:]


#: A UN rapporteur's Chinese title is printed long and short: 问题特别报告员, 问题报告员, 特别报告员.
_ZH_TITLES = (
    ("问题特别报告员", "问题报告员", "特别报告员"),
    ("问题独立专家", "独立专家"),
    ("问题工作组", "工作组"),
)


def acronym_before_owner(written: list[str], acronyms: list[str]) -> list[str]:
    """A body's names with its acronym in brackets before the organisation it belongs to, as texts print them.

    >>> acronym_before_owner(["Independent Permanent Human Rights Commission of the Organization of Islamic Cooperation"], ["IPHRC"])
    ['Independent Permanent Human Rights Commission (IPHRC) of the Organization of Islamic Cooperation']
    """
    found = []
    for text in written:
        link = _OWNER_LINK.search(text)
        if link and len(text[: link.start()].split()) >= 2:
            found += [f"{text[: link.start()]} ({a}){text[link.start() :]}" for a in acronyms if _ACRONYM.fullmatch(a)]
    return found


_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,9}")


def owner_as_acronym(text: str, printed: list[str]) -> list[str]:
    """A body's name ending on its organisation's name, with the organisation's acronym instead, as the
    organisation's own pages print it ("la Commission de l'UA"); ``printed`` is the organisation's names,
    first with the acronym in brackets ("Union africaine (UA)").

    >>> owner_as_acronym("Commission de l'Union africaine", ["Union africaine (UA)", "Union africaine"])
    ["Commission de l'UA"]
    """
    acronym = _LAST_BRACKETS.search(printed[0]) if printed else None
    found = []
    for full in printed if acronym else ():
        if "(" in full or not text.endswith(full):
            continue
        head = text[: len(text) - len(full)]
        # plain string tests, not a pattern made for each name: this runs for every spelling and organisation
        link = next((link for link in _OWNER_WORDS if head.endswith(link)), None)
        if link and head[: len(head) - len(link)].split():
            found.append(head + acronym.group(1))
    return found


_LAST_BRACKETS = re.compile(r"\(([^()]+)\)$")
_OWNER_WORDS = ("de l'", "de la ", "du ", "del ", "of the ")


# "of the", "de l'", "de la", "du", "del" before an organisation's name in capitals
_OWNER_LINK = re.compile(
    r" (?:of the|de l'|de la|du|del) (?=Organi[sz]ation|Organización|Union|Unión|League|Ligue|Liga)"
)


def zh_title(text: str) -> Iterable[str]:
    """The same rapporteur under the other Chinese forms of the title."""
    for titles in _ZH_TITLES:
        for title in titles:  # longest first: 问题特别报告员 also ends with 特别报告员
            if text.endswith(title):
                stem = text[: -len(title)]
                yield from (stem + other for other in titles if other != title)
                break


# Inside a Spanish name, the UN's name that its acronym stands for in the press ("el alto comisionado de la ONU para
# los Derechos Humanos"); at the name's end the resolver's ``un_suffix`` step reads it.
_UN_INSIDE = re.compile(r"\bde\s+(?:las\s+)?Naciones\s+Unidas(?=\s+\w)")
# The head of a Spanish name of a UN committee, working group or mandate, before the words saying what it is on
_SPANISH_HEAD = re.compile(
    r"^((?:Sub)?[Cc]omité|Grupo de Trabajo|Relator(?:a)? Especial|Expert[oa] Independiente)\s+(?=(?:contra|sobre|para|de|del)\s)"
)


def un_acronym_inside(text: str) -> Iterable[str]:
    """A Spanish name with "de la ONU" for the "de (las) Naciones Unidas" inside it, or after the head noun of a
    committee's, working group's or mandate's name that does not name the UN.

    >>> list(un_acronym_inside("Alto Comisionado de las Naciones Unidas para los Derechos Humanos"))
    ['Alto Comisionado de la ONU para los Derechos Humanos']
    >>> list(un_acronym_inside("Carta de las Naciones Unidas"))
    []
    >>> list(un_acronym_inside("Comité contra las Desapariciones Forzadas"))
    ['Comité de la ONU contra las Desapariciones Forzadas']
    >>> list(un_acronym_inside("Grupo de Trabajo sobre Desapariciones Forzadas"))
    ['Grupo de Trabajo de la ONU sobre Desapariciones Forzadas', 'Grupo de la ONU sobre Desapariciones Forzadas']
    >>> list(un_acronym_inside("Relatora Especial sobre la tortura"))
    ['Relatora Especial de la ONU sobre la tortura', 'Relatora de la ONU sobre la tortura']
    """
    cut = _UN_INSIDE.sub("de la ONU", text, count=1)
    if cut != text:
        yield cut
    head = _SPANISH_HEAD.match(text)
    if head and "Naciones Unidas" not in text and "ONU" not in text:
        # "el Comité de la ONU contra las Desapariciones Forzadas": the UN's name written after the head noun
        yield f"{head.group(1)} de la ONU {text[head.end(1) :].lstrip()}"
        if head.group(1) == "Grupo de Trabajo":
            # the press drops "de Trabajo" once the UN's name follows "Grupo" ("Grupo de la ONU sobre desapariciones
            # forzadas visitará Honduras", La Prensa, 16 March 2023): the subject still names one working group
            yield f"Grupo de la ONU {text[head.end(1) :].lstrip()}"
        elif head.group(1).startswith("Relator"):
            # and "Especial" once the UN's name follows "Relator(a)" ("relatora de la ONU sobre los derechos a la
            # libertad de reunión pacífica y de asociación", infoLibre, 2024): the subject still names one mandate
            yield f"{head.group(1).split()[0]} de la ONU {text[head.end(1) :].lstrip()}"


def spanish_forms(name) -> Iterable[str]:
    """The other spellings the press prints of a registered Spanish ``name``: the UN's acronym inside it
    (:func:`un_acronym_inside`), its people with both articles (:mod:`registry.inclusive`) and, for a UN mandate, its
    loose titles (:mod:`registry.loose_titles`)."""
    yield from un_acronym_inside(name.surface)
    yield from inclusive_forms(name.surface)
    if name.system == "UN":
        yield from loose_rapporteur_titles(name.surface)


# The UN's Chinese name and the particle a text may write between it and the rest of a name: "联合国的人权机制"
_UN_ZH = "联合国"
_OF_ZH = "的"


def chinese_forms(name) -> Iterable[str]:
    """The other spellings Chinese texts print of a registered Chinese ``name`` that opens on the UN's name: with 的
    after it ("联合国的人权机制" for 联合国人权机制: the UN's human rights mechanisms, the same body).

    >>> from types import SimpleNamespace as Name
    >>> list(chinese_forms(Name(surface="联合国人权机制"))), list(chinese_forms(Name(surface="联合国")))
    (['联合国的人权机制'], [])
    """
    rest = name.surface[len(_UN_ZH) :]
    if name.surface.startswith(_UN_ZH) and len(rest) >= 2 and not rest.startswith(_OF_ZH):
        yield _UN_ZH + _OF_ZH + rest


@dataclass(frozen=True)
class Step:
    """A named rewriting step; ``un_only`` steps may lead only to a body of the UN system."""

    name: str
    rewrite: Callable[[str], Iterable[str]]
    un_only: bool = False


#: The steps in the order the resolver tries them (``name_and_acronym`` comes before all of them).
STEPS: tuple[Step, ...] = (
    Step("possessive", possessive),
    Step("un_prefix", un_prefix, un_only=True),
    Step("un_suffix", un_suffix, un_only=True),
    # Number before the generic words: "UN mechanism" is the UN mechanisms, not the UN's.
    Step("number", number),
    Step("zh_title", zh_title),
    Step("generic_prefix", generic_prefix),
    Step("generic_suffix", generic_suffix),
)
