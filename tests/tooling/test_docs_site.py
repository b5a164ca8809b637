"""The documentation site builds with no warning, from the guides and the docstrings, in `make test`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def nav_pages(entries: list[object]) -> list[str]:
    pages: list[str] = []
    for entry in entries:
        values = entry.values() if isinstance(entry, dict) else [entry]
        for value in values:
            pages.extend(nav_pages(value) if isinstance(value, list) else [str(value)])
    return pages


def test_the_site_builds_strictly_without_a_warning(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    site = tmp_path / "site"
    # The reference comes from the docstrings (mkdocstrings), one page per public module.
    reference = (site / "reference" / "carrierx_async" / "index.html").read_text()
    assert "The CarrierX API: <code>cx.core</code> with a token" in reference
    assert "allow_plain_http_hosts" in reference
    testing = (site / "reference" / "testing" / "index.html").read_text()
    assert "FakeTransport" in testing and "honouring the read timeout" in testing
    operations = (site / "reference" / "operations" / "index.html").read_text()
    assert "send_message" in operations and "iter_message_detail_records" in operations


def test_every_page_is_in_the_nav() -> None:
    # mkdocs.yml uses Python tags only through mkdocstrings; a plain YAML load reads it.
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    pages = sorted(nav_pages(config["nav"]))
    on_disk = sorted(path.relative_to(ROOT / "docs").as_posix() for path in (ROOT / "docs").rglob("*.md"))
    assert pages == on_disk


def test_make_test_builds_the_docs() -> None:
    dry_run = subprocess.run(
        ["make", "--no-print-directory", "-n", "test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert re.search(r"mkdocs build --strict", dry_run), dry_run
    assert re.search(r"pytest", dry_run)
