"""A title with its organisation written inside it or after it: the title's holder, not the organisation.

Texts write a mandate's title with the organisation it belongs to in three places: before it ("the
OSCE Representative on Freedom of the Media", read by the registry's organisation titles), after it
("el Relator Especial para la Libertad de Expresión de la Organización de Estados Americanos (OEA)")
and inside it, after the title's head ("el Relator Especial de las Naciones Unidas (ONU) sobre la
libertad de opinión y de expresión", "la Relatora Especial de la Comisión Africana … (CADHP) para la
Libertad de Expresión"). In the last two places the organisation is part of the title's name: the
longest name wins (tests/annotations/README.md), so the mention is the title's holder alone, as long
as the organisation is one the holder belongs to (its ``part_of`` chain). A title of one organisation
followed by another organisation's name ("la Asamblea General de la OEA", "el Secretario General de
la OEA") is that other organisation's organ, which the registry does not hold: the organisation is named,
not the title.
"""

from __future__ import annotations

import re

from registry.names import Resolver

__all__ = ["owned_titles"]

# The link between a title and the organisation after it: "de la", "del", "of the", "des", "de l'".
_LINKS = r"\s+(?:of|de|del|des|du)\s+(?:(?:the|la|las|los|el|le|les)\s+|l['’]\s*)?|\s+(?:de|du)\s+l['’]\s*"
_LINK = re.compile(rf"(?:{_LINKS})$")
_LINK_AFTER = re.compile(_LINKS)
# An acronym in brackets after an organisation's name: "Naciones Unidas (ONU)".
_ACRONYM = re.compile(r"^\s*\(([^()]{1,15})\)")
# The head of a mandate's title, in the four languages' Latin-script forms.
_HEAD = re.compile(
    r"(?:\b(?:[Rr]elator(?:a|ía)?\s+[Ee]special|[Ss]pecial\s+[Rr]apporteur|[Rr]apporteu(?:r|se)\s+[Ss]pécial(?:e)?"
    r"|[Ii]ndependent\s+[Ee]xpert|[Ee]xpert[oa]\s+[Ii]ndependiente|[Ee]xpert(?:e)?\s+[Ii]ndépendant(?:e)?"
    r"|[Rr]epresentante(?:\s+[Ee]special)?|[Rr]epresentative|[Rr]eprésentant(?:e)?(?:\s+[Ss]pécial(?:e)?)?"
    r"|[Ww]orking\s+[Gg]roup|[Gg]rupo\s+de\s+[Tt]rabajo|[Gg]roupe\s+de\s+[Tt]ravail))$"
)
# The words a title's subject may run to: not past a sentence or a bracket.
_SUBJECT_END = re.compile(r"[.;:()\[\]\n“”\"«»]")


def owned_titles(text: str, mentions: list, names: Resolver, mention_type) -> list:
    """``mentions`` (in text order) with each title that holds its organisation read as the title's holder.

    ``mention_type`` builds a new mention (id, surface, start, end, lang).
    """
    mentions = _owner_inside(text, mentions, names, mention_type)
    return _owner_after(text, mentions, names, mention_type)


def _owner_inside(text: str, mentions: list, names: Resolver, mention_type) -> list:
    """ "Relator Especial de las Naciones Unidas (ONU) sobre …": the title without its organisation
    (and with it, as printed) names a body of that organisation."""
    result = list(mentions)
    for owner in mentions:
        before = text[max(0, owner.start - 60) : owner.start]
        link = _LINK.search(before)
        head = _HEAD.search(before[: link.start()]) if link else None
        if head is None:
            continue
        start = owner.start - len(before) + head.start()
        after = owner.end
        acronym = _ACRONYM.match(text[after:])
        if acronym:
            after += acronym.end()
        rest = _SUBJECT_END.split(text[after : after + 300], maxsplit=1)[0]
        words = list(re.finditer(r"\S+", rest))
        for size in range(min(len(words), 16), 0, -1):
            subject = rest[: words[size - 1].end()].strip()
            whole = re.sub(r"\s+", " ", text[start:after] + " " + subject)
            found = None
            link_words = before[link.start() :].strip()
            moved = f"{head.group(0)} {subject} {link_words} {owner.surface}"  # the organisation after the title
            for form in (f"{head.group(0)} {subject}", whole, moved):
                match = names.resolve(form)
                if match.id and owner.id in names.ancestors(match.id):
                    found = match
                    break
            if found:
                end = after + words[size - 1].end()
                result = [m for m in result if not (start <= m.start and m.end <= end)]
                result.append(mention_type(found.id, whole, start, end, found.lang))
                break
    return sorted(result, key=lambda m: m.start)


def _owner_after(text: str, mentions: list, names: Resolver, mention_type) -> list:
    """ "Relator Especial … de la Organización de Estados Americanos (OEA)": the organisation after a
    title of its own body is part of the title; another organisation's name after a title ("la Asamblea
    General de la OEA") makes the title that organisation's organ, which no row holds."""
    dropped: set[int] = set()
    extended: dict[int, int] = {}
    for index, title in enumerate(mentions):
        if index in dropped:
            continue
        acronym = _ACRONYM.match(text[title.end :])
        if acronym and names.resolve(acronym.group(1)).id in names.ancestors(title.id):
            # "… de la Comisión Africana de Derechos Humanos y de los Pueblos (CADHP)": the acronym of the
            # organisation the title ends with
            end = title.end + acronym.end()
            dropped.update(k for k in range(index + 1, len(mentions)) if mentions[k].start < end)
            extended[index] = end
        for later in range(index + 1, len(mentions)):
            owner = mentions[later]
            between = text[extended.get(index, title.end) : owner.start]
            if not _LINK_AFTER.fullmatch(between):
                break
            if owner.id in names.ancestors(title.id):
                dropped.add(later)
                end = owner.end
                acronym = _ACRONYM.match(text[end:])
                if acronym and names.resolve(acronym.group(1)).id == owner.id:
                    end += acronym.end()
                    dropped.update(
                        k
                        for k in range(later + 1, len(mentions))
                        if mentions[k].start < end and mentions[k].id == owner.id
                    )
                extended[index] = end
            elif (
                not names.parents.get(owner.id)
                and owner.id in names.organisations
                and title.id not in names.generic
                and names.parents.get(title.id)
                and owner.id not in names.ancestors(title.id)
            ):
                dropped.add(index)
            break
    result = []
    for index, mention in enumerate(mentions):
        if index in dropped:
            continue
        if index in extended:
            end = extended[index]
            mention = mention_type(
                mention.id, re.sub(r"\s+", " ", text[mention.start : end]), mention.start, end, mention.lang
            )
        result.append(mention)
    return result
