"""The countries a text names, in English, French, Spanish and Chinese, as ISO 3166 codes.

A joint visit or mission takes place in a country ("visit to Mexico", "visite au Mexique",
"visita conjunta a México", "访问墨西哥"): the candidate that ingestion proposes carries it, and
the activity a person accepts is linked to it. Names are pycountry's (ISO 3166, with its
translations), with the short form of names written "Venezuela, Bolivarian Republic of". Names
are matched with their case, on word boundaries, longest first ("Papua New Guinea" is not
"Guinea"); the name of an organisation is not a country ("Organization of American States").

>>> countries("The experts will visit Mexico and the United States of America.")
['MEX', 'USA']
>>> countries("la visita conjunta a México"), countries("visite conjointe au Mexique"), countries("访问墨西哥")
(['MEX'], ['MEX'], ['MEX'])
>>> countries("the Organization of American States met in Papua New Guinea")
['PNG']
"""

from __future__ import annotations

import gettext
import re
from functools import cache

import pycountry

__all__ = ["countries", "country_name", "country_before", "country_after"]

_LOCALES = ("fr", "es", "zh_CN")
# Names that are a country's only inside a longer name, and common forms pycountry lacks.
_EXTRA = {"BOL": ("Bolivia",), "VEN": ("Venezuela",), "USA": ("Estados Unidos de América", "EE.UU.")}
_NOT_COUNTRIES = re.compile(
    r"\b(?:Organization|Organisation|Organización|Organisation) of American States|\bEstados Americanos"
)


@cache
def _names() -> tuple[re.Pattern, dict[str, str]]:
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in _LOCALES]
    by_name: dict[str, str] = {}
    for country in pycountry.countries:
        english = [country.name] + [
            getattr(country, key) for key in ("common_name", "official_name") if hasattr(country, key)
        ]
        names = set(english)
        for translation in translations:
            names |= {translation.gettext(name) for name in english}
        names |= set(_EXTRA.get(country.alpha_3, ()))
        for name in list(names):
            if ", " in name:
                names.add(name.split(", ")[0])  # "Venezuela, Bolivarian Republic of"
        for name in names:
            if len(name) >= 2:
                by_name.setdefault(name, country.alpha_3)
    ordered = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])")
    return pattern, by_name


def countries(text: str) -> list[str]:
    """The ISO 3166 alpha-3 codes of the countries ``text`` names, in order, each once."""
    pattern, by_name = _names()
    text = _NOT_COUNTRIES.sub(lambda found: " " * len(found.group(0)), text)
    found = [by_name[match.group(0)] for match in pattern.finditer(text)]
    # Chinese names are written without spaces around them: found apart from the word boundaries
    found += [by_name[name] for name in by_name if re.search(r"[\u4e00-\u9fff]", name) and name in text]
    return list(dict.fromkeys(found))


def country_before(text: str) -> bool:
    """Whether ``text`` ends on a country's name (a Chinese one glued to the words before it).

    >>> country_before("主席兼菲律宾"), country_before("the Philippines"), country_before("the Commission")
    (True, True, False)
    """
    pattern, by_name = _names()
    return any(
        text.endswith(name) and (re.match(r"[\u4e00-\u9fff]", name) or not re.search(r"[\w-]$", text[: -len(name)]))
        for name in by_name
    )


def country_after(text: str, start: int = 0) -> bool:
    """Whether a country's name starts ``text`` at ``start`` ("Philippines", "Maroc", "菲律宾").

    >>> country_after("of the Philippines", 7), country_after("of the Council", 7)
    (True, False)
    """
    pattern, by_name = _names()
    return pattern.match(text, start) is not None or any(
        text.startswith(name, start) for name in by_name if re.match(r"[\u4e00-\u9fff]", name)
    )


def country_name(code: str) -> str:
    """The English common name of a country code.

    >>> country_name("MEX"), country_name("BOL")
    ('Mexico', 'Bolivia')
    """
    country = pycountry.countries.get(alpha_3=code)
    return getattr(country, "common_name", None) or country.name
