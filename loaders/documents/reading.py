"""Reading a document file into text: encodings, PDF, and the language it is written in.

``read(path)`` accepts plain text, markdown and PDF. Text encodings are detected, never
guessed silently: a byte-order mark (UTF-8, UTF-16) decides; otherwise strict UTF-8, then
UTF-16 without a mark (recognised by its zero bytes). Any other file must read cleanly in
exactly one of the usual encodings of its language (Windows-1252 or Latin-1 for English and
French, GB 18030 or Big5 for Chinese); when it reads in none, or in two that disagree, reading
stops and asks for ``--encoding`` (:class:`UnclearEncoding`), which is then obeyed. The
:class:`Text` says which encoding was used. Anything that is not a readable document (empty,
binary, an unreadable PDF, too big) raises :class:`UnreadableDocument` with the file's name and
what was expected.

>>> text = read(SEEDS / "documents" / "002_855f43e457c8a120.txt")
>>> text.format, text.encoding, text.lang, text.lang_detected
('text', 'utf-8', 'zh', True)
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from graph.errors import MechGraphError
from registry import vocabulary

__all__ = [
    "read",
    "Text",
    "UnreadableDocument",
    "UnclearEncoding",
    "decode",
    "pdf_text",
    "detect_language",
    "MAX_BYTES",
    "LANGUAGES",
]

#: Larger files are refused: UN reports are a few hundred kilobytes of text, a few MB of PDF.
MAX_BYTES = 20 * 1024 * 1024
LANGUAGES = tuple(vocabulary.LANGUAGES)


class UnreadableDocument(MechGraphError):
    """A file that cannot be read as a document; nothing was written."""


@dataclass(frozen=True)
class Text:
    """A document's text, with how it was read."""

    path: Path
    text: str
    format: str  # text, markdown, pdf
    encoding: str  # utf-8, utf-8-sig, utf-16, cp1252, ...; "pdf" for PDF files
    lang: str  # en, fr, zh, es
    lang_detected: bool


def read(path: Path, lang: str | None = None, max_bytes: int = MAX_BYTES, encoding: str | None = None) -> Text:
    """The text of ``path`` and its language (``lang`` given, or detected); ``encoding``, when given,
    is the text encoding of a file that is not PDF."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableDocument(f"{path}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise UnreadableDocument(f"{path}: the file is empty; expected a report as text, markdown or PDF")
    if size > max_bytes:
        raise UnreadableDocument(
            f"{path}: the file is {size / 1024 / 1024:.0f} MB; documents of at most {max_bytes // 1024 // 1024} MB "
            "are read (a UN report is a few MB at most: is this the right file?)"
        )
    data = path.read_bytes()
    if data.startswith(b"%PDF-"):
        text, file_format, encoding = pdf_text(path, data), "pdf", "pdf"
    else:
        text, encoding = decode(path, data, encoding, lang)
        file_format = (
            "markdown" if path.suffix.lower() in (".md", ".markdown") or _looks_like_markdown(text) else "text"
        )
    if not text.strip():
        raise UnreadableDocument(
            f"{path}: no text in the file"
            + (" (a scanned PDF without a text layer? run it through OCR first)" if file_format == "pdf" else "")
        )
    if lang is not None:
        if lang not in LANGUAGES:
            raise UnreadableDocument(f"{path}: unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
        return Text(path, text, file_format, encoding, lang, lang_detected=False)
    detected = detect_language(text)
    if detected is None:
        raise UnreadableDocument(
            f"{path}: could not tell the language; MechGraph reads English, French, Chinese and Spanish: "
            f"give it with --lang {'|'.join(LANGUAGES)} if the file is one of them"
        )
    return Text(path, text, file_format, encoding, detected, lang_detected=True)


# -- encodings ------------------------------------------------------------------------
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: The encodings tried for a file that is neither UTF-8 nor UTF-16. The Chinese ones first: their
#: reading of Latin-script bytes is seldom clean, while a single-byte reading of anything always is.
_TRIED = ("gb18030", "big5", "cp1252", "latin-1", "cp1250", "iso8859-2")
#: The usual encodings of a language's text, most usual first, and the others of its script, named
#: when the usual ones fail: English and French (and the other Western European languages) are
#: Windows-1252 or Latin-1, and read as central-European code pages only when the user says so.
_USUAL = {"zh": (("gb18030", "big5"), ())}
_WESTERN = (("cp1252", "latin-1"), ("cp1250", "iso8859-2"))
# Characters no document holds, that a wrong reading produces: C1 controls (Latin-1's reading of
# Windows-1252 quotes), private-use characters (GB 18030's reading of Big5), replacement characters.
_UNCLEAN = re.compile(r"[\x80-\x9f\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]")
# Frequent Chinese characters, simplified and traditional: most of any Chinese text, little of a
# wrong reading of it (which yields rare characters).
_COMMON_HAN = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家"
    "种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日與這個們來為國說時會對於"
    "過發後裡種經麼學現當沒動進還開實從樣點与及并或由将被等各该此已应议员委权区域机制合作报告联合护促际问题議員權區機報"
    "聯護際問題將該應"
)


class UnclearEncoding(UnreadableDocument):
    """A file whose encoding cannot be told for sure: the user says which with ``--encoding``."""


def decode(path: Path, data: bytes, encoding: str | None = None, lang: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a text file; ``encoding``, when given, is obeyed; ``lang`` (given or not)
    chooses among the usual encodings of its text. Binary files raise :class:`UnreadableDocument`,
    files that could be read in two ways :class:`UnclearEncoding`.

    >>> decode(Path("note.txt"), "Réunion à Genève".encode("latin-1"))
    ('Réunion à Genève', 'cp1252')
    >>> decode(Path("note.txt"), "Réunion à Genève".encode("latin-1"), encoding="cp1250")
    ('Réunion ŕ Genčve', 'cp1250')
    """
    if encoding:
        return _given(path, data, encoding), encoding
    for bom, found in _BOMS:
        if data.startswith(bom):
            return _strict(path, data, found), found
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(path, data, utf16), utf16
    if b"\x00" in data or _control_share(data) > 0.05:
        raise UnreadableDocument(f"{path}: this is a binary file, not a document; expected text, markdown or PDF")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _usual(path, data, lang)


def _given(path: Path, data: bytes, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UnreadableDocument(
            f"{path}: unknown encoding {encoding!r}; expected a name such as cp1252, latin-1, cp1250, gb18030 or big5"
        ) from None
    return _strict(path, data, encoding).removeprefix("\ufeff")


def _usual(path: Path, data: bytes, lang: str | None) -> tuple[str, str]:
    """The one clean reading of ``data`` among the usual encodings of its language; asks otherwise."""
    clean = {}
    for encoding in _TRIED:
        text = _clean(data, encoding)
        if text is not None:
            clean[encoding] = text
    lang = lang or next(filter(None, map(detect_language, clean.values())), None)
    usual, others = _USUAL.get(lang, _WESTERN)
    readings: dict[str, str] = {}  # text -> the first encoding that reads it
    for encoding in usual:
        if encoding in clean and _plausible(clean[encoding], lang):
            readings.setdefault(clean[encoding], encoding)
    if len(readings) == 1:
        return next(iter(readings.items()))
    if readings:
        raise UnclearEncoding(
            f"{path} is not UTF-8 and could be {' or '.join(readings.values())}; say which with --encoding."
        )
    others = [encoding for encoding in others if encoding in clean and _plausible(clean[encoding], lang)]
    others = others or _guessed(data)
    where = f"{' or '.join(usual)}" + (f" (usual for {lang} text)" if lang else "")
    if others:
        raise UnclearEncoding(
            f"{path} is not UTF-8 and does not read cleanly as {where}; it could be "
            f"{' or '.join(others)}: say which with --encoding."
        )
    raise UnclearEncoding(
        f"{path} is not UTF-8 and does not read cleanly as {where}; say which encoding it is "
        "in with --encoding, or save it as UTF-8."
    )


def _clean(data: bytes, encoding: str) -> str | None:
    """The text of ``data`` in ``encoding``, or None when that reading fails or holds characters no document holds."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if _UNCLEAN.search(text) else text


def _plausible(text: str, lang: str | None) -> bool:
    """Whether ``text`` looks like text in ``lang``: Chinese mostly of frequent characters, a Latin-script
    language mostly of ASCII letters (a single-byte reading of Chinese is all accented letters)."""
    sample = text[:60000]
    letters = [c for c in sample if c.isalpha()]
    if lang == "zh":
        han = [c for c in letters if _HAN.match(c)]
        return len(han) > 0.3 * len(letters) and sum(c in _COMMON_HAN for c in han) >= 0.15 * len(han)
    return sum(1 for c in letters if not c.isascii()) <= 0.3 * len(letters)


def _guessed(data: bytes) -> list[str]:
    """charset-normalizer's guess, for a file in none of the encodings MechGraph tries."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return [best.encoding] if best is not None and best.encoding not in _TRIED else []


def _strict(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableDocument(f"{path}: not valid {encoding} at byte {error.start}; save it as UTF-8") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """utf-16-le or utf-16-be when every other byte is zero, as in UTF-16 Latin-script text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _control_share(data: bytes) -> float:
    sample = data[:8192]
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / len(sample)


def _looks_like_markdown(text: str) -> bool:
    return len(re.findall(r"(?m)^#{1,6} \S", text[:20000])) >= 3


# -- PDF ------------------------------------------------------------------------------
def pdf_text(path: Path, data: bytes) -> str:
    """The text of every page, pages separated by form feeds (so page furniture can be found)."""
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings on damaged files are not for users
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument(f"{path}: the PDF is password-protected; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise UnreadableDocument(f"{path}: the PDF cannot be read ({error}); is the file complete?") from None
    return "\f".join(pages)


# -- language -------------------------------------------------------------------------
_STOPWORDS = {
    "en": "the of and to in a is that for on with as by are be this was which were from has",
    "fr": "le la les des et du de un une est dans pour que qui sur par au aux ont été avec",
    "es": "el los las del y en que por con para una un se su al es como",
    "de": "der die das und den von zu mit ist des sich im dem nicht ein eine auch",
    "pt": "o os as do da dos das e em que para com uma um por não",
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def detect_language(text: str) -> str | None:
    """en, fr, zh or es, or None when the text is in none of them.

    Chinese is told by its script; English, French and Spanish by their most common words,
    weighed against German and Portuguese so a report in one of those is not taken for French
    or Spanish. Annexes left in English in a French or Chinese report do not change the verdict.

    >>> detect_language("Le Conseil des droits de l'homme a prié la Haut-Commissaire")
    'fr'
    >>> detect_language("人权理事会第十五届会议") , detect_language("El Consejo de Derechos Humanos y los Estados")
    ('zh', 'es')
    >>> detect_language("Der Rat und die Staaten, die mit dem Ausschuss arbeiten, ist nicht") is None
    True
    """
    sample = text[:60000]
    han = len(_HAN.findall(sample))
    letters = sum(1 for c in sample if c.isalpha())
    if letters and han / letters > 0.3:
        return "zh"
    words = Counter(word.casefold() for word in _WORD.findall(sample))
    scores = {lang: sum(words[w] for w in vocabulary.split()) for lang, vocabulary in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    if scores[best] < 3 or best not in LANGUAGES:
        return None
    return best
