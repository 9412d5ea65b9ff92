"""A body's name as the first words of another thing's name: an event's ("OSCE Human Dimension Conference", "the ASEAN
Summit"), a treaty's ("la Convention de Djeddah de l'OCI", "the Council of Europe Convention on …"), a fund's ("the UN
Human Rights Mainstreaming Fund") or a UN agency's ("l'Organisation des Nations Unies pour l'éducation, la science et
la culture"), or a conference's in Chinese ("联合国气候变化大会", the UN Climate Change Conference: neither the UN nor the
General Assembly, whose short name is "大会"). The name is the thing's, no mention of the body (an office's unit named after a body:
:mod:`loaders.documents.units`).
"""

from __future__ import annotations

import re

__all__ = ["names_an_event", "names_a_fund", "names_an_agency", "without_a_chinese_conference"]

# An event an organisation holds, named with the organisation's name before it and up to three capitalised words
# between ("OSCE Human Dimension Conference"): the name is the event's; so is a declaration's, a charter's or a
# convention's title ("ASEAN Human Rights Declaration", "the ASEAN Charter", "the Council of Europe Convention on …").
_EVENT_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]*){0,3}?\s+(?:[Cc]onferences?|[Ss]ummits?|Dialogues?|Declarations?|Charter|Convention)\b"
    # not an organ named "Conference": "the OIC Conference of Foreign Ministers", "… of Heads of State"
    r"(?!\s+of\s+(?:Foreign\s+)?(?:Ministers|Heads))"
)
# ... or after it, in French and Spanish, with its place between ("Conférence de Varsovie de l'OSCE")
_EVENT_BEFORE = re.compile(
    r"\b(?:Conf[ée]rence|Conferencia|Sommet|Cumbre)(?:\s+(?:de|d['’])\s*[A-Z][\w-]*)?\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|del\s+)$"
)


# ... or a treaty's title, with its place between: "Convention de Djeddah de l'OCI", "Acte constitutif de l'UA",
# "the Charter of the OAS" (the title's words, as "Charte des Nations Unies" is for the UN)
_TREATY_BEFORE = re.compile(
    r"\b(?:Convention|Convenci[oó]n|Charte|Charter|Carta|Acte\s+constitutif|Constitutive\s+Act|Acta\s+Constitutiva)"
    r"(?:\s+(?:de|d['’]|of)\s*[A-Z][\w-]*)?\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|del\s+|of\s+the\s+)$"
)


def names_an_event(text: str, mention, organisations) -> bool:
    """Whether an organisation's name is written as the first words of an event's name, or in a treaty's title.

    >>> from types import SimpleNamespace as Hit
    >>> names_an_event("OSCE conference on torture", Hit(id="osce", start=0, end=4), {"osce"})
    True
    >>> names_an_event("OSCE participating States met", Hit(id="osce", start=0, end=4), {"osce"})
    False
    >>> names_an_event("the 5th ASEAN Human Rights Dialogue", Hit(id="asean", start=8, end=13), {"asean"})
    True
    >>> names_an_event("la Convention de Djeddah de l'OCI", Hit(id="oic", start=30, end=33), {"oic"})
    True
    >>> names_an_event("the Council of Europe Convention on preventing violence", Hit(id="coe", start=4, end=21), {"coe"})
    True
    """
    if mention.id not in organisations:
        return False
    before = text[: mention.start]
    if _EVENT_AFTER.match(text, mention.end) or _EVENT_BEFORE.search(before) or _TREATY_BEFORE.search(before):
        return True
    return in_an_initiatives_name(text, mention)


# An initiative's or a programme's name, word by word in capitals, with an organisation's acronym inside it ("the
# Strategic and Holistic Initiative to Link ASEAN Responses to Emergencies and Disasters"), and the name's own acronym
# in parentheses after it ("(ASEAN SHIELD)"): the initiative is named, no organisation acting
_INITIATIVE_BEFORE = re.compile(
    r"\b(?:Initiative|Programme|Program|Project)(?:[ \t]+(?:[A-Z][\w-]*|to|and|of|for|on|the|in))*[ \t]+(\(?)$"
)
_INITIATIVE_READ = 200  # characters before the acronym
_A_WORD_IN_CAPITALS = re.compile(r"[ \t]+[A-Z][a-z]")
_THE_NAMES_ACRONYM = re.compile(r"[ \t]+[A-Z]{2,}\)")


def in_an_initiatives_name(text: str, mention) -> bool:
    """Whether an organisation's acronym is a word of an initiative's name in capitals, or of that name's acronym.

    >>> from types import SimpleNamespace as Hit
    >>> text = "the Strategic and Holistic Initiative to Link ASEAN Responses to Emergencies and Disasters (ASEAN SHIELD)."
    >>> [in_an_initiatives_name(text, Hit(start=s, end=s + 5)) for s in (text.index("ASEAN"), text.rindex("ASEAN"))]
    [True, True]
    >>> text = "The initiative to link ASEAN responses was discussed with ASEAN Member States."
    >>> in_an_initiatives_name(text, Hit(start=text.index("ASEAN"), end=text.index("ASEAN") + 5))
    False
    """
    found = _INITIATIVE_BEFORE.search(text[max(0, mention.start - _INITIATIVE_READ) : mention.start])
    if not found:
        return False
    after = _THE_NAMES_ACRONYM if found.group(1) else _A_WORD_IN_CAPITALS
    return after.match(text, mention.end) is not None


# A fund's name after a body's, in capitals: "the UN Human Rights Mainstreaming Fund" (a fund, no body)
_FUND_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w-]*){1,3}?[ \t]+(?:Trust[ \t]+)?Fund\b")


def names_a_fund(text: str, mention) -> bool:
    """Whether a body's name is the first words of a fund's name.

    >>> from types import SimpleNamespace as Hit
    >>> names_a_fund("the UN Human Rights Mainstreaming Fund and", Hit(start=4, end=19))
    True
    >>> names_a_fund("the UN Human Rights Office and the Fund", Hit(start=4, end=26))
    False
    """
    return _FUND_AFTER.match(text, mention.end) is not None


# A UN agency's French name: the Organisation's name and its field ("Organisation des Nations Unies pour l'éducation, la
# science et la culture", "… pour l'alimentation et l'agriculture", "… pour le développement industriel")
_ORGANISATION = re.compile(r"Organisation\s+des\s+Nations\s+Unies", re.IGNORECASE)
# ... but not the Organisation named as the parent of one of its own bodies: "Mission de l'Organisation des Nations Unies
# pour la stabilisation en République démocratique du Congo" (the Mission carries its parent's name)
_PARENT_OF_BEFORE = re.compile(r"\bde\s+l['’]\s*$")
_FIELD_AFTER = re.compile(r"\s+pour\s+(?:l['’]\s*|le\s+|la\s+)(?!droits\b)[a-zàâçéèêîôû]")


def names_an_agency(text: str, mention) -> bool:
    """Whether the UN's French name is the first words of one of its agencies' names.

    >>> from types import SimpleNamespace as Hit
    >>> text = "l’Organisation des Nations Unies pour l’éducation, la science et la culture"
    >>> names_an_agency(text, Hit(id="un", start=2, end=32))
    True
    >>> names_an_agency("l'Organisation des Nations Unies pour la Somalie", Hit(id="un", start=2, end=32))
    False
    >>> text = "Mission de l'Organisation des Nations Unies pour la stabilisation"
    >>> names_an_agency(text, Hit(id="un", start=13, end=43))
    False
    """
    return (
        mention.id == "un"
        and _ORGANISATION.fullmatch(text, mention.start, mention.end) is not None
        and _FIELD_AFTER.match(text, mention.end) is not None
        and _PARENT_OF_BEFORE.search(text, max(0, mention.start - 8), mention.start) is None
    )


# After the UN's Chinese name, a subject's words and the word for a conference or a summit: "联合国气候变化大会" (the
# UN Climate Change Conference), "联合国海洋大会", "联合国粮食系统峰会"; "联合国大会" (nothing between) is the General
# Assembly. Other organisations' assemblies are their organs ("非洲联盟国家元首和政府首脑大会"), not read here.
_ZH_CONFERENCE_AFTER = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:大会|峰会)")


def without_a_chinese_conference(text: str, found: list) -> list:
    """``found`` without the UN's Chinese name that opens a conference's name, nor the General Assembly's short name
    "大会" that ends it.

    >>> from types import SimpleNamespace as Hit
    >>> text = "第30届联合国气候变化大会在巴西举行"
    >>> found = [Hit(id="un", start=4, end=7, lang="zh"), Hit(id="ga", start=11, end=13, lang="zh")]
    >>> without_a_chinese_conference(text, found)
    []
    >>> text = "第30届联合国大会"
    >>> [m.id for m in without_a_chinese_conference(text, [Hit(id="ga", start=4, end=9, lang="zh")])]
    ['ga']
    """
    ends = set()
    for mention in found:
        if mention.id == "un" and mention.lang in (None, "zh"):
            conference = _ZH_CONFERENCE_AFTER.match(text, mention.end)
            if conference:
                ends.add((mention.start, conference.end()))
    return [m for m in found if not any(start <= m.start and m.end <= end for start, end in ends)]
