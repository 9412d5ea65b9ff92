"""A class named as the subject of a resolution's title in French, the resolution cited by its reference or number: "sa
Résolution CADHP/Rés.69 (XXXV) 04 sur la protection des défenseurs des droits de l'homme en Afrique". The French samples
read the class there as the title's subject, not the class acting or addressed (tests/annotations/sample14, the African
Commission's resolution 526); the English samples count it ("resolution 2250 (2015) on youth"), so English is left as is.

>>> from loaders.documents.mentions import Mention
>>> def check(text, surface):
...     start = text.index(surface)
...     return subject_of_a_resolution(text, Mention("hrds", surface, start, start + len(surface), None))
>>> check("sa Résolution CADHP/Rés.69 (XXXV) 04 sur la protection des défenseurs des droits de l'homme", "défenseurs")
True
>>> check("CADHP/Rés.83 (XXXVIII) 05 et CADHP/Rés.376(LX) 2017 sur la Situation des Défenseurs", "Défenseurs")
False
>>> check("ses Résolutions CADHP/Rés.83 (XXXVIII) 05 et CADHP/Rés.376(LX) 2017 sur la Situation des Défenseurs", "Défenseurs")
True
>>> check("la Résolution 1325 sur les femmes ; les défenseurs des droits de l'homme ont", "défenseurs")
False
>>> check("la Commission a adopté une résolution sur la situation, et les défenseurs ont", "défenseurs")
False
"""

from __future__ import annotations

import re

__all__ = ["subject_of_a_resolution"]

# The resolution and its reference (an organ's letters and a slash, or a number), up to 200 characters of references
# in one sentence part, then "sur", up to three words ("la protection", "la Situation") and "des", "de la", "du"
_TITLE_BEFORE = re.compile(
    r"\b[Rr]ésolutions?\s+(?:[A-Z]{2,}\s*/|\d)[^;\n]{0,200}?\ssur\s+"
    r"(?:(?:la|le|les)\s+|l['’]\s*)?(?:[\w-]+\s+){0,3}?(?:(?:des|de|du)\s+(?:la\s+)?|l['’]\s*)?$"
)


def subject_of_a_resolution(text: str, mention) -> bool:
    """Whether ``mention`` is the subject of a cited resolution's title."""
    return _TITLE_BEFORE.search(text, max(0, mention.start - 260), mention.start) is not None
