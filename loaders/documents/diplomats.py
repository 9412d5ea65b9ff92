"""A country's High Commissioner, a Commonwealth diplomat: "High Commissioner of the Republic of South Africa to the
Kingdom of Lesotho", "the High Commissioner of India to Fiji", "Haut-Commissaire du Canada au Ghana" name an envoy, not
the UN High Commissioner for Human Rights, whose short title is a registered spelling.
"""

from __future__ import annotations

import re

from loaders.documents.countries import country_after

__all__ = ["a_countrys_high_commissioner"]

# After the short title, the link to the country it represents, with a State's formal style: "of the Republic of",
# "du", "de la", "de l'" (not "to" nor "in": "the visit of the High Commissioner to Mexico" is the UN's)
_OF_A_COUNTRY = re.compile(
    r"\s+(?:of|du|del|de\s+la|de\s+l['’]\s*|de|d['’]\s*)\s*(?:the\s+)?"
    r"(?:(?:(?:Federal|Islamic|United|Democratic|People['’]s|Cooperative)\s+)?(?:Republic|Kingdom|Commonwealth|State)"
    r"\s+of\s+(?:the\s+)?)?"
)


def a_countrys_high_commissioner(text: str, mention) -> bool:
    """Whether the High Commissioner's short title is followed by the country it represents.

    >>> from types import SimpleNamespace as Hit
    >>> text = "High Commissioner of the Republic of South Africa to the Kingdom of Lesotho"
    >>> a_countrys_high_commissioner(text, Hit(id="high-commissioner", start=0, end=17))
    True
    >>> a_countrys_high_commissioner("the High Commissioner of the United Nations", Hit(id="high-commissioner", start=4, end=21))
    False
    """
    if mention.id != "high-commissioner":
        return False
    link = _OF_A_COUNTRY.match(text, mention.end)
    return link is not None and country_after(text, link.end())
