"""A short organisation's acronym printed with only its first letter capital after an article: "l'Onu", "la Oea".

The French and Spanish press write an organisation's acronym as a name, in title case, after its article: "le Conseil de
sécurité de l'Onu", "l'ambassadeur du Maroc à l'Onu" (http://www.lematin.ma/express/1er-decembre_Le-Maroc-siege-au-
Conseil-de-securite-de-l-Onu/174835.html), "au sein de l'Onu" (https://fr.sputniknews.africa/20241215/ce-pays-du-
maghreb-aspire-a-un-siege-au-conseil-de-securite-de-lonu-1069723506.html), "l'Osce"; the Spanish press writes the long
ones so ("la Oacnudh", :func:`loaders.documents.lookalikes.capitalised_acronym`) and the short ones too ("la Onu"). The
finder takes an acronym of fewer than five letters in its capitals only (so "un" is no United Nations, nor "Cat" the
Committee against Torture); after an elided or a full article ("l'", "la", "le", "el") the title-case form of an
organisation's acronym of three or four letters is the organisation (the caller checks it is an organisation's, not a
mechanism's: "Onu" yes, "Cat" no), unless its letters are a word of the registry's names.
"""

from __future__ import annotations

import re

__all__ = ["after_an_article"]

# An elided article right before, or a full one and a space, after a space or the start: "à l'Onu", "de la Oea"
_ARTICLE = re.compile(r"(?:^|\W)(?:l['’]|la |le |el )$", re.I)


def after_an_article(before: str, written: str, registered: str, words: set[str]) -> bool:
    """Whether ``written`` (printed after ``before``) is the acronym ``registered`` in title case after an article.

    >>> after_an_article("l'ambassadeur du Maroc à l'", "Onu", "ONU", set())
    True
    >>> after_an_article("Según ", "Onu", "ONU", set()), after_an_article("la ", "Oea", "OEA", {"oea"})
    (False, False)
    >>> after_an_article("la ", "Ua", "UA", set()), after_an_article("la ", "OEA", "OEA", set())
    (False, False)
    """
    return (
        3 <= len(registered) <= 4
        and registered.isalpha()
        and registered.isupper()
        and written == registered.capitalize()
        and registered.casefold() not in words
        and _ARTICLE.search(before[-4:]) is not None
    )
