"""A UN document's masthead run together on one line below a cover: the symbol, then its distribution.

An office's or a library's edition of a report may print a cover of a few lines (the report's title, "Naciones
Unidas", "Asamblea General") before the masthead, which its text layer runs together on one line: "A/HRC/49/20
Distr. general 22 de marzo de 2022 Original: español". A treaty body's documents print the treaty's name between the
symbol and the distribution: "United Nations CRC/C/GBR/CO/6-7 Convention on the Rights of the Child Distr.: General
…". The symbol that such a line opens (after the letterhead, if any) is the document's own: a document cites another
in its text, never in front of a distribution line.

>>> masthead_symbol(["Informe de la Alta Comisionada", "Naciones Unidas", "Asamblea General",
...                  "A/HRC/49/20 Distr. general 22 de marzo de 2022 Original: español"])
'A/HRC/49/20'
>>> masthead_symbol(["United Nations CRC/C/GBR/CO/6-7 Convention on the Rights of the Child Distr.: General 22 June 2023"])
'CRC/C/GBR/CO/6-7'
>>> masthead_symbol(["See A/HRC/49/20, para. 4.", "Distr.: General"]) is None
True
"""

from __future__ import annotations

import re

from loaders.documents.citations import SYMBOL
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


def masthead_symbol(head: list[str]) -> str | None:
    """The symbol opening the first line of ``head`` (a front page's lines) that runs the masthead together: the
    letterhead (if any), the symbol, a treaty's or an organ's name (if any), then the distribution."""
    for text in head:
        if found := _MASTHEAD.match(text.strip()):
            return found.group(1).rstrip(".")
    return None
