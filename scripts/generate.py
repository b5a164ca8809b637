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
import contextlib
import filecmp
import importlib.metadata
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from ruff.__main__ import find_ruff_bin

from carrierx_async._sections import BY_NAME, SECTIONS

sys.path.insert(0, str(Path(__file__).resolve().parent))
import codegen_plan
import emit_resources

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
SCRIPTS = ROOT / "scripts"
RESOURCES = ROOT / "carrierx_async" / "resources"
CONFIG = SCRIPTS / "openapi-python-client.yaml"
TEMPLATES = SCRIPTS / "templates"

# Section name (spec file stem) -> generated package name, from the one table of sections.
PACKAGES = {section.name: section.package for section in SECTIONS}
OPERATION_INDEX = ROOT / "docs" / "reference" / "operations.md"

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


def path_template(operation: codegen_plan.OperationPlan) -> str:
    """The f-string body of an operation's path: each parameter checked and encoded as one segment."""
    path = operation.path
    for argument in operation.arguments:
        if argument.location == "path":
            path = path.replace(
                "{" + argument.name + "}", "{rt.segment('" + argument.name + "', " + argument.python_name + ")}"
            )
    return path


def generate_package(section: str, destination: Path, spec: Path | None = None) -> Path:
    """Generate one section's package into `destination` and return its path."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    spec_path = spec or SPECS / f"{section}.yaml"
    package_dir = destination / PACKAGES[section]
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, spec_path, "utf-8", overwrite=True, output_path=package_dir
    )
    document = yaml.safe_load(spec_path.read_text())
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        sys.exit(f"{spec_path}: {openapi.header}\n{openapi.detail}")
    project = Project(openapi=openapi, custom_template_path=TEMPLATES, config=config)
    project.env.globals.update(
        plan=codegen_plan.Planner(section, PACKAGES[section], document),
        docstring_text=codegen_plan.docstring_text,
        path_template=path_template,
    )
    project.env.filters["pyrepr"] = repr
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    # A warning means an operation or model was skipped: never accept a partial package.
    if errors:
        sys.exit("\n".join(f"{spec_path}: {error.header}: {error.detail}" for error in errors))
    for unused in ("client.py", "errors.py"):  # the facade and `rt.send_httpx` send; nothing else does
        (package_dir / unused).unlink()
    # The operation table lives beside `api`, so importing one operation never loads the whole table.
    table = project.env.get_template("operations.py.jinja").render()
    (package_dir / "operations.py").write_text(table)
    (package_dir / "py.typed").write_text("")
    ruff = find_ruff_bin()
    run(ruff, "check", *RUFF_OPTIONS, "--fix-only", "--select", "I,F401,UP", "--quiet", ".", cwd=package_dir)
    run(ruff, "format", *RUFF_OPTIONS, "--quiet", ".", cwd=package_dir)
    return package_dir


def emit_facade_resources(section_names: list[str], generated_root: Path, destination: Path) -> Path:
    """Write the facade's resource classes under `destination/resources`, and the operation index."""
    resources = destination / "resources"
    resources.mkdir(parents=True)
    (resources / "__init__.py").write_text(
        '"""Typed resource classes of every section, generated from specs/ by scripts/generate.py."""\n'
    )
    tables = {}
    for name in section_names:
        section = BY_NAME[name]
        spec = yaml.safe_load((SPECS / f"{name}.yaml").read_text())
        table = emit_resources.emit(section, spec, generated_root / section.package, resources)
        tables[name] = (section, table)
    (destination / "operations.md").write_text(emit_resources.operation_index(tables))
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
            index = fresh / "facade" / "operations.md"
            if not OPERATION_INDEX.exists() or OPERATION_INDEX.read_bytes() != index.read_bytes():
                drift.append(str(OPERATION_INDEX.relative_to(ROOT)))
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
        OPERATION_INDEX.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(fresh / "facade" / "operations.md", OPERATION_INDEX)
        print(f"generated {OPERATION_INDEX.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
