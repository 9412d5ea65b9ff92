"""Acronyms a document defines: "le Conseil national des droits de l'Homme (CNDH)" makes the document's later "CNDH"
name that body, where the acronym is no registered spelling (the same acronym is other countries' institutions': it
is read only in the document that ties it to its body). A class's name is no definition ("institutions nationales
(INDH)" stays the class's own spellings), nor an acronym a document defines for two bodies. An acronym the registry
gives to another body names the body the document ties it to, within that document alone, where its letters are the
name's initials: "la Cour africaine des droits de l'homme et des peuples (Cadhp)" makes the news item's "la Cadhp" the
Court, though the registry gives CADHP to the Commission; "(ONU)" after the Council's name defines nothing, nor
"(APCE)" after "l'Assemblée parlementaire du Conseil de l'Europe": the initials of the Assembly, a longer name.

``make`` builds a mention from (id, surface, start, end, lang), as :mod:`loaders.documents.lists` takes it.

>>> from types import SimpleNamespace as Hit
>>> text = "Le Conseil national des droits de l'Homme (CNDH) a été élu. Un communiqué du CNDH"
>>> defined = defined_acronyms(text, [Hit(id="nhri-mar", start=3, end=41)], frozenset(), {})
>>> defined
{'CNDH': 'nhri-mar'}
>>> [(m.surface, m.start) for m in defined_hits(text, defined, lambda *a: Hit(surface=a[1], start=a[2]))]
[('CNDH', 43), ('CNDH', 77)]
>>> text = "出席亞太地區國家人權機構論壇（APF）年度會員大會。代表團赴斐濟出席APF年度會員大會"
>>> defined = defined_acronyms(text, [Hit(id="nhri-network-asia-pacific", start=2, end=14)], frozenset(), {})
>>> [(m.surface, m.start) for m in defined_hits(text, defined, lambda *a: Hit(surface=a[1], start=a[2]))]
[('APF', 15), ('APF', 34)]
>>> defined_hits("the CNDHS report", {"CNDH": "nhri-mar"}, lambda *a: a)
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from registry.keys import normalize

__all__ = ["defined_acronyms", "defined_hits", "with_defined_hits"]

# An acronym in brackets right after a name: "(CNDH)", "( ENNHRI )", and in a Chinese text's full-width brackets:
# "亞太地區國家人權機構論壇（APF）"
_IN_BRACKETS = re.compile(r"[ \t]*[(（][ \t]*([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,6})[ \t]*[)）]")
# A registered acronym may be printed with one capital: "(Cadhp)"
_REGISTERED_IN_BRACKETS = re.compile(r"[ \t]*[(（][ \t]*([A-Z][A-Za-z]{1,9})[ \t]*[)）]")
# A character that joins an acronym into a longer word: a letter, a digit, "/" or "-", but not a Chinese or Japanese
# character, which a Chinese text writes right against a Latin acronym ("出席APF年度會員大會")
_JOINED = r"(?![\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])[\w/-]"


def defined_acronyms(
    text: str, named: Iterable, classes: frozenset[str], registered: dict, find=None
) -> dict[str, str]:
    """{acronym: id} for each unregistered acronym ``text`` prints in brackets right after a body's name (not a
    class's), where the document gives it to one body only. ``named`` are the registered spellings' hits; ``find``,
    when given, reads the name's line as the mention finder does, so a hit it drops (a country's own commission, a
    qualifying "United Nations") defines nothing."""
    found: dict[str, set[str]] = {}
    own: set[str] = set()
    case_variants: dict[str, str] = {}  # "(Tedh)" after the Court's name: its registered TEDH, in the document's case
    for mention in named:
        after = _IN_BRACKETS.match(text, mention.end) or _REGISTERED_IN_BRACKETS.match(text, mention.end)
        if not after or mention.id in classes:
            continue
        known = registered.get(normalize(after.group(1)))
        if known is None and not _IN_BRACKETS.match(text, mention.end):
            continue
        if known is not None and known.id == mention.id:
            own.add(after.group(1))  # the document ties it to its registered body too: no definition of another
            if after.group(1) != known.surface and after.group(1).casefold() == known.surface.casefold():
                case_variants[after.group(1)] = mention.id
            continue
        if known is not None and not _initials_of(after.group(1), mention.surface):
            continue
        if known is None and _a_longer_names(text, mention, after.group(1)):
            continue  # "l'Assemblée parlementaire du Conseil de l'Europe (APCE)": the Assembly's acronym
        if find is not None:
            start = max(text.rfind("\n", 0, mention.start) + 1, mention.start - 300)
            line = text[start : after.end()]
            if not any(m.id == mention.id and start + m.end == mention.end for m in find(line)):
                continue
        found.setdefault(after.group(1), set()).add(mention.id)
    defined = {acronym: ids.pop() for acronym, ids in found.items() if len(ids) == 1 and acronym not in own}
    return defined | {acronym: id_ for acronym, id_ in case_variants.items() if acronym not in found}


# A capitalised name and its link to the body named after it: "Assemblée parlementaire du ", "Parliamentary Assembly of the "
_NAME_AND_LINK = re.compile(
    r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}?[ \t]+(?:of[ \t]+the|of|du|de[ \t]+la|de[ \t]+l['’]|des|del)[ \t]*"
)


def _a_longer_names(text: str, mention, acronym: str) -> bool:
    """Whether ``acronym`` is the initials of a longer name that ends with ``mention``'s, not of the body's own:
    "(APCE)" after "Assemblée parlementaire du Conseil de l'Europe" is the Assembly's."""
    if _initials_of(acronym, text[mention.start : mention.end]):
        return False
    window = range(max(0, mention.start - 80), mention.start)
    return any(
        text[index].isupper()
        and (index == 0 or not re.match(r"[\w-]", text[index - 1]))
        and _NAME_AND_LINK.fullmatch(text, index, mention.start) is not None
        and _initials_of(acronym, text[index : mention.end])
        for index in window
    )


def _initials_of(acronym: str, name: str) -> bool:
    """Whether ``acronym``'s letters are the initials of ``name``'s words, in order, from its first word's:
    "Cadhp" of "Cour africaine des droits de l'homme et des peuples"."""
    initials = "".join(word[0] for word in re.findall(r"\w+", name.casefold()) if len(word) > 1)
    letters = acronym.casefold()
    if not initials or letters[:1] != initials[:1]:
        return False
    rest = iter(initials[1:])
    return all(letter in rest for letter in letters[1:])


def with_defined_hits(text: str, found: list, defined: dict[str, str], make) -> list:
    """``found`` with the document's defined acronyms, in order: where a registered spelling and a defined acronym
    are the same words, the document's definition wins."""
    own = defined_hits(text, defined, make)
    spans = {(m.start, m.end) for m in own}
    return sorted([m for m in found if (m.start, m.end) not in spans] + own, key=lambda m: m.start)


def defined_hits(text: str, defined: dict[str, str], make) -> list:
    """A mention for each place ``text`` prints one of the document's defined acronyms, with its case."""
    return [
        make(identifier, acronym, hit.start(), hit.end(), None)
        for acronym, identifier in defined.items()
        for hit in re.finditer(rf"(?<!{_JOINED}){re.escape(acronym)}(?!{_JOINED})", text)
    ]
