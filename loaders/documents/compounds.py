"""A class named by one short Chinese word, inside a longer word that is not the class.

Chinese prints words without spaces, so a class's short name (议会 parliaments, 律师 lawyers, 媒体 the media) is also
found where its characters belong to other words: 议会 in 审议会议 (a review meeting: 审议 then 会议), 律师 in
律师协会 (a bar association), 媒体 in 媒体自由 (media freedom) and in 社交媒体 (social media). As the English rules read
"media freedom" (:mod:`loaders.documents.qualifiers`), such a class word qualifies the noun it is written against and
names no class; written before a particle, a conjunction, a verb or punctuation ("律师和记者", "议会选举了主席",
"律师们") it does. A Spanish class word that is an adjective too qualifies the noun written before it in the same way
("motivos académicos": academic reasons, not academics).

>>> from loaders.documents.mentions import Mention
>>> def check(text, surface):
...     start = text.index(surface)
...     return in_a_longer_word(text, Mention("lawyers", surface, start, start + len(surface), "zh"))
>>> check("律师协会和律师", "律师"), check("律师和记者", "律师"), check("律师们", "律师")
(True, False, False)
>>> check("审议会议", "议会"), check("议会选举了主席", "议会"), check("社交媒体", "媒体")
(True, False, True)
>>> check("欧洲议会观察员", "议会"), check("泛非议会", "议会"), check("各国议会和法院", "议会")
(True, True, False)
>>> check("反对派控制的国民议会领导人", "议会"), check("瑞士联邦议会通过", "议会")
(True, True)
>>> check("首席大法官", "法官"), check("法官和律师独立性问题", "法官"), check("法官、律师和执法人员", "法官")
(True, True, False)
>>> check("冲进议会大楼后被捕", "议会"), check("就业、融入和媒体教育领域", "媒体"), check("议会通过了法律", "议会")
(True, True, False)
>>> check("设立了与民间社会关系专员办公室", "民间社会"), check("与民间社会的关系", "民间社会")
(True, False)
"""

from __future__ import annotations

import re

__all__ = [
    "in_a_longer_word",
    "in_an_instruments_title",
    "in_a_councils_name",
    "an_adjective_after_a_noun",
    "opens_an_office_word",
]

# Words that end on a class word's first character: 议会 read across "审议|会议", "决议|会", "建议|会"…
_WORDS_ACROSS = frozenset(
    ["审议", "会议", "决议", "建议", "提议", "协议", "倡议", "争议", "抗议", "异议", "评议", "商议", "动议", "附议"]
    + ["复议", "非议", "和议"]
)
# Words before a class word that make another thing of it: social media, self-published media, a senator and a
# representative (参议员, 众议员: one member of a chamber, not parliamentarians)
_OTHER_THING_BEFORE = re.compile(r"(?:社交|自|参|众)$")
# Nouns a class word qualifies when written against it, as "media" does in "media freedom": an association, a firm,
# a freedom, an independence, workers, reports, a platform, an assembly or union of its own, an advisory or a briefing
# ("媒体公告": a media advisory; "媒体通报会": a press briefing), its building ("议会大楼", "议会大厦"), an education or a
# literacy in it ("媒体教育", "媒体素养": a field), a society or guild of its own ("律师学会": a law society, "律师公会": a
# bar association; 学会 not the verb "learnt", "律师学会了") (a closed list: Chinese
# prints verbs against a class word too, "议会选举了主席", and those keep it named)
_QUALIFIED_NOUN = re.compile(
    r"协会|事务所|自由|独立|工作者|从业|专业人士|报道|平台|大会|联盟|公告|通报|大楼|大厦|教育|素养|学会(?!了)|公会"
)
# ... and so do two class words joined before such a noun: "法官和律师独立性" (the independence of judges and lawyers,
# a rapporteur's subject: "法官和律师独立性问题特别报告员")
_JOINED_QUALIFYING = re.compile(rf"(?:和|与|及)[\u4e00-\u9fff]{{2}}(?:{_QUALIFIED_NOUN.pattern})")
# Before 法官 (judges), the words of one judge's title: 大法官 (a justice), 首席法官 and 首席大法官 (a chief justice)
_A_JUDGES_TITLE = re.compile(r"(?:大|首席)$")
# Before 议会, a region that makes it one named chamber, not the class: 欧洲议会 (the European Parliament), 泛非议会
# (the Pan-African Parliament), 中美洲议会, 拉美议会, 安第斯议会, 阿拉伯议会, 东盟议会; and one country's chamber so
# named, as "the National Assembly" is no class in English: 国民议会 (Venezuela's, France's National Assembly), 联邦议会
# (Switzerland's Federal Assembly)
_A_REGIONS_CHAMBER = re.compile(r"(?:欧洲|泛非|美洲|拉美|安第斯|阿拉伯|东盟|地中海|北欧|国民|联邦)$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: The longest class word this reads: a word of two characters (三 and more are names of their own: 观察员国, 缔约国)
_SHORT = 2


# After a class's Chinese name, the rest of the name of an office or a ministry in charge of relations with it:
# "与民间社会关系专员办公室" (the Commissioner's Office for Relations with Civil Society), "与议会关系部" (the Ministry of
# Relations with Parliament)
_RELATIONS_OFFICE = re.compile(r"关系(?:国务)?(?:专员|部|司|局|处|办公室|事务)")


# A Spanish or French instrument's title, capitalised word by word, up to a class's name capitalised the same way: "el
# Código de Conducta para Funcionarios Encargados de Hacer Cumplir la Ley", "la Ley Orgánica del Poder Judicial"
_AN_INSTRUMENT_BEFORE = re.compile(
    r"\b(?:C[óo]digo|Code|Principios|Principes|Reglas|R[èe]gles|Directrices|Lignes|Declaraci[óo]n|D[ée]claration"
    r"|Convenci[óo]n|Convention|Protocolo|Protocole|Ley|Loi)\b(?:\s+(?:[A-ZÁÉÍÓÚÀÂÈÊÎÔÛÇ][\w’'-]*|de|del|la|las|los|el"
    r"|por|para|sobre|y|en|du|des|le|les|pour|sur|et|d['’]\w+))*\s+$"
)


def in_an_instruments_title(text: str, mention) -> bool:
    """Whether a Spanish or French class's name, capitalised word by word, ends an instrument's capitalised title.

    >>> from types import SimpleNamespace as Hit
    >>> text = "el Código de Conducta para Funcionarios Encargados de Hacer Cumplir la Ley"
    >>> in_an_instruments_title(text, Hit(start=27, end=len(text), lang="es"))
    True
    >>> text = "capacitar a los funcionarios encargados de hacer cumplir la ley"
    >>> in_an_instruments_title(text, Hit(start=16, end=len(text), lang="es"))
    False
    """
    return _capitalised_after(text, mention, _AN_INSTRUMENT_BEFORE, 120)


# A council's capitalised name, up to a class's name capitalised the same way: "el Consejo General del Poder Judicial"
# (Spain's council of the judiciary), "el Consejo Superior de la Judicatura", "le Conseil supérieur de la Magistrature":
# a national body named after the class, no mention of it
_A_COUNCIL_BEFORE = re.compile(
    r"\b(?:Consejo|Conseil)(?:\s+(?:General|Superior|Supérieur|Nacional|National|Federal|Fédéral))?"
    r"\s+(?:del|de\s+la|de\s+los|de\s+las|du|de\s+l['’]\s*|des)\s+$"
)


def in_a_councils_name(text: str, mention) -> bool:
    """Whether a Spanish or French class's name, capitalised word by word, ends a council's capitalised name.

    >>> from types import SimpleNamespace as Hit
    >>> text = "la reforma del Consejo General del Poder Judicial (CGPJ)"
    >>> in_a_councils_name(text, Hit(start=35, end=49, lang="es"))
    True
    >>> in_a_councils_name("la independencia del Poder Judicial", Hit(start=21, end=35, lang="es"))
    False
    """
    return _capitalised_after(text, mention, _A_COUNCIL_BEFORE, 40)


def _capitalised_after(text: str, mention, before: re.Pattern, reach: int) -> bool:
    """Whether a Spanish or French class's name, capitalised word by word, follows ``before`` within ``reach``
    characters: the end of a capitalised name that holds it."""
    words = re.findall(r"[^\W\d_]{4,}", text[mention.start : mention.end])
    return (
        mention.lang in ("es", "fr")
        and bool(words)
        and all(word[:1].isupper() for word in words)
        and before.search(text, max(0, mention.start - reach), mention.start) is not None
    )


def in_a_longer_word(text: str, mention, previous=None) -> bool:
    """Whether a class's short Chinese name is part of another word, or qualifies the noun written after it;
    ``previous`` is the name found before it in the text, if any. A class named in an office's name for relations
    with it ("与民间社会关系专员办公室") is the office's words, whatever its length, and one named in a Spanish or French
    instrument's capitalised title the title's (:func:`in_an_instruments_title`), and one ending a council's capitalised
    name the council's (:func:`in_a_councils_name`)."""
    surface = text[mention.start : mention.end]
    if mention.lang == "zh" and _RELATIONS_OFFICE.match(text, mention.end):
        return True
    if in_an_instruments_title(text, mention) or in_a_councils_name(text, mention):
        return True
    if mention.lang != "zh" or len(surface) > _SHORT or not _HAN.fullmatch(surface[:1]):
        return False
    before = text[max(0, mention.start - 2) : mention.start]
    # a word across: "审议|会议"; but a name found right before is read first: "议会|议员" (members of parliament)
    across = before[-1:] + surface[:1] in _WORDS_ACROSS and not (previous and previous.end == mention.start)
    if across or _OTHER_THING_BEFORE.search(before):
        return True
    if surface == "议会" and _A_REGIONS_CHAMBER.search(text, 0, mention.start):
        return True  # 欧洲议会: the European Parliament, one chamber
    if surface == "法官" and _A_JUDGES_TITLE.search(before):
        return True  # 首席大法官: one judge's title
    return (
        _QUALIFIED_NOUN.match(text, mention.end) is not None or _JOINED_QUALIFYING.match(text, mention.end) is not None
    )


# A Spanish class named by one word that is an adjective too ("académicos": academics, academic; "parlamentarios"),
# written right after a plural noun it qualifies: "motivos académicos", "grupos parlamentarios". The word before is a
# noun unless it is a determiner, a quantifier or an adjective placed before the noun ("destacados académicos",
# "eminentes académicos"), which leave the class named.
_SPANISH_ADJECTIVE_CLASS = re.compile(r"(?:académic|parlamentari)[oa]s")
_PLURAL_NOUN_BEFORE = re.compile(r"(?<![\w-])([a-záéíóúñ]+s)[ \t]+$")
_NOT_A_NOUN = re.compile(
    r"(?:l[oa]s|un[oa]s|otr[oa]s|algun[oa]s|vari[oa]s|much[oa]s|tod[oa]s|ambos|ambas|sus|nuestr[oa]s|vuestr[oa]s"
    r"|est[oa]s|es[oa]s|aquell[oa]s|divers[oa]s|numeros[oa]s|distint[oa]s|demás|más|menos|tres|seis|dos"
    r"|\w+(?:ad|id)[oa]s|\w+ntes|\w+os[oa]s)"
)


def an_adjective_after_a_noun(text: str, mention) -> bool:
    """Whether a Spanish class word that is also an adjective qualifies the plural noun written right before it.

    >>> from types import SimpleNamespace as Hit
    >>> def check(text, word):
    ...     start = text.index(word)
    ...     return an_adjective_after_a_noun(text, Hit(start=start, end=start + len(word), lang="es"))
    >>> check("viajó a la capital por motivos académicos.", "académicos"), check("la sociedad civil, académicos y", "académicos")
    (True, False)
    >>> check("junto a destacados académicos", "académicos"), check("los académicos y expertos", "académicos")
    (False, False)
    """
    if mention.lang != "es" or not _SPANISH_ADJECTIVE_CLASS.fullmatch(text, mention.start, mention.end):
        return False
    before = _PLURAL_NOUN_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return bool(before) and not _NOT_A_NOUN.fullmatch(before.group(1))


def opens_an_office_word(text: str, mention) -> bool:
    """Whether a short Chinese name ending in 办 ("人权办", OHCHR's) opens the word 办公室 or 办事处 of another office's
    name: "民主制度和人权办公室" (ODIHR), "该国人权办公室" are not it.

    >>> from types import SimpleNamespace as Hit
    >>> opens_an_office_word("该国人权办公室表示", Hit(start=2, end=5)), opens_an_office_word("人权办对此表示", Hit(start=0, end=3))
    (True, False)
    """
    surface = text[mention.start : mention.end]
    return len(surface) <= 3 and surface.endswith("办") and text.startswith(("公室", "事处"), mention.end)
