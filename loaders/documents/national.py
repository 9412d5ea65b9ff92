"""A country's own body named like a UN body: "菲律宾人权委员会", "Commission on Human Rights of the Philippines", "the
Cambodian Human Rights Committee". Such national bodies have no row of their own: no mention. Nor is the States class
named where the States are named one by one after it ("los Estados de Perú y Ecuador"), nor
where the word means a condition ("los estados de excepción": states of emergency). An organisation's Chinese name
written right before "each of its States" ("东盟各国外长": the ASEAN States' foreign ministers) names the States, as
"African Union Member States" is registered: the longest name wins, no mention of the organisation. A country's name
glued before the Chinese name of national human rights institutions ("韩国国家人权机构") names that country's one
institution, not the class. In a document naming a national human rights commission (国家人权委员会) and never the UN's
former Commission (联合国人权委员会), the bare 人权委员会 ("首任人权委员会主席") is the national one's short name.
"""

from __future__ import annotations

import re

from loaders.documents.countries import country_after, country_before

__all__ = ["a_national_commission", "named_states", "its_member_states", "national_commission_named", "not_the_states"]

# A country's commission named after it: "Commission on Human Rights of the Philippines", "Comisión de Derechos Humanos
# de Filipinas", "Commission des droits de l'homme du Maroc"
_OF_A_COUNTRY = re.compile(r"\s+(?:of|de|du|del|des)\s+(?:(?:the|la|las|los|el|le|les)\s+|l['’]\s*)?")


# A city, a state, a province or a district named after a commission's name: "Comisión de Derechos Humanos de la Ciudad de
# México", "del Estado de México", "del Distrito Federal", "Human Rights Commission of the City of New York"; and in
# Chinese a province, a city, a state or a county glued before it ("广东省", "纽约市")
_A_LOCAL_UNIT = re.compile(
    r"(?:Ciudad|Estado|Provincia|Departamento|Municipio|City|State|Province|County|Ville|Région)\s+(?:de\s+|of\s+|du\s+)?"
    r"(?:la\s+|l['’]\s*)?[A-ZÁÉÍÓÚÀ-Ý]|Distrito\s+Federal"
)
_A_LOCAL_UNIT_BEFORE = re.compile(r"[\u4e00-\u9fff][省市州县]$")
# A country's adjective before the name: "the Cambodian Human Rights Committee", "the Kenyan Human Rights Commission"
# (not "Inter-American", written with its hyphen)
_NATIONALITY_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:an|ese|ish|ine|i)\s+$")
# The UN bodies whose names countries give their own: the former Commission, the Committee, the Council
_NATIONAL_NAMES = frozenset({"commission-on-human-rights", "ccpr", "hrc"})


def a_national_commission(text: str, mention) -> bool:
    """Whether the name of the UN's former Commission on Human Rights is a country's own commission: the country's
    name or 国家 (national) glued before it in Chinese ("菲律宾人权委员会", "国家人权委员会") or written after it ("Commission on
    Human Rights of the Philippines"); and whether the name of the Commission, the Human Rights Committee or the
    Council, capitalised, follows a country's adjective in English ("the Cambodian Human Rights Committee").

    >>> from types import SimpleNamespace as Hit
    >>> a_national_commission("菲律宾人权委员会主席", Hit(id="commission-on-human-rights", start=3, end=8, lang="zh"))
    True
    >>> text = "the Commission on Human Rights of the Philippines"
    >>> a_national_commission(text, Hit(id="commission-on-human-rights", start=4, end=30, lang="en"))
    True
    >>> a_national_commission("联合国人权委员会", Hit(id="commission-on-human-rights", start=3, end=8, lang="zh"))
    False
    >>> a_national_commission("成立了国家人权委员会", Hit(id="commission-on-human-rights", start=5, end=10, lang="zh"))
    True
    >>> text = "la Comisión de Derechos Humanos de la Ciudad de México"
    >>> a_national_commission(text, Hit(id="commission-on-human-rights", start=3, end=31, lang="es"))
    True
    >>> a_national_commission("广东省人权委员会", Hit(id="commission-on-human-rights", start=3, end=8, lang="zh"))
    True
    >>> a_national_commission("取自韩国国家人权机构(NHRCK)", Hit(id="nhris", start=4, end=10, lang="zh"))
    True
    >>> a_national_commission("多个国家人权机构", Hit(id="nhris", start=2, end=8, lang="zh"))
    False
    >>> text = "President of the Cambodian Human Rights Committee"
    >>> a_national_commission(text, Hit(id="ccpr", start=27, end=49, lang="en"))
    True
    """
    if (
        mention.id in _NATIONAL_NAMES
        and mention.lang == "en"
        and text[mention.start : mention.start + 1].isupper()
        and _NATIONALITY_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    ):
        return True
    if mention.id == "nhris" and mention.lang == "zh":
        # "韩国国家人权机构" (the National Human Rights Commission of Korea): one country's institution
        return country_before(text[max(0, mention.start - 12) : mention.start])
    if mention.id != "commission-on-human-rights":
        return False
    if mention.lang == "zh":
        before = text[max(0, mention.start - 12) : mention.start]
        # "国家人权委员会", a National Human Rights Commission (the State's, named or not): no UN body is called so; nor
        # is a province's, a city's or a state's ("广东省人权委员会", "纽约市人权委员会")
        return before.endswith("国家") or country_before(before) or _A_LOCAL_UNIT_BEFORE.search(before) is not None
    link = _OF_A_COUNTRY.match(text, mention.end)
    return bool(link) and (country_after(text, link.end()) or _A_LOCAL_UNIT.match(text, link.end()) is not None)


def national_commission_named(text: str) -> bool:
    """Whether a document (its text in simplified characters) names a national human rights commission and never the
    UN's former Commission on Human Rights: then its bare 人权委员会 is the national commission.

    >>> national_commission_named("成立国家人权委员会,由首任人权委员会主席领军"), national_commission_named("联合国人权委员会")
    (True, False)
    """
    return "国家人权委员会" in text and "联合国人权委员会" not in text


# After "Estados", the countries it names one by one: "los Estados de Perú, Bolivia y Paraguay"
_OF_COUNTRIES = re.compile(r"\s+de\s+")


def named_states(text: str, mention) -> bool:
    """Whether the Spanish States class word is written before the names of the States it means, which names those
    States one by one, not the class: "los Estados de Perú y Ecuador"; "los Estados de la región" is the class.

    >>> from types import SimpleNamespace as Hit
    >>> named_states("los Estados de Perú y Ecuador", Hit(id="states", start=4, end=11, lang="es"))
    True
    >>> named_states("los Estados de la región", Hit(id="states", start=4, end=11, lang="es"))
    False
    """
    if mention.id != "states" or mention.lang != "es" or text[mention.start : mention.end] != "Estados":
        return False
    link = _OF_COUNTRIES.match(text, mention.end)
    return bool(link) and country_after(text, link.end())


# After the Spanish class word, the words that make it a condition, not the States: "estados de excepción" (states of
# emergency), "estados de emergencia", "estados de sitio", "estados de alarma", "estados excepcionales", "estados
# financieros" (financial statements), "estados de ánimo", "estados de cuenta"
_A_CONDITION = re.compile(
    r"\s+(?:de\s+(?:excepción|emergencia|sitio|alarma|ánimo|cuenta|salud|guerra)|excepcionales|financieros|contables)\b",
    re.IGNORECASE,
)


def not_the_states(text: str, mention) -> bool:
    """Whether the Spanish States class word names the States one by one or a condition, not the class."""
    return named_states(text, mention) or a_state_of_affairs(text, mention)


def a_state_of_affairs(text: str, mention) -> bool:
    """Whether the Spanish States class word names a condition: "los estados de excepción", "estados excepcionales".

    >>> from types import SimpleNamespace as Hit
    >>> a_state_of_affairs("Ataques a defensorías y estados excepcionales", Hit(id="states", start=24, end=31, lang="es"))
    True
    >>> a_state_of_affairs("los Estados de la región", Hit(id="states", start=4, end=11, lang="es"))
    False
    """
    if mention.id != "states" or mention.lang != "es" or text[mention.start : mention.end].casefold() != "estados":
        return False
    return _A_CONDITION.match(text, mention.end) is not None


# The Chinese words for the States written right after an organisation's name: "each of its States" ("东盟各国外长").
# "成员国" after it is left to count both, as the annotated samples differ on it ("东盟成员国": states and asean in one,
# "美洲国家组织成员国": states only in another).
_ITS_STATES = frozenset(["各国", "各成员国"])


def its_member_states(mention, after, text: str = "", registered=frozenset()) -> bool:
    """Whether an organisation's Chinese name is written right before the States class's name (the first of the names
    found ``after`` it), as the name of its States: "东盟各国外长" (the ASEAN States' foreign ministers); or with 的
    between them where the two names joined are a registered name of the States (``registered``, the States' spellings
    as the finder keys them): "联合国的会员国" is the registered 联合国会员国 with 的 inserted.

    >>> from types import SimpleNamespace as Hit
    >>> un, states = Hit(id="un", start=0, end=3, surface="联合国"), Hit(id="states", start=4, end=7, surface="会员国")
    >>> its_member_states(un, [states], "联合国的会员国", {"联合国会员国"}), its_member_states(un, [states], "联合国的会员国")
    (True, False)

    >>> from types import SimpleNamespace as Hit
    >>> asean, states = Hit(id="asean", start=2, end=4, surface="东盟"), Hit(id="states", start=4, end=6, surface="各国")
    >>> its_member_states(asean, [states]), its_member_states(asean, [Hit(id="states", start=5, end=7, surface="各国")])
    (True, False)
    >>> its_member_states(asean, [Hit(id="states", start=4, end=7, surface="成员国")])
    False
    """
    following = after[0] if after else None
    if not (following and following.id == "states" and _CJK_END.search(mention.surface)):
        return False
    if following.start == mention.end + 1 and text[mention.end : following.start] == "的":
        return mention.surface + following.surface in registered
    return following.start == mention.end and following.surface in _ITS_STATES


_CJK_END = re.compile(r"[\u4e00-\u9fff]$")
