"""A title glossed with another body's acronym in brackets: "El Alto Comisionado de las Naciones Unidas para los Derechos
Humanos (ACNUDH) se pronunció": the title names the High Commissioner, the acronym the Office (tests/annotations: both
counted as written). A title whose words end with the acronym's body ("… de la Comisión Africana de Derechos Humanos y de
los Pueblos (CADHP)") keeps its organisation's acronym, read with it.
"""

from __future__ import annotations

import re

__all__ = ["acronym_apart", "owners_acronyms_kept"]

# A name and an acronym in brackets closing it: "… Derechos Humanos (ACNUDH)"
_GLOSSED = re.compile(r"(?P<name>.*?\S)[ \t]*\([ \t]*(?P<acronym>[A-Z][A-Za-z]{1,9})[ \t]*\)", re.DOTALL)


def acronym_apart(text: str, mentions: list, names, make) -> list:
    """``mentions`` with each name read with another body's bracketed acronym parted in two: the name's and the
    acronym's. ``make`` builds a mention (id, surface, start, end, lang)."""
    result = []
    for mention in mentions:
        glossed = _GLOSSED.fullmatch(text, mention.start, mention.end)
        other = names.resolve(glossed.group("acronym")).id if glossed else None
        if (
            other is None
            or other == mention.id
            or names.resolve(glossed.group("name")).id != mention.id
            or _ends_with(names, glossed.group("name"), other)
        ):
            result.append(mention)
            continue
        name_end, (first, last) = glossed.end("name"), glossed.span("acronym")
        result.append(
            make(mention.id, re.sub(r"\s+", " ", text[mention.start : name_end]), mention.start, name_end, mention.lang)
        )
        result.append(make(other, glossed.group("acronym"), first, last, None))
    return result


def _ends_with(names, name: str, identifier: str) -> bool:
    """Whether the last words of ``name`` are a registered spelling of ``identifier``."""
    words = name.split()
    return any(names.resolve(" ".join(words[cut:])).id == identifier for cut in range(1, len(words)))


def owners_acronyms_kept(defined: dict[str, str], names) -> dict[str, str]:
    """The document's acronym definitions (:mod:`loaders.documents.defined`) less those that would give a body the
    registered acronym of a body it is part of: "(ACNUDH)" after the High Commissioner's name stays the Office's."""
    return {acronym: id_ for acronym, id_ in defined.items() if names.resolve(acronym).id not in names.ancestors(id_)}
