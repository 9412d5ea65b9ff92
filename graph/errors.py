"""The one error type users see.

Every failure a user can fix (bad input, a server that does not answer, Java missing...)
is raised as :class:`MechGraphError` with a message written for people: what is wrong and
what to do. The command line prints the message alone and exits 1; anything else is a bug.
"""


class MechGraphError(Exception):
    """A problem the user can act on; ``str(error)`` is the whole explanation."""
