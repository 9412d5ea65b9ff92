"""A Chinese organ's name and its organisation's: written against it, or without it.

An organisation's Chinese name opens its organ's ("欧洲委员会部长委员会": the Council of Europe's Committee of
Ministers). Where a document names the organisation, the organ's name less the organisation's names the organ, as the
English "the Committee of Ministers" does (:mod:`loaders.documents.context`): "16日的决定是在作为欧委会执行机构的部长委员会
举行的一次“特别会议”上做出的". The short name must be a name of its own: four characters at least, Chinese only, no
registered spelling ("委员会" after 非洲联盟 stays anaphora). A class name written right after an organisation's name is
one of that organisation's organs, not the class ("欧安组织议会": the OSCE's assembly).

>>> from registry.names import Resolver
>>> names = Resolver.from_seeds()
>>> short = organ_short_names(names)
>>> short["部长委员会"]
('coe-committee-of-ministers', 'coe', '部长委员会', 'zh')
>>> "委员会" in short
False
"""

from __future__ import annotations

import re

from registry.keys import normalize
from registry.names import Resolver

__all__ = ["organ_short_names", "organ_of"]

_OWN_NAME = re.compile(r"(?!的)[\u4e00-\u9fff]{4,}")  # not "的人权事务专员": a possessive, no name


def organ_short_names(names: Resolver) -> dict[str, tuple[str, str, str, str]]:
    """Normalised short name -> (body, organisation, short name, "zh") for every body whose registered Chinese name
    is its organisation's registered Chinese name and its own, where its own is a name of its own and one body's."""
    own_names: dict[str, list[str]] = {}
    for name in names.by_key.values():
        if name.lang == "zh" and not name.variant:
            own_names.setdefault(name.id, []).append(name.surface)
    found: dict[str, tuple[str, str, str, str]] = {}
    shared: set[str] = set()
    for name in names.by_key.values():
        if name.lang != "zh" or name.variant or name.id in names.generic:
            continue
        for parent in names.parents.get(name.id, ()):
            if parent not in names.organisations or parent == "un":
                continue
            for own in own_names.get(parent, ()):
                short = name.surface[len(own) :] if name.surface.startswith(own) else ""
                key = normalize(short)
                if not _OWN_NAME.fullmatch(short) or key in names.by_key:
                    continue
                if key in found and found[key][:2] != (name.id, parent):
                    shared.add(key)
                found[key] = (name.id, parent, short, "zh")
    return {key: value for key, value in found.items() if key not in shared}


def organ_of(before: list, mention, organisations: frozenset[str] | set[str]) -> bool:
    """Whether a Chinese class name is written right after an organisation's name (other than the UN's,
    which qualifies the class: "联合国特别程序"), as one of its organs: "欧安组织议会"."""
    previous = before[-1] if before else None
    return bool(
        previous
        and previous.end == mention.start
        and previous.id in organisations - {"un"}
        and mention.lang == "zh"
        and mention.id != "states"  # its member States are no organ of it: "东盟成员国" names the States
    )
