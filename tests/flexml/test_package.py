"""The package docstring example runs, and importing the package pulls in no web framework."""

from __future__ import annotations

import doctest
import subprocess
import sys

import carrierx_async.flexml
from carrierx_async.flexml import _response


def test_module_docstring_ivr_example_runs() -> None:
    results = doctest.testmod(carrierx_async.flexml, raise_on_error=False)
    assert results.attempted >= 8
    assert results.failed == 0


def test_reply_docstring_runs() -> None:
    assert doctest.testmod(_response).failed == 0


def test_import_adds_no_third_party_module() -> None:
    probe = (
        "import sys\n"
        "import carrierx_async\n"
        "before = set(sys.modules)\n"
        "import carrierx_async.flexml\n"
        "added = {name.split('.')[0] for name in set(sys.modules) - before}\n"
        "print(sorted(added - set(sys.stdlib_module_names) - {'carrierx_async'}))\n"
        "print(sorted(m for m in ('starlette', 'fastapi', 'aiohttp', 'django') if m in sys.modules))\n"
    )
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert output.splitlines() == ["[]", "[]"]


def test_public_names_are_exported() -> None:
    for name in carrierx_async.flexml.__all__:
        assert hasattr(carrierx_async.flexml, name), name
