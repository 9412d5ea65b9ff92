"""The number of a UN press release, printed alone on a line at its head: the release's own symbol.

The UN's press releases and meetings coverage (press.un.org, in English and French) print their number on a line of
its own between the meeting's line and the title: "9316e séance – matin" / "CS/15274" / "Le Conseil de sécurité
entend …", "30th and 31st Meetings (AM & PM)" / "GA/12290" / "Adopting 10 Resolutions …". The number names its series:
the Security Council's "SC/" ("CS/" in French), the General Assembly's "GA/" ("AG/"), its Main Committees' "GA/EF/",
"GA/SHC/", "AG/SHC/"…, the Economic and Social Council's "ECOSOC/", the Secretary-General's statements "SG/SM/",
human rights "HR/" ("DH/"), legal affairs "L/", observances "OBV/", non-governmental organizations "NGO/" ("ONG/"),
women "WOM/" ("FEM/"), development "DEV/", "ENV/DEV/", population "POP/", social "SOC/", the Deputy Secretary-General's
"DSG/SM/"; a release in two series prints both, joined by a dash ("SG/SM/20846-HR/5470"): the first is kept. Only such
a line in the first lines of the page, before the text's first sentence, is the release's own number: a text that
quotes a release's number does not own it, nor does a list of releases (press.un.org's "Couverture des réunions"
pages: a number alone over each release's summary, several numbers), and these numbers are never document symbols a
text cites (``citations.SYMBOL`` reads none of them).

>>> press_number(["9316e séance – matin", "CS/15274", "Le Conseil de sécurité entend l’exposé annuel"])
'CS/15274'
>>> press_number(["Seventy-fifth Session,", "30th and 31st Meetings (AM & PM)", "GA/12290", "Adopting 10 Resolutions"])
'GA/12290'
>>> press_number(["SG/SM/20846-HR/5470", "Secretary-General’s message"]), press_number(["AG/SHC/4380"])
('SG/SM/20846', 'AG/SHC/4380')
>>> press_number(["The Council met (press release SC/15274).", "SC/15274 of 4 May 2023 reported it."]) is None
True
>>> press_number(["Skip to main content", "Meetings Coverage and Press Releases", "Home", "4 May 2023",
...               "9316th Meeting (AM)", "SC/15274", "Chairperson-in-Office Briefs Security Council"])
'SC/15274'
>>> press_number(["Briefing", "The Council met today with the Chairperson of the OSCE.", "SC/15274"]) is None
True
>>> press_number(["Couverture des réunions", "CS/16229", "Le Conseil a tenu une réunion.", "AG/12731", "L’Assemblée…"])
>>> press_number(["CS/2669", "FACE A LA MENACE TERRORISTE", "28/04/2004", "Communiqué de presse", "CS/2669"])
'CS/2669'
"""

from __future__ import annotations

import re

__all__ = ["press_number", "is_press_number"]

#: The first part of a press release's number: its series, in English and in French (press.un.org).
_SERIES = r"(?:SC|CS|GA|AG|ECOSOC|SG|DSG|HR|DH|L|OBV|NGO|ONG|WOM|FEM|DEV|ENV|POP|SOC|PI|ORG|PKO|IHA|SEA|PAL)"
_NUMBER = rf"{_SERIES}(?:/[A-Z]{{1,4}}){{0,2}}/\d{{3,5}}"
_LINE = re.compile(rf"({_NUMBER})(?:\s?[-–]\s?{_NUMBER})*")
# the number stands between the meeting's line and the title, among the page's first lines (after a copied page's
# links and date), before any sentence of the text
_HEAD = 10
# how far a list of releases is looked for: a second number alone on its line there
_LIST = 40


def press_number(head: list[str]) -> str | None:
    """The number of the press release whose first lines are ``head``, where one of them, before the text's first
    sentence, is that number alone."""
    if len({found.group(1) for text in head[:_LIST] if (found := _LINE.fullmatch(text.strip()))}) > 1:
        return None  # a list of releases
    for text in head[:_HEAD]:
        stripped = text.strip()
        found = _LINE.fullmatch(stripped)
        if found:
            return found.group(1)
        if len(stripped) > 120 or stripped.endswith((".", "。")) and len(stripped.split()) >= 3:
            return None
    return None


def is_press_number(symbol: str | None) -> bool:
    """Whether ``symbol`` is a press release's number, not a document's symbol: "CS/15274", not "A/HRC/55/21".

    >>> is_press_number("CS/15274"), is_press_number("A/HRC/55/21"), is_press_number(None)
    (True, False, False)
    """
    return bool(symbol and _LINE.fullmatch(symbol))
