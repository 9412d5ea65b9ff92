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

Where the title without its organisation is no registered spelling ("Relator Especial … sobre la
Protección y Promoción de la Libertad de Opinión y Expresión"), its subject still names a mandate when
every word of it (two at least, articles and prepositions aside) is a word of a registered title of
exactly one body of that organisation; so does a plural title before a list of organisations ("los
relatores de libertad de expresión de la ONU y de la CIDH" are two rapporteurs). Whole words only, and
one holder only: the Council's rapporteurs on freedom of expression and on freedom of assembly stay apart.
"""

from __future__ import annotations

import re
import unicodedata
import weakref

from loaders.documents import field_units, held_titles, its_own, plans
from registry.names import Resolver

__all__ = ["owned_titles", "office_of_the_holder", "by_subject", "subject_of", "title_words"]

# The link between a title and the organisation after it: "de la", "del", "of the", "des", "de l'".
_LINKS = r"\s+(?:of|de|del|des|du)\s+(?:(?:the|la|las|los|el|le|les)\s+|l['’]\s*)?|\s+(?:de|du)\s+l['’]\s*"
_LINK = re.compile(rf"(?:{_LINKS})$")
_LINK_AFTER = re.compile(_LINKS, re.IGNORECASE)  # in capitals too: "COMMISSIONER … OF THE COUNCIL OF EUROPE"
# An acronym in brackets after an organisation's name: "Naciones Unidas (ONU)".
_ACRONYM = re.compile(r"^\s*\(([^()]{1,15})\)")
_UNREGISTERED_ACRONYM = re.compile(r"[A-Z]{2,8}")
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
    mentions = held_titles.posts_written_with_another_name(
        text, mentions, names, mention_type
    )  # "President of the UN …"
    mentions = _owner_inside(text, mentions, names, mention_type)
    mentions = _subject_before(text, mentions, names, mention_type)
    mentions = _plural_owners(text, mentions, names, mention_type)
    mentions = its_own.bodies_after_its(text, mentions, names, mention_type)  # "the OSCE and its field operations"
    mentions = field_units.with_field_units(text, mentions, names, mention_type)  # "the OSCE mission in Kosovo"
    mentions = plans.without_plans(text, mentions, names)  # "the ASEAN Comprehensive Recovery Framework"
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
        else:
            subject = by_subject(names, owner.id, rest)
            if subject:
                end = after + subject[1]
                whole = re.sub(r"\s+", " ", text[start:end])
                result = [m for m in result if not (start <= m.start and m.end <= end)]
                result.append(mention_type(subject[0], whole, start, end, None))
    return sorted(result, key=lambda m: m.start)


def _subject_before(text: str, mentions: list, names: Resolver, mention_type) -> list:
    """ "el Relator Especial sobre libertad de expresión de la CIDH": a title's head, its subject and its
    organisation after it, where no registered spelling covers the title."""
    result = list(mentions)
    for owner in mentions:
        before = text[max(0, owner.start - 250) : owner.start]
        link = _LINK.search(before)
        if not link:
            continue
        heads = [
            h
            for h in _HEAD_IN_TEXT.finditer(before[: link.start()])
            if _PREPOSITION.match(before[h.end() : link.start()])
        ]
        if not heads:
            continue
        head = heads[-1]
        subject = before[head.end() : link.start()]
        start = owner.start - len(before) + head.start()
        if _SUBJECT_END.search(subject) or any(
            m.start < owner.start and m.end > start and m is not owner for m in result
        ):
            continue
        found = by_subject(names, owner.id, subject)
        if found and found[1] >= len(subject.rstrip()):
            result = [m for m in result if m is not owner]
            result.append(mention_type(found[0], re.sub(r"\s+", " ", text[start : owner.end]), start, owner.end, None))
    return sorted(result, key=lambda m: m.start)


def _plural_owners(text: str, mentions: list, names: Resolver, mention_type) -> list:
    """ "Los relatores de libertad de expresión de la ONU, de Europa y de la CIDH": a plural title, its
    subject and a list of organisations name the mandate of each organisation that the subject names."""
    result = list(mentions)
    for head in _PLURAL_HEAD.finditer(text):
        following = [m for m in result if m.start >= head.end()]
        if not following:
            continue
        first = following[0]
        between = text[head.end() : first.start]
        link = _LINK.search(between)
        if not link or _SUBJECT_END.search(between) or len(between) > 200:
            continue
        subject = between[: link.start()]
        owners = [first]
        for later in following[1:]:
            gap = re.findall(r"[^\W\d_]+", text[owners[-1].end : later.start])
            others = [w for w in gap if _word(w) not in _LINK_WORDS]
            if _SUBJECT_END.search(text[owners[-1].end : later.start]) or len(others) > 1 or len(gap) > 6:
                break
            owners.append(later)
        for owner in owners:
            found = by_subject(names, owner.id, subject)
            if found:
                result = [m for m in result if m is not owner]
                surface = f"{head.group(0)} {subject.strip()} … {owner.surface}"
                result.append(mention_type(found[0], surface, owner.start, owner.end, None))
    return sorted(result, key=lambda m: m.start)


def by_subject(names: Resolver, owner: str, words: str) -> tuple[str, int] | None:
    """(id, length of the subject in ``words``) for the one mandate of ``owner`` (a body down its ``part_of``
    chain) one of whose registered titles holds every word of the longest subject at the start of ``words``
    ("sobre la protección y promoción de la libertad de opinión y expresión"): two words at least, after
    the article and link words. Whole words only, and only one mandate may hold them, so look-alike
    mandates (freedom of expression, of peaceful assembly) stay apart."""
    if not _PREPOSITION.match(words):
        return None
    titles = title_words(names)
    candidates = [(identifier, sets) for identifier, sets in titles.items() if owner in names.ancestors(identifier)]
    tokens = list(re.finditer(r"[^\W\d_]+", words))
    for size in range(min(len(tokens), 16), 0, -1):
        if _word(tokens[size - 1].group(0)) in _LINK_WORDS:
            continue  # a subject ends on a word of its own, not on "la" or "de"
        subject = {_word(t.group(0)) for t in tokens[:size]} - _LINK_WORDS
        if len(subject) < 2 or subject <= _SITUATION_WORDS:
            break  # "sur la situation des droits de l'homme" is every country mandate's subject, none with a row
        holders = {identifier for identifier, sets in candidates if any(subject <= held for held in sets)}
        if len(holders) == 1:
            return holders.pop(), tokens[size - 1].end()
        if len(holders) > 1:
            return None
    return None


_TITLE_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def subject_of(title: str) -> str | None:
    """The words after a title's head, as the subject-words rule reads them; None for a name that is no title.

    >>> subject_of("Relator Especial sobre la tortura"), subject_of("Human Rights Council")
    (' sobre la tortura', None)
    """
    head = _HEAD_IN_TEXT.match(title)
    return title[head.end() :] if head else None


def title_words(names: Resolver) -> dict[str, list[frozenset[str]]]:
    """The word sets of every registered title (a spelling opening on a title's head) of every body."""
    if names not in _TITLE_CACHE:
        found: dict[str, list[frozenset[str]]] = {}
        for name in names.by_key.values():
            if name.lang and name.id not in names.generic and _HEAD_IN_TEXT.match(name.surface):
                words = {_word(w) for w in re.findall(r"[^\W\d_]+", name.surface)} - _LINK_WORDS - _HEAD_WORDS
                found.setdefault(name.id, []).append(frozenset(words))
        _TITLE_CACHE[names] = found
    return _TITLE_CACHE[names]


def _word(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


# The words of a country mandate's subject ("on the situation of human rights in Haiti", "sur la situation des droits
# de l'homme en Haïti", "sobre la situación de los derechos humanos en …"): alone, they name no thematic mandate.
_SITUATION_WORDS = frozenset(["situation", "situacion", "human", "rights", "droits", "homme", "derechos", "humanos"])
# Words that link a title's subject and name nothing (articles, prepositions, conjunctions), and a title's head.
_LINK_WORDS = frozenset(
    [
        "de",
        "del",
        "la",
        "las",
        "el",
        "los",
        "y",
        "e",
        "o",
        "u",
        "a",
        "al",
        "en",
        "sobre",
        "para",
        "the",
        "of",
        "on",
        "for",
        "and",
        "or",
        "to",
        "in",
        "sur",
        "pour",
        "et",
        "ou",
        "des",
        "du",
        "le",
        "les",
        "l",
        "d",
    ]
)
_HEAD_WORDS = frozenset(
    [
        "relator",
        "relatora",
        "relatores",
        "relatoras",
        "relatoria",
        "especial",
        "especiales",
        "special",
        "rapporteur",
        "rapporteurs",
        "rapporteuse",
        "speciale",
        "speciaux",
        "independent",
        "independiente",
        "independant",
        "independante",
        "expert",
        "experto",
        "experta",
        "experte",
        "representante",
        "representative",
        "representant",
    ]
)
# A subject opens on a preposition: "sobre la tortura", "para la Libertad de Expresión", "on torture".
_PREPOSITION = re.compile(r"^\s*(?:sobre|para|de|on|for|sur|pour)\s", re.IGNORECASE)
_PLURAL_HEAD = re.compile(
    r"\b(?:[Rr]elator(?:es|as)(?:\s+[Ee]speciales)?|[Ss]pecial\s+[Rr]apporteurs|[Rr]apporteu(?:rs|ses)(?:\s+[Ss]péciaux)?)\b"
)
_HEAD_IN_TEXT = re.compile(_HEAD.pattern.removesuffix("$").removeprefix("(?:").removesuffix(")") + r"\b")


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
        if acronym and (
            names.resolve(acronym.group(1)).id in names.ancestors(title.id)
            or _own_acronym_before_its_owner(text, title, title.end + acronym.end(), mentions[index + 1 :], names)
        ):
            # "… de la Comisión Africana de Derechos Humanos y de los Pueblos (CADHP)": the acronym of the
            # organisation the title ends with; or the title's own, before its organisation ("le Bureau des
            # institutions démocratiques et des droits de l'homme (BIDDH) de l'OSCE")
            end = title.end + acronym.end()
            dropped.update(k for k in range(index + 1, len(mentions)) if mentions[k].start < end)
            extended[index] = end
        for later in range(index + 1, len(mentions)):
            if later in dropped:
                continue  # the title's own acronym, read with it
            owner = mentions[later]
            between = text[extended.get(index, title.end) : owner.start]
            own = _ACRONYM.match(between)
            if own and _UNREGISTERED_ACRONYM.fullmatch(own.group(1)) and names.resolve(own.group(1)).id is None:
                # the title's own acronym, which no row holds, before its organisation: "la Direction générale des
                # droits de l'homme et de l'État de droit (DGI) du Conseil de l'Europe"
                between = between[own.end() :]
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


def _own_acronym_before_its_owner(text: str, title, end: int, later: list, names: Resolver) -> bool:
    """Whether the acronym in brackets that ends at ``end`` is the title's own and its organisation's name follows."""
    following = next((m for m in later if m.start >= end), None)
    return bool(
        names.resolve(_ACRONYM.match(text[title.end :]).group(1)).id == title.id
        and following
        and following.id in names.ancestors(title.id)
        and _LINK_AFTER.fullmatch(text[end : following.start])
    )


# "the Office in Honduras of the High Commissioner", "la Oficina en México del Alto Comisionado": the Office; so are
# its regional offices, "la Oficina Regional para América Central del Alto Comisionado", "the Regional Office for
# South-East Asia of the High Commissioner", "le Bureau régional pour l'Afrique de l'Ouest du Haut-Commissaire"
_OFFICE_BEFORE = re.compile(
    r"\b(?:(?:Regional|Country)\s+)?(?:[Oo]ficina|Office|Bureau)(?:\s+(?:[Rr]egional|[Rr]égional))?"
    r"(?:\s+(?:en|in|au|à|for|para|pour)\s+(?:(?:el|la|le|the|l['’])\s*)?[^\W\d_][\w-]*"
    r"(?:\s+(?:de\s+l['’]\s*)?[^\W\d_][\w-]*){0,2}?)?\s+(?:del|of\s+the|du)\s+$"
)


def office_of_the_holder(text: str, mention, mention_type):
    """The High Commissioner's office, with the place of one of its offices or without, or one of its regional offices, is OHCHR;
    ``mention_type`` builds the new mention (id, surface, start, end, lang).

    >>> from loaders.documents.mentions import Mention
    >>> text = "la Oficina en Honduras del Alto Comisionado condena"
    >>> start = text.index("Alto")
    >>> office_of_the_holder(text, Mention("high-commissioner", "Alto Comisionado", start, start + 16, "es"), Mention).id
    'ohchr'
    >>> text = "la Oficina Regional para América Central del Alto Comisionado"
    >>> start = text.index("Alto")
    >>> office_of_the_holder(text, Mention("high-commissioner", "Alto Comisionado", start, start + 16, "es"), Mention).id
    'ohchr'
    """
    if mention.id != "high-commissioner":
        return mention
    office = _OFFICE_BEFORE.search(text[max(0, mention.start - 60) : mention.start])
    if office is None:
        return mention
    start = mention.start - (min(mention.start, 60) - office.start())
    return mention_type("ohchr", re.sub(r"\s+", " ", text[start : mention.end]), start, mention.end, mention.lang)
