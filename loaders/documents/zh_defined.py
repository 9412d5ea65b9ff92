"""Short names a Chinese text defines for a registered body: "欧洲委员会(Conseil de l'Europe,欧委会)", "欧洲安全与
合作组织(以下简称欧安组织)". The short name names that body in the rest of the document, as an acronym a document
defines does (:mod:`loaders.documents.defined`), and in that document only: the same short name is another body's
elsewhere (欧委会 is also the European Union's Commission), so it is never registered.

A definition is a bracket right after the body's name holding the short name, alone or after a foreign name and a
comma, or after 以下简称, 简称, 下称 or 以下称 (and 简称为…). Where the short name is not so introduced, its characters must be the
name's, in order, from its first ("欧委会" of "欧洲委员会"), so that a place or a date in brackets defines nothing. A
class's name defines nothing, nor a bracket inside a longer registered name ("西非国家经济共同体(西非经共体)法庭": the
Court's name), nor a registered spelling ("欧洲联盟基本权利署(欧盟)": 欧盟 stays the Union's), nor a short name the
document gives two bodies.

>>> from types import SimpleNamespace as Hit
>>> text = "欧洲委员会(Conseil de l'Europe,欧委会)正式宣布。希腊重新回到欧委会。"
>>> defined_short_names(text, [Hit(id="coe", start=0, end=5)], frozenset(), {})
{'欧委会': 'coe'}
>>> text = "西非国家经济共同体(西非经共体)法庭"
>>> defined_short_names(text, [Hit(id="ecowas", start=0, end=9), Hit(id="ecowas-court", start=0, end=18)], frozenset(), {})
{}
>>> defined_short_names("欧洲安全与合作组织(简称为“安合组”)", [Hit(id="osce", start=0, end=9)], frozenset(), {})
{'安合组': 'osce'}
>>> defined_short_names("人权理事会(日内瓦)", [Hit(id="hrc", start=0, end=5)], frozenset(), {})
{}
>>> defined_short_names("国家人权机构(以下简称人权机构)", [Hit(id="nhris", start=0, end=6)], frozenset({"nhris"}), {})
{}
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from registry.keys import normalize

__all__ = ["defined_short_names"]

_HAN = r"[\u4e00-\u9fff]"
# "(以下简称欧安组织)", "（简称：“欧委会”）", "(Conseil de l'Europe,欧委会)", "(欧委会)"
_DEFINITION = re.compile(
    rf"[ \t]*[(（][ \t]*(?:(?P<said>(?:以下简|以下|下|简)称为?)[:：]?|[^()（）\u4e00-\u9fff]*[,，、;；][ \t]*)?"
    rf"[“「\"]?(?P<short>{_HAN}{{2,8}})[”」\"]?[ \t]*[)）]"
)


def defined_short_names(text: str, named: Iterable, classes: frozenset[str], registered: dict) -> dict[str, str]:
    """{short name: id} for each Chinese short name ``text`` defines in brackets right after a body's name (``named``,
    the registered spellings' hits), where the document gives it to one body only; ``registered`` are the registry's
    spellings by key."""
    named = list(named)
    found: dict[str, set[str]] = {}
    for mention in named:
        definition = _DEFINITION.match(text, mention.end)
        if not definition or mention.id in classes:
            continue
        short, name = definition.group("short"), text[mention.start : mention.end]
        if short == name or normalize(short) in registered:
            continue
        if not (definition.group("said") or _shortened(short, name)):
            continue
        if any(m.start <= mention.start and definition.end() <= m.end for m in named):
            continue  # the bracket is inside a longer registered name
        found.setdefault(short, set()).add(mention.id)
    return {short: ids.pop() for short, ids in found.items() if len(ids) == 1}


def _shortened(short: str, name: str) -> bool:
    """Whether ``short``'s characters are ``name``'s, in order, from its first: "欧委会" of "欧洲委员会"."""
    if short[:1] != name[:1] or len(short) >= len(name):
        return False
    rest = iter(name[1:])
    return all(char in rest for char in short[1:])
