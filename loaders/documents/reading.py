"""Reading a document file into text: encodings, PDF, and the language it is written in.

``read(path)`` accepts plain text, markdown and PDF. Text encodings are detected, never
guessed silently: a byte-order mark (UTF-8, UTF-16) decides; otherwise strict UTF-8, then
UTF-16 without a mark (recognised by its zero bytes), then charset-normalizer's verdict
(Latin-1 and the like), and the :class:`Text` says which one was used. Anything that is not
a readable document (empty, binary, an unreadable PDF, too big) raises :class:`UnreadableDocument`
with the file's name and what was expected.

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

__all__ = ["read", "Text", "UnreadableDocument", "decode", "pdf_text", "detect_language", "MAX_BYTES", "LANGUAGES"]

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
    format: str      # text, markdown, pdf
    encoding: str    # utf-8, utf-8-sig, utf-16, cp1252, ...; "pdf" for PDF files
    lang: str        # en, fr, zh
    lang_detected: bool


def read(path: Path, lang: str | None = None, max_bytes: int = MAX_BYTES) -> Text:
    """The text of ``path`` and its language (``lang`` given, or detected)."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableDocument(f"{path}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise UnreadableDocument(f"{path}: the file is empty; expected a report as text, markdown or PDF")
    if size > max_bytes:
        raise UnreadableDocument(
            f"{path}: the file is {size / 1024 / 1024:.0f} MB; documents of at most {max_bytes // 1024 // 1024} MB "
            "are read (a UN report is a few MB at most: is this the right file?)")
    data = path.read_bytes()
    if data.startswith(b"%PDF-"):
        text, file_format, encoding = pdf_text(path, data), "pdf", "pdf"
    else:
        text, encoding = decode(path, data)
        file_format = "markdown" if path.suffix.lower() in (".md", ".markdown") or _looks_like_markdown(text) else "text"
    if not text.strip():
        raise UnreadableDocument(f"{path}: no text in the file" + (
            " (a scanned PDF without a text layer? run it through OCR first)" if file_format == "pdf" else ""))
    if lang is not None:
        if lang not in LANGUAGES:
            raise UnreadableDocument(f"{path}: unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
        return Text(path, text, file_format, encoding, lang, lang_detected=False)
    detected = detect_language(text)
    if detected is None:
        raise UnreadableDocument(
            f"{path}: could not tell the language; MechGraph reads English, French and Chinese: "
            "give it with --lang en|fr|zh if the file is one of them")
    return Text(path, text, file_format, encoding, detected, lang_detected=True)


# -- encodings ------------------------------------------------------------------------
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """(text, encoding) of a text file; binary files raise :class:`UnreadableDocument`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(path, data, encoding), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(path, data, utf16), utf16
    if b"\x00" in data or _control_share(data) > 0.05:
        raise UnreadableDocument(f"{path}: this is a binary file, not a document; expected text, markdown or PDF")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableDocument(f"{path}: the text encoding could not be recognised; save it as UTF-8")
    return str(best), best.encoding


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
    """en, fr or zh, or None when the text is in none of them.

    Chinese is told by its script; English and French by their most common words, weighed
    against Spanish, German and Portuguese so a report in one of those is not taken for
    French. Annexes left in English in a French or Chinese report do not change the verdict.

    >>> detect_language("Le Conseil des droits de l'homme a prié la Haut-Commissaire")
    'fr'
    >>> detect_language("人权理事会第十五届会议") , detect_language("El Consejo de Derechos Humanos y los Estados")
    ('zh', None)
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
