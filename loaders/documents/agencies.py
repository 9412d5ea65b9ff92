"""The UN's English name at the start of one of its agencies' names: "the United Nations Educational, Scientific and
Cultural Organization" is UNESCO, not the UN (as "Nations Unies" inside it is adjectival), when the agency has no row
of its own. The fields are the agencies', funds' and programmes' as the UN system chart prints them (https://www.un.org/
en/pdfs/un_system_chart.pdf); the French ones are read in :mod:`loaders.documents.events`.

>>> from types import SimpleNamespace as Hit
>>> text = "of the United Nations Educational, Scientific and Cultural Organization, on 10 June 2022"
>>> an_agencys_name(text, Hit(id="un", start=7, end=21))
True
>>> an_agencys_name("the United Nations Secretariat", Hit(id="un", start=4, end=18))
False
"""

from __future__ import annotations

import re

__all__ = ["an_agencys_name"]

# After "United Nations" or "UN": the rest of an agency's, a fund's or a programme's English name
_AGENCYS_FIELD = re.compile(
    r"\s+(?:Educational,\s+Scientific\s+and\s+Cultural\s+Organization|Industrial\s+Development\s+Organization"
    r"|Environment\s+Programme|Human\s+Settlements\s+Programme|Office\s+on\s+Drugs\s+and\s+Crime"
    r"|Relief\s+and\s+Works\s+Agency|Entity\s+for\s+Gender\s+Equality|Conference\s+on\s+Trade\s+and\s+Development"
    r"|Institute\s+for\s+Training\s+and\s+Research|Office\s+for\s+Project\s+Services|Framework\s+Convention\s+on"
    r"\s+Climate\s+Change|Capital\s+Development\s+Fund|World\s+Tourism\s+Organization)\b"
)
_UN = re.compile(r"United\s+Nations|UN")


def an_agencys_name(text: str, mention) -> bool:
    """Whether a hit of the UN's English name is the first words of one of its agencies' names."""
    return (
        mention.id == "un"
        and _UN.fullmatch(text, mention.start, mention.end) is not None
        and _AGENCYS_FIELD.match(text, mention.end) is not None
    )
