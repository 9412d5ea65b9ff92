"""The dashboard under test and the browser that opens it: one place starts and stops them for the benchmark.

:func:`dashboard` starts ``mechgraph dashboard`` on a free loopback port against the given graph,
waits for Streamlit's health check, yields the URL and the process, and stops the dashboard and
the Streamlit server it runs in every case, an error or an interrupt included; a traceback in the
dashboard's log is then printed to standard error, as a page only shows that it failed. ``CHROMIUM_FLAGS``
are the flags Debian's Chromium is launched with (headless, nothing fetched in the background).
:mod:`bench.render` and :mod:`bench.sessions` both use them, as does tests/test_browser.py.

>>> import subprocess, sys
>>> process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True)
>>> stop_session(process, grace=5)
>>> process.returncode
-15
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from graph.connection import Settings
from graph.server import free_port, peak_memory_bytes

__all__ = ["CHROMIUM", "CHROMIUM_FLAGS", "cpu_seconds", "dashboard", "peak_memory_mb", "stop_session"]

CHROMIUM = "/usr/bin/chromium"  # Debian's: Playwright drives it, no browser is downloaded
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextlib.contextmanager
def dashboard(settings: Settings, timeout: float = 90):
    """``mechgraph dashboard`` on a free port against ``settings``; yields its URL and process, then stops it."""
    env = {
        **os.environ,
        "NEO4J_URI": settings.uri,
        "NEO4J_USERNAME": settings.username,
        "NEO4J_PASSWORD": settings.password,
    }
    env.pop("NEO4J_DATABASE", None)
    if settings.database:
        env["NEO4J_DATABASE"] = settings.database
    port = free_port()
    with tempfile.TemporaryFile(mode="w+") as log:
        # A session of its own, so that stopping it also stops the Streamlit server it runs.
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "mechgraph"), "dashboard", "--port", str(port)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + timeout
            while True:
                try:
                    urllib.request.urlopen(url + "/_stcore/health", timeout=2)
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        log.seek(0)
                        said = log.read()[-1000:] or "no output"
                        raise RuntimeError(f"the dashboard did not start: {said}") from None
                    time.sleep(0.3)
            yield url, process
        finally:
            stop_session(process)
            log.seek(0)
            said = log.read()
            if "Traceback" in said:  # a page's uncaught error is only in the log: show it with the figures it spoils
                print(f"The dashboard logged errors:\n{said[said.index('Traceback') :][-20_000:]}", file=sys.stderr)


def peak_memory_mb(pid: int) -> int:
    """The largest peak resident size among a process and all it started (the Streamlit server)."""
    import psutil

    leader = psutil.Process(pid)
    processes = [leader, *leader.children(recursive=True)]
    return round(max(peak_memory_bytes(each.pid) or 0 for each in processes) / 2**20)


def cpu_seconds(pid: int) -> float:
    """The processor time (user and system) used so far by a process and all it started that still run."""
    import psutil

    leader = psutil.Process(pid)
    total = 0.0
    for each in [leader, *leader.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):  # a child that has just ended
            times = each.cpu_times()
            total += times.user + times.system
    return total


def stop_session(process: subprocess.Popen, grace: float = 30) -> None:
    """Stop a process started in a session of its own, and everything it started: SIGTERM, then SIGKILL."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        process.poll()  # reaps the leader, which would otherwise still count
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=grace)
