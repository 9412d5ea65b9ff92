"""The Secretary-General of a document about another organisation.

A document that names another intergovernmental organisation (the OSCE, the OAS, the OIC, the Council of Europe) and no
body of the UN's speaks of that organisation's Secretary General when it writes the title alone: "no se hayan renovado
los cargos de secretario general ni de los responsables de las tres instituciones autónomas de la OSCE" (a French
ministry's statement on the OSCE's posts) names the OSCE's Secretary General, not the UN's. A document naming a UN body
keeps the title the UN's (:mod:`loaders.documents.context` reads the title followed by its organisation's name).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["secretary_general_elsewhere"]

_TITLE = "un-secretary-general"
# The UN's titles other organisations give their own holders too: they do not make a document the UN's ("el Alto
# Comisionado sobre las Minorías Nacionales" is the OSCE's)
_SHARED_TITLES = frozenset([_TITLE, "high-commissioner"])


def secretary_general_elsewhere(ids: Iterable[str], organisations: frozenset[str], united: frozenset[str]) -> bool:
    """Whether a document naming the bodies ``ids`` names another organisation (of ``organisations``) and no body of
    the UN's (``united``, the UN and its bodies) besides the titles other organisations share with it.

    >>> organisations, united = frozenset({"un", "osce", "oas"}), frozenset({"un", "hrc", "un-secretary-general"})
    >>> secretary_general_elsewhere(["un-secretary-general", "osce"], organisations, united)
    True
    >>> secretary_general_elsewhere(["un-secretary-general", "osce", "hrc"], organisations, united)
    False
    >>> secretary_general_elsewhere(["un-secretary-general", "high-commissioner", "osce"], organisations, united)
    True
    >>> secretary_general_elsewhere(["un-secretary-general"], organisations, united)
    False
    """
    named = set(ids) - _SHARED_TITLES
    return bool(named & (organisations - united)) and not named & united
