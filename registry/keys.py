"""The key a name is compared under: no case, accents, hyphens, spaces or leading article, and
traditional Chinese characters read as the simplified ones the registry holds."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from opencc import OpenCC

__all__ = ["simplified", "normalize"]

_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼ`´′"})
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|la|le|les|el|los)\s+|l')")
# "las" too, but not "LAS", the League of Arab States' acronym ("LAS human rights mechanisms").
_LAS = re.compile(r"^\s*[Ll]as\s+")

_T2S = OpenCC("t2s")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=8192)
def _simplified_char(char: str) -> str:
    converted = _T2S.convert(char)
    return converted if len(converted) == 1 else char


def simplified(text: str) -> str:
    """``text`` with each traditional Chinese character in its simplified form, one character for one,
    so that positions in the two texts stay the same (OpenCC's table; other characters are kept).

    >>> simplified("聯合國人權理事會 (HRC)")
    '联合国人权理事会 (HRC)'
    """
    if not _HAN.search(text):
        return text
    return "".join(_simplified_char(c) if _HAN.match(c) else c for c in text)


# the same spellings are normalised again for every finder built in one process (a quality run builds one per folder)
@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """The form names are compared in: no case, accents, hyphens, spaces or leading article.

    >>> normalize("  The Inter-\\nAmerican  Commission ") == normalize("inter american commission")
    True
    >>> normalize("Commission africaine des droits de l’homme") == normalize("commission africaine des droits de l'Homme")
    True
    >>> normalize("人权事务\\n委员会"), normalize("人權事務委員會")
    ('人权事务委员会', '人权事务委员会')
    """
    text = _LAS.sub("", simplified(unicodedata.normalize("NFKC", text)).translate(_APOSTROPHES))
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = re.sub(r"\s+", " ", text.casefold()).strip(' .,;:()"“”«»')
    text = _LEADING_ARTICLE.sub("", text)
    # Spaces and hyphens go: "Inter-American", "Inter American" and a word hyphenated across
    # a line break all meet, and so do Chinese names hard-wrapped with spaces.
    return re.sub(r"[\s\-‐‑‒–—―\u00ad]+", "", text)
