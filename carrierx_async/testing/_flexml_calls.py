"""Running FlexML calls: the fake server plays CarrierX's part against the user's FlexML app.

When a FlexML call is created (and not scheduled for later), the server fetches the app's
markup from the call's `url`, walks the verbs as a call would, requests each `action` URL
with what the verb produced, follows `Redirect`s, and at the end posts the status callback.
Requests use CarrierX's shapes: a JSON body for POST, query parameters for GET.

What the other party does is scripted on the runner:

- `caller_digits`: the keys pressed at each `Gather`, in order across calls (then nothing);
- `amd_statuses`: what `Amd` decides, by called number (`default_amd_status` otherwise);
- `recording_seconds`: how long each `Record` records (capped by its ``maxLength``).

Calls take simulated time (a `Say` a second or more, a `Pause` its length, a recording its
length), reported as ``CallDuration`` and in the call detail record. With the server's store
attached, each call that ran leaves a Core call detail record, and each `Record` a Core
storage file with silence of the recorded length (see `_call_records`).
Everything each call did is kept in `sessions`, so a test can check a flow end to end.
"""

from __future__ import annotations

import asyncio
import datetime
import uuid
import xml.etree.ElementTree as ElementTree
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

import attrs
import httpx

from ._call_records import MIME_TYPES, STORAGE_URL, CallRecords
from ._store import JSONObject, Store

MAX_STEPS = 100  # a flow that redirects to itself forever ends here, as failed
AMD_CAUSES = {"HUMAN": "HUMAN", "MACHINE": "LONGGREETING", "NOTSURE": "TOOLONG", "HANGUP": "HANGUP"}
SPOKEN_CHARACTERS_PER_SECOND = 15


@attrs.define
class FlexMLRequest:
    """One request the server made to the app."""

    method: str
    url: str
    payload: dict[str, str]


@attrs.define
class FlexMLSession:
    """What one call did: the requests to the app, the verbs run, how it ended, what it left."""

    call_sid: str
    requests: list[FlexMLRequest] = attrs.field(factory=list)
    verbs: list[str] = attrs.field(factory=list)
    status: str = "queued"
    error: str | None = None
    seconds: int = 0  # simulated time the call took
    amd_status: str | None = None
    recordings: list[str] = attrs.field(factory=list)  # file SIDs of what Record verbs stored
    detail_record_sid: str | None = None


Document = tuple[ElementTree.Element, str]  # the markup, and the URL it came from


class _Turn(NamedTuple):
    """Where the flow goes after a verb: on to the next verb, to a new document, or to the end."""

    leave: bool = False
    document: Document | None = None
    ended_by_called_party: bool = False


_NEXT = _Turn()


@attrs.define
class _Call:
    """One running call: its client, its session and what every request to the app carries."""

    client: httpx.AsyncClient
    session: FlexMLSession
    base: dict[str, str]
    container_sid: str | None
    status_url: str | None
    status_method: str


class FlexMLCallRunner:
    """Runs FlexML calls in the background of the server's event loop."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        caller_digits: Iterable[str] = (),
        *,
        store: Store | None = None,
        partner_sid: str | None = None,
        clock: Callable[[], datetime.datetime] | None = None,
    ) -> None:
        self._transport = transport
        self.caller_digits: deque[str] = deque(caller_digits)
        self.amd_statuses: dict[str, str] = {}
        self.default_amd_status = "HUMAN"
        self.recording_seconds = 5
        self.sessions: dict[str, FlexMLSession] = {}
        self._clock = clock or (lambda: datetime.datetime.now(datetime.UTC))
        self.records = CallRecords(store, partner_sid, self._clock) if store is not None and partner_sid else None
        self._tasks: set[asyncio.Task[None]] = set()

    def call_created(self, call: object, created: Mapping[str, Any]) -> None:
        """The `created` hook of FlexML `/calls`: start the call unless it is scheduled for later."""
        if not created.get("url") or (created.get("delay") or 0) > 0:
            return
        sid = str(created["call_sid"])
        self.sessions[sid] = FlexMLSession(sid)
        endpoint = getattr(call, "endpoint", None) or {}
        task = asyncio.get_running_loop().create_task(self._run(dict(created), endpoint))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def settle(self) -> None:
        """Wait until every started call has ended."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _run(self, created: dict[str, Any], endpoint: Mapping[str, Any]) -> None:
        session = self.sessions[str(created["call_sid"])]
        calling, called = str(created.get("calling_did") or ""), str(created.get("called_did") or "")
        base = {
            "AccountSid": "",
            "ApiVersion": "v1",
            "CallSid": session.call_sid,
            "CallerName": "",
            "Direction": "outbound",
            "From": calling,
            "OriginalFrom": calling,
            "OriginalTo": called,
            "To": called,
        }
        properties = endpoint.get("properties") or {}
        started = self._clock()
        ended_by_called_party = False
        async with httpx.AsyncClient(transport=self._transport, timeout=10.0) as client:
            call = _Call(
                client,
                session,
                base,
                container_sid=properties.get("container_sid") if isinstance(properties, Mapping) else None,
                status_url=created.get("status_callback_url"),
                status_method=str(created.get("status_callback_method") or "POST"),
            )
            session.status = "in-progress"
            try:
                url, method = str(created["url"]), str(created.get("method") or "POST")
                document = await self._fetch(call, method, url, {**base, "CallStatus": "in-progress"})
                ended_by_called_party = await self._walk(call, document, called)
                session.status = "completed"
            except (httpx.HTTPError, ElementTree.ParseError, RuntimeError) as error:
                session.status, session.error = "failed", f"{type(error).__name__}: {error}"
            if self.records is not None:
                record = self.records.add_call_detail_record(
                    call_sid=session.call_sid,
                    calling=calling,
                    called=called,
                    endpoint_sid=endpoint.get("endpoint_sid"),
                    started=started,
                    seconds=session.seconds,
                    status=session.status,
                    ended_by_called_party=ended_by_called_party,
                )
                session.detail_record_sid = record["dr_sid"]
            if call.status_url:
                payload = {**base, "CallStatus": session.status, "CallDuration": str(session.seconds)}
                try:
                    await self._send(call, call.status_method, str(call.status_url), payload)
                except httpx.HTTPError as error:
                    session.error = session.error or f"status callback: {type(error).__name__}: {error}"

    async def _walk(self, call: _Call, document: Document | None, called: str) -> bool:
        """Run documents until the flow ends; True when the called party hung up first."""
        steps = 0
        while document is not None:
            root, url = document
            turn = _NEXT
            for verb in root:
                steps += 1
                if steps > MAX_STEPS:
                    raise RuntimeError(f"more than {MAX_STEPS} verbs: the flow does not end")
                call.session.verbs.append(verb.tag)
                turn = await self._verb(call, verb, url, called)
                if turn.leave:
                    break
            if turn.ended_by_called_party:
                return True
            document = turn.document if turn.leave else None
        return False

    async def _verb(self, call: _Call, verb: ElementTree.Element, url: str, called: str) -> _Turn:
        """Run one verb; what it reports goes to its `action` URL, whose answer runs next."""
        session = call.session
        if verb.tag == "Override":
            call.status_url = verb.get("statusCallbackUrl") or call.status_url
            call.status_method = verb.get("statusCallbackMethod") or call.status_method
        elif verb.tag == "Store" and verb.get("name"):
            call.base[f"Storage_{verb.get('name')}"] = verb.text or ""
        elif verb.tag in ("Hangup", "Reject"):
            return _Turn(leave=True)
        elif verb.tag == "Redirect":
            target = str(httpx.URL(url).join((verb.text or "").strip()))
            return _Turn(True, await self._fetch(call, verb.get("method", "POST"), target, call.base))
        elif verb.tag == "Amd":
            return await self._amd(call, verb, url, called)
        elif verb.tag == "Record":
            return await self._record(call, verb, url)
        elif verb.tag == "Gather":
            digits = self.caller_digits.popleft() if self.caller_digits else ""
            session.seconds += len(digits) if digits else _whole(verb.get("timeout"), 5)
            if digits or verb.get("actionOnEmptyResult") == "true":
                return await self._report(call, verb, url, {"Digits": digits})
        elif verb.tag == "Sms":
            return await self._report(call, verb, url, {})  # the text itself is not sent anywhere
        elif verb.tag == "Dial":
            session.seconds += 10
            return await self._report(call, verb, url, {"DialCallStatus": "completed"})
        else:
            session.seconds += _seconds_taken(verb)
        return _NEXT

    async def _amd(self, call: _Call, verb: ElementTree.Element, url: str, called: str) -> _Turn:
        status = self.amd_statuses.get(called, self.default_amd_status).upper()
        call.session.amd_status = status
        call.session.seconds += 2
        outcome = {"AMDStatus": status, "AMDCause": AMD_CAUSES.get(status, status)}
        if status != "HANGUP":
            return await self._report(call, verb, url, outcome)
        # The other party is gone: the app hears of it, but nothing more can be played to anyone.
        action = verb.get("action")
        if action:
            target = str(httpx.URL(url).join(action))
            payload = {**self._in_progress(call), **outcome, "RequestUrl": target}
            await self._send(call, verb.get("method", "POST"), target, payload)
        return _Turn(leave=True, ended_by_called_party=True)

    async def _record(self, call: _Call, verb: ElementTree.Element, url: str) -> _Turn:
        seconds = min(self.recording_seconds, _whole(verb.get("maxLength"), self.recording_seconds))
        call.session.seconds += seconds
        container_sid = verb.get("containerSid") or call.container_sid
        file_format = (verb.get("fileFormat") or "wav").lower()
        missing = verb.get("containerSid") and self.records and not self.records.has_container(str(container_sid))
        if missing or file_format not in MIME_TYPES:
            return await self._recording_failed(call, verb, url)
        if self.records is None:
            outcome = {"RecordingUrl": f"{STORAGE_URL}/{uuid.uuid4()}.{file_format}"}
        else:
            stored: JSONObject = self.records.store_recording(
                container_sid=container_sid,
                file_sid=verb.get("fileSid"),
                file_format=file_format,
                seconds=seconds,
                attributes=verb.attrib,
            )
            call.session.recordings.append(str(stored["file_sid"]))
            outcome = {"RecordingUrl": str(stored["publish_uri"]), "RecordingFileSid": str(stored["file_sid"])}
        return await self._report(call, verb, url, {**outcome, "RecordingDuration": str(seconds)})

    async def _recording_failed(self, call: _Call, verb: ElementTree.Element, url: str) -> _Turn:
        """A recording that cannot be stored (no such container, unknown format) goes to `errorAction`."""
        error_action = verb.get("errorAction")
        if not error_action:
            return _NEXT  # without an errorAction CarrierX moves on to the next verb
        target = str(httpx.URL(url).join(error_action))
        return _Turn(True, await self._fetch(call, verb.get("errorMethod", "POST"), target, self._in_progress(call)))

    async def _report(self, call: _Call, verb: ElementTree.Element, url: str, outcome: dict[str, str]) -> _Turn:
        """Send a verb's outcome to its `action` URL and run the answer; without one, go on."""
        action = verb.get("action")
        if not action:
            return _NEXT
        target = str(httpx.URL(url).join(action))
        return _Turn(
            True, await self._fetch(call, verb.get("method", "POST"), target, {**self._in_progress(call), **outcome})
        )

    @staticmethod
    def _in_progress(call: _Call) -> dict[str, str]:
        return {**call.base, "CallStatus": "in-progress"}

    async def _fetch(self, call: _Call, method: str, url: str, payload: dict[str, str]) -> Document | None:
        """Request the app and read its FlexML; None when it answers with nothing to run."""
        response = await self._send(call, method, url, {**payload, "RequestUrl": url})
        if not response.content.strip():
            return None
        root = ElementTree.fromstring(response.content)
        if root.tag != "Response":
            raise ElementTree.ParseError(f"the app answered <{root.tag}>, not <Response>")
        return root, url

    async def _send(self, call: _Call, method: str, url: str, payload: dict[str, str]) -> httpx.Response:
        method = method.upper()
        call.session.requests.append(FlexMLRequest(method, url, payload))
        if method == "GET":
            response = await call.client.request(method, url, params=payload)
        else:
            response = await call.client.request(method, url, json=payload)
        response.raise_for_status()
        return response


def _seconds_taken(verb: ElementTree.Element) -> int:
    """Simulated seconds a verb without an outcome takes."""
    if verb.tag in ("Pause", "Wait"):
        return _whole(verb.get("length"), 1)
    if verb.tag == "Say":
        return 1 + len(verb.text or "") // SPOKEN_CHARACTERS_PER_SECOND
    if verb.tag == "Play":
        return 3
    return 0


def _whole(text: str | None, default: int) -> int:
    """An integer attribute as the app wrote it, or `default` when absent or unreadable."""
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default
