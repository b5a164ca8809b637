"""Misspelt filter fields and body keys are caught: by mypy where typed, before sending otherwise."""

from __future__ import annotations

import textwrap
from pathlib import Path

import httpx
import pytest
import respx
from mypy import api as mypy_api

from carrierx_async import CarrierX, ConfigurationError, RetryPolicy
from carrierx_async.filters import asc, eq, fields, like

ROOT = Path(__file__).resolve().parents[2]
DIDS = "https://api.carrierx.com/core/v2/phonenumber/dids"


def client() -> CarrierX:
    return CarrierX(token="t", transport=httpx.AsyncHTTPTransport(), retry=RetryPolicy.none())


@respx.mock
async def test_typed_builders_are_sent_as_carrierx_text() -> None:
    route = respx.get(DIDS).respond(200, json={"items": [], "has_more": False})
    async with client() as cx:
        await cx.core.dids.get_dids(
            filter_=eq("state", "NY") & like("phonenumber", "1516%"),
            order=asc("phonenumber"),
            include_fields=fields("did_sid", "phonenumber"),
        )
    params = route.calls.last.request.url.params
    assert params["filter"] == 'state eq "NY" and phonenumber like "1516%"'
    assert params["order"] == "phonenumber asc"
    assert params["include_fields"] == "did_sid,phonenumber"


async def test_a_misspelt_field_fails_before_sending_with_a_suggestion() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={})
        async with client() as cx:
            with pytest.raises(ConfigurationError, match="unknown field 'phonenumbr'; did you mean 'phonenumber'"):
                await cx.core.dids.get_dids(filter_=like("phonenumbr", "1516%"))  # type: ignore[arg-type]
            with pytest.raises(ConfigurationError, match="unknown field 'nmae'"):
                await cx.core.dids.get_dids(order=asc("nmae"))  # type: ignore[arg-type]
    assert not route.called


def typecheck(tmp_path: Path, source: str) -> str:
    module = tmp_path / "example.py"
    module.write_text(textwrap.dedent(source))
    stdout, _, _ = mypy_api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--no-incremental", "--cache-dir", str(tmp_path), str(module)]
    )
    return stdout


def test_mypy_catches_misspelt_filter_fields_and_body_keys(tmp_path: Path) -> None:
    good = typecheck(
        tmp_path,
        """
        from carrierx_async import CarrierX
        from carrierx_async.filters import eq, like

        async def main(cx: CarrierX) -> None:
            wanted = eq("state", "NY") & like("phonenumber", "1516%")
            async for did in cx.core.dids.iter_dids(filter_=wanted):
                if did.phonenumber is not None:
                    did.phonenumber.startswith("1")
            await cx.core.sms.send_message(body={"from": "1", "to": "2", "message": "hi"})
        """,
    )
    assert "Success" in good, good
    bad = typecheck(
        tmp_path,
        """
        from carrierx_async import CarrierX
        from carrierx_async.filters import like

        async def main(cx: CarrierX) -> None:
            async for did in cx.core.dids.iter_dids(filter_=like("phonenumbr", "1516%")):
                pass
            await cx.core.sms.send_message(body={"from": "1", "to": "2", "mesage": "hi"})
        """,
    )
    assert "phonenumbr" in bad, bad
    assert 'expected "MessageCreate | MessageCreateParams"' in bad, bad  # the misspelt "mesage" key
    assert "Found 2 errors" in bad, bad
