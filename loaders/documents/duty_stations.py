"""The UN's acronym before the name of one of its offices' cities is that office, a unit with no row, which names the
UN: "UN Geneva Press Briefing", "UN GENEVA PRESS BRIEFING", "l'ONU Genève" (the United Nations Office at Geneva's own
short name, in English and in French), "UN Vienna", "UN Nairobi". The city is no noun that the acronym qualifies.

>>> at_a_duty_station(" Geneva Press Briefing - 17 September 2024")
True
>>> at_a_duty_station(" Genève a publié")
True
>>> at_a_duty_station(" Women")
False
"""

from __future__ import annotations

import re

__all__ = ["at_a_duty_station"]

# the cities of the United Nations Offices at Geneva, Vienna and Nairobi, in English and in French, any case
_CITY_AFTER = re.compile(r"[ \t]+(?:Geneva|Genève|Vienna|Vienne|Nairobi)\b", re.IGNORECASE)


def at_a_duty_station(after: str) -> bool:
    """Whether the text after the UN's acronym starts with the city of one of its offices."""
    return _CITY_AFTER.match(after) is not None
