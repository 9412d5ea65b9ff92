"""Words typed by a person, made into a full-text query that Lucene cannot misread.

A full-text search (``queries/paragraph-search.cypher``) hands its query string to Lucene,
whose syntax gives meaning to ``+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /`` and to the words
``AND``, ``OR``, ``NOT``, ``TO``. Nothing a person types is passed on as syntax: every
special character is escaped, the operator words are left out (they are stop words), and the words are
joined with ``AND`` (every word must be found, as a search box promises). A phrase in double
quotes stays a phrase. Chinese, which has no spaces, is one term that the ``cjk`` analyzer
cuts into pairs of characters itself.

The index reads every language alike (``graph.schema.FULLTEXT``) and stems none, so a word
also finds the words that start with its root (:func:`word_root`): "visits" finds "visit",
"visited", "visite" and "visites". The word itself still counts more than its relatives in
the ranking, and English stop words, which the index leaves out, are left out of the query.

>>> lucene_query('joint visits')
'(joint OR joint*) AND (visits OR visit*)'
>>> lucene_query('"joint visits" of the SPT')
'"joint visits" AND SPT'
>>> lucene_query('a:b (c) OR d*')
'a\\\\:b AND \\\\(c\\\\) AND d\\\\*'
>>> lucene_query('  " ! ')
''
>>> terms('"joint visits" SPT 联合访问')
['joint visits', 'SPT', '联合访问']
"""

from __future__ import annotations

import re

__all__ = ["SPECIAL", "STOP_WORDS", "CJK", "terms", "word_root", "lucene_query"]

#: The characters Lucene's classic query parser reads as syntax.
SPECIAL = set('+-&|!(){}[]^"~*?:\\/')
#: The words the ``cjk`` analyzer leaves out of the index (Lucene's English stop words): a required
#: one would match nothing.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "if",
        "in",
        "into",
        "is",
        "it",
        "no",
        "not",
        "of",
        "on",
        "or",
        "such",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "will",
        "with",
    ]
)
#: Chinese characters, which the ``cjk`` analyzer reads by pairs rather than as words.
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TERM = re.compile(r'"([^"]*)"|(\S+)')
_ENDINGS = ("ing", "es", "ed", "s", "e")
_PLAIN = re.compile(r"^\w+$")


def terms(text: str) -> list[str]:
    """The phrases (in double quotes) and words of ``text``, in order; an unclosed quote is ignored."""
    found = []
    for phrase, word in _TERM.findall(text or ""):
        value = (phrase or word).strip().strip('"').strip()
        if value:
            found.append(value)
    return found


def word_root(word: str) -> str:
    """A word without the endings English and French words take, so that "visits" finds "visit",
    "visited" and "visites" alike; a root is at least four letters.

    >>> word_root("visits"), word_root("visite"), word_root("SPT"), word_root("bus")
    ('visit', 'visit', 'spt', 'bus')
    """
    word = word.casefold()
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _escaped(word: str) -> str:
    return "".join("\\" + char if char in SPECIAL else char for char in word)


def _meaningful(word: str) -> bool:
    """A word that is not only syntax, nor a word the index leaves out."""
    return any(char not in SPECIAL for char in word) and word.casefold() not in STOP_WORDS


def _word(word: str) -> str:
    """One word: itself or any word starting with its root (Chinese and short words: itself)."""
    root = word_root(word)
    if _PLAIN.match(word) and not CJK.search(word) and len(root) >= 4:
        return f"({word} OR {root}*)"
    return _escaped(word)


def lucene_query(text: str) -> str:
    """``text`` as a Lucene query: every word (or quoted phrase) required, nothing read as syntax."""
    parts = []
    for term in terms(text):
        words = [word for word in term.split() if _meaningful(word)]
        if len(words) > 1:
            parts.append(f'"{" ".join(_escaped(word) for word in words)}"')
        elif words:
            parts.append(_word(words[0]))
    return " AND ".join(parts)
