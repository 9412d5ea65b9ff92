"""The view in the URL, checked: every value a page reads from its address goes through here.

A link can be typed, shortened or shared wrongly, so nothing in it is trusted: a number out of
range is clamped, a word that is not an option is dropped, a name that is no body is refused,
and each time the page says so in one plain sentence instead of failing. What a page writes
back (:func:`keep_in_url`) keeps the whole view, cleared filters included, so a link gives back
exactly what its sender saw.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import streamlit as st

__all__ = [
    "CLEARED",
    "LONGEST",
    "url_text",
    "url_int",
    "url_range",
    "url_choice",
    "url_choices",
    "url_texts",
    "keep_in_url",
    "keep_list_in_url",
    "warn",
]

#: The value a list filter takes in the URL once the user has emptied it (an absent one means "the default").
CLEARED = "none"
#: The longest text a URL value may hold; longer ones are cut (a name is never this long).
LONGEST = 200


def warn(message: str) -> None:
    """Say what was wrong with the link (the page then rewrites its URL to what it shows)."""
    st.warning(message, icon="🔗")


def _raw(key: str, longest: int = LONGEST) -> str | None:
    value = st.query_params.get(key)
    return None if value is None else str(value)[:longest].strip()


def url_text(key: str, default: str = "", longest: int = LONGEST) -> str:
    """A free text (a name, a title; a query with a larger ``longest``), cut to ``longest`` characters."""
    value = _raw(key, longest)
    return default if value is None else value


def url_int(key: str, default: int, low: int, high: int, what: str | None = None, instead: str | None = None) -> int:
    """A whole number between ``low`` and ``high``: a word falls back to ``default``, a number out of range is clamped.
    ``instead`` says in words what the default shows ("every year"), when the number alone would mislead."""
    value = _raw(key)
    if value in (None, ""):
        return default
    what = what or key
    try:
        number = int(value)
    except ValueError:
        warn(f"The link's {what} “{value}” is not a whole number; showing {instead or default}.")
        return default
    clamped = min(max(number, low), high)
    if clamped != number:
        warn(f"The link's {what} {number} is outside {low}–{high}; showing {clamped}.")
    return clamped


def url_range(keys: tuple[str, str], default: tuple[int, int], what: str) -> tuple[int, int]:
    """A (from, to) pair of whole numbers within ``default``, swapped into order when given backwards."""
    low, high = default
    start = url_int(keys[0], low, low, high, f"{what} from")
    end = url_int(keys[1], high, low, high, f"{what} to")
    return (start, end) if start <= end else (end, start)


def url_choice(key: str, options: Sequence[str], default: str | None = None, what: str | None = None) -> str | None:
    """One of ``options``; anything else is explained and replaced by ``default``."""
    value = _raw(key)
    if value in (None, ""):
        return default
    if value in options:
        return value
    warn(f"The link's {what or key} “{value}” is not one of: {', '.join(map(str, options))}.")
    return default


def url_choices(key: str, options: Sequence[str], default: Iterable[str] = (), what: str | None = None) -> list[str]:
    """The values of ``key`` that are options; ``default`` when absent; empty when the user cleared them."""
    values = [str(value)[:LONGEST] for value in st.query_params.get_all(key)]
    if not values:
        return list(default)
    if values == [CLEARED]:
        return []
    unknown = [value for value in values if value not in options]
    if unknown:
        warn(f"The link's {what or key} “{'”, “'.join(unknown)}” left out: not one of {', '.join(map(str, options))}.")
    return [value for value in dict.fromkeys(values) if value in options]


def url_texts(key: str, most: int = 20) -> list[str]:
    """The free texts of a repeated ``key`` (``?body=…&body=…``): each cut to :data:`LONGEST`, at most ``most``."""
    return [text for text in (str(value)[:LONGEST].strip() for value in st.query_params.get_all(key)[:most]) if text]


def keep_in_url(**values) -> None:
    """Write the page's view to its URL, so that a link gives it back; empty values are left out."""
    for key, value in values.items():
        if value in (None, "", [], (), False):
            st.query_params.pop(key, None)
        elif isinstance(value, (list, tuple, set)):
            st.query_params[key] = [str(item) for item in value]
        else:
            st.query_params[key] = str(value)


def keep_list_in_url(key: str, values: Iterable, default: Iterable) -> None:
    """A list filter in the URL: left out at its default, :data:`CLEARED` once emptied, so a link gives back
    an emptied filter as empty, not as its default."""
    values, default = [str(value) for value in values], [str(value) for value in default]
    if set(values) == set(default):
        st.query_params.pop(key, None)
    else:
        st.query_params[key] = values or CLEARED
