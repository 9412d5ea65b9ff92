"""Rapporteurs' mandates and their subjects: a plural title before a list of subjects names each mandate ("the
Special Rapporteurs on torture and on migrants"), and a class named as a mandate's subject ("the mandates on
freedom of expression and human rights defenders") is the mandate's theme, not the class.

``make`` builds a mention from (id, surface, start, end, lang), as :mod:`loaders.documents.lists` takes it.
"""

from __future__ import annotations

import re

from registry.names import Resolver

__all__ = ["titles_listed", "mandate_subject"]

# Mandates and their subjects: "mandates on", "mandats sur", "mandatos sobre"; and a rapporteur's title, whose
# subject is a mandate's too ("el Relator Especial sobre la independencia de los magistrados y abogados")
_MANDATES_ON = re.compile(
    r"\b(?:[Mm]andates?\s+on|[Mm]andats?\s+(?:sur|relatifs?\s+à)|[Mm]andatos?\s+sobre"
    r"|[Rr]elator(?:a|es|as)?\s+[Ee]special(?:es)?\s+(?:sobre|para)|[Rr]apporteu(?:r|se|rs|ses)\s+spécia(?:l|le|ux|les)\s+sur"
    r"|Special\s+Rapporteurs?\s+on)\s"
)
# The subject's head noun and its link right before the class: "(on) the independence of", "(sur) l'indépendance des",
# "(sobre) la independencia de los"
_A_SUBJECTS_NOUN = re.compile(
    r"(?:(?:the|la|le|les|l['’]|el|los|las)\s*)?[^\W\d_][\w-]*\s+"
    r"(?:of(?:\s+the)?|des|du|de\s+la|de\s+l['’]|de\s+los|de\s+las|del|de)\s*"
)
# A rapporteurs' title in the plural, then the subjects of their mandates, each a mandate of its own.
_PLURAL_TITLE = re.compile(
    r"\b((?:[Rr]apporteu(?:rs|ses)\s+spécia(?:ux|les)\s+sur)|(?:Special\s+Rapporteurs\s+on)"
    r"|(?:[Rr]elator(?:es|as)\s+[Ee]speciales\s+sobre))\s+"
)
# The parts of a list item joined by a conjunction: "la torture et les migrants".
_CONJUNCTION_PARTS = re.compile(r"(?:^|\s(?:et|and|y|ou|or|o)\s)(?:(?!\s(?:et|and|y|ou|or|o)\s).)+")
_SINGULAR_TITLE = {"rap": "Rapporteur spécial sur", "spe": "Special Rapporteur on", "rel": "Relator Especial sobre"}


def titles_listed(text: str, names: Resolver, make) -> list:
    """A plural title and a list of subjects: "les rapporteurs spéciaux sur la torture, le racisme et
    les migrants", "the Special Rapporteurs on torture and on migrants" name each mandate whose
    title in the singular, with the subject (its first words, as many as make a registered
    spelling), is a registered spelling."""
    extra = []
    for found in _PLURAL_TITLE.finditer(text):
        singular = _SINGULAR_TITLE[found.group(1)[:3].casefold()]
        listed = re.split(r"[.;:()\n]", text[found.end() : found.end() + 300], maxsplit=1)[0]
        for piece in re.finditer(r"[^,]+", listed):
            # each part of the item after a conjunction may start a subject, which may run over
            # the next conjunctions ("la torture et autres peines")
            starts = [part.start() for part in _CONJUNCTION_PARTS.finditer(piece.group(0))]
            covered = 0
            for start in starts:
                if start < covered:
                    continue
                rest = piece.group(0)[start:]
                subject = _subject(names, singular, rest)
                if subject:
                    at = found.end() + piece.start() + start + rest.index(subject[1])
                    title = f"{found.group(0).strip()} … {subject[1]}"
                    extra.append(make(subject[0], title, at, at + len(subject[1]), None))
                    covered = start + rest.index(subject[1]) + len(subject[1])
    return extra


def mandate_subject(text: str, mention, names: Resolver) -> bool:
    """Whether a class is named as the subject of mandates ("extends the thematic mandates on freedom
    of expression, migrants and human rights defenders"): the mandates' theme, not the class."""
    if mention.id not in names.generic:
        return False
    before = text[max(0, mention.start - 300) : mention.start]
    found = list(_MANDATES_ON.finditer(before))
    if not found or re.search(r"[.;:\n]", before[found[-1].end() :]):
        return False
    if _A_SUBJECTS_NOUN.fullmatch(before, found[-1].end()):
        return True  # "the Special Rapporteur on the independence of judges and lawyers": the title's subject
    if not found[-1].group(0).casefold().startswith("mandat") and "," in before[found[-1].end() :]:
        return False  # a title's subject runs to the next comma: "the Special Rapporteur on torture, lawyers and…"
    # an item of the list of subjects: only an article since the last comma or conjunction
    # ("…, Adequate Housing, Human Rights Defenders"), not "…, and appoints Special Procedure mandate holders"
    return (
        re.search(
            r"(?:^|,|\b(?:and|or|et|ou|y|o|on|sur|sobre))\s*(?:(?:the|les|la|le|los|las|el|des|de|l['’])\s*)?$",
            before,
        )
        is not None
    )


def _subject(names: Resolver, singular: str, words: str) -> tuple[str, str] | None:
    """(id, subject) for the longest run of the first words of ``words`` that, after the singular title, names a body."""
    words = re.sub(r"^\s*(?:(?:et|and|y|ou|or|o)\s+)?(?:(?:sur|on|sobre)\s+)?", "", words)
    tokens = words.split()
    for size in range(min(len(tokens), 16), 0, -1):
        subject = " ".join(tokens[:size])
        match = names.resolve(f"{singular} {subject}")
        if match.id:
            return match.id, re.match(rf"\S+(?:\s+\S+){{{size - 1}}}", words).group(0)
    return None
