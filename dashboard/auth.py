"""Who may use the dashboard: the local user on 127.0.0.1, a signed-in person anywhere else.

On 127.0.0.1 (the default of ``mechgraph dashboard``) the dashboard belongs to the person at
the machine and asks nothing. Served on another address (``--host``), it asks for sign-in:

- with Streamlit's own OpenID Connect login when ``.streamlit/secrets.toml`` has an ``[auth]``
  section (Google, Microsoft, Okta… as Streamlit documents it);
- else with the password in a file only the user can read (:func:`password_file`), which
  ``mechgraph dashboard --host`` creates and names.

Every page asks before it shows anything, unless reading was opened to all
(``--public-read``): then only the pages that write ask (:func:`require_writer`).
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import secrets
import time
from pathlib import Path

import platformdirs
import streamlit as st

__all__ = ["PUBLIC_READ", "password_file", "ensure_password", "is_loopback", "gate", "require_writer"]

#: Set (to 1) by ``mechgraph dashboard --public-read``: pages that only read need no sign-in.
PUBLIC_READ = "MECHGRAPH_PUBLIC_READ"
_SIGNED_IN = "_mechgraph_signed_in"


def password_file() -> Path:
    """Where the dashboard's sign-in password is kept (``MECHGRAPH_DASHBOARD_PASSWORD_FILE`` to move it)."""
    given = os.environ.get("MECHGRAPH_DASHBOARD_PASSWORD_FILE")
    return Path(given) if given else Path(platformdirs.user_data_dir("mechgraph")) / "dashboard-password"


def ensure_password() -> Path:
    """The password file, created with a new password (readable by the user alone) if there is none."""
    path = password_file()
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as stream:
            stream.write(secrets.token_urlsafe(18) + "\n")
    return path


def is_loopback(address: str | None) -> bool:
    """Whether the dashboard listens on this machine only (Streamlit listens everywhere when no address is set).

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("::1"), is_loopback("0.0.0.0"), is_loopback(None)
    (True, True, True, False, False)
    """
    if not address:
        return False
    if address == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def _local() -> bool:
    return is_loopback(st.get_option("server.address"))


def _uses_oidc() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises rather than answering "no"
        return False


def _signed_in() -> bool:
    if _uses_oidc():
        return bool(st.user.is_logged_in)
    return bool(st.session_state.get(_SIGNED_IN))


def _sign_in_form(why: str) -> None:
    """Ask for sign-in and end the page; the page runs again once signed in."""
    st.info(why)
    if _uses_oidc():
        st.button("Sign in", on_click=st.login, type="primary", key="sign-in")
        st.stop()
    path = password_file()
    if not path.exists():
        st.error("Sign-in is not set up: start the dashboard with `mechgraph dashboard --host ADDRESS`.")
        st.stop()
    with st.form("sign-in"):
        given = st.text_input("Password", type="password")
        if st.form_submit_button("Sign in", type="primary"):
            if hmac.compare_digest(given.encode(), path.read_text().strip().encode()):
                st.session_state[_SIGNED_IN] = True
                st.rerun()
            time.sleep(1)  # slows down guessing
            st.error("That is not the password.")
    st.caption(f"The password is in {path.name} in the user data folder of the person who started the dashboard.")
    st.stop()


def gate() -> None:
    """Before any page: beyond loopback, and unless reading is open, ask for sign-in."""
    if _local() or os.environ.get(PUBLIC_READ) == "1" or _signed_in():
        return
    _sign_in_form("This dashboard is shared on the network: sign in to use it.")


def require_writer() -> None:
    """Before a page writes: beyond loopback, ask for sign-in (reading may have been open)."""
    if _local() or _signed_in():
        return
    _sign_in_form("Changing the graph needs sign-in on a shared dashboard.")
