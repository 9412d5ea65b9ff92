"""An organisation's name as the owner of a body of law: "le droit de l'Union européenne", "EU law", "European Union
law", "the law of the European Union", "el derecho de la Unión Europea". The law is named, not the organisation acting
(tests/annotations/sample20/fr, crc-c-pol-co-5-6: "du droit de l'Union européenne" is adjectival). French "droit" and
Spanish "derecho" are a right too: "le droit de l'Union d'intervenir" (its right to act) keeps the organisation.
"""

from __future__ import annotations

import re

__all__ = ["owner_of_a_body_of_law"]

# Before the name: the law of ("le droit de l'", "du droit de l'", "el derecho de la"; "the law of the")
_RIGHT_OR_LAW_BEFORE = re.compile(
    r"\b(?:[Dd]roit\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+)|[Dd]erecho\s+(?:de\s+la\s+|del\s+))$"
)
_LAW_BEFORE = re.compile(r"\b[Ll]aw\s+of\s+the\s+$")
# After the name: "law" ("EU law", "European Union law"), not "lawyers"
_LAW_AFTER = re.compile(r"[ \t]\n?law\b")
# After a French or Spanish name: what a right is to ("d'intervenir", "de décider", "a intervenir", "à")
_A_RIGHT_TO = re.compile(r"\s*(?:d['’]|de\s|à\s|a\s)")


def owner_of_a_body_of_law(text: str, mention) -> bool:
    """Whether ``mention`` names the organisation whose law the words around it name.

    >>> from types import SimpleNamespace as Hit
    >>> def check(text, name):
    ...     start = text.index(name)
    ...     return owner_of_a_body_of_law(text, Hit(id="eu", start=start, end=start + len(name)))
    >>> check("relevant du droit de l’Union européenne et des accords", "Union européenne"), check("EU law", "EU")
    (True, True)
    >>> check("le droit de l'Union africaine d'intervenir", "Union africaine"), check("the EU lawmakers", "EU")
    (False, False)
    """
    before = text[max(0, mention.start - 30) : mention.start]
    if _LAW_AFTER.match(text, mention.end) or _LAW_BEFORE.search(before):
        return True
    return bool(_RIGHT_OR_LAW_BEFORE.search(before)) and not _A_RIGHT_TO.match(text, mention.end)
