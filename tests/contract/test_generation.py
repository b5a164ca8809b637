"""The codegen step is reproducible: the same spec always gives byte-identical output."""

from __future__ import annotations

from pathlib import Path

from tests.contract import support


def test_generating_twice_gives_identical_packages(tmp_path: Path) -> None:
    first = support.generate_script.generate_package("flexml", tmp_path / "first")
    second = support.generate_script.generate_package("flexml", tmp_path / "second")
    assert support.generate_script.differences(first, second) == []
    assert any(first.rglob("*.py"))
