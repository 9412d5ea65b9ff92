"""A UN document's masthead run together on one line below a cover: the symbol, then its distribution.

An office's or a library's edition of a report may print a cover of a few lines (the report's title, "Naciones
Unidas", "Asamblea General") before the masthead, which its text layer runs together on one line: "A/HRC/49/20
Distr. general 22 de marzo de 2022 Original: español". A treaty body's documents print the treaty's name between the
symbol and the distribution: "United Nations CRC/C/GBR/CO/6-7 Convention on the Rights of the Child Distr.: General
…". The symbol that such a line opens (after the letterhead, if any) is the document's own: a document cites another
in its text, never in front of a distribution line.

An older masthead prints its right-hand column over several lines, the distribution ("Distr." over "GENERAL", or
"Distr. GENERAL") over the symbol and the date, which a text layer puts on one line ("CRC/C/SR.772 10 de junio de
2004", docstore.ohchr.org) or even runs together, the symbol's last number touching the date's day ("CAT/C/ISR/Q/412
février 2009": CAT/C/ISR/Q/4 of 12 February 2009). Below a letterhead printed over several lines ("NATIONS" / "UNIES" /
"CAT" / the treaty's name), that line is not among the first three the one-line header is looked for in.

>>> masthead_symbol(["Informe de la Alta Comisionada", "Naciones Unidas", "Asamblea General",
...                  "A/HRC/49/20 Distr. general 22 de marzo de 2022 Original: español"])
'A/HRC/49/20'
>>> masthead_symbol(["United Nations CRC/C/GBR/CO/6-7 Convention on the Rights of the Child Distr.: General 22 June 2023"])
'CRC/C/GBR/CO/6-7'
>>> masthead_symbol(["See A/HRC/49/20, para. 4.", "Distr.: General"]) is None
True
>>> masthead_symbol(["NATIONS UNIES", "CAT", "Convention contre la torture", "Distr.GÉNÉRALE", "CAT/C/ISR/Q/412 février 2009"])
'CAT/C/ISR/Q/4'
>>> masthead_symbol(["CRC", "Distr.", "GENERAL", "CRC/C/SR.772 10 de junio de 2004", "ESPAÑOL Original: FRANCÉS"])
'CRC/C/SR.772'
>>> masthead_symbol(["Distr. GENERAL", "The report A/HRC/7/78 of 14 July 2008 was read."]) is None
True
"""

from __future__ import annotations

import re

from loaders.documents.citations import SYMBOL
from loaders.documents.dates import first_date
from loaders.documents.organs import (
    ECONOMIC_AND_SOCIAL_COUNCIL,
    GENERAL_ASSEMBLY,
    HUMAN_RIGHTS_COUNCIL,
    SECURITY_COUNCIL,
    UNITED_NATIONS,
    alternation,
)

__all__ = ["masthead_symbol"]

_LETTERHEAD = alternation(
    UNITED_NATIONS, GENERAL_ASSEMBLY, SECURITY_COUNCIL, ECONOMIC_AND_SOCIAL_COUNCIL, HUMAN_RIGHTS_COUNCIL, spaced=True
)
# The letterhead (if any), the symbol (perhaps with a footnote's mark), a name without figures or slashes (a treaty's,
# an organ's) if any, then the distribution: "Distr.: General", "Distr. générale", "分发: 普通"
_MASTHEAD = re.compile(
    rf"(?:{_LETTERHEAD}\s+)*({SYMBOL.pattern})(?:\s?(?:[*∗]{{1,3}}|[†‡]{{1,2}}))?\s+"
    r"(?:[^\d/()\[\]]{1,140}?\s+)?(?:Distr\.|分\s*发)"
)


# The end of a distribution line ("Distr. GENERAL", "Distr.GÉNÉRALE", or "GENERAL" under "Distr.")
_DISTRIBUTION_END = re.compile(
    r"(?:^|Distr\.\s*:?\s*)(?:general|générale|restricted|restreinte|reservada|limited|limitée|limitada)\s*$", re.I
)
_SYMBOL_THEN = re.compile(rf"({SYMBOL.pattern})\s*(\S.*)$")


def masthead_symbol(head: list[str]) -> str | None:
    """The symbol opening the first line of ``head`` (a front page's lines) that runs the masthead together: the
    letterhead (if any), the symbol, a treaty's or an organ's name (if any), then the distribution; or the symbol
    of the line under the distribution that holds the symbol and the date."""
    for index, text in enumerate(head):
        if found := _MASTHEAD.match(text.strip()):
            return found.group(1).rstrip(".")
        if index and _DISTRIBUTION_END.search(head[index - 1]) and (symbol := _dated_symbol(text.strip())):
            return symbol
    return None


def _dated_symbol(text: str) -> str | None:
    """The symbol of a line that is a symbol, then a date; the symbol's last number may touch the date's day, which is
    then its last one or two figures (a day of one figure is never printed with a zero first)."""
    found = _SYMBOL_THEN.match(text)
    if not found:
        return None
    symbol, rest = found.group(1).rstrip("."), found.group(2)
    if text[found.start(2) - 1 : found.start(2)].isspace() and first_date([rest[:40]]):
        return symbol
    for figures in (2, 1):
        day, shorter = symbol[-figures:], symbol[:-figures]
        whole = day.isdigit() and day[0] != "0" and shorter[-1:].isdigit() and SYMBOL.fullmatch(shorter)
        if whole and rest[:1].isalpha() and first_date([f"{day} {rest[:40]}"]):
            return shorter
    return None
