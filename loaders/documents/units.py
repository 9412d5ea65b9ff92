"""A body's name inside the name of an office's unit: "the Human Rights Council and Treaty Mechanisms Division" (OHCHR's),
"la Division du Conseil des droits de l'homme et des mécanismes conventionnels", "人权理事会和条约机制司", "人权理事会处".
The unit is named after the body it serves; the body is its subject, no mention of its own. A body that owns units (an
organisation, an office, a parent of a registered unit: "the UN Division for …", "OHCHR Section") is the unit's owner
and stays named, as a unit with no row names its parent.
"""

from __future__ import annotations

import re

__all__ = ["names_a_unit"]

# English: the unit's noun after the body's name, or after the name and the other subjects the unit's name joins to it
# ("Human Rights Council and Treaty Mechanisms Division", "Special Procedures and Right to Development Division",
# "National Institutions, Regional Mechanisms and Civil Society Section"); not a part of a text by its number ("the
# Human Rights Council Section II" of a report)
_WORDS = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|to|of|for|on)){0,3}"
_UNIT_AFTER = re.compile(
    rf"(?:(?:,\s+{_WORDS})*\s+and\s+{_WORDS})?\s+(?:Division|Branch|Section|Service|Unit)\b(?!-|\s+(?:\d|[IVXLC]+\b))"
)
# French and Spanish: the unit's noun before the name, or before the subjects the name joins ("Division du Conseil des
# droits de l'homme et des mécanismes conventionnels", "Division des activités thématiques, des procédures spéciales et
# du droit au développement", "Division des mécanismes relevant du Conseil des droits de l'homme et des instruments
# relatifs aux droits de l'homme", "Subdivisión de Tratados y del Consejo", "División de los Mecanismos del Consejo de
# Derechos Humanos y de los Instrumentos de Derechos Humanos", "División de Actividades Temáticas, Procedimientos
# Especiales y Derecho al Desarrollo", its subjects listed without articles); "au service du Comité" and "al servicio de"
# (serving) are no units, nor a noun in lower case ("la section du rapport"); a body after the unit's own words is its
# owner ("la Division des droits de l'homme de la MINUSCA")
_OF = r"(?:du|des|de\s+la|de\s+l['’]|de\s+los|de\s+las|del|de)\s*"
_UNIT_BEFORE = re.compile(
    rf"(?<![Aa]u\s)(?<![Aa]l\s)\b(?:Division|Sous-division|Service|Section|Divisi[oó]n|Subdivisi[oó]n|Secci[oó]n|Servicio)"
    rf"\s+{_OF}(?:(?:[^\s.;:()]+\s+){{0,8}}?(?:[^\s.;:()]+,\s+(?:{_OF})?|(?:et|y|relevant|[Mm]ecanismos)\s+{_OF}))?$"
)
# Chinese: 司 (a division), 处 (a branch), 科 (a section) after the name, alone or after the other subjects ("人权理事会和
# 条约机制司", "人权理事会机制司"), then its head's title, a stop or the next unit down to a head ("…司人权条约处…科科长");
# not an office's or a secretariat's 处 (办事处, 秘书处: the body's own), nor 处理 (to handle) or 司法 (justice)
_ZH_UNIT_AFTER = re.compile(
    r"(?:和[\u4e00-\u9fff]{1,8}?|[\u4e00-\u9fff]{0,2}?)(?<!办事)(?<!秘书)(?<!代表)(?<!联络)(?:司(?![法机令])|处|科)"
    r"(?=(?:代理|副)?[司处科]长|[，,、。；;：:）)\s]|$|[^，,。；;：:\s]{2,40}?[处科](?:代理|副)?[处科]长)"
)
# ... but 处 is a body's place after a preposition: "从委员会处获悉" (learnt from the Committee), "提交至委员会处"
_A_PLACE_BEFORE = re.compile(r"[从向至到自在于]$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def names_a_unit(text: str, mention, owners: frozenset[str] = frozenset()) -> bool:
    """Whether a body's name is a word of the name of a unit that serves it, ``owners`` being the bodies that own units.

    >>> from types import SimpleNamespace as Hit
    >>> text = "the Director, Human Rights Council and Treaty Mechanisms Division, OHCHR"
    >>> names_a_unit(text, Hit(id="hrc", start=14, end=34))
    True
    >>> names_a_unit("the Human Rights Council and the States", Hit(id="hrc", start=4, end=24))
    False
    >>> names_a_unit("the Human Rights Council Section II", Hit(id="hrc", start=4, end=24))
    False
    >>> names_a_unit("办事处人权理事会处处长出席", Hit(id="hrc", start=3, end=8))
    True
    >>> names_a_unit("人权理事会处理人权状况", Hit(id="hrc", start=0, end=5))
    False
    >>> names_a_unit("来文已提交至委员会处。", Hit(id="cat", start=6, end=9))
    False
    >>> names_a_unit("le Service du Conseil des droits de l'homme", Hit(id="hrc", start=14, end=43))
    True
    >>> names_a_unit("au service du Conseil des droits de l'homme", Hit(id="hrc", start=14, end=43))
    False
    >>> names_a_unit("la División de los Mecanismos del Consejo de Derechos Humanos", Hit(id="hrc", start=33, end=61))
    True
    >>> names_a_unit("the UN Division for Palestinian Rights", Hit(id="un", start=4, end=6), frozenset({"un"}))
    False
    """
    if mention.id in owners:
        return False
    if _CJK.match(text, mention.start):
        if text[mention.end : mention.end + 1] == "处" and _A_PLACE_BEFORE.search(text, 0, mention.start):
            return False  # "从委员会处获悉", "提交至委员会处": 处, the body's place
        return _ZH_UNIT_AFTER.match(text, mention.end) is not None
    return bool(_UNIT_AFTER.match(text, mention.end) or _UNIT_BEFORE.search(text, 0, mention.start))
