"""Two registered acronyms of two bodies joined by a hyphen, as a dialogue or a partnership between them is named:
"the AICHR-UN Dialogue", "the ASEAN-EU Policy Dialogue", "UN-AU cooperation". Each acronym names its body, as each
does in "the OHCHR/UNDP programme" (:mod:`loaders.documents.slashed`); a compound word is no such pair ("COVID-19",
"ONU-DH" is a name of its own, "FORTY-THIRD" no acronym), nor is a body's acronym after its owner's ("OSCE-ODIHR",
"CDH-ONU": one body, its owner's name qualifying it). Both parts must be registered acronyms, written exactly so.

>>> from registry.names import Resolver
>>> names = Resolver.from_seeds()
>>> text = "the AICHR-UN Dialogue and the ASEAN-EU Policy Dialogue"
>>> two_acronyms(text, 4, 9, names), two_acronyms(text, 10, 12, names), two_acronyms(text, 36, 38, names)
(True, True, True)
>>> two_acronyms("the CDH-ONU meeting", 4, 7, names), two_acronyms("the AICHR-Un Dialogue", 4, 9, names)
(False, False)
"""

from __future__ import annotations

import re

from loaders.documents import events
from loaders.documents.countries import country_after, country_before
from registry.keys import normalize

__all__ = ["names_an_event", "partners_joined", "two_acronyms"]

_PAIR = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{0,6}[A-Z])-([A-Z][A-Za-z]{0,6}[A-Z])(?![\w-])")
_REACH = 10  # the longest acronym looked for, with its hyphen


def two_acronyms(text: str, first: int, last: int, names) -> bool:
    """Whether the text at ``first``..``last`` is one of two bodies' registered acronyms joined by a hyphen."""
    for pair in _PAIR.finditer(text, max(0, first - _REACH), min(len(text), last + _REACH)):
        if (first, last) not in ((pair.start(1), pair.end(1)), (pair.start(2), pair.end(2))):
            continue
        ids = [_acronym(pair.group(1), names), _acronym(pair.group(2), names)]
        if None in ids or ids[0] == ids[1]:
            return False
        return ids[0] not in names.ancestors(ids[1]) and ids[1] not in names.ancestors(ids[0])
    return False


def partners_joined(text: str, first: int, last: int, names) -> bool:
    """Whether the text at ``first``..``last`` is one of two partners joined by a hyphen: two bodies' acronyms
    (:func:`two_acronyms`), or an organisation's registered acronym and a State's name, as a programme or a dialogue
    between them is named ("the Philippines-UN Joint Programme", "the UN-Philippines partnership"): the organisation
    is named as a party, as each acronym is in "the AICHR-UN Dialogue"; and a UN agency's or office's acronym with a
    country's name after it, its country office ("Unicef-Lesotho"): the agency is named as its parent."""
    return two_acronyms(text, first, last, names) or _with_a_state(text, first, last, names)


def _with_a_state(text: str, first: int, last: int, names) -> bool:
    if _acronym(text[first:last], names) not in names.organisations and not _a_un_office(text[first:last], names):
        return False
    if first > 1 and text[first - 1] == "-" and country_before(text[: first - 1]):
        return last == len(text) or not (text[last].isalnum() or text[last] == "-")
    before = first == 0 or not (text[first - 1].isalnum() or text[first - 1] == "-")
    return before and text[last : last + 1] == "-" and country_after(" " + text[last + 1 : last + 80], 1)


def _a_un_office(written: str, names) -> bool:
    """Whether ``written`` is the registered acronym of one of the UN's agencies or offices (not the UN's own, which
    begins names: "UN-Habitat"), exactly or, four letters and more, capitalised as the press writes it ("Unicef"): with a
    country's name joined by a hyphen it names its country office ("OHCHR-Chad", "Unicef-Lesotho"), whose parent is
    counted as for other units."""
    upper = written.upper() if len(written) >= 4 and written[1:].islower() else written
    found = names.by_key.get(normalize(upper))
    return bool(found and found.lang is None and found.surface == upper and found.system == "UN" and found.id != "un")


def _acronym(written: str, names) -> str | None:
    """The id of the body whose registered acronym ``written`` is, exactly as registered."""
    found = names.by_key.get(normalize(written))
    return found.id if found and found.lang is None and found.surface == written else None


def names_an_event(text: str, mention, names) -> bool:
    """Whether an organisation's name before an event's names the event (:func:`loaders.documents.events.names_an_event`),
    unless it is one of two partners' acronyms: "the ASEAN-EU Policy Dialogue" names the EU as it names ASEAN."""
    return events.names_an_event(text, mention, names.organisations) and not two_acronyms(
        text, mention.start, mention.end, names
    )
