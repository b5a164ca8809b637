"""Every Python example in the README runs as written, and the demo job passes at a small size."""

from __future__ import annotations

import asyncio
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX, serve

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)


def test_the_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("index", range(len(EXAMPLES)))
def test_readme_example_runs_unchanged_against_the_fake_server(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    app = FakeCarrierX()
    with serve(app) as base_url:
        if "os.environ" in EXAMPLES[index]:  # the examples that read settings get the fake server's
            app.base_url = base_url
            endpoint = app.create_endpoint("flexml")
            monkeypatch.setenv("CARRIERX_TOKEN", DEFAULT_TOKEN)
            monkeypatch.setenv("CARRIERX_BASE_URL", base_url)
            monkeypatch.setenv("FLEXML_ENDPOINT_SID", str(endpoint["endpoint_sid"]))
        else:
            monkeypatch.delenv("CARRIERX_BASE_URL", raising=False)
        namespace: dict[str, object] = {"__name__": "readme_example"}
        exec(compile(EXAMPLES[index], f"README example {index + 1}", "exec"), namespace)
        # Examples that define tests (rather than run at import) are called here.
        for name, value in namespace.items():
            if name.startswith("test_") and inspect.iscoroutinefunction(value):
                asyncio.run(value())


def test_the_demo_job_sends_every_message_exactly_once() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), "--dids", "30", "--messages", "150", "--concurrency", "20"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK: every message sent exactly once" in result.stdout
    assert re.search(r"duplicates\s+0\n", result.stdout)
    assert re.search(r"lost\s+0\n", result.stdout)
    assert re.search(r"SMS the server sent\s+150\n", result.stdout)
