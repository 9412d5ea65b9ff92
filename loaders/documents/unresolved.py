"""Names that look like a body's but that the registry does not hold.

Ingestion lists them in its report, with the paragraph where each was seen, so a person can
add the bodies among them to ``seeds/mechanisms.yaml``. A name looks like a body's when
capitalised words end on a head such as "Commission", "Court", "Rapporteur" or "Working
Group" (with "of …", "on …", "des …" after it), or, in Chinese, a few characters end on
委员会, 法院, 报告员, 工作组 or 办事处. Names the registry found (``mentions``) are left out.

>>> unresolved_names("The Andean Commission of Jurists met the Committee against Torture.", [])
['The Andean Commission of Jurists', 'Committee against Torture']
"""

from __future__ import annotations

import re

from loaders.documents.mentions import Mention

__all__ = ["unresolved_names"]

_HEADS = (
    r"Commission|Committee|Court|Council|Rapporteur|Working Group|Subcommittee|Sub-Committee|Office|Agency|"
    r"Division|Branch|Section|Unit|Secretariat|Directorate|Institute|Network|Tribunal|Ombudsman|"
    r"Comité|Cour|Conseil|Rapporteuse|Groupe de travail|Bureau|Agence|Sous-Comité"
)
_UNRESOLVED = re.compile(
    rf"(?:(?:[A-Z][\w'’\-]*|of|the|on|for|and|des|de|du|la|le|l'|et)\s+)*?(?:[A-Z][\w'’\-]*\s+)?(?:{_HEADS})\b"
    rf"(?:\s+(?:of|on|for|against|des|de|du|sur|pour|contre|d'|chargé de)\s+(?:the\s+|la\s+|l'|les\s+)?"
    rf"[\w'’\-]+(?:\s+(?:and|of|the|et|des|de|du|la|in|on)?\s*[A-Z][\w'’\-]*){{0,6}})?"
)
_CHINESE_UNRESOLVED = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}?(?:委员会|法院|报告员|工作组|办事处)"
    r"|(?<=[的和与及、])[\u4e00-\u9fff]{2,6}(?:委员会|法院|报告员|工作组)"
)
_ARTICLES = ("the", "la", "le", "les", "l'")


def unresolved_names(text: str, mentions: list[Mention]) -> list[str]:
    """Names in ``text`` that look like a body's, outside the ``mentions`` already found, in order."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for pattern in (_UNRESOLVED, _CHINESE_UNRESOLVED):
        for match in pattern.finditer(text):
            name = re.sub(r"\s+", " ", match.group(0)).strip(" ,;:'’")
            name = re.sub(r"^(?:(?:of|the|on|for|and|des|de|du|la|le|l'|et)\s+)+", "", name)
            capitals = [w for w in name.split() if w[:1].isupper() and w.lower() not in _ARTICLES]
            if len(name) < 4 or not re.search(r"[\u4e00-\u9fff]", name) and len(capitals) < 2:
                continue
            if any(not (match.end() <= a or match.start() >= b) for a, b in taken):
                continue
            if not name[:1].isupper() and not re.match(r"[\u4e00-\u9fff]", name):
                continue
            found.append(name)
    return found
