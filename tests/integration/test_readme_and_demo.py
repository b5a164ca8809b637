"""The demo job passes at a small size (the README's examples: test_doc_examples.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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
