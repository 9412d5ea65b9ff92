"""A report's own symbol, title, date, session and agenda items, read from its front page.

The symbol comes, first found first, from the file's front matter (a block of ``symbol:``,
``date:``… lines at the top, between ``---`` fences or not: ``front_matter``), from a header
on one line at the top, as text copied from the web or the UN's document system has it
("A/HRC/22/62 United Nations General Assembly Distr.: General 18 December 2012 Original:
English", or the older "A/HRC/22/62 18 December 2012"), from the symbol printed as a page
header (``lines.page_symbol``), else from the first line of the front page that is only a
symbol (an OAS resolution's, above its title: ``oas_symbols.oas_own_symbol``). A header symbol that the page headers contradict is kept, with a warning naming both.
The date is the first one written out in English, French, Spanish or Chinese; the session a
phrase such as "Twenty-third session", "Vingt-troisième session", "22º período de sesiones"
or "第十五届会议"; the agenda items those of "Agenda items 2 and 3" (and its translations); the
title the first long line that is not part of the UN's letterhead.

>>> from loaders.documents.lines import to_lines
>>> front = ("United Nations\\nA/HRC/23/18\\nGeneral Assembly\\nDistr.: General\\n3 April 2013\\n\\n"
...          "Human Rights Council\\nTwenty-third session\\n\\n"
...          "Enhancement of international cooperation in the field of human rights\\n")
>>> found = metadata(to_lines(front, markdown=False), None, "en")
>>> found.symbol, found.date, found.session
('A/HRC/23/18', '2013-04-03', 'Twenty-third session')
>>> found.title
'Enhancement of international cooperation in the field of human rights'
>>> one_line = ("A/HRC/22/62 United Nations General Assembly Distr.: General 18 December 2012 Original: English "
...             "Human Rights Council Twenty-second session Agenda items 2 and 3 Annual report\\n")
>>> found = metadata(to_lines(one_line, markdown=False), None, "en")
>>> found.symbol, found.date, found.session, found.agenda
('A/HRC/22/62', '2012-12-18', 'Twenty-second session', ['2', '3'])
>>> metadata(to_lines("A/HRC/22/62 18 December 2012\\n\\nText.\\n", markdown=False), "A/HRC/22/26", "en").warnings
['the header names A/HRC/22/62 but the page headers A/HRC/22/26; A/HRC/22/62 is kept']
>>> front_matter("---\\nsymbol: A/HRC/38/40\\nsource: https://example.org/x\\n---\\nText")
({'symbol': 'A/HRC/38/40', 'source': 'https://example.org/x'}, 'Text')
>>> front_matter("---\\nsource: https://example.org/y\\nnote: A report (2020: first session)\\n---\\nText")
({'source': 'https://example.org/y', 'note': 'A report (2020: first session)'}, 'Text')
"""

from __future__ import annotations

import re
from typing import NamedTuple

import yaml

from loaders.documents.citations import SYMBOL, citations, split_symbol
from loaders.documents.dates import first_date
from loaders.documents.headings import LETTERHEAD_LINE, heading_text
from loaders.documents.lines import AGENDA, Line, width
from loaders.documents.mastheads import masthead_symbol
from loaders.documents.oas_symbols import oas_own_symbol
from loaders.documents.organs import SECURITY_COUNCIL, SECURITY_COUNCIL_IN_NEWS, alternation
from loaders.documents.press_numbers import press_number

__all__ = ["Metadata", "metadata", "front_matter", "FRONT_MATTER_KEYS"]

_SESSION = re.compile(
    r"^\s*((?:[A-Z][a-z]+-)?[A-Za-zé]+(?:ième|th|st|nd|rd)\s+session|[A-Z][a-z]+(?:-[a-z]+)?\s+session|"
    r"[\w-]+ième session|第[一二三四五六七八九十百]+届会议|"
    r"\d{1,3}\s*[º°o]\s+período de sesiones|[A-ZÁÉÍÓÚ][a-záéíóú]+(?:\s+[a-záéíóú]+)?\s+período de sesiones)\s*$",
    re.I,
)
#: A session named after its organ on a line that holds more: the one-line header's layout.
_SESSION_IN_LINE = re.compile(
    r"(?:Council|Assembly|Conseil des droits de l['’]homme|Assemblée générale|Consejo de Derechos Humanos|"
    r"Asamblea General)\s+((?:[A-Z][a-z]+-)?[A-Za-z]+(?:th|st|nd|rd)\s+session|[\w-]+ième\s+session|"
    r"\d{1,3}\s*[º°o]\s+período de sesiones|[A-ZÁÉÍÓÚ][a-záéíóú]+(?:\s+[a-záéíóú]+)?\s+período de sesiones)"
    r"|人权理事会\s*(第[一二三四五六七八九十百]+届会议)",
)
_HEADER_WORDS = re.compile(
    r"Distr\.|分发|General Assembly|Assemblée générale|Asamblea General|大\s*会|United Nations|Nations Unies|"
    r"Naciones Unidas|联合国|Human Rights Council|Conseil des droits|Consejo de Derechos",
    re.I,
)
_TITLE_SKIP = re.compile(
    r"^(general assembly|assemblée générale|asamblea general|human rights council|conseil des droits de l'homme|"
    r"consejo de derechos humanos|人权理事会|distr\.?|original|français|english|español|agenda item|points? \d|"
    r"temas? \d|议程项目|united nations|nations unies|naciones unidas|(?:summary|résumé|resumen|提要|概要|concept note)\s*$)",
    re.I,
)
#: The keys front matter may give; others (a source address, say) are kept but not read.
FRONT_MATTER_KEYS = ("symbol", "title", "date", "session", "agenda", "source")
_FRONT_LINE = re.compile(rf"^\**({'|'.join(FRONT_MATTER_KEYS)})\**\s*:\**\s*(.*?)\s*$", re.I)
# The mark of a footnote on the front page's symbol, where a note says the document is reissued, late or adopted at a
# later session: "CRPD/C/25/2*", "A/HRC/47/54**", "CAT/C/GC/4 ∗", "E/C.12/2021/1†"
_NOTE_MARK = r"(?:\s?(?:[*∗]{1,3}|[†‡]{1,2}))"
# The label of one part of a document published in parts under one symbol, in English in every language's edition, after
# the symbol on its masthead: a treaty body's visit report, "CED/C/MEX/VR/1 (Findings)" and "CED/C/MEX/VR/1
# (Recommendations)" (docstore.ohchr.org, CED/C/IRQ/VR/1, 2023)
_PART_LABEL = r"(?:\s?\((?:Findings|Recommendations)\))"
_MARKED_SYMBOL = re.compile(rf"({SYMBOL.pattern}){_NOTE_MARK}?{_PART_LABEL}?")


class Metadata(NamedTuple):
    symbol: str | None
    title: str | None
    date: str | None  # ISO: 2013-04-03
    session: str | None
    agenda: list[str] = []  # agenda item numbers: ["2", "3"]
    warnings: list[str] = []  # what a person should check: a header and page headers that disagree
    # a resolution's own page, titled by its number ("Resolution 2719", then "Resolution 2719 (2023)"): the
    # citation keys of its own number, which the document does not cite
    own_numbers: tuple[str, ...] = ()


def front_matter(text: str) -> tuple[dict, str]:
    """(the front matter's keys, the rest of the text): a YAML block between ``---`` fences at the
    top, or leading ``key: value`` lines of ``FRONT_MATTER_KEYS`` (markdown bold allowed); ({}, text)
    when there is none."""
    stripped = text.lstrip("\ufeff")
    fenced = re.match(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", stripped, re.S)
    if fenced:
        try:
            found = yaml.safe_load(fenced.group(1))
        except yaml.YAMLError:
            found = None
        if found is None:
            # a value with ": " in it ("note: Report (2020: first session)") is no YAML, but the
            # block is still one "key: value" a line
            pairs = [
                re.match(r"^([A-Za-z_]\w*):\s*(.*)$", line) for line in fenced.group(1).split("\n") if line.strip()
            ]
            found = {pair.group(1): pair.group(2).strip() for pair in pairs if pair} if all(pairs) else None
        if isinstance(found, dict) and any(str(key).lower() in FRONT_MATTER_KEYS for key in found):
            return {str(key).lower(): value for key, value in found.items()}, stripped[fenced.end() :]
    found, lines = {}, stripped.split("\n")
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines) and (match := _FRONT_LINE.match(lines[index].strip())):
        found[match.group(1).lower()] = match.group(2).strip("* ")
        index += 1
    if "symbol" in found or "date" in found:
        return found, "\n".join(lines[index:])
    return {}, text


def metadata(lines: list[Line], symbol: str | None, lang: str, given: dict | None = None) -> Metadata:
    """The metadata of a document whose page-header symbol (if any) is ``symbol``; ``given``: its
    front matter, which wins over what the text says."""
    given = given or {}
    head = _whole_symbols([line.text.strip() for line in lines[:120] if line.text.strip()])
    warnings = []
    header = _one_line_header(head[:3])
    own = str(given["symbol"]).strip() if given.get("symbol") else header
    if own and symbol and own != symbol:
        where = "front matter" if given.get("symbol") else "header"
        warnings.append(f"the {where} names {own} but the page headers {symbol}; {own} is kept")
    if own is None and symbol is None:
        own = (
            _field_symbol(head[:40])
            or masthead_symbol(head[:40])
            or _lone_symbol(head[:40])
            or oas_own_symbol(head[:40])
            or press_number(head)
        )
    if own is None and symbol is None and head:
        # a title that ends on its symbol, as document lists print it: "Report of the Group (A/HRC/52/CRP.5)"
        titled = re.search(rf"\(({SYMBOL.pattern})\)$", head[0])
        own = titled.group(1) if titled and len(head[0]) <= 300 else None
    symbol = own or symbol
    session = _session(head[:40])
    date = _iso(given.get("date")) or first_date(head[:60])
    agenda = _agenda(head[:40])
    if given.get("session"):
        session = str(given["session"])
    if given.get("agenda"):
        agenda = [str(item) for item in re.findall(r"\d+", str(given["agenda"]))]
    title = str(given["title"]) if given.get("title") else _title(lines, session, lang)
    # a report's second symbol, its body's, beside its own: the same document, never a citation of it
    seconds = tuple(pair[1] for text in head[:40] if (pair := _double_symbol(text)) and pair[0] == symbol)
    return Metadata(symbol, title, date, session, agenda, warnings, _own_numbers(head[:12]) + seconds)


def _one_line_header(head: list[str]) -> str | None:
    """The symbol that opens a header on one line: the symbol, then the letterhead or a date (or, as a page's
    title, the organ whose document it is); or the letterhead, then the symbol, alone ("Naciones Unidas A/AC.293/2022/L.1")."""
    for text in head:
        # the symbol may end on a full stop, as a title does: "A/RES/75/264. Resolution of the … General Assembly"
        found = re.match(rf"^\s*({SYMBOL.pattern})(?:\.|{_NOTE_MARK})?\s+(\S.*)$", text)
        if found and (_HEADER_WORDS.search(found.group(2)) or first_date([found.group(2)[:40]])):
            return found.group(1).rstrip(".")
        found = re.match(rf"^(.{{1,40}}?)\s+({SYMBOL.pattern}){_NOTE_MARK}?$", text)
        if found and (_HEADER_WORDS.fullmatch(found.group(1)) or LETTERHEAD_LINE.match(text)):
            return found.group(2).rstrip(".")
        # the letterhead, the symbol, then the organ and the distribution, on one line as a text layer runs a
        # masthead together: "Nations Unies S/2021/519 Conseil de sécurité Distr. générale 1 er juin 2021"
        found = re.match(rf"^(.{{1,40}}?)\s+({SYMBOL.pattern}){_NOTE_MARK}?\s+(\S.*)$", text)
        if found and LETTERHEAD_LINE.match(text) and _DISTRIBUTION.match(found.group(3)):
            return found.group(2).rstrip(".")
        # the distribution first, then the symbol and the date, as a text layer runs the older masthead's right-hand
        # column together: "Distr. GENERAL A/HRC/7/78 14 de julio de 2008 ESPAÑOL Original: INGLÉS"
        found = re.match(rf"^Distr\.:?\s*\w+\s+({SYMBOL.pattern}){_NOTE_MARK}?\s+(\S.*)$", text)
        if found and first_date([found.group(2)[:40]]):
            return found.group(1)
        # the page's title repeated, then the symbol, then the organ and the date, as a library's header box prints
        # them: "聯合國安理會主席聲明2022年第1號 S/PRST/2022/1 聯合國安全理事會 2022年3月23日"
        found = re.match(rf"^(.{{1,120}}?)\s+({SYMBOL.pattern})\s+(\S.*)$", text)
        if found and found.group(1) == head[0] and text != head[0] and first_date([found.group(3)[:40]]):
            return found.group(2)
    return None


# A line that is only a resolution's number, as a resolution's page prints its title: "Resolution 2719",
# "Resolution 2719 (2023)", "Résolution 2719 (2023)", "Resolución 2719 (2023)", "第2719(2023)号决议"
_NUMBER_LINE = re.compile(
    rf"(?:{alternation(SECURITY_COUNCIL, SECURITY_COUNCIL_IN_NEWS)}\s*)?"
    r"(?:(?:Resolution|Résolution|Resolución|RESOLUTION|RÉSOLUTION|RESOLUCIÓN)\s+\S.{0,24}|第.{1,16}号决议)"
)


def _own_numbers(head: list[str]) -> tuple[str, ...]:
    """The keys of a resolution's own number, where the page's first line is that number alone (its title): the
    key of that line and of the lines of the head that repeat the number with its year. Elsewhere a line that is
    only a resolution's number (an item of a list of resolutions) is a citation.

    >>> _own_numbers(["Resolution 2719", "Cooperation between the United Nations and …", "Resolution 2719 (2023)"])
    ('resolution 2719', 'resolution 2719 (2023)')
    >>> _own_numbers(["Resolutions of the Council", "Resolution 2719 (2023)"]), _own_numbers(["Resolution on Myanmar"])
    ((), ())
    """
    if not head or not _NUMBER_LINE.fullmatch(head[0]):
        return ()
    own = [cited.key for cited in citations(head[0])]
    if len(own) != 1 or own[0].split(" ")[0] != "resolution":
        return ()
    number = own[0].split(" ")[1]
    repeated = [
        cited.key
        for text in head[1:]
        if _NUMBER_LINE.fullmatch(text)
        for cited in citations(text)
        if cited.key.split(" ")[1] == number
    ]
    return tuple(dict.fromkeys(own + repeated))


# The field of a UN web page's document record that gives the document's symbol, after its title and date: "UN symbol"
# (ohchr.org's document pages, in English and French), "联合国文号" (its Chinese pages), on the symbol's line or the line
# before it
_SYMBOL_FIELD = re.compile(rf"(?:(?<![\w-])UN symbol|联合国文号)\s*[:：]?\s*({SYMBOL.pattern})")


def _field_symbol(head: list[str]) -> str | None:
    """The symbol a page's own "UN symbol" field gives, the field's label and value on one line or on two.

    >>> _field_symbol(["A/HRC/51/29 : 2022 Rapport du Groupe de travail", "Publié", "UN symbol", "A/HRC/51/29"])
    'A/HRC/51/29'
    >>> _field_symbol(["文件 专题报告 已发布 2022年8月4日 联合国文号 A/HRC/51/55 查看本报告所依据的征集信息呼吁 分享"])
    'A/HRC/51/55'
    >>> _field_symbol(["The report (A/HRC/51/55) was presented."]) is None
    True
    """
    found = _SYMBOL_FIELD.search("\n".join(head))
    return found.group(1) if found else None


def _lone_symbol(head: list[str]) -> str | None:
    """The symbol of the front page's one line that is only a symbol (perhaps with a footnote's mark): a masthead
    prints one. Where two lines print different symbols, they are a list or a table of documents (a treaty body's
    reports to be considered, a rapporteur's country reports), cited there: none is the document's own.

    >>> _lone_symbol(["United Nations", "CAT/C/NIC/PCO/2", "Distr.: General"])
    'CAT/C/NIC/PCO/2'
    >>> _lone_symbol(["United Nations", "CRPD/C/25/2*", "Convention on the Rights of Persons with Disabilities"])
    'CRPD/C/25/2'
    >>> _lone_symbol(["Naciones Unidas", "CED/C/MEX/VR/1 (Recommendations)", "Distr. general"])
    'CED/C/MEX/VR/1'
    >>> _lone_symbol(["Azerbaijan", "E/C.12/AZE/4", "Bolivia", "E/C.12/BOL/3"]) is None
    True
    """
    lone = list(dict.fromkeys(symbol for text in head if (symbol := _symbol_line(text))))
    return lone[0] if len(lone) == 1 else None


def _symbol_line(text: str) -> str | None:
    """The symbol of a line that is only a symbol (perhaps with a footnote's mark) or a report's two symbols."""
    if found := _MARKED_SYMBOL.fullmatch(text):
        return found.group(1)
    pair = _double_symbol(text)
    return pair[0] if pair else None


def _double_symbol(text: str) -> tuple[str, str] | None:
    """A report's two symbols on one line, its organ's series then its body's, side by side or run
    together as a cover's text layer prints them: a committee's report to the Economic and Social Council is
    "E/2025/22 E/C.12/2024/3", its Official Records' symbol first.

    >>> _double_symbol("E/2025/22E/C.12/2024/3"), _double_symbol("A/79/48 CAT/C/79/2"), _double_symbol("A/79/48")
    (('E/2025/22', 'E/C.12/2024/3'), ('A/79/48', 'CAT/C/79/2'), None)
    """
    for index in range(3, len(text) - 3):
        if text[index].isupper() and text[index - 1] not in "/." and not text[index - 1].isupper():
            first, second = text[:index].rstrip(), text[index:]
            if SYMBOL.fullmatch(first) and SYMBOL.fullmatch(second) and first != second:
                return first, second
    return None


def _whole_symbols(head: list[str]) -> list[str]:
    """The lines of ``head``, a symbol broken inside its last part or before its first slash joined to the rest of it on the next line
    ("A/AC.293/2022/L." and "1", "A/HRC/48/L.23/Rev." and "1", "A/HRC/48/L.23/" and "Rev.1"): whole, where
    the two parts make one symbol.

    >>> _whole_symbols(["Naciones Unidas A/AC.293/2022/L.", "1", "Asamblea General"])
    ['Naciones Unidas A/AC.293/2022/L.1', 'Asamblea General']
    >>> _whole_symbols(["Naciones Unidas A/HRC/48/L.23/Rev.", "1"]), _whole_symbols(["A/HRC/48/L.23/", "Rev.1"])
    (['Naciones Unidas A/HRC/48/L.23/Rev.1'], ['A/HRC/48/L.23/Rev.1'])
    >>> _whole_symbols(["Consejo de Derechos Humanos", "1"]), _whole_symbols(["United Nations A", "/76/246"])
    (['Consejo de Derechos Humanos', '1'], ['United Nations A/76/246'])
    >>> _whole_symbols(["联 合 国", "C EDAW/C/BLR/CO/7"]), _whole_symbols(["S CAT/C/5"])
    (['联 合 国', 'CEDAW/C/BLR/CO/7'], ['S CAT/C/5'])
    """
    joined: list[str] = []
    for text in head:
        if joined and split_symbol(joined[-1], text):  # broken before its first slash: "United Nations A" + "/76/246"
            joined[-1] += text
            continue
        if _SPACED_ORGAN.fullmatch(text) and SYMBOL.fullmatch(text.replace(" ", "", 1)):
            joined.append(text.replace(" ", "", 1))  # a stray space in its organ's letters: "C EDAW/C/BLR/CO/7"
            continue
        broken = _BROKEN_SYMBOL.search(joined[-1]) if joined and _SYMBOL_REST.fullmatch(text) else None
        if broken and SYMBOL.fullmatch(broken.group(1) + text):
            joined[-1] += text
            continue
        joined.append(text)
    return joined


# A line ending on a symbol cut inside its last part ("…/L.", "…/Rev.", "…/"), and the line that ends it ("1", "Rev.1")
_BROKEN_SYMBOL = re.compile(r"(?<!\S)(\S+/(?:(?:Add|Corr|Rev|Amend|L)\.)?)$")
_SYMBOL_REST = re.compile(r"(?:(?:Add|Corr|Rev|Amend|L)\.)?\d{1,3}")
# A symbol alone on its line with a stray space in its organ's letters, as the Chinese texts of a treaty body's concluding
# observations on the OHCHR document store print their masthead: "联 合 国" over "C EDAW/C/BLR/CO/7" (2011)
_SPACED_ORGAN = re.compile(r"[A-Z]{1,4} [A-Z]{1,5}/\S+")


def _session(head: list[str]) -> str | None:
    for text in head:
        found = _SESSION.match(text)
        if found:
            return found.group(1)
    for text in head:
        found = _SESSION_IN_LINE.search(text)
        if found:
            return found.group(1) or found.group(2)
    return None


def _agenda(head: list[str]) -> list[str]:
    for text in head:
        found = AGENDA.search(text)
        if found:
            items = next(group for group in found.groups() if group)
            return re.findall(r"\d+", items)
    return []


def _iso(value) -> str | None:
    """A front matter date as ISO: YAML reads 2012-12-18 as a date, "18 December 2012" as text."""
    if value is None:
        return None
    text = str(value).strip()
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else first_date([text])


# The front page's distribution line: the masthead above it prints the series (the letterhead, the symbol and, on a
# treaty body's document, the treaty's name: "Convention on the Rights of Persons with Disabilities"), not the title
_DISTRIBUTION = re.compile(r"^(?:.{0,40}\s)?(?:Distr\.|分\s*发)")
# After it, the organ whose document it is, on a line of its own: "Committee on Enforced Disappearances", "Comité des
# droits de l'enfant", "Comité de Derechos Humanos", "Subcommittee on Prevention of Torture", "禁止酷刑委员会"
_ORGAN_LINE = re.compile(
    r"^(?:Sub)?[Cc]ommittee\s+(?:on|against|for)\b|^(?:Sous-)?Comité\s|^Subcomité\s|^[^\s]{2,20}委员会$"
)


def _title(lines: list[Line], session: str | None, lang: str) -> str | None:
    """The first long line of the front page that is not part of its masthead; on a UN document's front page (its
    distribution line among its first lines), the first after that line that is not the organ's name (a Chinese title
    is measured there in printed width).

    >>> from loaders.documents.lines import to_lines
    >>> front = ("United Nations\\nCRPD/C/25/2*\\nConvention on the Rights of Persons with Disabilities\\n"
    ...          "Distr.: General\\n14 October 2021\\nOriginal: English\\n"
    ...          "Committee on the Rights of Persons with Disabilities\\n"
    ...          "Report of the Committee on the Rights of Persons with Disabilities on its twenty-fifth session\\n")
    >>> _title(to_lines(front, markdown=False), None, "en")
    'Report of the Committee on the Rights of Persons with Disabilities on its twenty-fifth session'
    >>> front = "联 合 国\\nCAT/C/CHE/CO/8\\n禁止酷刑和其他残忍、不人道\\nDistr.: General\\n禁止酷刑委员会\\n关于瑞士第八次定期报告的结论性意见*\\n"
    >>> _title(to_lines(front, markdown=False), None, "zh")
    '关于瑞士第八次定期报告的结论性意见'
    """
    head = [line for line in lines[:120] if line.text.strip()]
    distribution = next((index for index, line in enumerate(head[:6]) if _DISTRIBUTION.match(line.text.strip())), None)
    if distribution is not None:
        head = head[distribution + 1 :]
    for line in head:
        # the marks of the title's footnotes go: "… rapports périodiques * , **"
        text = re.sub(r"(?:\s*[*∗†‡]+\s*,?)+$", "", heading_text(line.text))
        if (
            not text
            or _TITLE_SKIP.match(text)
            or (session and text == session)
            or _MARKED_SYMBOL.fullmatch(text)
            or _one_line_header([text])
            or distribution is not None
            and _ORGAN_LINE.match(text)
        ):
            continue
        if (
            (width(text) if distribution is not None else len(text)) > 25
            and not text[0].isdigit()
            and not text.endswith((".", "。", ","))
            and (line.heading_level or lang == "zh" or text == text.strip() and len(text) < 200)
        ):
            return text
    return None
