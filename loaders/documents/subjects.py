"""A class named as the subject of a title is no mention of the class acting.

"The Declaration on Human Rights Defenders", "International Human Rights Defenders Day", a resolution
"entitled “Protecting human rights defenders”", 《人权维护者宣言》: the annotation rules
(tests/annotations/README.md) count the class only where it acts or is addressed, not where a title is about it.
Nor is a class's word in the singular before a document or a meeting of its members ("CSO submissions", "NGO
private briefings", "the State party report"), nor a body's acronym inside a treaty's name ("the CPT Convention")
or an instrument's reference ("CADHP / Rés. 451 (LXVI) 2020"), nor a system's name opening a monitoring tool's
("the Inter-American System for Monitoring Recommendations", "le Système interaméricain de suivi des
recommandations"): the samples read these as adjectival.
"""

from __future__ import annotations

import re

from loaders.documents.resolution_subjects import subject_of_a_resolution

__all__ = ["in_a_quoted_title", "subject_of_a_title", "in_an_instruments_name"]

# A class named as the subject of a declaration's or a day's title: "the Declaration on Human Rights Defenders",
# "International Human Rights Defenders Day", "la Journée internationale des défenseurs des droits de l'homme",
# "el Día Internacional de los Defensores", "《人权维护者宣言》": the title's subject, not the class acting.
_SUBJECT_BEFORE = re.compile(
    r"\b(?:Declaration|Déclaration|Declaración|Day|Journée|Día)\s+(?:(?:International|internationale|Internacional"
    r"|World|mondiale|Mundial)\s+)?(?:on|of|for|sur|des|de|du|pour|sobre|del)\s+(?:(?:the|les|la|los|las)\s+|l['’]\s*)?$"
)
_SUBJECT_AFTER = re.compile(r"^[’']?s?\s+Day\b")
# A class named as the subject of a law, or of a commission's sub-commission, or as the members of a national council:
# "la loi sur les juges", "the Law on Judges", "les sous-commissions sur l'État de droit et sur le pouvoir judiciaire",
# "la loi sur le Conseil de la magistrature et les juges", "le Conseil des juges et des procureurs"
_LAW_OR_COUNCIL_ON = re.compile(
    r"(?:\b(?:[Ll]aws?|[Ll]ois?|[Ss]ous-commissions?|[Ss]ub-?[Cc]ommissions?)\s+(?:on|sur)\s+"
    r"(?:[^;:.()\n]{0,60}?\s(?:and|et)\s+(?:(?:on|sur)\s+)?)?"
    r"|\b(?:Conseil|Council)\s+(?:des|of)\s+)(?:(?:the|les|le|la)\s+|l['’]\s*)?$"
)
# The Charter's "regional arrangements or agencies" for peace and security (its Chapter VIII, "Regional Arrangements"),
# no regional human rights mechanisms: "Chapter VIII of the Charter of the United Nations on regional arrangements",
# "utilize such regional arrangements or agencies for enforcement action", "les accords ou organismes régionaux"
_CHAPTER_VIII_BEFORE = re.compile(r"\b(?:Chapter|Chapitre|Capítulo)\s+VIII\b[^.;]{0,80}$")
_OR_AGENCIES_AFTER = re.compile(r"\s+(?:or|and)\s+agencies\b")
# The class whose freedom a text names: "freedom of the media", "la liberté des médias", "la libertad de los medios de
# comunicación" (as "media freedom" and "媒体自由" are read: the freedom, not the media acting)
_FREEDOM_OF = re.compile(r"\b(?:[Ff]reedom\s+of\s+(?:the\s+)?|[Ll]ibert[ée]\s+des\s+|[Ll]ibertad\s+de\s+(?:los\s+)?)$")
# A database named after the bodies whose documents it holds: "la base de données des organes conventionnels", "the
# database of the treaty bodies" (as "the treaty body database" is read: the database, not the bodies acting)
_DATABASE_OF = re.compile(
    r"\b(?:[Bb]ases?\s+de\s+(?:données|datos)\s+(?:des|de\s+los|de\s+las|de\s+la|du|de)|[Dd]atabases?\s+of)\s+"
    r"(?:(?:the|la|le|les)\s+|l['’]\s*)?$"
)
# A forum named after the class it gathers: "the NGO Forum", "the Forum of non-governmental organisations (NGO)
# Steering Committee", "le Forum des ONG": the forum's name (tests/annotations/README.md, rule 1), not the class acting
_FORUM_AFTER = re.compile(r"\s+Forum\b")
_FORUM_OF_BEFORE = re.compile(r"\bForum\s+(?:of|des|de)\s+(?:(?:the|les|la)\s+)?(?:[^()\n]{2,60}\(\s*)?$")
# A network named after the class it gathers, capitalised: "the Network of National Human Rights Institutions", "le
# Réseau des institutions nationales des droits de l'homme (Indh) en Afrique de l'Ouest", "la Red de Instituciones
# Nacionales": the network's name (rule 1), not the class acting
_NETWORK_OF_BEFORE = re.compile(r"\b(?:Network|Réseau|Red)\s+(?:of|des|de)\s+(?:(?:the|les|las|los)\s+)?$")


def subject_of_a_title(text: str, mention) -> bool:
    """Whether a class is named only as the subject of a declaration's or a day's title.

    >>> from loaders.documents.mentions import Mention
    >>> def check(text, surface):
    ...     start = text.index(surface)
    ...     return subject_of_a_title(text, Mention("hrds", surface, start, start + len(surface), None))
    >>> check("the Declaration on Human Rights Defenders", "Human Rights Defenders")
    True
    >>> check("On Human Rights Defenders Day, the Commission", "Human Rights Defenders")
    True
    >>> check("《人权维护者宣言》", "人权维护者"), check("Human rights defenders met the Commission", "Human rights defenders")
    (True, False)
    >>> check('its resolution entitled "Protecting human rights defenders", and', "human rights defenders")
    True
    >>> check("la libertad de los medios de comunicación", "medios de comunicación")
    True
    >>> check("l'avis sur la loi sur les juges et le ministère public", "juges")
    True
    >>> check("dans la base de données des organes conventionnels", "organes conventionnels")
    True
    >>> check("participants in the NGO Forum called", "NGO"), check("le Forum des ONG a", "ONG")
    (True, True)
    >>> check("the deadline for CSO submissions", "CSO"), check("each reviewed State party report", "State party")
    (True, True)
    >>> check("the State party reports that it has", "State party"), check("the NGO spoke", "NGO")
    (False, False)
    >>> text = "Chapter VIII of the Charter of the United Nations on regional arrangements"
    >>> subject_of_a_title(text, Mention("rhrms", "regional arrangements", 53, 74, "en"))
    True
    """
    before = text[max(0, mention.start - 60) : mention.start]
    if _SUBJECT_BEFORE.search(before) or _SUBJECT_AFTER.match(text[mention.end : mention.end + 12]):
        return True
    if subject_of_a_resolution(text, mention):
        return True  # "sa Résolution CADHP/Rés.69 (XXXV) 04 sur la protection des défenseurs": the title's subject
    if mention.id == "rhrms" and (
        _CHAPTER_VIII_BEFORE.search(text, max(0, mention.start - 90), mention.start)
        or _OR_AGENCIES_AFTER.match(text, mention.end)
    ):
        return True  # the Charter's regional arrangements for peace and security
    if _FREEDOM_OF.search(before):
        return True  # "la libertad de los medios de comunicación": a freedom's subject, as "media freedom" is
    if _LAW_OR_COUNCIL_ON.search(before):
        return True  # "la loi sur les juges", "le Conseil des juges": a law's subject, a national council's members
    if _DATABASE_OF.search(before):
        return True  # "la base de données des organes conventionnels": the database's name
    if _FORUM_AFTER.match(text, mention.end) or _FORUM_OF_BEFORE.search(before):
        return True  # "the NGO Forum", "the Forum of non-governmental organisations (NGO)": the forum's name
    if _NETWORK_OF_BEFORE.search(before):
        return True  # "the Network of National Human Rights Institutions": the network's name
    if _ONE_MEMBER.fullmatch(text, mention.start, mention.end) and _ITS_PAPERS_AFTER.match(text, mention.end):
        return True  # "CSO submissions", "NGO private briefings", "State party reports": the papers, not the class
    opened = text.rfind("《", 0, mention.start)
    if opened >= 0 and text.find("》", opened, mention.start) < 0 and text.find("》", mention.end) >= 0:
        return True
    return in_a_quoted_title(text, mention)


# A class's word in the singular, as English puts a noun before the noun it qualifies: "NGO", "CSO", "State party"
_ONE_MEMBER = re.compile(r"[A-Z]{2,5}(?<!S)|State\s+[Pp]arty")
# After it, the papers or meetings of the class's members, an adjective between or not: "submissions", "private
# briefings", "report(s)", "the CSO forum", "the NGO Forum", "the NGO Steering Committee"; not a verb ("the State party reports that")
_ITS_PAPERS_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:reports?|submissions?|briefings?|responses?|replies|[Ff]orums?|Steering[ \t]+Committee)\b"
    r"(?![ \t]+that\b)"
)
# A body's acronym inside a treaty's name ("the CPT Convention", "the CEDAW Convention", "la Convention CEDAW") or opening an instrument's
# reference printed with spaces around its slash ("CADHP / Rés. 451 (LXVI) 2020"; without them, "ACHPR/Res.69", the
# slash parts it already)
_TREATY_AFTER = re.compile(r"[ \t]+Convention\b")
# French and Spanish put the acronym after the treaty's word: "la Convention CEDAW", "la Convención CEDAW"
_TREATY_BEFORE = re.compile(r"\b(?:Convention|Convención)[ \t]+$")
_REFERENCE_AFTER = re.compile(r"\s*/\s*(?:R[eé]s|RES|D[eé]c)\b")
# A system's name that opens a monitoring tool's: "Inter-American System for Monitoring Recommendations (SIMORE)",
# "Sistema Interamericano de Monitoreo de Recomendaciones", "Système interaméricain de suivi des recommandations"
_SYSTEM_WORD = re.compile(r"\b(?:[Ss]ystem|[Ss]ystème|[Ss]istema)\b")
_MONITORING_AFTER = re.compile(
    r"\s+(?:for|of|de|d['’]|para)\s*(?:(?:the|la|las|los)\s+|l['’])?(?:[Mm]onitoring|[Ff]ollow-up|[Ss]uivi|[Mm]onitoreo"
    r"|[Ss]eguimiento)\b"
)
# A treaty's title names the body it creates with an indefinite article: "Protocole … portant création d'une Cour
# africaine des droits de l'homme et des peuples", "Protocol … on the Establishment of an African Court on Human and
# Peoples' Rights", "Protocolo … relativo a la creación de una Corte Africana"
_CREATED_BEFORE = re.compile(
    r"\b(?:portant\s+création\s+d['’]une?|establishment\s+of\s+an?|establishing\s+an?"
    r"|(?:relativo\s+a\s+la\s+)?creación\s+de\s+una?)\s+$",
    re.IGNORECASE,
)


def in_an_instruments_name(text: str, mention) -> bool:
    """Whether a body's acronym is a word of a treaty's name or of an instrument's reference, or its name the body the
    treaty creates.

    >>> from types import SimpleNamespace as Hit
    >>> text = "Article 11 of the CPT Convention, visit reports"
    >>> in_an_instruments_name(text, Hit(start=18, end=21, lang=None))
    True
    >>> text = "CADHP/Rés.425 (LXV) 2019, - CADHP / Rés. 451 (LXVI) 2020 sur"
    >>> in_an_instruments_name(text, Hit(start=28, end=33, lang=None))
    True
    >>> in_an_instruments_name("la Convention CEDAW et le Comité", Hit(start=14, end=19, lang=None))
    True
    >>> in_an_instruments_name("the CPT adopted its reports", Hit(start=4, end=7, lang=None))
    False
    >>> in_an_instruments_name("le Protocole portant création d’une Cour africaine", Hit(start=36, end=50, lang="fr"))
    True
    >>> in_an_instruments_name("le Système interaméricain de suivi des recommandations", Hit(start=3, end=25, lang="fr"))
    True
    """
    if _CREATED_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return True
    if _SYSTEM_WORD.search(text, mention.start, mention.end) and _MONITORING_AFTER.match(text, mention.end):
        return True  # a monitoring tool's name
    if mention.lang is not None or not text[mention.start : mention.end].isupper():
        return False
    return (
        _TREATY_AFTER.match(text, mention.end) is not None
        or _TREATY_BEFORE.search(text, max(0, mention.start - 15), mention.start) is not None
        or _REFERENCE_AFTER.match(text, mention.end) is not None
    )


def in_a_quoted_title(text: str, mention) -> bool:
    """Whether a name is written inside a title in quotes after "intitulée", "entitled", "titulada", 题为 ("intitulée
    « Coopération entre l'Organisation des Nations Unies et … »": the title's words), or inside a debate's or a meeting's
    theme in quotes ("a thematic debate on “The Role of National Human Rights Institutions”", "meeting on “The role of
    the OSCE in addressing the conflict …”"; a workshop "on the theme “…”" names
    them: tests/annotations/a-hrc-23-18-en.yaml, para. 2). An agenda item's title names the bodies it is about, as the
    annotations read it.

    >>> from loaders.documents.mentions import Mention
    >>> text = "la résolution intitulée « Coopération entre l'Organisation des Nations Unies et l'OCI »"
    >>> in_a_quoted_title(text, Mention("un", "Nations Unies", text.index("Nations"), text.index(" et"), None))
    True
    >>> text = "under agenda item 4 entitled “Cooperation between the United Nations and regional organizations”"
    >>> in_a_quoted_title(text, Mention("un", "United Nations", text.index("United"), text.index(" and"), None))
    False
    """
    before = text[max(0, mention.start - 300) : mention.start]
    quoted = _TITLED_QUOTE.search(before)
    if not quoted or _AGENDA_ITEM_BEFORE.search(before, max(0, quoted.start() - 40), quoted.start()):
        return False
    closed = text.find("」", mention.end)
    if "「" in quoted.group(0) and closed >= 0 and _AGENDA_ITEM.match(text, closed + 1):
        return False
    return re.search(r"[»”\"]", quoted.group(1)) is None


_TITLED_QUOTE = re.compile(
    r"(?:intitulée?s?|entitled|titulad[oa]s?|题为|debate\s+on|débat(?:\s+thématique)?\s+sur|meeting\s+on|réunion\s+sur"
    r"|debate(?:\s+temático)?\s+sobre)\s*[«“\"「]([^»”\"」]*)$"
)
# After a Chinese title in quotes, the agenda item it is the title of: "题为「联合国与区域和次区域组织……的合作」的项目"
_AGENDA_ITEM = re.compile(r"的(?:议程)?项目")
# Before "entitled", the agenda item whose title follows: "agenda item 4 entitled", "point 3 de l'ordre du jour intitulé"
_AGENDA_ITEM_BEFORE = re.compile(r"\b(?:[Ii]tem|[Pp]oint|[Tt]ema)\b[^.;:«“\"]*$")
