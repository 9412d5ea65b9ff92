"""Dates as documents print them, in English, French, Spanish and Chinese: the first date of a front page, a line
that is only a date, a news item's dateline (its place and date) and a period from one day to another.

>>> date_line("18 December 2012"), dateline("Arusha, 4 mai 2020 :"), period_line("1 octobre au 31 décembre")
(True, True, True)
"""

from __future__ import annotations

import re

__all__ = ["first_date", "date_line", "dateline", "period_line"]

_MONTH_NAMES = (
    ("january", "janvier", "enero"),
    ("february", "février", "febrero"),
    ("march", "mars", "marzo"),
    ("april", "avril", "abril"),
    ("may", "mai", "mayo"),
    ("june", "juin", "junio"),
    ("july", "juillet", "julio"),
    ("august", "août", "agosto"),
    ("september", "septembre", "septiembre", "setiembre"),
    ("october", "octobre", "octubre"),
    ("november", "novembre", "noviembre"),
    ("december", "décembre", "diciembre"),
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "18 December 2012", "1er avril 2013" (or "1 er juin 2021", as a text layer spaces it), "18 de diciembre de 2012"
_DATE = re.compile(
    rf"\b(\d{{1,2}})(?:\s?er)?\s+(?:de\s+)?({_MONTH})\s+(?:de\s+)?(\d{{4}})\b",
    re.I,
)
_CHINESE_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def first_date(head: list[str]) -> str | None:
    """The first date written out on the lines of ``head``, as ISO ("2013-04-03").

    >>> first_date(["Distr.: General", "3 April 2013"]), first_date(["2021年2月22日"]), first_date(["1 er juin 2021"])
    ('2013-04-03', '2021-02-22', '2021-06-01')
    """
    for text in head:
        found = _DATE.search(text)
        if found:
            return f"{int(found.group(3)):04d}-{_MONTHS[found.group(2).lower()]:02d}-{int(found.group(1)):02d}"
        found = _CHINESE_DATE.search(text)
        if found:
            return f"{found.group(1)}-{int(found.group(2)):02d}-{int(found.group(3)):02d}"
    return None


def date_line(text: str) -> bool:
    """Whether a line is a date and nothing more, perhaps in brackets, as a document's front page prints it.

    >>> date_line("1 de septiembre de 2021"), date_line("[13 de julio de 2023]"), date_line("2021年2月22日")
    (True, True, True)
    >>> date_line("1 See the report of 3 June 2022."), date_line("[English only]")
    (False, False)
    """
    stripped = text.strip().strip("[]()").strip()
    return bool(_DATE.fullmatch(stripped) or _CHINESE_DATE.fullmatch(stripped))


# A news item's dateline: its place (a city, perhaps its country) and date, then a colon or a dash, the text going on
# from it: "Niamey, Republic of Niger, 28th November 2020:", "Arusha, 4 mai 2020 :", "Genève, le 3 mars 2021 –",
# "GENEVA, November 12, 2021 –"
_DATELINE = re.compile(
    rf"(?:[^\W\d_][^\W\d_.'’ -]*(?:[ -][^\W\d_][^\W\d_'’-]*){{0,3}},\s*){{1,3}}"
    rf"(?:(?:le\s+)?\d{{1,2}}(?:\s?(?:st|nd|rd|th|er))?\s+(?:de\s+)?(?:{_MONTH})\s+(?:de\s+)?\d{{4}}|"
    rf"(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\s*[:–—-]?",
    re.I,
)


def dateline(text: str) -> bool:
    """Whether a line is a news item's dateline and nothing more: its place and date.

    >>> dateline("Niamey, Republic of Niger, 28th November 2020:"), dateline("Arusha, 4 mai 2020 :")
    (True, True)
    >>> dateline("GENEVA, November 12, 2021 –"), dateline("Report of 28 November 2020:"), dateline("28 November 2020")
    (True, False, False)
    """
    return bool(_DATELINE.fullmatch(text.strip()))


# A day and month, the year perhaps left to the period's end: "1 octobre", "1er octobre 2020", "1 de octubre"
_DAY_MONTH = rf"\d{{1,2}}(?:\s?er|º)?\s+(?:de\s+)?(?:{_MONTH})(?:\s+(?:de\s+)?\d{{4}})?"
# A period, as a periodic report's cover prints it: "1 octobre au 31 décembre", "1 October to 31 December 2020",
# "1 de octubre al 31 de diciembre de 2020", "1 October – 31 December 2020"
_PERIOD = re.compile(rf"(?:du\s+|from\s+|del\s+)?{_DAY_MONTH}\s*(?:au|to|al|a|[–-])\s+{_DAY_MONTH}", re.I)


def period_line(text: str) -> bool:
    """Whether a line is a period from one day to another and nothing more, as a periodic report's cover prints it.

    >>> period_line("1 octobre au 31 décembre"), period_line("1 de octubre al 31 de diciembre de 2020")
    (True, True)
    >>> period_line("1 October – 31 December 2020"), period_line("1 See the report of 1 June to 3 July 2022.")
    (True, False)
    """
    return bool(_PERIOD.fullmatch(text.strip().strip("[]()").strip()))
