"""The inclusive doubling of a Spanish article before people: "las y los defensores", "los y las periodistas".

Spanish texts name a group of people with both articles ("el mandato de la Relatoría Especial sobre la situación de las y
los defensores de los derechos humanos", ilex, 2023; "los y las periodistas", OHCHR, 2023): a registered name with
"los" before such a noun is printed so too, the same body. Only nouns for people are doubled, from a closed list.

>>> inclusive_forms("Relatoría Especial sobre la situación de los defensores de derechos humanos")
['Relatoría Especial sobre la situación de las y los defensores de derechos humanos', 'Relatoría Especial sobre la situación de los y las defensores de derechos humanos']
>>> inclusive_forms("Oficina del Alto Comisionado para los Derechos Humanos")
[]
"""

from __future__ import annotations

import re

__all__ = ["inclusive_forms"]

# "los" before a plural noun for people, in the masculine the doubling joins the feminine article to
_PEOPLE = re.compile(
    r"\blos (?=(?:defensores|periodistas|trabajadores|migrantes|niños|expertos|afrodescendientes|indígenas)\b)",
    re.IGNORECASE,
)


def inclusive_forms(name: str) -> list[str]:
    """``name`` with its first "los" before people doubled, both ways round (none when it has no such "los")."""
    found = _PEOPLE.search(name)
    if not found:
        return []
    before, after = name[: found.start()], name[found.end() :]
    return [f"{before}las y los {after}", f"{before}los y las {after}"]
