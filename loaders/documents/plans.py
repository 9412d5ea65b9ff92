"""An organisation's acronym opening the name of one of its plans or frameworks: "the ASEAN Comprehensive Recovery
Framework", "ASEAN Community Vision 2025", "the AU Agenda 2063 Roadmap". The plan is named, not the organisation acting
(tests/annotations/sample17/en and sample18/en, the AICHR's releases: ASEAN in the names of frameworks and visions is
adjectival), as in an event's name (:func:`loaders.documents.events.names_an_event`).
"""

from __future__ import annotations

import re

from registry.names import Resolver

__all__ = ["without_plans"]

# After the acronym: up to four capitalised words or numbers, then a plan's head noun, capitalised
_A_PLANS_NAME = re.compile(
    r"(?:[ \t]+(?:[A-Z][\w-]*|\d{4}))*?[ \t]+(?:Framework|Vision|Roadmap|Blueprint|Strategy|Guidelines|Action\s+Plan"
    r"|Work\s+Plan|Plan\s+of\s+Action)\b"
)
_AT_MOST = 5  # words, the head noun's included


def without_plans(text: str, mentions: list, names: Resolver) -> list:
    """``mentions`` without an organisation's acronym that opens a plan's or a framework's name.

    >>> from types import SimpleNamespace as Hit
    >>> from registry.names import Resolver
    >>> text = "its alignment with the ASEAN Comprehensive Recovery Framework (ACRF)"
    >>> start = text.index("ASEAN")
    >>> without_plans(text, [Hit(id="asean", surface="ASEAN", start=start, end=start + 5)], Resolver.from_seeds())
    []
    """
    result = []
    for mention in mentions:
        plan = _A_PLANS_NAME.match(text, mention.end)
        if (
            plan
            and mention.id in names.organisations
            and mention.surface.isupper()
            and len(plan.group(0).split()) <= _AT_MOST
        ):
            continue
        result.append(mention)
    return result
