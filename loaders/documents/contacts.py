"""The media class's name in a press release's contact lines, which address journalists: "Para acreditación de los
medios de comunicación:", "Para los medios de comunicación acreditados que asistan …", "For media accreditation",
"Accréditation des médias", "媒体联系方式". The line says whom to write to; it names no class acting or concerned.
"""

from __future__ import annotations

import re

__all__ = ["a_contact_line"]

# The line's words before the name: "for"/"para"/"pour", the accreditation of ("acreditación de los", "accréditation des",
# "media accreditation" has none), or an article ("Para los ")
_OPENING = re.compile(
    r"[ \t]*(?:(?P<addressed>para|pour|for)\s+)?(?:(?:la\s+|l['’]\s*)?(?P<accreditation>acreditaci[oó]n|accr[ée]ditation)\s+"
    r"(?:de\s+los|de\s+las|des|de\s+la)\s+|los\s+|las\s+|les\s+|the\s+)?",
    re.IGNORECASE,
)
# After the name: accredited, its accreditation, contacts, inquiries
_AFTER = re.compile(
    r"\s+(?:acreditad[oa]s|accr[ée]dit[ée]s|accredit(?:ed|ation)|contacts?|inquiries|enquiries)\b|联系方式|联络人|垂询",
    re.IGNORECASE,
)


def a_contact_line(text: str, mention) -> bool:
    """Whether the media class is named in a press release's line addressing journalists.

    >>> from types import SimpleNamespace as Hit
    >>> def check(text, name):
    ...     start = text.index(name)
    ...     return a_contact_line(text, Hit(id="media", start=start, end=start + len(name)))
    >>> check("Para acreditación de los medios de comunicación:", "medios de comunicación")
    True
    >>> check("Para los medios de comunicación acreditados que asistan", "medios de comunicación")
    True
    >>> check("媒体联系方式:", "媒体"), check("Los medios de comunicación denunciaron", "medios de comunicación")
    (True, False)
    >>> check("For media accreditation, please contact", "media"), check("Les médias accrédités ont relayé", "médias")
    (True, False)
    """
    if mention.id != "media":
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    opening = _OPENING.fullmatch(text, line_start, mention.start)
    if opening is None:
        return False
    # the media accredited addressed ("Para los medios … acreditados") or a heading's "Media contacts", not "Les médias
    # accrédités ont relayé", the media acting
    addressed = opening.group("addressed") or opening.end() - opening.start() == 0
    return bool(opening.group("accreditation") or (addressed and _AFTER.match(text, mention.end)))
