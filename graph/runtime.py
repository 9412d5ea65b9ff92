"""The Neo4j release the managed server runs: pinned, fetched once through Maven, checked.

The release is Neo4j Community as pinned in ``runtime/pom.xml``. Its jars come from Maven
Central through the user's own Maven (so mirrors and proxies in ``~/.m2/settings.xml`` apply)
into a private Maven repository in the cache folder, and every jar is checked against
``runtime/neo4j-community.sha256`` before it is used. Java is checked here too.

>>> neo4j_version().startswith("5.26.")
True
>>> sorted(pinned_checksums())[0].endswith(".jar")
True
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from collections import deque
from pathlib import Path

from graph.errors import MechGraphError
from graph.progress import Progress, quiet

RUNTIME_DIR = Path(__file__).parent / "runtime"
RUNTIME_POM = RUNTIME_DIR / "pom.xml"
RUNTIME_CHECKSUMS = RUNTIME_DIR / "neo4j-community.sha256"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies"
MINIMUM_JAVA = 17


def neo4j_version() -> str:
    """The pinned Neo4j release, as written in ``runtime/pom.xml``."""
    namespace = {"m": "http://maven.apache.org/POM/4.0.0"}
    root = ElementTree.parse(RUNTIME_POM).getroot()
    return root.find("m:properties/m:neo4j.version", namespace).text.strip()


def java_command() -> str:
    """The ``java`` to run Neo4j with: ``$JAVA_HOME/bin/java``, else the one on PATH."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.exists():
            return str(candidate)
    found = shutil.which("java")
    if not found:
        raise MechGraphError(
            f"Java is not installed: the local Neo4j server needs Java {MINIMUM_JAVA} or newer. "
            "Install a JDK (for example openjdk-17-jre-headless) or set JAVA_HOME, "
            "or point NEO4J_URI at another Neo4j server."
        )
    return found


def java_major_version(java: str) -> int:
    """The major version of a ``java`` executable (8 for "1.8.0_392", 17 for "17.0.15")."""
    try:
        output = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60).stderr
    except OSError as error:
        raise MechGraphError(f"Could not run {java}: {error.strerror}.") from None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', output)
    if not match:
        raise MechGraphError(f"Could not tell the version of {java}; it printed: {output.strip()[:200]}")
    major = int(match.group(1))
    return int(match.group(2)) if major == 1 else major


def check_java() -> str:
    """Return the java command, or explain why it cannot run Neo4j."""
    java = java_command()
    major = java_major_version(java)
    if major < MINIMUM_JAVA:
        raise MechGraphError(
            f"Java {major} is too old: Neo4j {neo4j_version()} needs Java {MINIMUM_JAVA} or 21. "
            "Install a newer JDK and set JAVA_HOME to it."
        )
    return java


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pinned_checksums() -> dict[str, str]:
    """File name -> SHA-256 for every jar of the pinned release."""
    pins = {}
    for line in RUNTIME_CHECKSUMS.read_text().splitlines():
        if line.strip():
            digest, name = line.split()
            pins[name] = digest
    return pins


def verify_runtime(lib_dir: Path) -> None:
    """Check that ``lib_dir`` holds exactly the pinned jars, byte for byte."""
    pins = pinned_checksums()
    present = {path.name for path in lib_dir.iterdir()} if lib_dir.is_dir() else set()
    missing = sorted(set(pins) - present)
    if missing:
        raise MechGraphError(
            f"The Neo4j download is incomplete: {missing[0]} is missing"
            + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else "")
            + ". Run the command again."
        )
    for name in sorted(pins):
        actual = sha256_of(lib_dir / name)
        if actual != pins[name]:
            raise MechGraphError(
                f"Checksum mismatch for {name}: expected {pins[name][:16]}…, got {actual[:16]}…. "
                "The download was removed; run the command again."
            )


def install(lib_dir: Path, cache: Path, version: str, progress: Progress = quiet) -> None:
    """Fetch the pinned Neo4j jars through Maven into ``lib_dir`` and verify them; a no-op once there."""
    if lib_dir.is_dir():
        return
    maven = shutil.which("mvn")
    if not maven:
        raise MechGraphError(
            "Maven (mvn) is not installed: it fetches Neo4j from Maven Central once. "
            "Install Maven, or point NEO4J_URI at another Neo4j server."
        )
    partial = lib_dir.with_name("lib.partial")
    local_repository = cache / "maven-repository"
    shutil.rmtree(partial, ignore_errors=True)
    progress(f"Fetching Neo4j Community {version} from Maven Central (about 125 MB, once)…")
    command = [
        maven,
        "-B",
        "-C",
        "-Dstyle.color=never",
        f"-Dmaven.repo.local={local_repository}",
        "-f",
        str(RUNTIME_POM),
        DEPENDENCY_PLUGIN,
        f"-DoutputDirectory={partial}",
    ]
    tail: deque[str] = deque(maxlen=30)
    fetched = 0
    try:
        with subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            stdin=subprocess.DEVNULL,
        ) as process:
            for line in process.stdout:
                tail.append(line.rstrip())
                if line.startswith("Downloaded from"):
                    fetched += 1
                    if fetched % 50 == 0:
                        progress(f"  {fetched} files fetched…")
            returncode = process.wait()
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    if returncode != 0:
        shutil.rmtree(partial, ignore_errors=True)
        errors = [line for line in tail if line.startswith("[ERROR]") and len(line) > 8]
        reason = errors[0][8:].strip() if errors else f"mvn exited with code {returncode}"
        raise MechGraphError(
            f"Could not fetch Neo4j {version} from Maven Central: {reason[:300]} "
            "Check the network connection or Maven's settings, then run the command again."
        )
    try:
        verify_runtime(partial)
    except MechGraphError:
        # A corrupt file may sit in the private repository too: drop both, so that the
        # next attempt downloads afresh.
        shutil.rmtree(partial, ignore_errors=True)
        shutil.rmtree(local_repository, ignore_errors=True)
        raise
    partial.rename(lib_dir)
    progress(f"Neo4j {version} is cached in {lib_dir.parent}.")
