"""A country's own institution named with the word "National" before a UN body's English name: "the National Human
Rights Council (CNDH)" (Morocco's), "the National Human Rights Committee" (Qatar's), "the National Human Rights
Commission". The UN's Council, Committee and former Commission are never so called: no mention of them. A national
institution with a row of its own keeps its registered name ("National Human Rights Council of Morocco"), which is
longer and wins before this step. Nor are a federation's "federal member states" (Somalia's) the UN's or an
organisation's member States: they are the country's own states.
"""

from __future__ import annotations

import re

__all__ = ["a_federations_states", "a_national_institutions_name"]

# The UN bodies whose English names national institutions take with "National" before them
_NAMED_LIKE = frozenset({"hrc", "ccpr", "commission-on-human-rights"})
# "National" written, capitalised, right before the name ("the Independent National Human Rights Council")
_NATIONAL_BEFORE = re.compile(r"(?<![\w-])National\s+$")


def a_national_institutions_name(text: str, mention) -> bool:
    """Whether the capitalised English name of the Human Rights Council, the Human Rights Committee or the Commission
    on Human Rights follows the word "National": a country's own institution.

    >>> from types import SimpleNamespace as Hit
    >>> text = "Chairperson of the National Human Rights Council (CNDH)"
    >>> a_national_institutions_name(text, Hit(id="hrc", start=28, end=48, lang="en"))
    True
    >>> a_national_institutions_name("the Human Rights Council", Hit(id="hrc", start=4, end=24, lang="en"))
    False
    """
    return (
        mention.id in _NAMED_LIKE
        and mention.lang == "en"
        and text[mention.start : mention.start + 1].isupper()
        and _NATIONAL_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
    )


# "federal" right before the States class's "member states": a federation's own states ("two federal member states")
_FEDERAL_BEFORE = re.compile(r"(?<![\w-])[Ff]ederal\s+$")


def a_federations_states(text: str, mention) -> bool:
    """Whether the States class, read on "member states", is a federation's "federal member states".

    >>> from types import SimpleNamespace as Hit
    >>> a_federations_states("two federal member states", Hit(id="states", start=12, end=25))
    True
    >>> a_federations_states("two member states", Hit(id="states", start=4, end=17))
    False
    """
    return (
        mention.id == "states" and _FEDERAL_BEFORE.search(text, max(0, mention.start - 10), mention.start) is not None
    )
