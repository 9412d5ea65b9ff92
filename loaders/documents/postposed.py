"""The UN's name after the noun it qualifies, in French and Spanish: "organes compétents de l'ONU", "Carta de las
Naciones Unidas" name no actor (tests/annotations/README.md, rule 5); but the organisation stays an actor where the
words before it say it acts or owns ("au sein de l'ONU", "un órgano de las Naciones Unidas", "le Secrétariat de
l'ONU") or where they name one of its units with no row ("Conseil de sécurité de l'ONU", "le bureau des Nations
Unies pour l'Afrique de l'Ouest"), whose longest name is the UN's."""

from __future__ import annotations

import re

from loaders.documents.organs import SECURITY_COUNCIL, alternation

__all__ = ["after_its_noun"]

# Before a postposed "de l'ONU", "des Nations Unies", "de la ONU", "de (las) Naciones Unidas":
# the link words, and the words before them that keep the UN an actor ("et de l'ONU", "au nom de l'ONU").
_POSTPOSED = re.compile(r"([^\W\d_]+|[)\]])\s+(?:de\s+l['’]\s*|des\s+|de\s+la\s+|de\s+las\s+|de\s+|del\s+)$")
_POSTPOSED_NAMES = frozenset(
    ["ONU", "Nations Unies", "Naciones Unidas", "Organisation des Nations Unies", "Organización de las Naciones Unidas"]
)
_ACTOR_BEFORE = frozenset(
    ["et", "ou", "ni", "y", "o", "e", "u", "and", "or", "nom", "part", "auprès", "près", "lors", "hors"]
    # "dentro de Naciones Unidas", "au sein de l'ONU", "por parte de la ONU", "en nombre de la ONU", "la razón de ser
    # de las Naciones Unidas" (its purpose): the organisation itself, not a word it qualifies
    + ["dentro", "fuera", "seno", "sein", "través", "parte", "nombre", "cerca", "ser"]
    # "son independientes de las Naciones Unidas": independent of the organisation itself (the singular is a title's
    # word: "el Experto independiente de la ONU sobre …", where the UN qualifies the title)
    + ["independientes"]
)
# An organ or office of the UN with no row, its name capitalised before the UN's: "Conseil de sécurité de l'ONU",
# "Bureau des Nations Unies pour l'Afrique de l'Ouest", "l'Office des Nations Unies à Genève", "Consejo de Seguridad de las
# Naciones Unidas": the longest name is the UN's (tests/annotations/README.md, rule 1), as "United Nations Office for
# West Africa" is in English
_UNIT_OF_THE_UN = re.compile(
    rf"(?:\b{alternation(SECURITY_COUNCIL.fr, SECURITY_COUNCIL.es)}|(?<![\w-])(?:Bureau|Office|Mission|Fonds|Programme|Département"
    r"|Oficina|Misión|Fondo|Programa|Departamento)"
    # in Spanish, with its capitalised words: "Misión de Verificación de Naciones Unidas en Colombia"
    r"|(?<![\w-])(?:Oficina|Misión|Fondo|Programa)(?:\s+(?:de\s+(?:la\s+|las\s+)?)?[A-ZÁÉÍÓÚ][a-záéíóúñ]+){1,3}"
    # in French, with its words in lower case: "Mission multidimensionnelle intégrée", "Bureau intégré", "Force intérimaire"
    r"|(?<![\w-])(?:Mission|Bureau|Force)(?:\s+(?:d['’]\s*)?[a-zàâçéèêëîïôûù]+){1,3}"
    # or capitalised: "le Bureau Intégré des Nations Unies en Haïti"; or an organ's or unit's acronym with no row: "la
    # représentante du SG de l'ONU"
    r"|(?<![\w-])(?:Mission|Bureau|Force)(?:\s+[A-ZÀ-Ý][a-zàâçéèêëîïôûù]+){1,3}|(?<![\w-])[A-Z]{2,6})"
    r"\s+(?:de\s+l['’]\s*|des\s+|de\s+la\s+|de\s+las\s+|de\s+)$"
)
# In French, an office or a mission of the UN in lower case, then the place it serves: "le bureau des Nations Unies pour
# l'Afrique de l'Ouest et le Sahel", "la mission des Nations Unies au Soudan du Sud" (one unit with no row, the UN's)
_AN_OFFICE_BEFORE = re.compile(r"(?<![\w-])(?:bureau|mission)\s+(?:de\s+l['’]\s*|des\s+)$")
_ITS_PLACE_AFTER = re.compile(r"\s+(?:pour|en|au|aux|à|dans)\s+(?:(?:la|le|les)\s+|l['’]\s*)?[A-ZÀ-Ý]")
# In Spanish, a thing the organisation owns, written with its article ("las recomendaciones de Naciones Unidas", "las
# redes sociales de la ONU", "los miembros de las Naciones Unidas", two joined: "los privilegios e inmunidades de las
# Naciones Unidas"): the organisation named as owner, as the Spanish
# annotations read it; not its system, entities, bodies, agencies, programmes or funds (classes it qualifies), nor its
# reports
# ("los países de las Naciones Unidas" are the countries it gathers, the UN adjectival: not owned, as its bodies are)
_OWNED_IN_SPANISH = re.compile(
    r"\b(?:[Ee]l|[Ll]as?|[Ll]os|[Ss]us|[Aa]mb[ao]s)\s+"
    r"(?!(?:sistemas?|entidades|organismos|órganos|agencias|programas|fondos|informes?|países)\b)"
    r"[a-záéíóúñ]+(?:\s+[ey])?(?:\s+[a-záéíóúñ]+)?\s+(?:de\s+la|de\s+las|de)\s+$"
)
# What belongs to the organisation as a whole, written before it with an article: one organ of it, its
# principal organs, its representatives, its auspices ("les organes compétents de l'ONU" are a qualified class)
_OWNED = re.compile(
    r"(?:\b(?:un|el|le|l['’]|principal)\s*(?:órgano|organe)|^(?:Órgano|Organe)|\borganes principaux|órganos principales"
    r"|\b(?:représentants|representantes|auspices|auspicios)"
    # its seat, its Secretariat, one entity of it, its chart of organs: "la Sede de las Naciones Unidas", "le Secrétariat
    # de l'ONU", "una entidad de las Naciones Unidas", "el organigrama de Naciones Unidas"
    r"|\b(?:sede|siège|secretaría|secrétariat|entidad|entité|organigrama|organigramme|institution|institución)"
    # the documents it issues, as a report's front matter names them: "Les cotes des documents de l'Organisation ..."
    r"|\bdes\s+documents"
    # the people who speak for it in Spanish releases: "expertos y expertas de la ONU", "Relatores de la ONU", "el
    # Comisionado de la ONU" (an organ of it, as the annotation conventions read them)
    r"|\b(?:expert[oa]s(?:\s+independientes)?(?:\s+y\s+expert[oa]s)?|relator[ae]s|comisionad[oa])\*?"
    # in French, the title of a UN mandate with no row, the UN inside it: "Expert indépendant des Nations Unies sur la
    # situation des droits de l'homme en Haïti" (a registered title is its holder: titles.py; the bare "experts de
    # l'ONU" qualify a class, as the French annotations read them)
    r"|\b(?:experte?s?\s+indépendante?s?|rapporteu(?:r|se)s?\s+spécia(?:l|le|ux|les))"
    # its treaties, their owner named: "les principaux instruments des Nations Unies" ("d'instruments": no article)
    r"|\b(?:les|des|aux|principaux|ces|ses)\s+instruments(?:\s+(?:fondamentaux|principaux|internationaux|universels))?"
    r"(?:\s+relatifs\s+aux\s+droits\s+(?:de\s+l['’]\s*homme|humains))?)"
    r"\s+(?:de\s+l['’]\s*|des\s+|de\s+la\s+|de\s+las\s+)$",
    re.IGNORECASE,
)


def after_its_noun(text: str, mention) -> bool:
    """ "organes compétents de l'ONU", "Carta de las Naciones Unidas": the UN after the noun it qualifies;
    but "un órgano de las Naciones Unidas", "le principal organe de l'ONU", "des représentants des Nations
    Unies", "sous les auspices de l'ONU" name the organisation whose organ, representatives or auspices they are.

    >>> from loaders.documents.mentions import Mention
    >>> def check(text, surface):
    ...     start = text.index(surface)
    ...     return after_its_noun(text, Mention("un", surface, start, start + len(surface), None))
    >>> check("la Carta de las Naciones Unidas", "Naciones Unidas"), check("un órgano de las Naciones Unidas", "Naciones Unidas")
    (True, False)
    >>> check("el principal órgano de la ONU", "ONU"), check("les organes compétents de l'ONU", "ONU")
    (False, True)
    >>> check("reunidos en la Sede de las Naciones Unidas", "Naciones Unidas"), check("le Secrétariat de l'ONU", "ONU")
    (False, False)
    """
    surface = re.sub(r"\s+", " ", text[mention.start : mention.end])
    if surface not in _POSTPOSED_NAMES:
        return False
    before = text[max(0, mention.start - 60) : mention.start]
    found = _POSTPOSED.search(before)
    if found and (_OWNED.search(before) or _UNIT_OF_THE_UN.search(before) or _OWNED_IN_SPANISH.search(before)):
        return False
    if _AN_OFFICE_BEFORE.search(before) and _ITS_PLACE_AFTER.match(text, mention.end):
        return (
            False  # "le bureau des Nations Unies pour l'Afrique de l'Ouest": one office of the UN, named by its place
        )
    return bool(found) and found.group(1).casefold() not in _ACTOR_BEFORE
