"""A registered title written as the start of a longer title that another body owns.

"la Sra. Jamesina King, Relatora Especial para la Libertad de Expresión y de los Medios de la Comisión Africana" prints
the IACHR rapporteur's Spanish title ("Relatora Especial para la Libertad de Expresión") and goes on, past "y de los
Medios", to the body the title belongs to: the African Commission's rapporteur, not the IACHR's, and the Commission is
inside her title, not named apart (the longest name wins, tests/annotations/README.md). Where the registered title's
body does not belong to the body written after it, the title is that body's mandate on the same subject, when exactly
one of its mandates holds the subject's words (:func:`loaders.documents.titles.by_subject`): then neither the first
title nor the owner is a mention of its own.
"""

from __future__ import annotations

import re

from loaders.documents.titles import by_subject, subject_of
from registry.names import Resolver

__all__ = ["titles_continued"]

# Between the registered title and its owner: "y"/"and"/"et", a few words of the longer subject (no sentence or
# bracket) opening on a capital or a link word, as a title's words do ("y de los Medios", "and Access to"), then the link to the owner ("de la", "del", "of the", "de l'", "du")
_CONTINUED = re.compile(
    r"\s+(?:y|e|and|et)\s+(?:[A-ZÁÉÍÓÚ][^\s,.;:()]*|de|del|of|to|la|las|los|el|the|a|al|à|aux)(?:\s+[^\s,.;:()]+){0,5}?"
    r"\s+(?:(?:de|del|of|du|des)\s+(?:(?:the|la|las|los|el|le|les)\s+|l['’]\s*)?|(?:de|du)\s+l['’]\s*)$"
)


def titles_continued(text: str, mentions: list, names: Resolver, mention_type) -> list:
    """``mentions`` (in text order) with each registered title continued up to another body that owns it read as
    that body's mandate, where exactly one of its mandates holds the title's subject.

    ``mention_type`` builds a new mention (id, surface, start, end, lang).
    """
    result = list(mentions)
    for title, owner in zip(mentions, mentions[1:], strict=False):
        subject = subject_of(title.surface)
        if (
            subject is None
            or owner.id in names.ancestors(title.id)
            or not names.ancestors(title.id)
            or owner.start - title.end > 60
            or not _CONTINUED.fullmatch(text, title.end, owner.start)
        ):
            continue
        found = by_subject(names, owner.id, subject)
        if found:
            result = [m for m in result if m is not title and m is not owner]
            surface = re.sub(r"\s+", " ", text[title.start : owner.end])
            result.append(mention_type(found[0], surface, title.start, owner.end, None))
    return sorted(result, key=lambda m: m.start)
