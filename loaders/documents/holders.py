"""Titles that are not the office holder they contain: a deputy ("Deputy High Commissioner", "Haut-Commissaire
adjointe", "Alta Comisionada Adjunta", "副高级专员"), or another High Commissioner, by the subject the title carries; nor is the Council whose name opens a
mandate holder's title in the Chinese press ("联合国人权理事会单边强制措施对人权负面影响问题特别报告员"): the longest name
is the title's (tests/annotations/README.md, rule 1), registered or not.
"""

from __future__ import annotations

import re

__all__ = ["not_the_holder"]

# Words that make a title another person's: before it ("Deputy", "副", "助理": "助理秘书长" is an Assistant
# Secretary-General) or after it ("adjointe").
_DEPUTY_BEFORE = re.compile(r"(?:\b(?:Deputy|Assistant|Vice)\s+|副|助理)$", re.IGNORECASE)
# A body not the UN's glued before the Chinese title 秘书长: a party's ("执政党秘书长"), a union's, an association's
_ANOTHER_BODY_BEFORE = re.compile(r"(?:党|工会|协会|商会|联盟)$")
_DEPUTY_AFTER = re.compile(r"^[\s-]+(?:adjoint|adjointe|adjunto|adjunta)\b", re.IGNORECASE)


def not_the_holder(text: str, mention) -> bool:
    """Whether a title is written as its deputy's: "Deputy High Commissioner", "Haut-Commissaire adjointe";
    or as another High Commissioner's, by the subject it carries: "High Commissioner on National Minorities",
    "少数民族问题高级专员", "难民事务高级专员" (the UN's is for human rights: "人权事务高级专员").

    >>> from loaders.documents.mentions import Mention
    >>> not_the_holder("the Deputy High Commissioner said", Mention("high-commissioner", "High Commissioner", 11, 28, "en"))
    True
    >>> not_the_holder("少数民族问题高级专员", Mention("high-commissioner", "高级专员", 6, 10, "zh"))
    True
    """
    if (
        mention.id == "hrc"
        and mention.surface in ("人权理事会", "人權理事會")
        and _A_MANDATE_TITLE.match(text, mention.end)
    ):
        return True  # "人权理事会……问题特别报告员": the Council's name inside the title
    if mention.id == "high-commissioner" and (
        mention.surface in ("高级专员", "高級專員")
        and text[max(0, mention.start - 2) : mention.start] in ("问题", "事务")
        # a title that already says its subject is for human rights ("the High Commissioner for Human Rights on
        # reports on Ukraine") holds no other subject after it
        or (
            _OTHER_SUBJECT.match(text, mention.end)
            and not _HUMAN_RIGHTS.search(mention.surface)
            and not _DEFENDING_HUMAN_RIGHTS.match(text, mention.end)
        )
    ):
        return True
    if mention.id == "un-secretary-general" and _ANOTHER_BODY_BEFORE.search(
        text, max(0, mention.start - 4), mention.start
    ):
        return True  # "执政党秘书长": a party's or union's Secretary-General
    return bool(
        _DEPUTY_BEFORE.search(text[max(0, mention.start - 12) : mention.start])
        or _DEPUTY_AFTER.match(text[mention.end : mention.end + 12])
    )


# After the Council's Chinese name, glued to it, a mandate's subject and its holder's title ("……问题特别报告员", "……问题独立
# 专家"), in characters alone: no digits (a resolution's number), no 的 ("人权理事会任命的特别报告员"), no list or clause
# word, nor the Council's act of creating, appointing or meeting the holder
_A_MANDATE_TITLE = re.compile(
    r"(?:(?!设立|任命|授权|邀请|决定|延长|会见|呼吁|敦促|要求|请)[^\W\d_的和与及、，。；：,;:“”《》（）()]){2,30}?"
    r"问题(?:特别报告员|独立专家)"
)


# A High Commissioner for another subject than human rights: "on National Minorities", "for Refugees", "pour les
# réfugiés", "para los Refugiados".
_OTHER_SUBJECT = re.compile(
    # in English a title's subject is capitalised: "the report of the High Commissioner on racial justice" is hers
    r"\s+(?:(?:on|for)\s+(?:the\s+)?(?!Human\s+Rights)[A-Z]"
    r"|(?:pour|aux|para)\s+(?:(?:les|los|las)\s+)?(?!droits|Derechos|derechos|(?:les|los|las)\b)[^\W\d_]"
    # in Spanish "sobre" opens her report's matter ("Informe de la Alta Comisionada sobre Colombia"), save minorities
    r"|sobre\s+(?:las\s+)?[Mm]inor[ií]as)"
)
_HUMAN_RIGHTS = re.compile(r"Human\s+Rights|droits\s+de\s+l|Derechos\s+Humanos|人权|人權", re.IGNORECASE)
# A subject that is human rights in longer words: the title as General Assembly resolution 48/141 creates it ("for the
# promotion and protection of all human rights", "para la promoción y protección de todos los derechos humanos",
# "pour la promotion et la protection de tous les droits de l'homme"), or as the press writes it ("para la Defensa de
# los Derechos Humanos")
_DEFENDING_HUMAN_RIGHTS = re.compile(
    r"\s+(?:for|pour|para)\s+(?:the\s+|la\s+)?(?:promotion|protection|promoción|protección|défense|defensa)\b"
    r"[^.,;:()\n]{0,50}?(?:human\s+rights|droits\s+de\s+l|derechos\s+humanos)",
    re.IGNORECASE,
)
