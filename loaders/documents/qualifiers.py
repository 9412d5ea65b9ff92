"""Names that qualify another word rather than name an actor: the United Nations as an adjective,
and titles that are not the office holder they contain.

The annotation rules (tests/annotations/README.md) count "the United Nations" as an actor and
not "United Nations" inside another name. Written texts put the UN before the noun it qualifies
("UN Charter", "联合国规则") or after it ("organes compétents de l'ONU",
"Consejo de Derechos Humanos de la ONU"); in both places it names no actor. A deputy is not the
office holder (:mod:`loaders.documents.holders`).

>>> from loaders.documents.mentions import Mention
>>> text = "the UN Charter and the UN"
>>> found = [Mention("un", "UN", 4, 6, None), Mention("un", "UN", 23, 25, None)]
>>> [m.start for m in without_qualifiers(text, found)]
[23]
"""

from __future__ import annotations

import re

from loaders.documents.areas import an_areas_name
from loaders.documents.compounds import opens_an_office_word
from loaders.documents.council_resolutions import names_a_council_resolutions_author
from loaders.documents.countries import country_after
from loaders.documents.defending import half_of_a_doublet, qualifies_an_organisation
from loaders.documents.duty_stations import at_a_duty_station
from loaders.documents.holders import not_the_holder
from loaders.documents.organs import SECURITY_COUNCIL, SECURITY_COUNCIL_IN_NEWS, alternation
from loaders.documents.postposed import after_its_noun
from loaders.documents.un_titles import in_a_title_or_place

__all__ = ["without_qualifiers", "adjectival_acronym", "adjectival_un"]

# "UN" followed by one of these words is still the organisation ("the UN and
# the AU", "the UN has asked"); followed by any other word it qualifies that word: "UN Charter".
_NOUN_FOLLOWERS = frozenset(
    [
        "and",
        "or",
        "nor",
        "but",
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "will",
        "would",
        "should",
        "shall",
        "can",
        "could",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "as",
        "of",
        "by",
        "from",
        "into",
        "through",
        "since",
        "until",
        "via",
        "under",
        "over",
        "after",
        "before",
        "than",
        "said",
        "says",
        "stated",
        "noted",
        "called",
        "urged",
        "asked",
        "welcomed",
        "itself",
        "which",
        "who",
        "whose",
        "that",
        "this",
        "these",
        "while",
        "when",
        "where",
        "also",
        "alone",
        "together",
        "jointly",
        "continues",
        "continued",
        "remains",
        # prepositions and conjunctions after the organisation's name: "the Secretariat of the United
        # Nations concerning", "the anniversary of the United Nations because"
        "concerning",
        "regarding",
        "about",
        "against",
        "among",
        "between",
        "during",
        "within",
        "without",
        "upon",
        "towards",
        "toward",
        "because",
        "although",
        "though",
        "whereas",
        "if",
        "unless",
    ]
)
# After 联合国, these characters make it a noun (the organisation): conjunctions, particles and
# the verbs that follow an actor; any other character starts the noun that 联合国 qualifies.
_ZH_NOUN_FOLLOWERS = re.compile(
    # 会, 所, 和: a verb, a particle, a conjunction ("联合国会提供"), not the start of 会员国, 会议, 所有 or 和平; 致, a letter's
    # sender ("联合国致中国政府正式通报函")
    r"(?!会员|会议|所有|和平)[与和及、，,。；;：:）)的在已将是对于为应向也还并等就同跟会可能所曾自从之以即亦均都正需致]"
    r"|以及|通过|提供|支持|呼吁|表示|认为|指出|希望|强调|决定|作为|参与|协助|建议|鼓励|欢迎|发起|开展|举行|进行|反对"
    # an adverb before the actor's verb ("联合国一直遵循", "联合国始终与……站在一起"), and its seat ("恢复联合国合法席位")
    r"|一直|始终|继续|遵循|(?:合法)?席位"
    # its representatives ("常驻联合国代表", "常驻联合国副代表": to the UN, and a deputy) and its main organs
    r"|副?代表|主要"
    # a postposition ("联合国内": within the UN) and the Organization's own work ("联合国工作的基石"; its staff,
    # 工作人员, are a class it qualifies)
    r"|内(?!部)|工作(?!人员|组)"
    # a partner's verb ("与……联合国合作": to work with the UN) and the framework it sets ("在联合国框架内")
    r"|合作(?!框架)|框架(?!公约)"
    # its website ("联合国网站公开信息", its own as "el sitio web de la ONU" is), its stance ("不代表联合国立场")
    r"|网站|网页|官网|立场(?!文件)"
    # speaking for it ("不代表联合国发言"; its spokesperson, 联合国发言人, is a title it qualifies)
    r"|发言(?!人)"
    # the actor's verbs of judging and acting ("联合国批评", "联合国谴责美国"; not a committee's name, "联合国消除种族歧视委员会"),
    # the addressee's ("向联合国提交报告"), and a time word before the verb ("联合国一天前", "联合国周三")
    r"|批评|谴责|消除(?![^，。、；]{0,12}(?:委员会|公约|宣言|日))|提交|递交"
    # the actor's demand and concern ("联合国要求古巴当局释放", "联合国关切强迫失踪的维吾尔人"), "or" ("联合国或联合国辖下的
    # 人权机构"), the owner's jurisdiction ("联合国辖下的人权机构", "联合国旗下"), a contact with it ("与联合国联系") and a
    # member of it ("身为联合国成员"; 联合国成员国 are its Member States)
    r"|要求|关切|关注|或|辖下|旗下|联系|成员(?!国)"
    r"|(?:今|昨|前|近|日)[天日]|(?:\d+|[一两二三四五六七八九十几])(?:天|日|周|个月|年)[前后]|周[一二三四五六日]|星期[一二三四五六日天]"
)
# A count between 联合国 and the noun it qualifies ("联合国193个会员国": its Member States) is read through (a
# space is not: it parts a list of keywords, "联合国 人权").
_ZH_COUNT = re.compile(r"(?:\d+\s*个)?")
# After 联合国, an office, group or observer seat of the UN that has no row of its own ("联合国日内瓦办事处",
# "联合国观察员地位"): the longest registered name is the UN's (tests/annotations/README.md, rule 1). The
# offices of the registry's bodies (人权事务高级专员办事处) are found whole, and the UN beside them is dropped.
# A list ("联合国机构和小组": agencies and teams) is a class the UN qualifies, not one unit, and so is a building
# ("联合国纽约总部大楼"). Its missions ("联合国苏丹过渡时期综合援助团") and the Security Council ("联合国安理会主席声明")
# are units; the annotations read ECOSOC written after the UN ("联合国经济及社会理事会") as the council alone.
_ZH_UNIT = re.compile(
    r"(?:(?!人权|[和及、])[\u4e00-\u9fff]){0,10}?"
    rf"(?:办事处|小组|观察员|协调员|总部(?!大?楼|大厦)|秘书处|特派团|援助团|支助团)|{alternation(SECURITY_COUNCIL.zh, SECURITY_COUNCIL_IN_NEWS)}"
    r"|驻[\u4e00-\u9fff]{1,6}?系统"  # its system in a country ("联合国驻华系统": its country team), not 联合国系统 alone
    # its news service ("联合国新闻报道": UN News), not a press conference of it (新闻发布会)
    r"|新闻(?!发布)"
)
# After a previous name, the same link words make the UN qualify that name (longest name wins).
# The previous name may be followed by its acronym in brackets: "Consejo de Derechos Humanos (CDH) de la ONU".
_LINK = re.compile(
    r"^\s*(?:\(\s*[^\W\d_]{2,10}\s*\)\s*)?(?:de l['’]\s*|des\s+|of the\s+|du\s+|de la\s+|de las\s+|de\s+)?$"
)
# After the UN, the end of the High Commissioner's and the Office's names, however the words before it are printed
_FOR_HUMAN_RIGHTS = re.compile(r"\s+para\s+los\s+[Dd]erechos\s+[Hh]umanos\b")
# Between the UN and the next body of a list: "de la ONU y (la) OEA".
_LISTED_WITH = re.compile(r"^\s+(?:y|e|et|and)\s+(?:(?:la|le|les|el|los|las|the)\s+|l['’]\s*)?$")


def without_qualifiers(text: str, mentions: list, organisations: frozenset[str] = frozenset()) -> list:
    """``mentions`` (in text order) without the UN where it qualifies a word, nor another of ``organisations``
    where its acronym does ("the OSCE region"), and without titles held by a deputy."""
    result = []
    for index, mention in enumerate(mentions):
        if (
            not_the_holder(text, mention)
            or _MASTHEAD_AFTER.match(text, mention.end)
            or opens_an_office_word(text, mention)
        ):
            continue  # a deputy; an organ printed as a masthead ("Nations Unies Assemblée générale Distr. générale")
        if mention.id in organisations and mention.id != "un" and adjectival_acronym(text, mention):
            continue
        if mention.id in organisations and mention.id != "un" and an_areas_name(text, mention):
            continue  # "la région de l'OSCE": the region, as "the OSCE region"
        if _a_class_word_qualifying(text, mention):
            continue  # "media freedom", "media actors": the noun after it, not the media
        if qualifies_an_organisation(text, mention) or half_of_a_doublet(text, mention):
            continue  # "organizaciones defensoras de derechos humanos": organisations; "defensores y defensoras …"
        if mention.id == "un":
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            previous = mentions[index - 1] if index else None
            if adjectival_un(text, mention, previous, following):
                continue
        result.append(mention)
    return result


def adjectival_un(text: str, mention, previous=None, following=None) -> bool:
    """Whether this mention of the UN qualifies a word before or after it.

    >>> from loaders.documents.mentions import Mention
    >>> def check(text, surface):
    ...     start = text.index(surface)
    ...     return adjectival_un(text, Mention("un", surface, start, start + len(surface), None))
    >>> check("联合国规则", "联合国"), check("联合国与非洲联盟", "联合国"), check("organes compétents de l'ONU", "ONU")
    (True, False, True)
    >>> check("l'appui de l'UA et de l'ONU", "ONU"), check("de las Naciones Unidas", "Naciones Unidas")
    (False, False)
    """
    if (
        following
        and following.start >= mention.end
        and len(gap := re.sub("[\U0001f1e6-\U0001f1ff]", "", text[mention.end : following.start])) <= 1  # flags
        and gap.strip() == ""
    ):
        return True  # "United Nations special procedures", "联合国人权理事会", a post's "@UN🇺🇳 Human Rights Council"
    chinese = text[mention.start : mention.end] in ("联合国", "聯合國")
    if previous and previous.end <= mention.start and _LINK.match(text[previous.end : mention.start]) and not chinese:
        return True  # "Consejo de Derechos Humanos de la ONU"; in Chinese the UN comes first ("国家当局联合国代表")
    if following and following.surface[:1].isupper() and _LISTED_WITH.match(text[mention.end : following.start]):
        return False  # "expertos de la ONU y OEA": the UN listed with another body (not a class: "y los organismos")
    if names_a_council_resolutions_author(text, mention):
        return True  # "UN Security Council Resolution 1325": the Council, citing its resolution, carries the UN's name
    if _FOR_HUMAN_RIGHTS.match(text, mention.end) and not text[mention.start : mention.end].startswith("Organizaci"):
        # "Oficina … del Comisionado de las Naciones Unidas para los Derechos Humanos": inside a name (the UN's own
        # name before it, "la Organización de las Naciones Unidas para los Derechos Humanos", is OHCHR's written loosely)
        return True
    return _before_a_noun(text, mention) or after_its_noun(text, mention) or in_a_title_or_place(text, mention)


# After an organisation's Chinese name, 国家 (countries), not a national institution's or a country team's name
_ITS_COUNTRIES_IN_CHINESE = re.compile(r"国家(?!人权|机构|工作队)")


def adjectival_acronym(text: str, mention) -> bool:
    """Whether an organisation's acronym qualifies the word in lower case after it, as "UN" does ("UN experts"):
    "the OSCE region", "our OSCE founding documents", "OSCE participating States"; its own organs, written with
    capitals ("the OSCE Permanent Council"), and the organisation acting ("the OSCE has") name it.

    >>> from loaders.documents.mentions import Mention
    >>> def check(text, surface):
    ...     start = text.index(surface)
    ...     return adjectival_acronym(text, Mention("osce", surface, start, start + len(surface), None))
    >>> check("across the OSCE region", "OSCE"), check("the OSCE Permanent Council", "OSCE"), check("the OSCE has", "OSCE")
    (True, False, False)
    >>> check("a risk to the wider OSCE region", "OSCE"), check("其他欧安组织国家", "欧安组织")
    (True, True)
    """
    surface = text[mention.start : mention.end]
    if re.match(r"[\u4e00-\u9fff]", surface) and _ITS_COUNTRIES_IN_CHINESE.match(text, mention.end):
        return True  # "其他非盟国家", "欧盟国家的代表": the countries it gathers
    if surface.isupper() and (
        _ITS_STATES_OR_AFFAIRS.match(text, mention.end) or _A_POST_AFTER.match(text, mention.end)
    ):
        return True  # "ten ASEAN Member States": the States class; "ASEAN Affairs": a subject; "OSCE … head": a post
    following = re.match(r"[ \t]\n?([a-z][\w’'-]*)", text[mention.end :])
    if not surface.isupper() or following is None or not _ENGLISH_DETERMINER.search(text, 0, mention.start):
        return False
    word = following.group(1)
    # a verb or an adverb after the organisation acting ("the EU welcomes", "the OSCE held", "the EU resolutely
    # supports"), a plural
    # noun that may be its own ("OSCE commitments"), or a word of French or Spanish ("de l'OEA et …") keep it named
    return (
        word not in _NOUN_FOLLOWERS
        and word not in _ROMANCE_LINKS
        and word not in _PAST_TENSES
        and not re.search(r"(?:s|ly|ed)$", word)
    )


def _a_class_word_qualifying(text: str, mention) -> bool:
    """Whether a class named by one English word in lower case qualifies the noun after it, as "UN" does: "media
    freedom", "media actors"; "the media reported" and "the media and" keep the class named.

    >>> from types import SimpleNamespace as Hit
    >>> _a_class_word_qualifying("upholding media freedom", Hit(start=10, end=15, lang="en"))
    True
    >>> _a_class_word_qualifying("the media reported it", Hit(start=4, end=9, lang="en"))
    False
    >>> _a_class_word_qualifying("55 press and media organisations", Hit(start=13, end=18, lang="en"))
    False
    """
    if mention.lang != "en" or not re.fullmatch(r"[a-z]+", text[mention.start : mention.end]):
        return False
    following = re.match(r"[ \t]\n?([a-z][\w’'-]*)", text[mention.end :])
    if following is None:
        return False
    word = following.group(1)
    if word in _THE_CLASS_ITSELF:
        return False  # "media organisations", "media outlets": the media themselves
    return word not in _NOUN_FOLLOWERS and word not in _PAST_TENSES and not re.search(r"(?:ed|ly)$", word)


# After a class's one word, nouns that name the class's own members, not a thing it qualifies: "press and media
# organisations", "media outlets", "media houses"
_THE_CLASS_ITSELF = frozenset(["organisations", "organizations", "outlets", "houses"])


# After an organisation's acronym, its member States (the class, as "African Union Member States" is registered), its
# parliamentarians (the class: "OSCE Parliamentarians"), its affairs as a ministry's subject ("ASEAN Affairs") or its
# organs as a class, capitalised in a list of participants ("Representatives of the African Union Commission and AU Organs")
_ITS_STATES_OR_AFFAIRS = re.compile(
    r"[ \t]\n?(?:[Mm]ember\s+[Ss]tates|participating\s+States|[Pp]arliamentarians|Affairs|Organs|Bodies|Agencies)\b"
)
# After an acronym, a post it qualifies in lower case, no determiner needed (headlines drop it): "OSCE human rights head"
_A_POST_AFTER = re.compile(
    r"(?:[ \t]\n?(?!(?:a|an|the|its|has|have|had|is|are|was|were|and|or|to|of|as|with|named|appoints?)\b)[a-z][\w’'-]*)"
    r"{0,3}[ \t]\n?(?:head|chief|officials?|envoy)\b"
)
# Verbs in the past tense that do not end in "-ed": "the AU met", "the OSCE held"
_PAST_TENSES = frozenset(
    ["met", "held", "took", "gave", "made", "sent", "led", "saw", "won", "set", "put", "began", "kept", "found"]
    + ["told", "went", "came", "became", "brought", "spoke", "wrote", "chose", "sought", "thought", "got", "ran"]
)
# The acronym qualifies a noun phrase that an English determiner or a possessive opens: "the OSCE region", "our OSCE
# documents", "Bosnia and Herzegovina’s EU path", with an adjective of extent between them or not: "the wider OSCE region"
_ENGLISH_DETERMINER = re.compile(
    r"(?:\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Aa]ll|[Ee]ach|[Ee]very|[Aa]n?)|[^\W\d_][’']s)\s+"
    r"(?:(?:wider|whole|entire|broader|greater|larger)\s+)?$"
)
_ROMANCE_LINKS = frozenset(
    ["et", "ou", "y", "e", "o", "u", "de", "del", "des", "du", "en", "a", "à", "al", "au", "aux", "para", "pour"]
    + ["por", "par", "con", "avec", "sobre", "sur", "que", "qui", "la", "le", "el", "lo", "un", "una", "une"]
)


def _before_a_noun(text: str, mention) -> bool:
    surface = text[mention.start : mention.end]
    after = text[mention.end :]
    if surface == "联合国":
        after = after[_ZH_COUNT.match(after).end() :]
        if _ZH_UNIT.match(after):
            return False  # "联合国日内瓦办事处": a unit of the UN that the registry does not hold names the UN
        return bool(after) and re.match(r"[\u4e00-\u9fff]", after) is not None and not _ZH_NOUN_FOLLOWERS.match(after)
    if surface in ("UN", "U.N.", "ONU") and at_a_duty_station(after):
        return False  # "UN Geneva", "l'ONU Genève": the UN's office there, a unit with no row, which names the UN
    if surface == "ONU" and after[:1] == " " and country_after(after, 1):
        return False  # "ONU Bolivia", "ONU México": the UN system's name in a country (its country team) names the UN
    if surface == "ONU":
        # "ONU Hábitat", "ONU Femmes": an agency's name, not the organisation acting (found whole where it is registered)
        return re.match(r" [A-ZÀ-Ý][a-zà-ÿ]{2,}", after) is not None
    # "the United Nations (UN) Special Rapporteur": the name and its acronym before a title (capitalised)
    titled = re.match(r"\s*\(UN\)(?= [A-Z])" if surface == "United Nations" else r"\)(?= [A-Z])", after)
    if titled and (surface == "United Nations" or text[mention.start - 1 : mention.start] == "("):
        surface, after = "UN", after[titled.end() :]
    if re.match(r"\s+(?:co-?operation|partnership)\s+with\s", after, re.IGNORECASE):
        return False  # "UN cooperation with the OIC": a partner, as in "UN-AU cooperation"
    if text[mention.start - 1 : mention.start] == "-" and re.match(r"[ \t]+[A-Z]", after):
        return False  # "the AICHR-UN Dialogue": a party, named with its partner's acronym before a name's word
    if _SECURITY_COUNCIL.match(after):
        return False  # "UN Security Council": an organ with no row, whose name carries the UN's (the longest name)
    if (surface in ("UN", "U.N.") and _UNIT_AFTER.match(after)) or _AN_OFFICE_AT.match(after):
        return False  # "the UN Development Cooperation Office": a unit of the UN with no row, which names the UN
    following = re.match(r"[ \t]?\n?([A-Za-z][\w’'-]*)", after)
    if not following or not after[:1].isspace():
        return False
    if surface not in ("UN", "U.N."):
        # "United Nations Headquarters" is the organisation's (tests/annotations/README.md); "the United
        # Nations human rights activities" qualifies the words after it, as "United Nations human rights
        # mechanisms" does
        return (
            surface == "United Nations"
            and following.group(1)[:1].islower()
            and following.group(1) not in _NOUN_FOLLOWERS
        )
    return following.group(1).casefold() not in _NOUN_FOLLOWERS


# The Security Council, which has no row, after the UN's name: "UN Security Council", "United Nations Security Council"
_SECURITY_COUNCIL = re.compile(rf"\s+{alternation(SECURITY_COUNCIL.en)}\b")
# After the UN's acronym, the capitalised name of one of its offices or missions: "UN Development Cooperation Office",
# "UN Mission in South Sudan" (a unit with no row: the UN named, as "United Nations Assistance Mission for Iraq" is);
# after either name, an office in lower case and its place: "the United Nations office in Geneva (UNoG)"
_UNIT_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w’'-]*){0,4}?[ \t]+(?:Office|Mission|Department|Division)\b")
_AN_OFFICE_AT = re.compile(r"[ \t]+(?:office|mission)[ \t]+(?:in|at)[ \t]+[A-Z]")
# The masthead of a document printed on one line with its header: an organ, then "Distr."
_MASTHEAD_AFTER = re.compile(r"\s+Distr\b")
