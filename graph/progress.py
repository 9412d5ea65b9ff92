"""How long work tells people how it is going: one callback type, one name, everywhere.

Every function that takes a while (starting the server, loading seeds, ingesting documents)
takes ``progress``, a function of one line of text, and calls it as the work advances; the
command line prints the lines, the dashboard shows them, and tests and libraries pass nothing.

>>> lines = []
>>> def work(progress: Progress = quiet) -> None:
...     progress("Halfway…")
>>> work(lines.append); work()
>>> lines
['Halfway…']
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Progress", "quiet"]

Progress = Callable[[str], None]


def quiet(_line: str) -> None:
    """The progress of work nobody watches: says nothing."""
