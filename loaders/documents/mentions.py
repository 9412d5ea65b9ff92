"""Finding the bodies a text names, through the registry of names (en, fr, zh, es).

Every registered spelling is searched for in the text's normalised form (the resolver's: no
case, accents, spaces or hyphens), so a name broken across lines or hyphenated still matches.
Then each hit is checked against the original text: it must start and end on word boundaries
(for Latin script), acronyms must match their case exactly (so the French "au" is not the
African Union, nor "un" the United Nations; a spelling with "UN" in it keeps its capitals, so
"UN human rights experts" is not "UN Human Rights"), and where hits overlap the longest wins (the
"Human Rights Council Advisory Committee" is not also the Council). A name shared by a list of
bodies names each of them, with the shared words after the list ("United Nations and regional
human rights mechanisms") or before it ("les systèmes africain, interaméricain et européen";
:mod:`loaders.documents.lists`). A class's name in the other number than registered, after words that make it one
body of the class ("the first international human rights mechanism"), is no mention of the class.
The UN qualifying a word and a deputy's title are no mentions (:mod:`loaders.documents.qualifiers`), nor
an acronym that is a word of the capitals around it, nor the short name of the UN's organ that is another
organisation's (:mod:`loaders.documents.lookalikes`).
Chinese in traditional characters is searched in simplified ones, character for character, and each
mention keeps the text as printed ("聯合國" is the United Nations, quoted "聯合國").

>>> finder = MentionFinder(resolver)
>>> [m.id for m in finder.find("the Inter-\\nAmerican Court and the AU")]
['iacthr', 'au']
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass, replace

import ahocorasick

from loaders.documents import (
    assemblies,
    capital_lists,
    context,
    defined,
    elsewhere,
    european_council,
    events,
    glossed,
    hyphenated,
    instruments,
    longer_titles,
    members,
    national,
    partners,
    possessives,
    readings,
    secretaries,
    zh_defined,
    zh_organs,
)
from loaders.documents.capitals import other_capitals
from loaders.documents.compounds import in_a_longer_word
from loaders.documents.glued import link_word_glued
from loaders.documents.lists import shared_heads, shared_heads_first
from loaders.documents.lookalikes import (
    another_organisations_organ,
    capitalised_acronym,
    council_or_committee,
    one_of_a_class,
    something_else,
    word_in_capitals,
)
from loaders.documents.mandates import mandate_subject, titles_listed
from loaders.documents.qualifiers import without_qualifiers
from loaders.documents.slashed import in_a_photo_credit, two_acronyms
from loaders.documents.subjects import in_a_quoted_title, subject_of_a_title
from loaders.documents.titled_acronyms import after_an_article
from loaders.documents.titles import office_of_the_holder, owned_titles
from registry.forms import chinese_forms, number, spanish_forms
from registry.keys import normalize, simplified
from registry.names import Name, Resolver

__all__ = ["Mention", "MentionFinder"]

# Read through as the resolver's keys are: spaces, hyphens and soft hyphens; and quotation marks, which a text may put
# around part of a name ("los «procedimientos especiales» del Consejo de Derechos Humanos")
_DROPPED = re.compile(r"[\s\-‐‑‒–—―\u00ad«»“”„‹›\"]")
# Countries whose name holds a word of the States class
_STATES_COUNTRIES = re.compile(r"\bUnited\s+States\b|\bEstados\s+Unidos\b|\b[EÉ]tats-Unis\b|\bStati\s+Uniti\b")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@dataclass(frozen=True)
class Mention:
    """A body named in a text: where, and how it was written."""

    id: str
    surface: str
    start: int
    end: int
    lang: str | None


def _fold(char: str) -> str:
    """One character in the resolver's normalised form (possibly empty or several characters)."""
    text = unicodedata.normalize("NFKC", char).translate(str.maketrans({c: "'" for c in "’‘ʼ`´′"}))
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return _DROPPED.sub("", text.casefold())


def _in_a_word(char: str) -> bool:
    """Whether a character next to a Latin-script name makes it part of a longer word: Chinese is written
    without spaces, so an acronym right against a Chinese character stands alone ("2025年AICHR主席")."""
    return char.isalnum() and not _CJK.match(char)


class MentionFinder:
    """All registered spellings, ready to be found in running text."""

    def __init__(self, names: Resolver):
        self.names = names
        # every word of the registered names: an acronym printed capitalised ("Oacnudh") is read only where its
        # letters are no word of the registry's own languages
        self.words = {
            w.casefold()
            for n in names.by_key.values()
            if n.lang
            for w in re.findall(r"[^\W\d_]+", n.surface)
            if not w.isupper()  # an acronym inside a name ("ASEAN Intergovernmental Commission") is no word
        }
        self.automaton = ahocorasick.Automaton()
        self.other_number: set[str] = set()  # a class's names in the other number than registered
        for key, name in names.by_key.items():
            if name.surface == name.id and name.lang is None and not name.surface.isupper():
                continue  # lower-kebab ids are not written in documents
            if len(key) < 2:
                continue
            self.automaton.add_word(key, (key, name))
        for name in list(names.by_key.values()):
            if name.id in names.generic and name.lang and len(name.surface.split()) >= 3:
                # a class's name of three words or more with its class noun in the other number, as the
                # resolver's ``number`` step reads it: "Special Procedure mandate holders" (two words, "a
                # regional office", may be one of the class)
                for written in number(name.surface):
                    key = self._add_variant(name, written)
                    if key:
                        self.other_number.add(key)
        for name in list(names.by_key.values()):
            if name.lang is None and name.system == "UN" and name.id != "un" and name.surface.isupper():
                # a UN body's acronym with the UN's joined to it, as the Spanish press writes it ("CDH-ONU"): the body
                self._add_variant(name, f"{name.surface}-ONU")
            for written in (
                spanish_forms(name) if name.lang == "es" else chinese_forms(name) if name.lang == "zh" else ()
            ):
                # a spelling variant: the UN's acronym inside a Spanish name ("alto comisionado de la ONU para …"), 的
                # after the UN's Chinese name ("联合国的人权机制")
                self._add_variant(name, written)
            if name.lang == "zh" and "区域" in name.surface and "区域性" not in name.surface:
                # 区域 and its adjective 区域性 are one word: "区域性政府间组织" is "区域政府间组织"
                self._add_variant(name, name.surface.replace("区域", "区域性", 1))
        self.states_spellings = frozenset(
            n.surface for n in names.by_key.values() if n.id == "states" and n.lang == "zh"
        )
        #: short names that name a body where the document names its organisation (:mod:`loaders.documents.context`)
        self.short = context.short_names(names) | zh_organs.organ_short_names(names)
        #: UN mandates with a regional counterpart, and those the document's body makes the counterpart's
        self.counterparts = context.regional_counterparts(names)
        self.un_bodies = context.un_bodies(names)
        self.counterparts_here: dict[str, str] = {}
        for key, (identifier, _organisation, written, lang) in self.short.items():
            if key not in self.automaton:
                self.automaton.add_word(key, (key, Name(identifier, identifier, written, lang, variant=True)))
        # 欧洲理事会: the Council of Europe in a document about it, and its organs so named (:mod:`.european_council`)
        for name, written in european_council.organs(names):
            self._add_variant(name, written)
        coe = european_council.council_of_europe(names)
        self.european_council = self._add_variant(coe, european_council.NAME) if coe else None
        self.context: frozenset[str] = frozenset()
        self.secretary_elsewhere = False  # the document's Secretary-General is another organisation's
        # (id, bare Chinese name) another body's in the document: 大会 a members' assembly's (:mod:`.assemblies`),
        # 人权委员会 a national commission's (:mod:`.national`)
        self.bare_elsewhere: frozenset[tuple[str, str]] = frozenset()
        self.defined: dict[str, str] = {}  # the document's own acronyms (:mod:`loaders.documents.defined`)
        if len(self.automaton):
            self.automaton.make_automaton()

    def _add_variant(self, name: Name, written: str) -> str | None:
        """Search for ``written`` as another spelling of ``name``'s body, unless it is a registered spelling or already
        searched for; its key when added."""
        key = normalize(written)
        if key in self.names.by_key or key in self.automaton:
            return None
        self.automaton.add_word(key, (key, replace(name, surface=written, variant=True)))
        return key

    def in_document(self, text: str) -> MentionFinder:
        """This finder, for the paragraphs of a document whose whole text is ``text``: the short names of
        :mod:`loaders.documents.context` name their body where the document names its organisation."""
        text, _ = readings.without_readings(simplified(text))  # read as find reads each paragraph
        hits = [(key, n, a, b) for key, n, a, b in self._hits(text) if key not in self.short]
        named = [Mention(n.id, text[a:b], a, b, n.lang) for key, n, a, b in hits if key != self.european_council]
        within = copy.copy(self)
        within.context = context.context_of(self.names, (m.id for m in named))
        within.secretary_elsewhere = context.secretary_general_of_another(text, named)
        if secretaries.secretary_general_elsewhere((m.id for m in named), self.names.organisations, self.un_bodies):
            within.secretary_elsewhere = within.secretary_elsewhere | {"un-secretary-general"}
        within.bare_elsewhere = frozenset(
            [("ga", "大会")] * assemblies.members_assembly_named(text)
            + [("commission-on-human-rights", "人权委员会")] * national.national_commission_named(text)
            + [("ga", written) for written in assemblies.assembly_of_another_named(text)]
        )
        within.counterparts_here = context.counterparts_here(self.un_bodies, self.counterparts, (m.id for m in named))
        found = defined.defined_acronyms(text, named, self.names.generic, self.names.by_key, within._found)
        within.defined = glossed.owners_acronyms_kept(found, self.names) | zh_defined.defined_short_names(
            text, named, self.names.generic, self.names.by_key
        )
        return within

    def _hits(self, text: str):
        """(key, name, start, end) of every registered spelling in ``text`` that stands as a name (:meth:`_acceptable`)."""
        folded, origin = [], []
        for index, char in enumerate(text):
            for piece in _fold(char):
                folded.append(piece)
                origin.append(index)
        for end, (key, name) in self.automaton.iter("".join(folded)) if len(self.automaton) else ():
            first, last = origin[end - len(key) + 1], origin[end] + 1
            if key in self.other_number and one_of_a_class(text, first, last):
                continue  # "the first international human rights mechanism", "the OHCHR Regional Office in Addis Ababa"
            if key in self.short and not context.in_context(text, first, last, self.short[key][1], self.context):
                continue  # "the Committee of Ministers" where the document does not name the Council of Europe
            if key == self.european_council and not european_council.in_its_context(self.context):
                continue  # the European Union's European Council, or a document about neither
            if self._acceptable(text, first, last, name):
                yield key, name, first, last

    def find(self, text: str) -> list[Mention]:
        """The bodies ``text`` names, in order, longest names first where they overlap."""
        if not len(self.automaton):
            return []
        printed, text = text, simplified(text)
        glossed, (text, origin) = text, readings.without_readings(text)
        found = self._found(text)
        if glossed != text:  # a page printing each character's reading after it ("人權(quán)理事會")
            return [_as_printed(printed, glossed, m) for m in readings.as_glossed(glossed, origin, found, replace)]
        if printed == text:
            return found
        return [_as_printed(printed, text, mention) for mention in found]

    def _owner_before(self, text: str, mention: Mention, following: Mention | None) -> bool:
        """Whether a name is written right against the name of one of its own bodies, which it qualifies:
        "人权理事会普遍定期审议" is the Council's review, "OSCE ODIHR" the ODIHR (the longest name wins); in Chinese a
        count may come between them ("人权理事会多个特别程序": several of the Council's special procedures)."""
        return bool(
            following
            and (
                _ZH_COUNT_BETWEEN.fullmatch(text, mention.end, following.start) is not None
                if mention.lang == "zh" or _CJK.match(mention.surface[-1:])  # a Chinese short name: "欧安组织"
                else possessives.written_before(text, mention, following)
            )
            and mention.id in self.names.ancestors(following.id)
        )

    def _found(self, text: str) -> list[Mention]:
        """The bodies ``text`` (in simplified characters) names."""
        hits = [
            Mention(name.id, re.sub(r"\s+", " ", text[first:last]), first, last, name.lang)
            for _key, name, first, last in self._hits(text)
        ]
        chosen = _longest_first(hits)
        chosen = [m for m in chosen if not word_in_capitals(text, m, chosen) and not something_else(text, m)]
        chosen = [m for m in chosen if not another_organisations_organ(text, m, chosen)]
        chosen = [m for m in chosen if not context.another_secretary_general(m, chosen, self.secretary_elsewhere)]
        chosen = [m for m in chosen if (m.id, m.surface) not in self.bare_elsewhere]
        chosen = [context.as_counterpart(text, m, self.counterparts, self.counterparts_here) for m in chosen]
        first = shared_heads_first(text, self.names, Mention) + capital_lists.in_capitals(text, self.names, Mention)
        # a list's name inside a longer registered name gives way to it: "États membres de l'Union africaine et élus"
        first = [s for s in first if not any(m.start <= s.start and s.end <= m.end for m in chosen)]
        shared = shared_heads(text, chosen, self.names, Mention) + first
        chosen = [m for m in chosen if not any(s.start <= m.start and m.end <= s.end for s in first)]
        ceux = self._ceux_de(text)
        chosen = [m for m in chosen if not any(c.start <= m.start and m.end <= c.end for c in ceux)]
        # a subject's words are no mention of their own ("human rights defenders")
        titles = titles_listed(text, self.names, Mention) + members.members_listed(text, self.names, Mention)
        chosen = [m for m in chosen if not any(t.start <= m.start and m.end <= t.end for t in titles)]
        chosen = [m for m in chosen if not mandate_subject(text, m, self.names)]
        found = sorted(chosen + shared + ceux + titles, key=lambda m: m.start)
        found = owned_titles(text, found, self.names, Mention)
        found = longer_titles.titles_continued(text, found, self.names, Mention)  # "… y de los Medios de la CADHP"
        found = [office_of_the_holder(text, mention, Mention) for mention in found]
        found = glossed.acronym_apart(text, found, self.names, Mention)  # "Alto Comisionado … (ACNUDH)": two bodies
        # an organisation named in a dialogue's name ("东盟-欧盟人权政策对话"), a class in a forum's ("…国家人权机构论坛")
        found = [m for m in found if not (m.lang is None or m.lang == "zh") or not _IN_AN_EVENT.match(text, m.end)]
        found = [m for m in found if not hyphenated.names_an_event(text, m, self.names)]
        found = events.without_a_chinese_conference(text, found)
        found = [m for m in found if not elsewhere.something_else_named(text, m, self.names.unit_owners)]
        found = [m for m in found if not (m.id in self.names.generic and _AN_ELECTION.match(text, m.end))]
        # the UN's name opening an agency's ("Organización de las Naciones Unidas para la Educación, la Ciencia y la
        # Cultura": UNESCO, with no row) is that agency's words, as "Naciones Unidas" inside it is adjectival
        found = [m for m in found if not (m.id == "un" and m.lang == "es" and _AN_AGENCYS_FIELD.match(text, m.end))]
        # a class named as a declaration's or a day's subject ("Human Rights Defenders Day") is no mention of it,
        # nor one written right after an organisation's name, as its organ ("欧安组织议会": the OSCE's assembly), nor a
        # short Chinese class word inside a longer word ("律师协会": a bar association; :mod:`loaders.documents.compounds`);
        # an organisation named in a quoted title ("intitulée « Coopération entre l'Organisation des Nations Unies et … »";
        # the Chinese samples count the UN in a resolution's title after 题为)
        found = [
            m
            for index, m in enumerate(found)
            if not (
                m.id in self.names.generic
                and (
                    subject_of_a_title(text, m)
                    or zh_organs.organ_of(found[:index], m, self.names.organisations)
                    or in_a_longer_word(text, m, found[index - 1] if index else None)
                )
            )
            and not (m.id in self.names.organisations and not _CJK.match(m.surface) and in_a_quoted_title(text, m))
            and not (m.id in self.names.organisations and instruments.in_or_before_a_title(text, m.start, m.end))
            and not self._owner_before(text, m, found[index + 1] if index + 1 < len(found) else None)
            and not (
                m.id in self.names.organisations
                and national.its_member_states(m, found[index + 1 : index + 2], text, self.states_spellings)
            )
        ]
        found = [council_or_committee(text, m) for m in without_qualifiers(text, found, self.names.organisations)]
        return defined.with_defined_hits(text, found, self.defined, Mention)

    def _ceux_de(self, text: str) -> list[Mention]:
        """French "les mécanismes … régionaux et ceux de l'ONU": those of the UN are mechanisms too."""
        extra = []
        for found in re.finditer(r"\b(?:et|ou) (?:de )?ceux (?:de l['’]ONU|des Nations Unies)", text):
            before = text[max(0, found.start() - 120) : found.start()]
            if re.search(r"mécanismes|arrangements|organes|instances", before):
                unit = (
                    self.names.resolve("mécanismes des Nations Unies").id
                    or self.names.resolve("mécanismes de l'ONU").id
                )
                if unit:
                    extra.append(Mention(unit, found.group(0), found.start(), found.end(), "fr"))
        return extra

    def _acceptable(self, text: str, first: int, last: int, name: Name) -> bool:
        surface = text[first:last]
        if _WEB_ADDRESS.match(text, last) and (first == 0 or text[first - 1] in "./@"):
            return False  # a part of a web or mail address: "www.CIDH.org", "prensa@ohchr.org"
        # two acronyms joined by a slash, each named: "le projet FSI/HCDH"; a photo credit's source, "Violaine Martin/UN
        # Geneva/dpa" (:mod:`loaders.documents.slashed`)
        paired = "/" in text[max(0, first - 1) : last + 1] and (
            two_acronyms(text, first, last, self.names) or in_a_photo_credit(text, first, last)
        )
        if hyphenated.partners_joined(text, first, last, self.names):
            return True  # two bodies' acronyms joined by a hyphen: "the AICHR-UN Dialogue" (:mod:`.hyphenated`)
        if not _CJK.match(surface[:1]):
            if first > 0 and _in_a_word(text[first - 1]):
                return False  # inside a word
            if first > 0 and text[first - 1] == "/" and not (paired or self._after_its_organisation(text, first, name)):
                return False  # a part of a document symbol (A/HRC/15/56); but "OSCE/BIDDH" is the ODIHR
            if (
                first > 1
                and text[first - 1] == "-"
                and text[first - 2].isalpha()
                and not _ACRONYM_BEFORE.search(text, 0, first)
                and not (
                    self._organisation_in_words(name) and partners.organisation_before(text, first - 1, self.names)
                )
            ):
                return (
                    False  # the end of a compound: "sub-regional"; but "AP-OSCE" is the OSCE's Assembly (longest name)
                )
        if not _CJK.match(surface[-1:]):
            # an acronym with its session's number glued to it is the body: "HRC54", "CEDAW85"
            session = name.lang is None and len(surface) >= 3 and surface.isupper() and _SESSION.match(text, last)
            # a footnote's call glued to a name's last word, as text layers print it: "États membres du Conseil de
            # l'Europe2"
            footnote = name.lang is not None and surface[-1:].islower() and _FOOTNOTE_CALL.match(text, last)
            glued = session or footnote or paired or link_word_glued(text, last, name)  # "Forzadasobre" (:mod:`.glued`)
            if last < len(text) and (_in_a_word(text[last]) or text[last] == "/") and not glued:
                return False
            if last + 1 < len(text) and text[last] == "-" and text[last + 1].isalpha():
                # the start of a compound: "États-Unis" is not "États"; but two organisations' acronyms joined by
                # a hyphen are partners, each named: "UN-AU cooperation", "la coopération ONU-UA"; and so are their
                # names in words (:mod:`loaders.documents.partners`)
                if self._partners(text, last, name):
                    return True
                if not (self._organisation_in_words(name) and partners.organisation_after(text, last + 1, self.names)):
                    return False
        for country in _STATES_COUNTRIES.finditer(text, max(0, first - 10), min(len(text), last + 10)):
            if country.start() <= first and last <= country.end():
                return False  # "Estados Unidos", "the United States": a country, not the States
        if other_capitals(text, first, surface, name):
            return False  # "UN human rights system", "the Commission on human rights issues" (:mod:`.capitals`)
        if name.lang is None and not _CJK.search(name.surface):
            # acronyms: exact case, ignoring only spacing ("ECOWAS CJ" across a line break), or a long one printed
            # with only its first letter capital, as the press writes it ("la Oacnudh", "Unicef")
            written = re.sub(r"[\s\-]+", "", surface)
            registered = re.sub(r"[\s\-]+", "", unicodedata.normalize("NFKC", name.surface))
            if name.id in self.names.organisations and after_an_article(text[:first], written, registered, self.words):
                return True  # "l'Onu", "la Oea": an organisation's acronym in title case after an article
            return written == registered or capitalised_acronym(written, registered, self.words)
        return True

    def _after_its_organisation(self, text: str, first: int, name: Name) -> bool:
        """Whether an acronym is written after its organisation's acronym and a slash: "OSCE/BIDDH", "OSCE/ODIHR"."""
        owner = _SLASHED_OWNER.search(text, 0, first)
        if not owner or name.lang is not None:
            return False
        found = self.names.by_key.get(normalize(owner.group(1)))
        return bool(found and found.lang is None and found.id in self.names.ancestors(name.id))

    def _organisation_in_words(self, name: Name) -> bool:
        return name.lang is not None and name.id in self.names.organisations

    def _partners(self, text: str, last: int, name: Name) -> bool:
        """Whether an organisation's acronym ending at ``last`` is joined by a hyphen to another organisation's
        acronym ("UN-AU", "ONU-UA"): the two partners, not one compound."""
        following = _PARTNER.match(text, last)
        if not following or name.lang is not None or name.id not in self.names.organisations:
            return False
        other = self.names.by_key.get(normalize(following.group(1)))
        return bool(other and other.lang is None and other.id in self.names.organisations and other.id != name.id)


# After a Chinese name, the rest of a dialogue's or a forum's name: "东盟-欧盟人权政策对话", "国家人权机构论坛"
_IN_AN_EVENT = re.compile(
    r"(?:[-－–][\u4e00-\u9fff]{1,6}?)?(?:人权|政策|战略|高级别|年度|双边|区域|问题)*(?:对话|論壇|论坛)"
)
# After a Chinese class name, an election it qualifies: "俄罗斯的议会选举" (a parliamentary election); "议会选举了主席"
# is the parliament electing, and "民主人权办选举观察团" the ODIHR's mission (an organisation's, not a class's)
_AN_ELECTION = re.compile(r"选举(?!了)")
# Between a Chinese name and one of its own bodies, nothing or a count: "多个", "各个", "若干", "一些", "两个"
_ZH_COUNT_BETWEEN = re.compile(r"(?:多|各|若干|一些|[两二三四五六七八九十\d]+)?个?")
_AN_AGENCYS_FIELD = re.compile(r"[ \t]+para[ \t]+(?:la|el|los|las)[ \t]+(?!Derechos[ \t]+Humanos)[A-ZÁÉÍÓÚ]")
_PARTNER = re.compile(r"-([A-Z]{2,6})(?![\w-])")  # a second acronym joined to the first: "UN-AU"
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,4}-$")  # an acronym joined to the next: "AP-OSCE"
_WEB_ADDRESS = re.compile(r"\.(?:org|int|com|net|gov|edu|ch|es|fr)\b", re.I)
_SESSION = re.compile(r"\d{1,3}(?![\w/-]|\.\w)")
_FOOTNOTE_CALL = re.compile(r"\d{1,2}(?![\w/.,-]\d|[\w/])")  # "Europe2 ainsi", not "Europe2.5" nor "Europe2/…"
_SLASHED_OWNER = re.compile(r"(?<![\w/])([A-Z][A-Za-z]{1,9})/$")  # an organisation's acronym and a slash: "OSCE/"


def _as_printed(printed: str, matched: str, mention: Mention) -> Mention:
    """``mention``, found in ``matched`` (``printed`` in simplified characters), with the words as printed."""
    span = re.sub(r"\s+", " ", matched[mention.start : mention.end])
    if mention.surface == span:
        return replace(mention, surface=re.sub(r"\s+", " ", printed[mention.start : mention.end]))
    return mention  # a name put together from a list ("国际…人权机制"): its parts, in the registry's characters


def _longest_first(hits: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for hit in sorted(hits, key=lambda m: (-(m.end - m.start), m.start)):
        if all(hit.end <= other.start or hit.start >= other.end for other in chosen):
            chosen.append(hit)
    return chosen
