"""Hits of a class's name that are persons of another kind than the class: a court's judges counted or newly elected
("la Cour est composée de onze juges"), not the judiciary; observers counted or of a body ("107 observers", "SCA
observers"), not the observer States.
"""

from __future__ import annotations

import re

__all__ = ["a_courts_bench", "a_past_participle", "other_observers"]


# Judges counted, newly elected, or members of a court: "deux nouveaux juges", "onze juges", "the judges elected",
# "les juges de la Cour", "la réélection des juges"; the judiciary as a class is "judges, lawyers and NGOs".
_BENCH_BEFORE = re.compile(
    r"(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|new|newly\s+elected|deux|trois|quatre"
    r"|cinq|six|sept|huit|neuf|dix|onze|douze|nouveaux|dos|tres|cuatro|cinco|siete|ocho|nueve|diez|once|doce"
    r"|nuevos)\s+|\b(?:élection|réélection|election|re-?election|elección|reelección)\s+(?:des|of(?:\s+the)?|de\s+los)\s+)$",
    re.IGNORECASE,
)
_BENCH_AFTER = re.compile(
    r"^\s+(?:(?:nouvellement|newly|recién)\s+)?(?:élus|elected|electos|elegidos|membres|members|miembros"
    r"|(?:de\s+la|of\s+the|del)\s+(?:Cour|Court|Corte|Tribunal)\b)",
    re.IGNORECASE,
)


# A one-word French hit ending on an accented "e": "jugés", "jugées"
_PARTICIPLE = re.compile(r"[^\W\d_]+(?:é|ée|és|ées)")


def a_past_participle(text: str, mention) -> bool:
    """Whether a one-word French class name is matched on a past participle, the resolver's keys being unaccented.

    >>> from types import SimpleNamespace as Hit
    >>> text = "19 ont été tranchées quant au fond, 7 jugés irrecevables"
    >>> a_past_participle(text, Hit(lang="fr", start=38, end=43))
    True
    >>> a_past_participle("les juges et les avocats", Hit(lang="fr", start=4, end=9))
    False
    """
    return mention.lang == "fr" and _PARTICIPLE.fullmatch(text, mention.start, mention.end) is not None


def a_courts_bench(text: str, mention) -> bool:
    """Whether "judges" (the judiciary's registered spelling) are a court's bench: counted, elected or its members.

    >>> from types import SimpleNamespace as Hit
    >>> a_courts_bench("la Cour est composée de onze juges", Hit(id="judiciary", start=29, end=34))
    True
    >>> a_courts_bench("Les juges nouvellement élus prêteront serment", Hit(id="judiciary", start=4, end=9))
    True
    >>> a_courts_bench("training for judges, lawyers and NGOs", Hit(id="judiciary", start=13, end=19))
    False
    """
    return (
        mention.id == "judiciary"
        and text[mention.start : mention.end].casefold() in ("judges", "juges", "jueces")
        and bool(_BENCH_BEFORE.search(text, 0, mention.start) or _BENCH_AFTER.match(text[mention.end :]))
    )


# Before "observers", a word that makes them another kind's: a count ("107 observers"), a body's acronym ("SCA
# observers"), a noun or an adjective ("election observers", "independent observers"); after "and", a comma or a
# determiner they are the observers of a UN meeting ("Member States and observers"), the class
_OBSERVERS_OF_A_KIND = re.compile(
    r"(?:\b\d[\d,.]*|(?<![\w-])[A-Z]{2,}|\b(?!(?i:and|or|the|of|as|for|to|with|by|from|all|its|their|other|our)\b)[A-Za-z][a-z]+)"
    r"\s+$"
)


def other_observers(text: str, mention) -> bool:
    """Whether "observers" are people of another kind than the observer States: "107 observers", "SCA observers".

    >>> from types import SimpleNamespace as Hit
    >>> other_observers("107 observers attended", Hit(id="observer-states", start=4, end=13))
    True
    >>> other_observers("Member States and observers", Hit(id="observer-states", start=18, end=27))
    False
    """
    return (
        mention.id == "observer-states"
        and text[mention.start : mention.end].casefold() == "observers"
        and _OBSERVERS_OF_A_KIND.search(text, max(0, mention.start - 30), mention.start) is not None
    )
