"""A Spanish name with the next word glued to it, as a PDF's text layer prints a line's last word and the next line's
first: "Informe del Comité contra la Desaparición Forzadasobre su visita", "Comité de Derechos Humanosen su".

The glued word is one of the short link words that follow a body's name (a preposition, "y", "que"), written in
lower case and followed by a space or a sign, and the name's last word is capitalised, as a registered name's is
("Forzada", "Humanos"): a longer Spanish word that merely starts like the name ("Generales") is no such join.

>>> from registry.names import Name
>>> name = Name("ced", "Committee on Enforced Disappearances", "Comité contra la Desaparición Forzada", "es")
>>> text = "Informe del Comité contra la Desaparición Forzadasobre su visita"
>>> end = text.index("sobre")
>>> link_word_glued(text, end, name), link_word_glued("la Asamblea Generales", 18, name)
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["link_word_glued"]

_LINK_WORD = re.compile(r"(?:sobre|de|del|en|para|con|contra|por|y|que)(?=[\s,.;:)]|$)")
_CAPITALISED_LAST_WORD = re.compile(r"(?:^|\s)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+$")


def link_word_glued(text: str, last: int, name) -> bool:
    """Whether a Spanish name ending at ``last`` has a link word glued to it ("Forzadasobre su")."""
    return bool(
        name.lang == "es"
        and _LINK_WORD.match(text, last)
        and _CAPITALISED_LAST_WORD.search(text[max(0, last - 30) : last])
    )
