"""Another organisation's general assembly, named by the short name the registry gives the UN's: "la asamblea general
de la FIO" (the Ibero-American Federation of Ombudsmen, which has no row), "the General Assembly of the IOM". The
organisation's acronym written after it makes the assembly that organisation's: no mention of the UN's; so do its
members or an ordinary or annual meeting ("la Asamblea General de socios", "la Asamblea General Ordinaria", "the Annual
General Assembly"). Registered
organisations written after it are read in :mod:`loaders.documents.lookalikes`.

A treaty's States parties meeting in Chinese, "缔约国大会" or "缔约国会议" ("《消除对妇女一切形式歧视公约》第23届缔约国大会",
which elects the CEDAW's members), is their own assembly: neither the General Assembly (大会) nor the States as a class
(缔约国, a word of the meeting's name). So is any 大会 glued to the words that name whose assembly it is: a world
conference ("第四次世界妇女大会", "世界卫生大会"), a people's congress ("全国人民代表大会"), the UN Environment Assembly
("联合国环境大会"), an organisation's members' or annual assembly ("亚太地区国家人权机构论坛（APF）年度会员大会").
Where a document names such a members' or annual assembly and never the UN's (联合国大会), its bare 大会 ("在会员大会中",
"在正式大会议程之外") is that assembly too.

So in every language, where a document names another organisation's general assembly ("Resolución Asamblea General de
la OEA", "la 54e Assemblée générale de l'OEA", "美洲国家组织大会") and never the UN's by its full name, its bare short name
("LA ASAMBLEA GENERAL,", "l'Assemblée générale a approuvé") is that organisation's assembly, as
:mod:`loaders.documents.secretaries` reads its Secretary General.
"""

from __future__ import annotations

import re

from loaders.documents.organs import GENERAL_ASSEMBLY, alternation

__all__ = [
    "a_states_parties_meeting",
    "another_organisations_assembly",
    "assembly_of_another_named",
    "members_assembly_named",
]

# After the assembly's short name, "of"/"de" and an organisation's acronym in capitals ("de la FIO", "of the IOM")
_OWNER = (
    r"\s+(?:de\s+la|de\s+las|de\s+los|del|de|of\s+the|of|de\s+l['’]\s*|du|des)(?:\s+|(?<=['’]))([A-Z][A-Z-]{1,9})\b"
)
_ITS_ORGANISATION = re.compile(_OWNER + r"(?![’']?\s*[a-z])")
# Where the whole document is read, a sentence's words may follow the acronym ("de l'OEA approuve"), not its possessive
_ITS_ORGANISATION_IN_TEXT = re.compile(_OWNER + r"(?![’']s\b)")
# After it, an association's members' or ordinary meeting: "la Asamblea General de socios", "la Asamblea General
# Ordinaria", "l'Assemblée générale des membres", "the General Assembly of members"; before it, "the Annual General
# Assembly" (the UN's is a session, "período extraordinario de sesiones de la Asamblea General", never so named)
_MEMBERS_AFTER = re.compile(
    r"\s+(?:de\s+(?:los\s+|las\s+|sus\s+)?(?:soci[oa]s|miembros|asociad[oa]s|afiliad[oa]s)\b"
    r"|des\s+(?:membres|adhérents|associés)\b|of\s+(?:its\s+|the\s+)?members\b"
    r"|(?:Ordinaria|Extraordinaria|Anual|ordinaire|extraordinaire|annuelle)\b)",
    re.IGNORECASE,
)
_ANNUAL_BEFORE = re.compile(r"\bAnnual\s+$", re.IGNORECASE)
# The UN's own acronyms, which keep the assembly the UN's
_UN_ACRONYMS = frozenset(["UN", "ONU", "NU", "UNO"])
_SHORT_NAMES = re.compile(alternation(GENERAL_ASSEMBLY.en, GENERAL_ASSEMBLY.fr, GENERAL_ASSEMBLY.es), re.IGNORECASE)


# The States parties' meeting, in simplified or traditional characters
_STATES_PARTIES = ("缔约国", "締約國")
_MEETING = ("大会", "大會", "会议", "會議")


# Just before 大会, the words naming whose assembly it is: a world conference's theme, a congress of representatives, the
# States parties, members, shareholders, workers, the environment; a yearly assembly (年度大会)
_ANOTHER_ASSEMBLY_BEFORE = re.compile(
    r"(?:世界[\u4e00-\u9fff]{0,6}|妇女|卫生|代表|缔约国|締約國|成员|会员|會員|股东|职工|工会|环境|年度)$"
)
# An organisation's members' (会员大会, 成员大会) or annual assembly, and the UN's own (in simplified characters, as the finder reads)
_MEMBERS_ASSEMBLY = re.compile(r"(?:会员|成员|年度|组织)大会")
_UNS_ASSEMBLY = re.compile(r"联合国大会|联大")


def a_states_parties_meeting(text: str, mention) -> bool:
    """Whether the mention is the 大会 of another assembly ("缔约国大会", "世界卫生大会") or the 缔约国 of "缔约国大会" /
    "缔约国会议".

    >>> from types import SimpleNamespace as Hit
    >>> text = "公约第23届缔约国大会在纽约举行"
    >>> a_states_parties_meeting(text, Hit(id="ga", start=9, end=11)), a_states_parties_meeting(text, Hit(id="states", start=6, end=9))
    (True, True)
    >>> a_states_parties_meeting("缔约国和联合国大会", Hit(id="states", start=0, end=3))
    False
    >>> a_states_parties_meeting("世界卫生大会通过", Hit(id="ga", start=4, end=6)), a_states_parties_meeting("提交大会审议", Hit(id="ga", start=2, end=4))
    (True, False)
    """
    if mention.id == "ga":
        return (
            text[mention.start : mention.end] in _MEETING
            and _ANOTHER_ASSEMBLY_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
        )
    if mention.id == "states":
        return text[mention.start : mention.end] in _STATES_PARTIES and text[mention.end : mention.end + 2] in _MEETING
    return False


def members_assembly_named(text: str) -> bool:
    """Whether a document (its text in simplified characters) names an organisation's members' or annual assembly and
    never the UN's General Assembly: then its bare 大会 is that assembly.

    >>> members_assembly_named("出席APF年度会员大会。在会员大会中"), members_assembly_named("会员大会后，联合国大会通过")
    (True, False)
    """
    return _MEMBERS_ASSEMBLY.search(text) is not None and _UNS_ASSEMBLY.search(text) is None


def another_organisations_assembly(text: str, mention) -> bool:
    """Whether the General Assembly's short name is followed by another organisation's acronym.

    >>> from types import SimpleNamespace as Hit
    >>> text = "durante la asamblea general de la FIO, que se celebró"
    >>> another_organisations_assembly(text, Hit(id="ga", start=11, end=27))
    True
    >>> another_organisations_assembly("la Asamblea General de la ONU", Hit(id="ga", start=3, end=19))
    False
    >>> another_organisations_assembly("la Asamblea General de socios aprobó", Hit(id="ga", start=3, end=19))
    True
    """
    if a_states_parties_meeting(text, mention):
        return True
    if mention.id != "ga" or not _SHORT_NAMES.fullmatch(re.sub(r"\s+", " ", text[mention.start : mention.end])):
        return False
    if _MEMBERS_AFTER.match(text, mention.end) or _ANNUAL_BEFORE.search(
        text, max(0, mention.start - 10), mention.start
    ):
        return True  # an association's members' meeting: "la Asamblea General de socios", "the Annual General Assembly"
    owner = _ITS_ORGANISATION.match(text, mention.end)
    return bool(owner) and owner.group(1) not in _UN_ACRONYMS


# The UN's General Assembly by its full name: "Asamblea General de las Naciones Unidas", "UN General Assembly"
_UN_AFTER = re.compile(
    r"\s+(?:of\s+the|of|de\s+las|de\s+la|des|de)\s+(?:United\s+Nations|Nations\s+Unies|Naciones\s+Unidas|ONU|UN)\b",
    re.IGNORECASE,
)
_UN_BEFORE = re.compile(r"(?:United\s+Nations|UN)\s+$")


def assembly_of_another_named(text: str) -> frozenset[str]:
    """The General Assembly's short names as written in a document that names another organisation's general assembly
    ("Asamblea General de la OEA") and never the UN's by its full name: there each is that organisation's assembly.

    >>> sorted(assembly_of_another_named("Resolución Asamblea General de la OEA. LA ASAMBLEA GENERAL, RESUELVE"))
    ['ASAMBLEA GENERAL', 'Asamblea General']
    >>> assembly_of_another_named("la Asamblea General de la OEA y la Asamblea General de las Naciones Unidas")
    frozenset()
    >>> assembly_of_another_named("la Asamblea General aprobó la resolución 60/251")
    frozenset()
    """
    written, another = set(), False
    for match in _SHORT_NAMES.finditer(text):
        if _UN_AFTER.match(text, match.end()) or _UN_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            return frozenset()
        owner = _ITS_ORGANISATION_IN_TEXT.match(text, match.end())
        another = another or bool(owner and owner.group(1) not in _UN_ACRONYMS)
        written.add(re.sub(r"\s+", " ", match.group()))
    return frozenset(written) if another else frozenset()
