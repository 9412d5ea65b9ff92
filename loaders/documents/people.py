"""Hits of a class's name that are persons of another kind than the class: a court's judges counted or newly elected
("la Cour est composée de onze juges"), not the judiciary; the Office's brand name in its head's title ("UN Human Rights
Chief Volker Türk"), not the Office; the observers of another kind are in
:mod:`loaders.documents.observers`.
"""

from __future__ import annotations

import re

__all__ = ["a_chiefs_title", "a_courts_bench", "a_past_participle"]


# Judges counted, newly elected, or members of a court: "deux nouveaux juges", "onze juges", "the judges elected",
# "les juges de la Cour", "la réélection des juges", "Les juges sont élus par l'Assemblée", a judgment's bench ("integrada por los siguientes jueces",
# "composed of the following judges"); the judiciary as a class is "judges, lawyers and NGOs".
_BENCH_BEFORE = re.compile(
    r"(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|new|newly\s+elected|deux|trois|quatre"
    r"|cinq|six|sept|huit|neuf|dix|onze|douze|nouveaux|dos|tres|cuatro|cinco|siete|ocho|nueve|diez|once|doce"
    r"|nuevos|siguientes|following)\s+|\b(?:élection|réélection|election|re-?election|elección|reelección)\s+(?:des|of(?:\s+the)?|de\s+los)\s+)$",
    re.IGNORECASE,
)
_BENCH_AFTER = re.compile(
    r"^\s+(?:(?:nouvellement|newly|recién)\s+)?(?:élus|elected|electos|elegidos|membres|members|miembros"
    r"|(?:sont|seront|ont\s+été|are|were|shall\s+be|will\s+be|son|serán|fueron)\s+(?:élus|elected|elegidos|electos)"
    r"\s+(?:par|by|por)\b"
    r"|(?:de\s+la|of\s+the|del)\s+(?:Cour|Court|Corte|Tribunal)\b)",
    re.IGNORECASE,
)


# French and Spanish write a court's own judges with a capital mid-sentence ("la sécurité des Juges, du personnel du
# Greffe", "los Jueces de la Corte"); the judiciary as a class is "les juges", "los jueces"
_CAPITALISED_BENCH = re.compile(r"(?:Juges|Jueces)\b")
_MID_SENTENCE = re.compile(r"[a-zàâçéèêëîïôûùüÿñáíóú,]\s+$")


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
    >>> a_courts_bench("la sécurité des Juges, du personnel du Greffe", Hit(id="judiciary", start=16, end=21))
    True
    """
    return (
        mention.id == "judiciary"
        and text[mention.start : mention.end].casefold() in ("judges", "juges", "jueces")
        and bool(
            _BENCH_BEFORE.search(text, 0, mention.start)
            or _BENCH_AFTER.match(text[mention.end :])
            or (
                _CAPITALISED_BENCH.match(text, mention.start)
                and _MID_SENTENCE.search(text[max(0, mention.start - 5) : mention.start])
            )
        )
    )


# After the Office's name, its head's informal title, which no spelling registers: "UN Human Rights Chief Volker Türk",
# "OHCHR chief" (not "Head of": "OSCE Head of Mission" is a post of the organisation, which it names)
_CHIEF_AFTER = re.compile(r"[ \t]\n?(?:[Cc]hief|[Hh]ead|[Bb]oss)\b(?!\s+of\b)")


def a_chiefs_title(text: str, mention) -> bool:
    """Whether the Office's name is part of its head's informal title ("UN Human Rights Chief"): the High Commissioner
    named by a title with no registered spelling, not the Office.

    >>> from types import SimpleNamespace as Hit
    >>> a_chiefs_title("UN Human Rights Chief Volker Türk", Hit(id="ohchr", start=0, end=15))
    True
    >>> a_chiefs_title("UN Human Rights said", Hit(id="ohchr", start=0, end=15))
    False
    """
    return mention.id == "ohchr" and _CHIEF_AFTER.match(text, mention.end) is not None
