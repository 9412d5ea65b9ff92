"""A UN body's proper English name written all in lower case, its words apart, in running text: "the General
Assembly's principal human rights committee", "the general assembly of the association", "the human rights council of
the city". Names are capitalised; these are phrases of ordinary words (a committee on human rights, an association's
assembly): no mention. Names written with hyphens instead of spaces (a web address's "human-rights-council") are left
to the steps that read them.
"""

from __future__ import annotations

import re

__all__ = ["a_phrase_in_lower_case"]

# The UN bodies whose English names are also ordinary phrases
_PHRASE_NAMES = frozenset({"hrc", "ccpr", "ga", "commission-on-human-rights"})
_WORDS_APART = re.compile(r"[a-z]+(?:\s+[a-z]+)+")


def a_phrase_in_lower_case(text: str, mention) -> bool:
    """Whether the English name of the Council, the Committee, the General Assembly or the former Commission is written
    all in lower case, its words apart.

    >>> from types import SimpleNamespace as Hit
    >>> a_phrase_in_lower_case("", Hit(id="ccpr", surface="human rights committee", lang="en"))
    True
    >>> a_phrase_in_lower_case("", Hit(id="ccpr", surface="Human Rights Committee", lang="en"))
    False
    """
    return mention.id in _PHRASE_NAMES and mention.lang == "en" and _WORDS_APART.fullmatch(mention.surface) is not None
