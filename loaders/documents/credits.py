"""A body's name right after the copyright sign is a photo's credit: "© ACNUDH", "©联合国/Volaine Martin", "© UN
Photo/Jean-Marc Ferré". The credit says whose picture it is, not what a body does: no mention.

>>> from types import SimpleNamespace as Hit
>>> def check(text, name):
...     start = text.index(name)
...     return a_photo_credit(text, Hit(start=start, end=start + len(name)))
>>> check("en la apertura del 56º Consejo de Derechos Humanos © ACNUDH", "ACNUDH")
True
>>> check("第52届会议上发表介绍性讲话。©联合国/Volaine Martin", "联合国")
True
>>> check("El ACNUDH publicó el informe", "ACNUDH")
False
"""

from __future__ import annotations

import re

__all__ = ["a_photo_credit"]

# The copyright sign and the spaces after it, just before the name
_CREDIT_BEFORE = re.compile(r"(?:©|\([cC]\))[ \t\u00a0]*$")


def a_photo_credit(text: str, mention) -> bool:
    """Whether ``mention`` is the body named in a photo's credit, right after "©"."""
    return bool(_CREDIT_BEFORE.search(text, max(0, mention.start - 6), mention.start))
