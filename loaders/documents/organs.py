"""The United Nations and its organs as its documents print them, in the four languages: the names the reading steps
look for where an organ is no mention of a body with a row, or names the series a document belongs to.

A UN document's masthead and a report's cover name the series ("United Nations", "General Assembly"), its
letterhead prints them on one line with its symbol, a resolution's own page opens on its issuer's name, a
resolution is cited with the Security Council's name, and the Security Council, which has no row, names the UN as
a unit with no row names its parent. Each of those steps builds its pattern from the names here, so an organ's
spelling is written once.

>>> import re
>>> bool(re.fullmatch(alternation(SECURITY_COUNCIL), "Conseil de  sécurité"))
True
>>> bool(re.fullmatch(alternation(UNITED_NATIONS, spaced=True), "联 合 国"))
True
>>> bool(re.fullmatch(alternation(HUMAN_RIGHTS_COUNCIL), "Conseil des droits de l’homme"))
True
>>> bool(re.fullmatch(alternation(UNITED_NATIONS, spaced=True), "Nations-Unies"))
True
>>> bool(re.fullmatch(alternation(UNITED_NATIONS), "Nations-Unies"))
False
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = [
    "Organ",
    "UNITED_NATIONS",
    "GENERAL_ASSEMBLY",
    "SECURITY_COUNCIL",
    "SECURITY_COUNCIL_IN_NEWS",
    "ECONOMIC_AND_SOCIAL_COUNCIL",
    "HUMAN_RIGHTS_COUNCIL",
    "COMMISSION_ON_HUMAN_RIGHTS",
    "alternation",
]


class Organ(NamedTuple):
    """An organ's name in each language, as the UN prints it."""

    en: str
    fr: str
    es: str
    zh: str


UNITED_NATIONS = Organ("United Nations", "Nations Unies", "Naciones Unidas", "联合国")
GENERAL_ASSEMBLY = Organ("General Assembly", "Assemblée générale", "Asamblea General", "大会")
SECURITY_COUNCIL = Organ("Security Council", "Conseil de sécurité", "Consejo de Seguridad", "安全理事会")
#: The Security Council's names in news items: its Chinese short name, and both Chinese names in traditional characters
SECURITY_COUNCIL_IN_NEWS = ("安理会", "安全理事會", "安理會")
ECONOMIC_AND_SOCIAL_COUNCIL = Organ(
    "Economic and Social Council", "Conseil économique et social", "Consejo Económico y Social", "经济及社会理事会"
)
HUMAN_RIGHTS_COUNCIL = Organ(
    "Human Rights Council", "Conseil des droits de l'homme", "Consejo de Derechos Humanos", "人权理事会"
)
#: The Economic and Social Council's functional commission that the Human Rights Council replaced in 2006: its
#: resolutions ("2005/66") are still cited next to the Council's
COMMISSION_ON_HUMAN_RIGHTS = Organ(
    "Commission on Human Rights", "Commission des droits de l'homme", "Comisión de Derechos Humanos", "人权委员会"
)

_CJK = re.compile(r"[\u4e00-\u9fff]")


def alternation(*names: Organ | tuple[str, ...] | str, spaced: bool = False) -> str:
    """A regular expression's group matching any of the names (an organ or a tuple stands for all of its names): a space may be
    any run of white space, an apostrophe either apostrophe, and, where ``spaced`` (a masthead's or a cover's name),
    the characters of a Chinese name may be set apart as a PDF's letter-spaced masthead prints them ("联 合 国") and
    the words of another joined by a hyphen as a site retyping a masthead prints them ("Nations-Unies").

    >>> alternation(GENERAL_ASSEMBLY.en, "Economic and Social Council")
    '(?:General\\\\s+Assembly|Economic\\\\s+and\\\\s+Social\\\\s+Council)'
    """
    spelled = []
    for name in names:
        for one in (name,) if isinstance(name, str) else name:
            if spaced and _CJK.search(one):
                spelled.append(r"\s*".join(re.escape(char) for char in one))
            else:
                space = r"(?:\s+|-)" if spaced else r"\s+"
                spelled.append(re.escape(one).replace(r"\ ", space).replace("'", "['’]"))
    return "(?:" + "|".join(spelled) + ")"
