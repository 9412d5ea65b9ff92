"""UN document symbols and resolutions cited in a text, in English, French, Chinese and Spanish.

A symbol is a series of slash-separated parts that starts with an organ's letters and holds a
number (A/HRC/15/56, A/67/222, CEDAW/C/MEX/CO/7-8, A/HRC/15/20/Add.2, E/CN.4/2005/7). A
resolution or decision is cited by its number ("resolution 18/14", "résolutions 6/20 et
12/15", "第 12/15 号决议", "resoluciones 6/20 y 12/15"); a resolution of the OAS General
Assembly by its OAS number ("AG/RES. 2887 (XLVI-O/16)"), and so a declaration of it ("AG/DEC. 106
(LII-O/22)"). A General Assembly resolution in lettered parts keeps its letter ("resolution 53/78 A"), and one
numbered with its session in Roman numerals keeps the session ("resolution 20 (XXXVI)", "resolution 217 A (III)").
A Security Council resolution keeps its year where it is given ("resolution 1244 (1999)"), and is cited by its
number alone where it is not ("UNSCR 1325", "安理会第2719号决议": "resolution 1325", "resolution 2719").
A resolution may be cited by its organ's short name: "GA 74/156", "G.A. res. 50/176", "HRC Res 30/3".

>>> [c.key for c in citations("See A/HRC/15/56, paras. 23 and 57, and resolutions 6/20 and 12/15.")]
['A/HRC/15/56', 'resolution 6/20', 'resolution 12/15']
>>> [c.key for c in citations("人权理事会第 12/15 号决议和秘书长报告(A/HRC/11/3); 第5/1號決議")]
['resolution 12/15', 'A/HRC/11/3', 'resolution 5/1']
>>> [c.key for c in citations("Security Council resolutions 1244 (1999) and 1325 (2000); 安全理事会第1244（1999）号决议")]
['resolution 1244 (1999)', 'resolution 1325 (2000)', 'resolution 1244 (1999)']
>>> [c.key for c in citations("UNSCR 1325; la résolution 2719 du Conseil de sécurité; 安理会第1325号决议")]
['resolution 1325', 'resolution 2719', 'resolution 1325']
>>> [c.key for c in citations("聯合國安理會全票通過2809號決議; 人权理事会通过的5/1号决议; 2020年3号决议")]
['resolution 2809', 'resolution 5/1']
>>> [c.key for c in citations("Commission resolution 20 (XXXVI); General Assembly resolution 217 A (III); 第20(XXXVI)号决议")]
['resolution 20 (XXXVI)', 'resolution 217 A (III)', 'resolution 20 (XXXVI)']
>>> [c.key for c in citations("résolutions 5/1, sur la mise en place de ses institutions, et 5/2; A/HRC/52/CRP.5")]
['resolution 5/1', 'resolution 5/2', 'A/HRC/52/CRP.5']
>>> [c.key for c in citations("A/AC.293/2022/L.\\n1 and A/C.3/L.")]
['A/AC.293/2022/L.1']
>>> [c.key for c in citations("Council resolution S-31/1 and A/HRC/RES/S-31/1; resolution ES‑11/7, A/RES/ES-11/3")]
['resolution S-31/1', 'A/HRC/RES/S-31/1', 'resolution ES-11/7', 'A/RES/ES-11/3']
>>> [c.key for c in citations("la resolución 24/19 del Consejo y la resolución AG/RES. 2887 (XLVI-O/16)")]
['resolution 24/19', 'AG/RES.2887(XLVI-O/16)']
>>> [c.key for c in citations("la declaración AG/DEC. 12 (XL-O/10); résolution 60/251 B; 第60/251 B号决议")]
['AG/DEC.12(XL-O/10)', 'resolution 60/251 B', 'resolution 60/251 B']
>>> [c.key for c in citations("resolutions 6/20 of 28 September 2007, 12/15 of 1 October\\n2009, and 43/17 of 22 June 2020")]
['resolution 6/20', 'resolution 12/15', 'resolution 43/17']
>>> [c.key for c in citations("adopted by General Assembly (GA 74/156); G.A. res. 50/176; HRC Res 30/3; UNGA 74")]
['resolution 74/156', 'resolution 50/176', 'resolution 30/3']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.documents.oas_symbols import oas_resolutions
from loaders.documents.organs import (
    COMMISSION_ON_HUMAN_RIGHTS,
    GENERAL_ASSEMBLY,
    HUMAN_RIGHTS_COUNCIL,
    SECURITY_COUNCIL,
    SECURITY_COUNCIL_IN_NEWS,
    alternation,
)
from loaders.documents.regional_resolutions import regional_resolution
from registry.keys import simplified

__all__ = ["Citation", "citations", "document_id", "SYMBOL", "SPLIT_SYMBOL", "split_symbol"]

_ORGAN = r"(?:A|E|S|HRI|ST|CCPR|CAT|CEDAW|CERD|CRC|CRPD|CMW|CED|CESCR|UNEP|TD|DP|SPT|OP|INF)"
# A part of a symbol, as the UN's symbol rules build them: a subsidiary body or document type
# ("HRC", "RES", "NGO"), a session or number ("52", "7-8", the special session "S-31"), or a
# numbered part ("CRP.5", "L.12", "WG.6", "Add.2", "Rev.1", "CN.4"). The numbered parts are tried
# first, so that "CRP.5" is not cut to "CRP".
_NUMBERED = ("Add", "Corr", "Rev", "Amend", "CN", "Sub", "AC", "CRP", "WG", "L", "R", "PV", "SR")
# A country part may name a territory after its State: "CHN-HKG", "CHN-MAC" (CEDAW/C/CHN-HKG/9). A resolution's or
# decision's part is often written "Res", "Dec" ("A/Res/53/144"): it is read, and written in capitals.
_CAPITALISED = {"Res": "RES", "Dec": "DEC"}
# The addenda of one report named at once, the part's name in the plural: "CCPR/C/128/3/Adds.1–4" (Add.1 to Add.4)
_ADDENDA = "Adds"
_PART = (
    rf"(?:(?:{'|'.join(_NUMBERED)}|{_ADDENDA})\.\d{{1,4}}|[A-Z]{{1,6}}\.\d{{1,4}}|E?S-\d{{1,2}}|[A-Z]{{3}}-[A-Z]{{3}}|[A-Z]{{1,6}}"
    rf"|{'|'.join(_CAPITALISED)}|\d{{1,4}}(?:-\d{{1,4}})?)"
)
# A symbol's edges: no Latin letter, digit or slash goes on it; a Chinese character may ("CEDAW/C/SR.1977和CEDAW/C/SR.1978")
_BEFORE = r"(?<![A-Za-z0-9_/])"
_AFTER = r"(?![A-Za-z0-9_/])"
# A numbered part broken after its dot, its number on the next line ("A/AC.293/2022/L." then "1")
_BROKEN_NUMBER = re.compile(r"\.[ \t]*\n\s*(\d{1,3})(?![\w/.])")
#: A UN document symbol; at least one of its parts is a number.
SYMBOL = re.compile(rf"{_BEFORE}{_ORGAN}(?:/{_PART}){{1,7}}{_AFTER}")
# a stray space may come before the first slash: "CEDAW /C/GEO/Q/4-5" (OHCHR's Chinese texts), never after one letter
_SYMBOL_START = re.compile(rf"{_BEFORE}(?:{_ORGAN}|(?=[A-Z]{{2}}){_ORGAN} )/")
#: A symbol broken before its first slash, as a masthead's text layer may print it: "United Nations A" over "/76/246".
SPLIT_SYMBOL = re.compile(rf"{_BEFORE}({_ORGAN})\s+((?:/{_PART}){{1,7}}){_AFTER}")
_ENDS_ON_ORGAN = re.compile(rf"(?:^|\s){_ORGAN}$")
_SYMBOL_REST = re.compile(rf"(?:/{_PART}){{1,7}}")
# A symbol followed by a space and what carries on its parts ("A/7 5/L.64"): cut by a stray space
_CUT = re.compile(r" (?:[\d.][\w.]*)?/")
# What follows a stray space inside a part: the rest of the part, then the next part or a part's number
_CARRIES_ON = re.compile(r"(?:\d+|[A-Za-z]+)[/.]")
# A UN organ's short name: "GA", "UNGA", "G.A.", "HRC", "H.R.C.", "S.C.", "CHR", or its name in full
_ORGAN_SHORT = r"(?:UNGA|GA|G\.\s?A\.|UNHRC|HRC|H\.R\.C\.|UNSC|SC|S\.\s?C\.|CHR|ECOSOC)"
_ORGAN_FULL = alternation(
    GENERAL_ASSEMBLY.en, HUMAN_RIGHTS_COUNCIL.en, SECURITY_COUNCIL.en, COMMISSION_ON_HUMAN_RIGHTS.en
)
# An organ named in full between the word and the number, its name in French or Spanish holding words in lower case:
# "les résolutions de la Commission des droits de l'homme 2005/66", "las resoluciones del Consejo de Derechos Humanos 9/11"
_ORGAN_NAMED_BETWEEN = alternation(
    *(organ.fr for organ in (GENERAL_ASSEMBLY, HUMAN_RIGHTS_COUNCIL, COMMISSION_ON_HUMAN_RIGHTS)),
    *(organ.es for organ in (GENERAL_ASSEMBLY, HUMAN_RIGHTS_COUNCIL, COMMISSION_ON_HUMAN_RIGHTS)),
)
# A resolution cited by the organ's short name and "Res." (law reviews and libraries: "G.A. res. 50/176", "HRC Res
# 30/3", "S.C. Res. 1373"), or by the Assembly's or the Council's short name alone before its session and number
# ("adopted by General Assembly (GA 74/156)"): never a session alone ("UNGA 74", "HRC52") nor another body's "Res."
# ("ACHPR/Res.69"). The Assembly numbers its resolutions by session from its thirty-first (1976), so a "GA 2/3" is none.
_ABBREVIATED = (
    rf"(?<![\w/.])(?:U\.?N\.?\s?)?(?:{_ORGAN_SHORT}|{_ORGAN_FULL})\s+[Rr]es\b\.?"
    r"|(?<![\w/.])(?:(?:UN)?GA(?=\s+[3-9]\d ?/)|(?:UN)?HRC(?=\s+\d{1,2} ?/))(?=\s+\d{1,2} ?/ ?\d{1,3}(?![\d/]))"
)
_RESOLUTION_WORD = (
    r"(?:[Rr] ?e ?s ?o ?l ?u ?t ?i ?o ?n ?s?|[Rr]ésolutions?|[Dd]ecisions?|[Dd]écisions?|[Rr]esoluci(?:ón|ones)|[Dd]ecisi(?:ón|ones)"
    rf"|UNSCRs?|{_ABBREVIATED})"
)
# The Security Council, named between the word and the number ("la résolution du Conseil de sécurité 2719") or next to
# them ("Security Council resolution 1325", "resolution 1325 of the Security Council", "安理会第1325号决议").
_COUNCIL_NAME = (
    rf"(?:{alternation(SECURITY_COUNCIL.en)}|{alternation(SECURITY_COUNCIL.fr)}(?: de l['’]ONU| des Nations [Uu]nies)?"
    rf"|{alternation(SECURITY_COUNCIL.es)}(?: de la ONU| de las Naciones Unidas)?)"
)
_COUNCIL = re.compile(
    rf"{_COUNCIL_NAME}|UNSCR|\bUNSC\b|\bCSNU\b|\bS\.\s?C\.|{alternation(SECURITY_COUNCIL.zh, SECURITY_COUNCIL_IN_NEWS)}",
    re.I,
)
# A resolution's number: session/number ("18/14", "63/181 B") or, for the Security Council, the
# number and year ("1244 (1999)", "第1244（1999）号", a copy may set a space inside the brackets: "1296 ( 2000)").
# A special session's resolution has its session's "S-": "S-31/1".
# A lettered part is one capital alone, before a Chinese "号" too, but not a symbol's "A/" after the number.
_LETTER = r"(?:\s*[A-Z](?![A-Za-z0-9/]|\.\w))"
# Before 1976 a resolution was numbered within its organ, with the session in Roman numerals: the Commission on Human
# Rights' "resolution 20 (XXXVI)", the General Assembly's "resolution 217 A (III)", "第20(XXXVI)号决议".
_ROMAN_SESSION = r"\d{1,4}(?:\s*[A-Z])?\s*[(（][IVXLC]{1,8}[)）]"
# The Security Council numbers its resolutions in one series: cited by number alone ("UNSCR 1325", "la résolution
# 2719", "第2719号决议") it is `resolution 2719`. Such a bare number is one that does not go on ("1325/2000", "1.325")
# and has no year or session after it (those are read whole above); ``_council_resolution`` says when it is one.
# Its own symbol may follow it in brackets: "l'historique Résolution 1325 (S/RES/1325) du Conseil de sécurité".
_BARE = r"\d{3,4}(?![\d/]|[.,]\d|\s*[(（](?!\s?S/RES/)|\s*[A-Z]\s*[(（]|\s*年)"
# A text layer may set a space on either side of the slash: "resolu tion 70 /1", "75/ 180", "第 43 / 2 号决议".
# The General Assembly's emergency special sessions number theirs likewise: "resolution ES-11/1", "A/RES/ES-11/1"
# (on the aggression against Ukraine, 2022), a copy may print a non-breaking hyphen ("ES‑11/7").
_SESSION_NUMBER = r"(?:E?S[-‑])?\d{1,4} ?/ ?\d{1,4}"
_NUMBER = rf"(?:{_SESSION_NUMBER}{_LETTER}?|\d{{1,4}}\s*[(（] ?\d{{4}} ?[)）]|{_ROMAN_SESSION}|{_BARE})"
# A resolution's date after its number, in a list ("6/20 of 28 September 2007, 12/15 of 1 October
# 2009 and 43/17 of 22 June 2020"; "du 28 septembre 2007"; "6/20, de 28 de septiembre de 2007").
# "du 1 er juillet 2016": the ordinal's letters may be set apart.
_DATE = r"(?<!\d)\d{1,2}(?:\s?er|º)?\s+(?:de\s+)?[^\W\d_]{3,10}\s+(?:de\s+)?\d{4}"
# A Council resolution by session and number may carry its adoption year in brackets, in a list of renewals: "resoluciones
# 15/15 (2010), 22/8 (2013), y 31/3 (2016)"; the year is no Security Council number: "resolution 22/8".
_YEAR_IN_BRACKETS = r"(?:(?<=/\d)|(?<=/\d\d)|(?<=/\d{3})|(?<=/\d{4}))\s*[(（] ?(?:19|20)\d\d ?[)）]"
_DATED = rf"(?:,?\s+(?:of|du|de|del)\s+{_DATE}|{_YEAR_IN_BRACKETS})?"
_LIST_JOIN = r"\s*(?:,\s*(?:and|et|y)?|and|et|y|&)\s*"
_RESOLUTIONS = re.compile(
    rf"{_RESOLUTION_WORD}(?:\s+(?:of\s+the\s+|du\s+|de\s+l['’]\s*|de\s+la\s+|del\s+)?"
    rf"(?:{_COUNCIL_NAME}|{_ORGAN_NAMED_BETWEEN}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,4}}))?"
    # its acronym in brackets, "Resolution (UNSCR) 1325"; "UNSCR" may touch its number: "the joint UNSCR1325 statement"
    # a text layer may glue the word to its session and number: "GA resolution63/170"
    rf"(?:\s*\([A-Z]{{2,8}}\))?(?:\s+|(?<=UNSCR)|(?<=UNSCRs)|(?<=[Rr]esolution)(?=\d{{1,4}}/\d))"
    # a number set in brackets after a title: "the World Summit Outcome Resolution (60/1)"
    # "No. 1325", "n° 2719", "N.º 2417", "núm. 2417", "number 1325"
    rf"(?:[Nn](?:\.\s?)?[oº°]\.?\s*|núm\.\s*|number\s+|\((?=(?:E?S-)?\d{{1,4}}/\d))?"
    rf"({_NUMBER}{_DATED}(?:{_LIST_JOIN}{_NUMBER}{_DATED})*)"
)
# "第6/20号、第12/15号和第43/17号决议", with each one's date before it ("2007年9月28日第6/20号、2009年…")
_CHINESE_DATE = r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?"
# The numbers of a list share "号决议": joined by "和", "、" or "及" ("第6/20和12/15号决议", "第6/20号、第12/15号决议"),
# or by nothing between one's "号" and the next "第" ("第27/21号第45/5号决议", as OHCHR's mandate page prints it).
_CHINESE_JOIN = r"(?:\s*号?\s*[,，]?\s*[和、及]\s*|\s*号\s*(?=第))"
# News items may leave out "第" after the organ's name: "安理会1325号决议", "人权理事会5/1号决议", "联合国大会60/251号决议",
# or after a verb: "安理会全票通过2809号决议" (a number then "号决议", with no Latin letter, digit or mark before it)
_CHINESE_RESOLUTION = re.compile(
    rf"(?:第|(?<=安理会)|(?<=理事会)|(?<=大会)|(?<=委员会)|(?<![A-Za-z0-9/.\-第])(?={_NUMBER}\s*号\s*决[议定]))\s*({_NUMBER}(?:{_CHINESE_JOIN}{_CHINESE_DATE}(?:第\s*)?{_NUMBER})*)\s*号?\s*(决议|决定)"
)
_LONE_NUMBER = re.compile(
    rf"({_SESSION_NUMBER})({_LETTER})?|(\d{{1,4}})\s*[(（] ?(\d{{4}}) ?[)）]"
    r"|(\d{1,4})(?:\s*([A-Z]))?\s*[(（]([IVXLC]{1,8})[)）]"
    rf"|(?<!\d)({_BARE})"
)
# The dates of a list of resolutions, blanked before its numbers are read: "2007" of "6/20 of 28 September 2007"
_DATES_IN_LIST = re.compile(rf"{_DATE}|{_YEAR_IN_BRACKETS}|\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日")
# A list of resolutions with what each is about between them: "resolutions 5/1, on institution-building,
# and 5/2, on the code of conduct"; "résolutions 5/1, sur la mise en place de ses institutions, et 5/2".
# Or with its title in quotes: "resolutions 24/21, entitled "…", 27/31 and 32/31"; "résolutions 24/21 du 27
# septembre 2013, intitulée « … », 27/31 du 26 septembre 2014 et 32/31"; "resoluciones 24/21, titulada «…», y 27/31".
_TITLED = r"(?:intitulée?s?|entitled|titulad[oa]s?)\s*[«\"“]\s*[^»\"”]{1,300}?\s*[»\"”]"
# After a date the subject needs no comma, and it may hold a year of its own: "resolutions 77/32 of 6 December 2022 on the
# International Year of Dialogue as a Guarantee of Peace, 2023, and 77/296 of 14 June 2023 on follow-up to …".
_ABOUT_YEAR = r"(?<![\d/])(?:19|20)\d\d(?![\d/])"
# A long list may go on after a subject with a comma alone, before the next resolution numbered by session: "2005/70 of 20
# April 2005, on human rights and transitional justice, 2005/81 of 21 April 2005, on impunity, and 2005/66" (A/HRC/RES/51/23)
_NEXT_IN_LIST = r",\s+(?=(?:E?S[-‑])?\d{1,4} ?/ ?\d{1,4}(?![\d/]))"
_ABOUT_THEN_NUMBER = re.compile(
    rf"(?:\s*,\s*|(?<=\d)\s+)(?:(?:on|sur|sobre|relative|relating|concerning|concernant|relativa)\b"
    rf"(?:[^\d.;:()]|{_ABOUT_YEAR}){{1,120}}?(?:,?\s+(?:and|et|y)\s+|{_NEXT_IN_LIST})|{_TITLED}\s*,?\s*(?:(?:and|et|y)\s+)?)"
    rf"({_NUMBER}{_DATED}(?:{_LIST_JOIN}{_NUMBER}{_DATED})*)"
)
# Or each group's subject first, its numbers in brackets after it: "resolutions of the Commission on Human Rights on human
# rights and transitional justice (2005/70), impunity (2005/81) and the right to the truth (2005/66)" (A/HRC/RES/9/10),
# "les décisions du Conseil sur le droit à la vérité (2/105 du 27 novembre 2006) et la justice de transition (4/102 …)"
_IN_BRACKETS = rf"[^\d.;:()]{{1,100}}?\(\s*({_SESSION_NUMBER}{_DATED}(?:{_LIST_JOIN}{_SESSION_NUMBER}{_DATED})*)\s*\)"
_SUBJECT_THEN_NUMBERS = re.compile(
    rf"{_RESOLUTION_WORD}(?:\s+(?:of\s+the|du|de\s+la|de\s+l['’]|del)\s*(?:{_ORGAN_NAMED_BETWEEN}|{_ORGAN_FULL}"
    rf"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,4}}))?\s+(?:on|sur|sobre)\s{_IN_BRACKETS}"
)
_NEXT_SUBJECT = re.compile(rf"\s*(?:,\s*(?:(?:and|et|y)\s)?|\s(?:and|et|y)\s){_IN_BRACKETS}")
_COMBINED = re.compile(r"\s+(?:et|and|y|和)\s+(\d{1,3})\b")
# The next symbols of a list written by their last number alone, after a numbered part: "CERD/C/SR.2784和2785",
# "CERD/C/SR.2784 and 2785", "A/HRC/38/44/Add.1, 2 y 3" (the summary records or addenda 2784 and 2785)
_NUMBERED_END = re.compile(rf"({'|'.join(_NUMBERED)})\.(\d{{1,5}})$")
# The number is no day or count: no word but a joining one follows it ("A/HRC/47/L.12, 13 June 2021" cites L.12 alone).
# A dash joins two numbers that follow each other only: a range of two is the pair ("SR.2784–2785"); of more, no list.
# The number may repeat its part's name: "CEDAW/C/SR.2106 y SR.2107", "A/HRC/38/44/Add.1 and Add.2".
_NEXT_NUMBER = re.compile(
    r"\s*(?:,\s*(?:and|et|y)?|、|和|及|and|et|y|([–-]))\s*"
    rf"(?:({'|'.join(_NUMBERED)})\.\s?)?"
    r"(\d{1,5})(?![\w/\-]|\.\w|\s*[号次个份%]|\s+(?!(?:and|et|y)\b)[^\W\d_])"
)
# The last of a range of addenda after the first one's number: "–4", " to 4", " à Add.4", " a 4", "至4"
_ADDENDA_RANGE = re.compile(
    r"\s*(?:[–-]|\s(?:to|à|a|al|au)\s|至)\s*(?:Add\.\s?)?(\d{1,2})(?![\w/\-]|\.\w|\s*[号次个份%]|\s+(?!(?:and|et|y)\b)[^\W\d_])"
)


@dataclass(frozen=True)
class Citation:
    """A cited document: ``key`` is its symbol or "resolution 18/14"; ``surface`` is as written."""

    key: str
    kind: str  # symbol, resolution, decision, declaration
    surface: str
    start: int


def citations(text: str) -> list[Citation]:
    """Every symbol and resolution cited in ``text``, in order; the same one twice is kept twice."""
    found: list[Citation] = []
    taken = 0
    for match in _SYMBOL_START.finditer(text):
        if match.start() < taken:
            continue
        plain = SYMBOL.match(text, match.start())
        spaced = _spaced(text, match.start())
        if spaced and (not plain or len(spaced[0]) > len(plain.group(0).rstrip(".-"))) and re.search(r"\d", spaced[0]):
            # a text layer with stray spaces inside a symbol ("A/7 5/L.64", "A/ 75/L. 64/A dd.1"): read whole
            found.append(Citation(spaced[0], "symbol", text[match.start() : spaced[1]], match.start()))
            taken = spaced[1]
            continue
        if not plain or _CUT.match(text, plain.end()):
            continue  # never a symbol cut by a stray space: "A/7" of "A/7 5/L.64"
        match = plain
        taken = match.end()
        symbol = "/".join(_CAPITALISED.get(part, part) for part in match.group(0).rstrip(".-").split("/"))
        symbol = re.sub(rf"/{_ADDENDA}\.(?=\d+$)", "/Add.", symbol)
        if not any(c.isdigit() for c in symbol):
            continue  # "SPT/CPT" is two bodies, not a document
        if symbol.rsplit("/", 1)[-1] in _NUMBERED and text.startswith(".", match.end()):
            # a numbered part without its number: read whole from the next line, or not at all
            broken = _BROKEN_NUMBER.match(text, match.end())
            if not broken:
                continue
            symbol = f"{symbol}.{broken.group(1)}"
        combined = _COMBINED.match(text, match.end())
        last = re.search(r"/(\d+)$", symbol)
        if combined and last and int(combined.group(1)) == int(last.group(1)) + 1:
            symbol = f"{symbol}-{combined.group(1)}"  # combined reports: "CEDAW/C/MEX/CO/7 et 8" is CO/7-8
        found.append(Citation(symbol, "symbol", match.group(0), match.start()))
        found += _abbreviated(text, symbol, match.end())
    for match in _RESOLUTIONS.finditer(text):
        kind = "decision" if match.group(0)[:3].lower() in ("dec", "déc") else "resolution"
        listed = _listed(text, match, 1, kind, match.group(0))
        found += listed
        end = match.end()
        while about := _ABOUT_THEN_NUMBER.match(text, end):
            # a list goes on in its own numbering: after "77/32 … on …, and" a bare "2000" is no Council resolution
            found += [c for c in _listed(text, about, 1, kind, about.group(0)) if _same_series(listed, c)]
            end = about.end()
    for match in _SUBJECT_THEN_NUMBERS.finditer(text):
        kind = "decision" if match.group(0)[:3].lower() in ("dec", "déc") else "resolution"
        while match:
            found += _listed(text, match, 1, kind, match.group(0))
            match = _NEXT_SUBJECT.match(text, match.end())
    plain = simplified(text)  # "第12/15號決議" in traditional characters too
    for match in _CHINESE_RESOLUTION.finditer(plain):
        kind = "decision" if match.group(2) == "决定" else "resolution"
        found += _listed(plain, match, 1, kind, text[match.start() : match.end()])
    found += [Citation(*cited) for cited in oas_resolutions(text)]
    return sorted(found, key=lambda citation: citation.start)


def _same_series(listed: list[Citation], citation: Citation) -> bool:
    """Whether ``citation`` is numbered as the list's first one is: by session and number ("77/296"), or not."""
    return not listed or ("/" in listed[0].key) == ("/" in citation.key)


def _abbreviated(text: str, symbol: str, end: int) -> list[Citation]:
    """The symbols that a list names after ``symbol`` (ending at ``end``) by the number of its last, numbered part
    alone, each greater than the one before it and as long: "CERD/C/SR.2784和2785" is also CERD/C/SR.2785.

    >>> [c.key for c in citations("见CERD/C/SR.2784和2785); CERD/C/SR.2788 and 2789; A/HRC/38/44/Add.1, 2 y 3")]
    ['CERD/C/SR.2784', 'CERD/C/SR.2785', 'CERD/C/SR.2788', 'CERD/C/SR.2789', 'A/HRC/38/44/Add.1', \
'A/HRC/38/44/Add.2', 'A/HRC/38/44/Add.3']
    >>> [c.key for c in citations("CERD/C/SR.2784 and 12 other records; A/HRC/38/44/Add.2 and 2019; CCPR/C/SR.3 和 2 次")]
    ['CERD/C/SR.2784', 'A/HRC/38/44/Add.2', 'CCPR/C/SR.3']
    >>> [c.key for c in citations("CAT/C/SR.1872–1873; CAT/C/SR.1880-1884; A/HRC/47/L.12, 13 June 2021")]
    ['CAT/C/SR.1872', 'CAT/C/SR.1873', 'CAT/C/SR.1880', 'A/HRC/47/L.12']
    >>> [c.key for c in citations("CEDAW/C/SR.2106 y SR.2107; A/HRC/38/44/Add.1 and Add.2; CCPR/C/SR.3456 and Add.1")]
    ['CEDAW/C/SR.2106', 'CEDAW/C/SR.2107', 'A/HRC/38/44/Add.1', 'A/HRC/38/44/Add.2', 'CCPR/C/SR.3456']
    """
    last = _NUMBERED_END.search(symbol)
    if not last:
        return []
    found, part, number = [], last.group(1), last.group(2)
    if part == "Add" and (span := _ADDENDA_RANGE.match(text, end)) and 1 < int(span.group(1)) - int(number) <= 9:
        # a report's addenda from the first to the last: "Add.1-4", "Adds.1–4", "Add.1 to 4", "Add.1 à 4", "Add.1至4"
        return [
            Citation(symbol[: last.start(2)] + str(each), "symbol", span.group(0).strip(), span.start(1))
            for each in range(int(number) + 1, int(span.group(1)) + 1)
        ]
    while (following := _NEXT_NUMBER.match(text, end)) and len(following.group(3)) == len(number):
        if following.group(2) not in (None, part):
            break  # another part's number: "CERD/C/SR.2784 and Add.1"
        if int(following.group(3)) <= int(number) or following.group(1) and int(following.group(3)) != int(number) + 1:
            break
        number, end = following.group(3), following.end()
        key = symbol[: last.start(2)] + number
        found.append(Citation(key, "symbol", following.group(0).strip(" ,"), following.start(3)))
    return found


def _listed(text: str, match: re.Match, group: int, kind: str, surface: str) -> list[Citation]:
    """The resolutions (or decisions) numbered in ``match.group(group)``, a list of numbers, with their dates left out."""
    listed = _DATES_IN_LIST.sub(lambda date: " " * len(date.group(0)), match.group(group))
    found = []
    for number in _LONE_NUMBER.finditer(listed):
        start = match.start(group) + number.start()
        if number.group(1) and regional_resolution(text, match.start(), match.start(group) + number.end()):
            continue
        if number.group(8) and not (kind == "resolution" and _council_resolution(text, match.start(), start, number)):
            continue
        if number.group(1) and _NUMBER_OF_YEAR.fullmatch(number.group(1).replace(" ", "")):
            continue
        if number.group(5) and _YEAR_AFTER_SESSION.match(text, match.start(group) + number.end()):
            continue
        found.append(Citation(f"{kind} {_key(number)}", kind, surface, start))
    return found


# Another organ's numbering, by number and year, the number set on two digits: the Inter-American Commission's
# "Resolution 01/2020", "Resolución 1/2020", "Resolución 04/19". The UN's are by session and number ("47/21"), the
# Commission on Human Rights' by year and number ("2004/76"): never a zero first, nor a year second.
_NUMBER_OF_YEAR = re.compile(r"0\d{1,2}/\d{1,4}|\d{1,3}/(?:19|20)\d\d")
# The African Commission's, by number, session in Roman numerals and year: "Resolution 273 (LV) 2014", "Resolution
# 69 (XXXV) 04" (its own texts print them "ACHPR/Res.273 (LV)14", "ACHPR/Res.602 (LXXXI) 2024"). The UN's numbered by
# session in Roman numerals (before 1976) take no year after the session: "217 A (III)", "20 (XXXVI) of 29 February".
_YEAR_AFTER_SESSION = re.compile(r"\s*(?:19|20)?\d\d(?!\d)")
# The Council's resolution followed by its own symbol in brackets names the Council: "resolution 242 (S/RES/242)"
_ITS_SYMBOL = re.compile(r"\s*[(（]\s?S/RES/")
# A national resolution is numbered by its year: "la Resolución 1325 de 2011" (of a ministry)
_YEAR_AFTER = re.compile(r"\s+(?:de|del año|of)\s+\d{4}\b")


def _council_resolution(text: str, begins: int, start: int, number: re.Match) -> bool:
    """Whether a resolution cited by a bare number (from ``start``; its citation from ``begins``) is the Security
    Council's: the Council named next to it or its symbol after it (a three-digit number then only), or a four-digit
    number not dated by its year alone.

    >>> [[c.key for c in citations(text)] for text in ("UNSCR 1325", "resolution 242", "la Resolución 1325 de 2011")]
    [['resolution 1325'], [], []]
    >>> [c.key for c in citations("Security Council resolution 242")]
    ['resolution 242']
    """
    end = number.end(8) + (start - number.start())
    named = _COUNCIL.search(text, max(0, begins - 40), min(len(text), end + 60)) is not None
    if named or _ITS_SYMBOL.match(text, end):
        return True
    return len(number.group(8)) == 4 and not _YEAR_AFTER.match(text, end)


def split_symbol(line: str, following: str) -> str | None:
    """The symbol that a line ending on an organ's letters and the next line, starting with a slash, print together.

    >>> split_symbol("United Nations A", "/76/246"), split_symbol("Plan A", "/ or B")
    ('A/76/246', None)
    """
    line, following = line.strip(), following.strip()
    if not _ENDS_ON_ORGAN.search(line) or not _SYMBOL_REST.fullmatch(following):
        return None
    whole = line.rsplit(None, 1)[-1] + following
    return whole if SYMBOL.fullmatch(whole) else None


def _spaced(text: str, start: int) -> tuple[str, int] | None:
    """The symbol that starts at ``start`` read without the stray spaces of a broken text layer, and where it ends:
    a space is dropped after a slash or a dot, before one, and inside a part that carries on to the next slash or
    dot ("7 5/", a part's name broken: "A dd.1"), never between a digit and a word ("A/75/L.64 and"). None when no space was dropped or
    what is read is not a whole symbol."""
    joined, index, dropped = [], start, False
    while index < len(text):
        char = text[index]
        if char == " " and joined and index + 1 < len(text):
            before, after = joined[-1], text[index + 1]
            if (
                before in "/."
                or after in "/."
                or (before.isdigit() and _CARRIES_ON.match(text, index + 1))
                or (before.isalpha() and after.isalpha() and _CARRIES_ON.match(text, index + 1))
            ):
                index, dropped = index + 1, True
                continue
        if not (char.isalnum() or char in "/.-"):
            break
        joined.append(char)
        index += 1
    read = "".join(joined)
    whole = SYMBOL.match(read)
    if not dropped or not whole or len(whole.group(0).rstrip(".-")) < len(read.rstrip(".-")):
        return None
    if read.endswith(".") and read.rstrip(".").rsplit("/", 1)[-1] in _NUMBERED:
        return None  # a numbered part without its number: "A/7 2/L."
    consumed = len(read.rstrip(".-"))
    end, kept = start, 0
    while kept < consumed:  # back to the text: where the symbol's last character is
        if text[end] != " ":
            kept += 1
        end += 1
    return read.rstrip(".-"), end


def _key(number: re.Match) -> str:
    """A resolution's number as cited: "18/14", "53/78 A" with its part's letter, the Security Council's
    "1244 (1999)" with its year, or one numbered with its session in Roman numerals, "217 A (III)"."""
    if number.group(8):
        return number.group(8)
    if number.group(5):
        return " ".join(part for part in (number.group(5), number.group(6), f"({number.group(7)})") if part)
    if number.group(3):
        return f"{number.group(3)} ({number.group(4)})"
    session = number.group(1).replace(" ", "").replace("‑", "-")
    return f"{session} {number.group(2).strip()}" if number.group(2) else session


def document_id(key: str) -> str:
    """The stable id of a cited document: "A/HRC/15/56" -> "a-hrc-15-56", "resolution 18/14" -> "resolution-18-14".

    >>> document_id("A/HRC/15/20/Add.2"), document_id("resolution 18/14")
    ('a-hrc-15-20-add-2', 'resolution-18-14')
    """
    return re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")
