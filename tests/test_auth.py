"""Sign-in: nothing asked on 127.0.0.1; beyond it, a password (or Streamlit's login) before any page,
or before writing only when reading was opened to all."""

from __future__ import annotations

import stat

import pytest
from streamlit import config as streamlit_config

from dashboard import auth
from tests.conftest import run_cli
from tests.test_dashboard import page, seed_graph  # noqa: F401  (the fixture)


@pytest.fixture
def shared(monkeypatch, tmp_path):
    """The dashboard as `mechgraph dashboard --host 0.0.0.0` serves it, with its password file."""
    monkeypatch.setenv("MECHGRAPH_DASHBOARD_PASSWORD_FILE", str(tmp_path / "private" / "dashboard-password"))
    monkeypatch.delenv(auth.PUBLIC_READ, raising=False)
    path = auth.ensure_password()
    streamlit_config.set_option("server.address", "0.0.0.0")
    yield path.read_text().strip()
    streamlit_config.set_option("server.address", "127.0.0.1")


def test_the_password_file_is_the_users_alone_and_kept(shared):
    path = auth.password_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(shared) >= 20
    assert auth.ensure_password().read_text().strip() == shared  # a second start keeps it


def test_a_shared_dashboard_asks_for_the_password_before_any_page(seed_graph, shared):  # noqa: F811
    app = page("overview")
    assert not app.exception
    assert not app.metric  # nothing of the graph shows
    assert app.text_input[0].label == "Password"

    app.text_input[0].input("not the password")
    app.button[0].click().run()
    assert not app.metric and "That is not the password." in [error.value for error in app.error]

    app.text_input[0].input(shared)
    app.button[0].click().run()
    assert not app.exception
    assert {metric.label for metric in app.metric} >= {"Bodies", "Quotes"}


def test_reading_can_be_opened_to_all(seed_graph, shared, monkeypatch):  # noqa: F811
    monkeypatch.setenv(auth.PUBLIC_READ, "1")
    app = page("overview")
    assert not app.exception and app.metric


def test_on_loopback_nothing_is_asked(seed_graph):  # noqa: F811
    app = page("overview")
    assert app.metric and not app.text_input


def test_public_read_makes_sense_only_when_shared():
    result = run_cli("dashboard", "--public-read")
    assert result.returncode == 2 and "--host" in result.stderr
