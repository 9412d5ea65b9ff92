"""A name written as a social-media account's handle, right after "@" ("all @OSCE partners", "As @OSCECiO"): the
account a post tags, not the body named acting or concerned (tests/annotations/sample20/README-A.md). A name written
after the handle is read on its own ("The @UN Human Rights Council adopted": the Council).
"""

from __future__ import annotations

__all__ = ["a_handle"]


def a_handle(text: str, mention) -> bool:
    """Whether ``mention`` is written right after "@", as an account's handle.

    >>> from types import SimpleNamespace as Hit
    >>> def check(text, name):
    ...     start = text.index(name)
    ...     return a_handle(text, Hit(id="osce", start=start, end=start + len(name)))
    >>> check("to work closely with all @OSCE partners", "OSCE"), check("all OSCE partners", "OSCE")
    (True, False)
    >>> check("The @UN Human Rights Council adopted", "Human Rights Council")
    False
    """
    return mention.start > 0 and text[mention.start - 1] in "@＠"
