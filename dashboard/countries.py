"""Countries by name in the three languages: the country filter is a picker of names, the URL keeps the ISO code.

Names come from pycountry (ISO 3166-1) and its gettext catalogues for French and Chinese, so
"Tunisia", "Tunisie" and "突尼斯" all find TUN.
"""

from __future__ import annotations

import gettext
from functools import cache

import pycountry
import streamlit as st

from dashboard.params import url_text, warn

__all__ = ["country_name", "country_code", "pick_country"]

# pycountry names its Chinese catalogue by region; the simplified one is what the UN uses.
_LOCALES = {"fr": ["fr"], "zh": ["zh_CN"]}


@cache
def _translation(lang: str) -> gettext.NullTranslations:
    if lang not in _LOCALES:
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=_LOCALES[lang], fallback=True)


def country_name(code: str | None, lang: str = "en") -> str | None:
    """The country's name in the language, from its ISO alpha-3 code (the code itself when unknown).

    >>> country_name("TUN"), country_name("TUN", "fr"), country_name("TUN", "zh")
    ('Tunisia', 'Tunisie', '突尼斯')
    >>> country_name("ZZZ")
    'ZZZ'
    """
    if not isinstance(code, str) or not code:  # None, or pandas' NaN for a missing one
        return None
    country = pycountry.countries.get(alpha_3=code.upper())
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _translation(lang).gettext(country.name) if lang != "en" else name


@cache
def _names() -> dict[str, str]:
    """Every spelling, folded, to its alpha-3 code: codes, English, French and Chinese names."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        spellings = [country.alpha_2, country.alpha_3, country.name, getattr(country, "common_name", "")]
        spellings += [getattr(country, "official_name", "")]
        spellings += [_translation(lang).gettext(country.name) for lang in _LOCALES]
        for spelling in filter(None, spellings):
            names.setdefault(spelling.casefold(), country.alpha_3)
    return names


def country_code(text: str) -> str | None:
    """The alpha-3 code of a country named in English, French or Chinese, or by its code.

    >>> [country_code(name) for name in ("Tunisia", "tunisie", "突尼斯", "TUN", "tn", "Atlantis")]
    ['TUN', 'TUN', 'TUN', 'TUN', 'TUN', None]
    """
    return _names().get(text.strip().casefold()) if text else None


def _typed_to_code(widget: str, codes: set[str]) -> None:
    """A typed name that names a country of the list becomes its code, so the picker shows the name in the
    chosen language, not the typing."""
    typed = st.session_state.get(widget)
    if typed is not None and typed not in codes and country_code(typed) in codes:
        st.session_state[widget] = country_code(typed)


def pick_country(label: str, key: str, codes: list[str], lang: str) -> str | None:
    """A country picked by name among ``codes`` (the countries the graph holds); typing any other spelling and
    Enter picks it too. The URL keeps the ISO code under ``key``."""
    codes = sorted(codes, key=lambda code: country_name(code, lang).casefold())
    given = url_text(key)
    remembered = country_code(given) if given else None
    if given and remembered is None:
        warn(f"The link's country “{given}” is not a country name or ISO code; showing every country.")
    chosen = st.selectbox(
        label,
        codes,
        index=codes.index(remembered) if remembered in codes else None,
        format_func=lambda code: country_name(code, lang),
        placeholder="Any country: type its name",
        accept_new_options=True,
        key=f"pick-{key}",
        on_change=_typed_to_code,
        args=(f"pick-{key}", set(codes)),
    )
    if chosen is not None and chosen not in codes:
        typed, chosen = chosen, country_code(chosen)
        if chosen is None:
            warn(f"No country is called “{typed}”.")
    return chosen
