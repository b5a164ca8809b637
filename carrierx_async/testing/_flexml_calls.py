"""Running FlexML calls: the fake server plays CarrierX's part against the user's FlexML app.

When a FlexML call is created (and not scheduled for later), the server fetches the app's
markup from the call's `url`, walks the verbs as a call would, requests each `action` URL
with what the verb produced (the caller's digits, a recording URL, the dial outcome), follows
`Redirect`s, and at the end posts the status callback. Requests use CarrierX's shapes: a JSON
body for POST, query parameters for GET. The caller's key presses come from `caller_digits`.
Everything each call did is kept in `sessions`, so a test can check an IVR flow end to end.
"""

from __future__ import annotations

import asyncio
import uuid
import xml.etree.ElementTree as ElementTree
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import httpx

MAX_STEPS = 100  # a flow that redirects to itself forever ends here, as failed


@attrs.define
class FlexMLRequest:
    """One request the server made to the app."""

    method: str
    url: str
    payload: dict[str, str]


@attrs.define
class FlexMLSession:
    """What one call did: the requests to the app, the verbs run, how it ended."""

    call_sid: str
    requests: list[FlexMLRequest] = attrs.field(factory=list)
    verbs: list[str] = attrs.field(factory=list)
    status: str = "queued"
    error: str | None = None


class FlexMLCallRunner:
    """Runs FlexML calls in the background of the server's event loop."""

    def __init__(self, transport: httpx.AsyncBaseTransport | None = None, caller_digits: Iterable[str] = ()) -> None:
        self._transport = transport
        self.caller_digits: deque[str] = deque(caller_digits)
        self.sessions: dict[str, FlexMLSession] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def call_created(self, call: object, created: Mapping[str, Any]) -> None:
        """The `created` hook of FlexML `/calls`: start the call unless it is scheduled for later."""
        if not created.get("url") or (created.get("delay") or 0) > 0:
            return
        sid = str(created["call_sid"])
        self.sessions[sid] = FlexMLSession(sid)
        task = asyncio.get_running_loop().create_task(self._run(dict(created)))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def settle(self) -> None:
        """Wait until every started call has ended."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _run(self, call: dict[str, Any]) -> None:
        session = self.sessions[str(call["call_sid"])]
        base = {
            "AccountSid": "",
            "ApiVersion": "v1",
            "CallSid": session.call_sid,
            "CallerName": "",
            "Direction": "outbound",
            "From": str(call.get("calling_did") or ""),
            "OriginalFrom": str(call.get("calling_did") or ""),
            "OriginalTo": str(call.get("called_did") or ""),
            "To": str(call.get("called_did") or ""),
        }
        status_url = call.get("status_callback_url")
        status_method = str(call.get("status_callback_method") or "POST")
        async with httpx.AsyncClient(transport=self._transport, timeout=10.0) as client:
            session.status = "in-progress"
            try:
                url, method = str(call["url"]), str(call.get("method") or "POST")
                document = await self._fetch(client, session, method, url, {**base, "CallStatus": "in-progress"})
                steps = 0
                while document is not None:
                    root, url = document
                    next_document = None
                    for verb in root:
                        steps += 1
                        if steps > MAX_STEPS:
                            raise RuntimeError(f"more than {MAX_STEPS} verbs: the flow does not end")
                        session.verbs.append(verb.tag)
                        if verb.tag == "Override":
                            status_url = verb.get("statusCallbackUrl") or status_url
                            status_method = verb.get("statusCallbackMethod") or status_method
                        elif verb.tag in ("Hangup", "Reject"):
                            break
                        elif verb.tag == "Redirect":
                            target = httpx.URL(url).join((verb.text or "").strip())
                            next_document = await self._fetch(
                                client, session, verb.get("method", "POST"), str(target), base
                            )
                            break
                        elif verb.tag in ("Gather", "Record", "Dial"):
                            extra = self._outcome(verb)
                            action = verb.get("action")
                            if action and extra is not None:
                                target = httpx.URL(url).join(action)
                                payload = {**base, "CallStatus": "in-progress", **extra}
                                next_document = await self._fetch(
                                    client, session, verb.get("method", "POST"), str(target), payload
                                )
                                break
                    document = next_document
                session.status = "completed"
            except (httpx.HTTPError, ElementTree.ParseError, RuntimeError) as error:
                session.status, session.error = "failed", f"{type(error).__name__}: {error}"
            if status_url:
                payload = {**base, "CallStatus": session.status, "CallDuration": str(len(session.verbs))}
                try:
                    await self._send(client, session, status_method, str(status_url), payload)
                except httpx.HTTPError as error:
                    session.error = session.error or f"status callback: {type(error).__name__}: {error}"

    def _outcome(self, verb: ElementTree.Element) -> dict[str, str] | None:
        """What a verb reports to its `action` URL; None when the flow falls through instead."""
        if verb.tag == "Gather":
            digits = self.caller_digits.popleft() if self.caller_digits else ""
            if digits or verb.get("actionOnEmptyResult") == "true":
                return {"Digits": digits}
            return None  # nothing pressed: the next verb runs
        if verb.tag == "Record":
            recording = f"https://storage.carrierx.example/files/{uuid.uuid4()}.wav"
            return {"RecordingUrl": recording, "RecordingDuration": "5"}
        return {"DialCallStatus": "completed"}

    async def _fetch(
        self, client: httpx.AsyncClient, session: FlexMLSession, method: str, url: str, payload: dict[str, str]
    ) -> tuple[ElementTree.Element, str] | None:
        """Request the app and read its FlexML; None when it answers with nothing to run."""
        response = await self._send(client, session, method, url, {**payload, "RequestUrl": url})
        if not response.content.strip():
            return None
        root = ElementTree.fromstring(response.content)
        if root.tag != "Response":
            raise ElementTree.ParseError(f"the app answered <{root.tag}>, not <Response>")
        return root, url

    async def _send(
        self, client: httpx.AsyncClient, session: FlexMLSession, method: str, url: str, payload: dict[str, str]
    ) -> httpx.Response:
        method = method.upper()
        session.requests.append(FlexMLRequest(method, url, payload))
        if method == "GET":
            response = await client.request(method, url, params=payload)
        else:
            response = await client.request(method, url, json=payload)
        response.raise_for_status()
        return response
