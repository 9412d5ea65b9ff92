"""欧洲理事会, the European Union's European Council by name, which Chinese translations also print for the Council of
Europe (the registry's 欧洲委员会): "欧洲理事会议会大会(Parliamentary Assembly of the Council of Europe,PACE)", "该议定书
起草于2012年,主要是为了回应欧洲理事会部分成员国表达的担忧" (of the European Convention on Human Rights).

The name is read as the Council of Europe only in a document that names the Council of Europe or one of its bodies
(its Court, 欧洲人权法院) and names no body of the European Union; elsewhere it names nothing. An organ's name with it
in the place of 欧洲委员会 is the Council of Europe's organ wherever it stands ("欧洲理事会部长委员会": the EU's
European Council has no Committee of Ministers).

>>> from registry.names import Resolver
>>> names = Resolver.from_seeds()
>>> [(name.id, written) for name, written in organs(names)]
[('coe-commissioner', '欧洲理事会的人权事务专员'), ('coe-committee-of-ministers', '欧洲理事会部长委员会')]
>>> in_its_context(frozenset({"coe", "ecthr"})), in_its_context(frozenset({"coe", "eu"})), in_its_context(frozenset())
(True, False, False)
"""

from __future__ import annotations

from collections.abc import Iterator

from registry.keys import normalize
from registry.names import Name, Resolver

__all__ = ["NAME", "council_of_europe", "organs", "in_its_context"]

NAME = "欧洲理事会"
COUNCIL_OF_EUROPE = "coe"
_REGISTERED = "欧洲委员会"  # the Council of Europe's registered Chinese name
_EUROPEAN_UNION = "eu"


def council_of_europe(names: Resolver) -> Name | None:
    """The Council of Europe's registered Chinese name, which 欧洲理事会 is written for."""
    return names.by_key.get(normalize(_REGISTERED))


def organs(names: Resolver) -> Iterator[tuple[Name, str]]:
    """Each Chinese name of a Council of Europe body that opens on the Council's registered name, with 欧洲理事会 in
    its place: (the registered name, the name so written)."""
    for name in sorted(names.by_key.values(), key=lambda n: n.surface):
        if (
            name.lang == "zh"
            and not name.variant
            and name.surface.startswith(_REGISTERED)
            and len(name.surface) > len(_REGISTERED)
            and COUNCIL_OF_EUROPE in names.ancestors(name.id)
        ):
            yield name, NAME + name.surface[len(_REGISTERED) :]


def in_its_context(context: frozenset[str]) -> bool:
    """Whether a document whose bodies and their organisations are ``context`` makes 欧洲理事会 the Council of Europe."""
    return COUNCIL_OF_EUROPE in context and _EUROPEAN_UNION not in context
