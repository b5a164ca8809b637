"""Without the `testing` extra, the fake server says which extra to install instead of a bare import error."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# Runs `python -m carrierx_async.testing` with some modules made unimportable, as in an
# environment where `pip install carrierx-async` was run without `[testing]`.
RUNNER = textwrap.dedent(
    """
    import runpy, sys

    class Missing:
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in {blocked!r}:
                raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
            return None

    sys.meta_path.insert(0, Missing())
    sys.argv = ["carrierx_async.testing", "--port", "0"]
    runpy.run_module("carrierx_async.testing", run_name="__main__", alter_sys=True)
    """
)


@pytest.mark.parametrize("blocked", [{"yaml"}, {"openapi_schema_validator"}, {"uvicorn"}])
def test_running_the_fake_server_without_the_extra_names_the_extra(blocked: set[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", RUNNER.format(blocked=blocked)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "pip install 'carrierx-async[testing]'" in result.stderr, result.stderr
    assert f"brings {next(iter(blocked))}" in result.stderr


def test_importing_without_the_extra_raises_a_module_not_found_error_naming_the_extra() -> None:
    code = RUNNER.format(blocked={"yaml"}).replace(
        'runpy.run_module("carrierx_async.testing", run_name="__main__", alter_sys=True)',
        "try:\n    import carrierx_async.testing\n"
        "except ModuleNotFoundError as error:\n    print(error.name, '|', error)",
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == (
        "yaml | carrierx_async.testing needs the 'testing' extra, which brings yaml: "
        "pip install 'carrierx-async[testing]'"
    ), result.stdout + result.stderr
