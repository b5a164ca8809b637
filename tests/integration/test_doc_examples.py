"""Every Python example in README.md and docs/ type-checks with mypy --strict and runs as written.

Examples that define pytest tests (`def test_...`) run under pytest in a fresh folder whose
configuration has no `asyncio_mode`, as in a project that just installed carrierx_async; the
others run as scripts against the fake server (on a loopback port when they read the
environment, otherwise as they are: in-process or with respx).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import attrs
import pytest

from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX, serve

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


@attrs.frozen
class Example:
    source: str  # the Markdown file, relative to the repository
    number: int  # 1-based, in the order of the file
    code: str

    @property
    def module(self) -> str:
        """A module name unique to this example (for mypy)."""
        return re.sub(r"\W", "_", f"{self.source[:-3]}_{self.number}").strip("_").lower()

    @property
    def defines_tests(self) -> bool:
        return re.search(r"^(async )?def test_", self.code, re.M) is not None

    def __str__(self) -> str:
        return f"{self.source}#{self.number}"


def collect() -> list[Example]:
    files = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    return [
        Example(str(path.relative_to(ROOT)), number, code)
        for path in files
        for number, code in enumerate(FENCE.findall(path.read_text()), start=1)
    ]


EXAMPLES = collect()
SCRIPTS = [example for example in EXAMPLES if not example.defines_tests]
TEST_MODULES = [example for example in EXAMPLES if example.defines_tests]


def test_every_guide_has_a_python_example() -> None:
    guides = sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "docs" / "guides").glob("*.md"))
    with_examples = {example.source for example in EXAMPLES}
    # The regeneration guide is about make and the specs: its examples are shell commands.
    assert [guide for guide in guides if guide not in with_examples] == ["docs/guides/regenerating.md"]
    assert len(EXAMPLES) >= 20 and len(TEST_MODULES) >= 2


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy --strict, with the project's configuration, over every example as its own module."""
    folder = tmp_path_factory.mktemp("examples")
    for example in EXAMPLES:
        (folder / f"{example.module}.py").write_text(example.code)
    modules = sorted(str(path) for path in folder.glob("*.py"))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"), *modules],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    errors: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        match = re.match(r"(?:.*/)?(\w+)\.py:(\d+): (error|note): (.*)", line)
        if match:
            errors.setdefault(match[1], []).append(f"line {match[2]}: {match[4]}")
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 2: mypy itself failed
    return errors


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_example_passes_mypy_strict(example: Example, mypy_errors: dict[str, list[str]]) -> None:
    assert mypy_errors.get(example.module, []) == []


@pytest.fixture
def fake_server_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeCarrierX]:
    """The environment a reader sets up for the examples, pointing at a fake server on a port."""
    app = FakeCarrierX()
    with serve(app) as base_url:
        app.base_url = base_url
        endpoint = app.create_endpoint("flexml")
        monkeypatch.setenv("CARRIERX_TOKEN", DEFAULT_TOKEN)
        monkeypatch.setenv("CARRIERX_BASE_URL", base_url)
        monkeypatch.setenv("FLEXML_ENDPOINT_SID", str(endpoint["endpoint_sid"]))
        # The OAuth example's own settings: the password grant the fake server accepts.
        monkeypatch.setenv("APP_CLIENT_ID", app.oauth.client_id)
        monkeypatch.setenv("APP_CLIENT_SECRET", app.oauth.client_secret)
        monkeypatch.setenv("APP_USERNAME", app.oauth.username)
        monkeypatch.setenv("APP_PASSWORD", app.oauth.password)
        yield app


@pytest.mark.parametrize("example", SCRIPTS, ids=str)
def test_example_runs_against_the_fake_server(
    example: Example, fake_server_environment: FakeCarrierX, monkeypatch: pytest.MonkeyPatch
) -> None:
    if "os.environ" not in example.code and "CARRIERX_" not in example.code:
        # Self-contained examples (in-process, respx) must not depend on the reader's settings.
        for name in ("CARRIERX_TOKEN", "CARRIERX_BASE_URL", "FLEXML_ENDPOINT_SID", "APP_CLIENT_ID"):
            monkeypatch.delenv(name)
    namespace: dict[str, object] = {"__name__": "__main__"}
    with logging_left_as_it_was():
        exec(compile(example.code, str(example), "exec"), namespace)


@contextlib.contextmanager
def logging_left_as_it_was() -> Iterator[None]:
    """Examples configure logging as an app would; the rest of the suite must not inherit it."""
    root, ours = logging.getLogger(), logging.getLogger("carrierx_async")
    handlers, root_level, our_level = list(root.handlers), root.level, ours.level
    try:
        yield
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(root_level)
        ours.setLevel(our_level)


PLAIN_PROJECT_CONFIG = """\
[pytest]
addopts = -p no:cacheprovider
"""
ASYNCIO_PLUGINS = {"pytest-asyncio strict": [], "no pytest-asyncio": ["-p", "no:asyncio"]}


@pytest.fixture(scope="module", params=sorted(ASYNCIO_PLUGINS))
def plain_project_outcomes(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each test-defining example as a test module of a project without `asyncio_mode = auto`
    (pytest-asyncio's default is strict), or without pytest-asyncio at all; one pytest run.

    Returns the outcomes by module: "passed", or what failed and why.
    """
    project = tmp_path_factory.mktemp("plain_project")
    (project / "pytest.ini").write_text(PLAIN_PROJECT_CONFIG)
    for example in TEST_MODULES:
        (project / f"test_{example.module}.py").write_text(example.code)
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("CARRIERX_", "PYTEST_"))}
    report = project / "report.xml"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *ASYNCIO_PLUGINS[request.param], f"--junitxml={report}"],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert report.exists(), result.stdout + result.stderr
    outcomes: dict[str, list[str]] = {}
    for case in ElementTree.parse(report).iter("testcase"):
        module = str(case.get("classname", "")).removeprefix("test_")
        problems = [f"{child.tag}: {child.get('message', '')}" for child in case if child.tag != "system-out"]
        outcomes.setdefault(module, []).append(f"{case.get('name')}: {'; '.join(problems) or 'passed'}")
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    assert "warning" not in summary, summary
    return {module: " | ".join(results) for module, results in outcomes.items()}


@pytest.mark.parametrize("example", TEST_MODULES, ids=str)
def test_example_tests_pass_in_a_plain_project(example: Example, plain_project_outcomes: dict[str, str]) -> None:
    outcome = plain_project_outcomes.get(example.module, "not collected")
    assert outcome != "not collected" and all(part.endswith(": passed") for part in outcome.split(" | ")), outcome
