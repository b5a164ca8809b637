"""Generate `generated/` and the facade's resource classes from `specs/`, or check them.

    python scripts/generate.py            # regenerate every section whose spec exists
    python scripts/generate.py --check    # exit 1 when generated/ differs from a fresh run

Each spec becomes one package (`generated/carrierx_<section>`), produced by the pinned
openapi-python-client with `scripts/openapi-python-client.yaml` and the templates in
`scripts/templates/`, then formatted by the pinned ruff. `scripts/emit_resources.py` then
writes the typed resource classes of the facade (`carrierx_async/resources/`). Output is
written to a temporary directory first and swapped in whole, so stale files never survive a
regeneration.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.metadata
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ruff.__main__ import find_ruff_bin

from carrierx_async._config import SECTION_PACKAGES

sys.path.insert(0, str(Path(__file__).resolve().parent))
import emit_resources

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
SCRIPTS = ROOT / "scripts"
RESOURCES = ROOT / "carrierx_async" / "resources"
CONFIG = SCRIPTS / "openapi-python-client.yaml"
TEMPLATES = SCRIPTS / "templates"

# Section name (spec file stem) -> generated package name, owned by the facade's config.
PACKAGES = dict(SECTION_PACKAGES)

# Output must be byte-identical for the same specs, so the tools are pinned here and checked.
PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.17.5"}

RUFF_OPTIONS = ["--isolated", "--no-cache", "--line-length", "120", "--target-version", "py311"]


def check_pins() -> None:
    for name, wanted in PINNED.items():
        found = importlib.metadata.version(name)
        if found != wanted:
            sys.exit(f"{name} {found} is installed, but generation is pinned to {wanted}: run `make venv`")


def run(*args: str, cwd: Path = ROOT) -> None:
    completed = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.exit(f"command failed: {' '.join(args)}\n{completed.stdout}\n{completed.stderr}")


def generate_package(section: str, destination: Path, spec: Path | None = None) -> Path:
    """Generate one section's package into `destination` and return its path."""
    package_dir = destination / PACKAGES[section]
    run(
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec or SPECS / f"{section}.yaml"),
        "--meta",
        "none",
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--output-path",
        str(package_dir),
        # A warning means an operation or model was skipped: never accept a partial package.
        "--fail-on-warning",
    )
    (package_dir / "py.typed").write_text("")
    ruff = find_ruff_bin()
    run(ruff, "check", *RUFF_OPTIONS, "--fix-only", "--select", "I,F401,UP", "--quiet", ".", cwd=package_dir)
    run(ruff, "format", *RUFF_OPTIONS, "--quiet", ".", cwd=package_dir)
    return package_dir


def emit_facade_resources(section_names: list[str], generated_root: Path, destination: Path) -> Path:
    """Write the facade's resource classes for these sections under `destination/resources`."""
    resources = destination / "resources"
    resources.mkdir(parents=True)
    (resources / "__init__.py").write_text(
        '"""Typed resource classes of every section, generated from specs/ by scripts/generate.py."""\n'
    )
    for section in section_names:
        emit_resources.emit(section, SPECS / f"{section}.yaml", generated_root / PACKAGES[section], resources)
    # The project's own ruff settings, so `make lint` accepts what is emitted.
    ruff = find_ruff_bin()
    run(ruff, "check", "--fix-only", "--quiet", str(resources))
    run(ruff, "format", "--quiet", str(resources))
    return resources


def sections() -> list[str]:
    return [section for section in PACKAGES if (SPECS / f"{section}.yaml").exists()]


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed)."""
    found: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in comparison.left_only + comparison.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(expected, actual, ignore=["__pycache__"]), "")
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail when generated/ is out of date")
    arguments = parser.parse_args()
    check_pins()

    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        for section in sections():
            generate_package(section, fresh)
        expected_packages = {PACKAGES[section] for section in sections()}
        fresh_resources = emit_facade_resources(sections(), fresh, fresh / "facade")

        if arguments.check:
            drift: list[str] = []
            for package in sorted(expected_packages):
                if not (GENERATED / package).is_dir():
                    drift.append(f"{package}/ (missing)")
                    continue
                drift.extend(f"{package}/{path}" for path in differences(fresh / package, GENERATED / package))
            stale = {path.name for path in GENERATED.iterdir() if path.is_dir()} - expected_packages
            drift.extend(f"{name}/ (no spec)" for name in sorted(stale - {"__pycache__"}))
            if RESOURCES.is_dir():
                drift.extend(f"carrierx_async/resources/{path}" for path in differences(fresh_resources, RESOURCES))
            else:
                drift.append("carrierx_async/resources/ (missing)")
            if drift:
                print("generated/ differs from the specs; run `make generate`:", *drift, sep="\n  ")
                return 1
            print(f"generated/ is up to date ({len(expected_packages)} packages)")
            return 0

        GENERATED.mkdir(exist_ok=True)
        for path in GENERATED.iterdir():
            if path.is_dir() and path.name not in expected_packages:
                shutil.rmtree(path)
        for package in sorted(expected_packages):
            target = GENERATED / package
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(fresh / package, target)
            print(f"generated {target.relative_to(ROOT)}")
        if RESOURCES.exists():
            shutil.rmtree(RESOURCES)
        shutil.copytree(fresh_resources, RESOURCES)
        print(f"generated {RESOURCES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
