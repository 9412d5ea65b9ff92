"""The command line as users meet it: help and exit codes."""

from __future__ import annotations

from tests.conftest import run_installed


def test_help_lists_every_command():
    result = run_installed("--help")
    assert result.returncode == 0
    for command in ("db", "load", "ingest", "review", "resolve", "queries", "query", "export", "dashboard"):
        assert f"  {command} " in result.stdout


def test_db_help_lists_the_server_commands():
    result = run_installed("db", "--help")
    assert result.returncode == 0
    for command in ("start", "stop", "status", "reset", "init"):
        assert f"  {command} " in result.stdout


def test_a_usage_error_exits_2():
    result = run_installed("db", "start", "--port", "not-a-number")
    assert result.returncode == 2
    assert "Invalid value for '--port'" in result.stderr
