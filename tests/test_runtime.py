"""Fetching and checking the Neo4j release, and the Java it needs."""

from __future__ import annotations

import os
import shutil
import textwrap

import pytest

from graph.errors import MechGraphError
from graph.runtime import pinned_checksums, verify_runtime
from graph.server import LocalServer
from tests.conftest import cli_env, run_installed


@pytest.fixture(scope="module")
def cached_server() -> LocalServer:
    """The server setup whose cache the session server filled (the release is fetched once)."""
    server = LocalServer()
    server.install()
    return server


def test_the_cached_release_matches_every_pinned_checksum(cached_server):
    verify_runtime(cached_server.lib_dir)
    assert len(pinned_checksums()) == len(list(cached_server.lib_dir.iterdir()))


def test_a_corrupted_jar_is_named(cached_server, tmp_path):
    copy = tmp_path / "lib"
    shutil.copytree(
        cached_server.lib_dir, copy, copy_function=os.link if _same_device(cached_server, tmp_path) else shutil.copy2
    )
    victim = copy / "neo4j-kernel-5.26.30.jar"
    data = victim.read_bytes()
    victim.unlink()  # never write through a hard link into the cache
    victim.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    with pytest.raises(MechGraphError, match=r"Checksum mismatch for neo4j-kernel-5\.26\.30\.jar"):
        verify_runtime(copy)
    (copy / "neo4j-kernel-5.26.30.jar").unlink()
    with pytest.raises(MechGraphError, match=r"incomplete: neo4j-kernel-5\.26\.30\.jar is missing"):
        verify_runtime(copy)


def test_a_tampered_download_is_removed_and_reported(cached_server, tmp_path):
    """A Maven mirror serves one altered jar (with a matching SHA-1, so Maven accepts it)."""
    mirror = tmp_path / "mirror"
    shutil.copytree(cached_server.cache / "maven-repository", mirror)
    jar = next(mirror.rglob("neo4j-kernel-5.26.30.jar"))
    jar.write_bytes(jar.read_bytes() + b"tampered")
    import hashlib

    (jar.parent / (jar.name + ".sha1")).write_text(hashlib.sha1(jar.read_bytes()).hexdigest())
    user_home = _maven_user_home(tmp_path, f"file://{mirror}")
    fresh = LocalServer(home=tmp_path / "home", cache=tmp_path / "cache")
    result = run_installed("db", "start", env=cli_env(fresh, MAVEN_OPTS=f"-Duser.home={user_home}"))
    assert result.returncode == 1, result.stderr
    assert "Checksum mismatch for neo4j-kernel-5.26.30.jar" in result.stderr
    assert not fresh.lib_dir.exists()
    assert not fresh.lib_dir.with_name("lib.partial").exists()
    assert not (fresh.cache / "maven-repository").exists()


def test_a_failed_download_is_reported_and_leaves_nothing(tmp_path):
    user_home = _maven_user_home(tmp_path, "http://127.0.0.1:9/unreachable")
    fresh = LocalServer(home=tmp_path / "home", cache=tmp_path / "cache")
    result = run_installed("db", "start", env=cli_env(fresh, MAVEN_OPTS=f"-Duser.home={user_home}"))
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith("Error: Could not fetch Neo4j 5.26.30 from Maven Central:")
    assert "Check the network connection or Maven's settings" in result.stderr
    assert not fresh.lib_dir.exists()
    assert not fresh.lib_dir.with_name("lib.partial").exists()


def test_missing_java_is_explained(tmp_path):
    env = cli_env(LocalServer(home=tmp_path), PATH=str(tmp_path / "empty-bin"))
    env.pop("JAVA_HOME", None)
    result = run_installed("db", "start", env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: Java is not installed: the local Neo4j server needs Java 17 or newer.")


def test_an_old_java_is_explained(tmp_path):
    java_home = tmp_path / "jdk8"
    (java_home / "bin").mkdir(parents=True)
    old_java = java_home / "bin" / "java"
    old_java.write_text("#!/bin/sh\necho 'openjdk version \"1.8.0_392\"' >&2\n")
    old_java.chmod(0o755)
    result = run_installed("db", "start", env=cli_env(LocalServer(home=tmp_path / "home"), JAVA_HOME=str(java_home)))
    assert result.returncode == 1
    assert "Java 8 is too old: Neo4j 5.26.30 needs Java 17 or 21" in result.stderr


def _maven_user_home(tmp_path, mirror_url: str):
    """A user home whose Maven settings send every download to ``mirror_url``."""
    home = tmp_path / "user-home"
    (home / ".m2").mkdir(parents=True)
    (home / ".m2" / "settings.xml").write_text(
        textwrap.dedent(f"""\
        <settings><mirrors><mirror>
          <id>test-mirror</id><mirrorOf>*</mirrorOf><url>{mirror_url}</url>
        </mirror></mirrors></settings>
    """)
    )
    return home


def _same_device(server: LocalServer, tmp_path) -> bool:
    return os.stat(server.lib_dir).st_dev == os.stat(tmp_path).st_dev
