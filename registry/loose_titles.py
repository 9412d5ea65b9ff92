"""The loose titles the Spanish press gives a UN rapporteur, read as the registered mandate's own.

News items name a UN special rapporteur by the registered title with its words loosened: the gender of
"Relator(a)", the UN's name after the head ("relator especial de la ONU"), "Especial" dropped once the UN's name
follows ("relator de la ONU"), "para" or "para evaluar" for "sobre" ("el relator especial de la ONU para evaluar la
situación de los defensores de derechos humanos", Blu Radio, 2019), and, with the UN's name, the subject without the
frame "la situación de", with or without the article after it ("relator especial de la ONU sobre (los) defensores de
derechos humanos"). The subject stays the registered mandate's own, word for word: a title on another subject, or a
regional body's rapporteur, is not read so (only the UN's mandates' registered titles are loosened).

>>> forms = list(loose_rapporteur_titles("Relator Especial sobre la situación de los defensores de derechos humanos"))
>>> "Relator Especial de la ONU para evaluar la situación de los defensores de derechos humanos" in forms
True
>>> "Relator de la ONU sobre los defensores de derechos humanos" in forms
True
>>> "Relator Especial de la ONU sobre defensores de derechos humanos" in forms
True
>>> "Relator Especial sobre los defensores de derechos humanos" in forms  # no UN's name, no shorter subject
False
>>> list(loose_rapporteur_titles("Relatoría Especial para la Libertad de Expresión"))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["loose_rapporteur_titles"]

# A registered Spanish rapporteur's title: its head, the UN's name if any, "sobre" and the mandate's subject
_TITLE = re.compile(r"^(Relatora?) Especial (de (?:las )?Naciones Unidas |de la ONU )?sobre (\S.+)$")
_UN_NAMES = ("de la ONU ", "de las Naciones Unidas ")
# the words the press writes between the title and its subject, for "sobre"; "de" only before an article
_LINKS = ("sobre", "para", "para evaluar")
_ARTICLE = re.compile(r"^(?:la|las|los) ")
# the frame around a mandate's subject that the press drops ("sobre [la situación de] los defensores")
_FRAME = "la situación de "


def loose_rapporteur_titles(title: str) -> Iterable[str]:
    """The loose forms of a UN rapporteur's registered Spanish ``title`` (see the module's text), in its own gender and,
    for a woman's title with the UN's name, in the man's (the registry writes each man's title in the woman's too, not
    the reverse; without the UN's name, a title on a subject a regional rapporteur shares is read by the mandate rules
    of :mod:`loaders.documents.mandates`)."""
    match = _TITLE.match(title)
    if not match:
        return
    head, named, subject = match.groups()
    rest = subject[len(_FRAME) :]
    # with the UN's name, the subject without its frame, with or without its article ("sobre (los) defensores de …")
    short = [rest, _ARTICLE.sub("", rest, count=1)] if subject.startswith(_FRAME) and _ARTICLE.match(rest) else []
    links = _LINKS + (("de",) if _ARTICLE.match(subject) else ())
    heads = [head, "Relator"] if head == "Relatora" else [head]
    # a title with the UN's name in it keeps it: without it, the subject may be a regional rapporteur's too
    unnamed = [] if named else [("Especial ", "")]
    for special, un in unnamed + [(special, un) for un in _UN_NAMES for special in ("Especial ", "")]:
        for link in links:
            for words in [subject, *short] if un else [subject]:
                yield from (f"{each} {special}{un}{link} {words}" for each in (heads if un else [head]))
