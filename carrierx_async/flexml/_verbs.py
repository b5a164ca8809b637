"""The FlexML verbs, one class each, with their documented attributes as keyword arguments.

Keywords use CarrierX's own camelCase names (``numDigits=2``), so what you type is what the
XML carries and what the reference pages show. Booleans are written ``true``/``false``.
Numbers, booleans and methods may also be given as the text a form or query string holds
(``numDigits="2"``, ``hangupOnStar="true"``, ``method="post"``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypedDict, Unpack

from ._errors import FlexMLError
from ._markup import Element, Verb, required_text
from ._nouns import File, NoAttributes, Number, Stream
from ._spec import DTMF_KEYS, RejectReason, check_xml_text

__all__ = [
    "Amd",
    "Connect",
    "Dial",
    "Dtmf",
    "Gather",
    "Hangup",
    "Override",
    "Pause",
    "Play",
    "PreAnswer",
    "Record",
    "Redirect",
    "Reject",
    "Say",
    "Sms",
    "Start",
    "Stop",
    "Store",
    "Wait",
]

Extra = Mapping[str, object] | None
HttpMethod = Literal["GET", "POST", "get", "post"]
IntLike = int | str  # "10" from a query string is read as 10
BoolLike = bool | str  # "true" / "false" too
SAY_MAX_CHARACTERS = 1024
SMS_MAX_CHARACTERS = 670


class SayAttributes(TypedDict, total=False):
    loop: IntLike
    loopPause: IntLike
    voice: str


class Say(Verb):
    """Read text to the caller (at most 1,024 characters).

    Args:
        loop: times to repeat, 0..100; 0 repeats until the call ends.
        loopPause: seconds between repetitions, 1..300.
        voice: ``"man"`` (CarrierX's default), ``"woman"`` or ``"Polly.<Name>"`` when enabled.
    """

    __slots__ = ()
    tag = "Say"

    def __init__(self, text: str, *, extra_attributes: Extra = None, **attributes: Unpack[SayAttributes]) -> None:
        text = required_text(self.tag, text, "the text to read")
        if len(text) > SAY_MAX_CHARACTERS:
            raise FlexMLError(f"Say takes at most {SAY_MAX_CHARACTERS} characters, got {len(text)}; split the text")
        super().__init__(attributes=attributes, extra_attributes=extra_attributes, text=text)


class PauseAttributes(TypedDict, total=False):
    length: IntLike
    minNoise: IntLike
    minSilence: IntLike
    noise: BoolLike
    silence: BoolLike


class Pause(Verb):
    """Wait before the next verb.

    Args:
        length: seconds, at least 1.
        noise / silence: end early once noise / silence is heard.
        minNoise / minSilence: milliseconds of noise / silence that count.
    """

    __slots__ = ()
    tag = "Pause"

    def __init__(self, *, extra_attributes: Extra = None, **attributes: Unpack[PauseAttributes]) -> None:
        super().__init__(attributes=attributes, extra_attributes=extra_attributes)


class Wait(Pause):
    """CarrierX's other name for `Pause` (written as ``<Wait>``)."""

    __slots__ = ()
    tag = "Wait"


class PlayAttributes(TypedDict, total=False):
    action: str
    background: BoolLike
    controlSkip: IntLike
    digits: str
    errorAction: str
    errorMethod: HttpMethod
    forwardOnKey: str
    loop: IntLike
    rewindOnKey: str
    streaming: BoolLike
    timeLimit: IntLike


class Play(Verb):
    """Play audio: a URL, or a stored `File`; or, with ``digits=``, send DTMF instead.

    Args:
        source: the audio URL or a `File` noun; leave out when ``digits`` is given.
        action: FlexML URL fetched when playback ends (verbs after this Play then do not run).
        background: keep playing while the next verbs run.
        controlSkip: seconds `forwardOnKey` / `rewindOnKey` skip, at least 1.
        digits: DTMF keys to send; CarrierX wants such a Play to carry nothing else.
        errorAction / errorMethod: FlexML URL (and method) fetched when playback fails.
        loop: times to play the audio.
    """

    __slots__ = ()
    tag = "Play"
    may_contain = (File,)

    def __init__(
        self, source: str | File | None = None, *, extra_attributes: Extra = None, **attributes: Unpack[PlayAttributes]
    ) -> None:
        if "digits" in attributes:
            others = sorted(set(attributes) - {"digits"})
            if source is not None or others:
                extra = f" (also given: {', '.join(others)})" if others else ""
                raise FlexMLError(f"Play with digits= sends DTMF only: give it no audio and no other attribute{extra}")
            super().__init__(attributes=attributes, extra_attributes=extra_attributes)
        elif isinstance(source, Element):
            super().__init__(attributes=attributes, extra_attributes=extra_attributes, children=(source,))
        else:
            text = required_text(self.tag, source, "an audio URL or a File (or digits=)")
            super().__init__(attributes=attributes, extra_attributes=extra_attributes, text=text)


class GatherAttributes(TypedDict, total=False):
    action: str
    actionOnEmptyResult: BoolLike
    finishOnKey: str
    method: HttpMethod
    numDigits: IntLike
    timeout: IntLike


class Gather(Verb):
    """Collect keypad digits while the nested prompts play, then fetch `action` with them.

    Args:
        prompts: `Say`, `Play` and `Pause` (or `Wait`) verbs.
        action: FlexML URL that receives the digits.
        actionOnEmptyResult: fetch `action` even when nothing was entered.
        finishOnKey: keys (0-9, #, *) that end the input early.
        method: ``"GET"`` or ``"POST"`` for `action`.
        numDigits: digits to collect before `action` is fetched.
        timeout: seconds to wait for input, counted after the prompts end.
    """

    __slots__ = ()
    tag = "Gather"
    may_contain = (Say, Play, Pause)

    def __init__(
        self, *prompts: Say | Play | Pause, extra_attributes: Extra = None, **attributes: Unpack[GatherAttributes]
    ) -> None:
        super().__init__(attributes=attributes, extra_attributes=extra_attributes, children=prompts)


class DialAttributes(TypedDict, total=False):
    action: str
    callerId: str
    callerName: str
    confirmKey: str
    confirmSound: str
    containerSid: str
    hangupOnStar: BoolLike
    method: HttpMethod
    timeLimit: IntLike
    timeout: IntLike


class Dial(Verb):
    """Connect the caller to one number, or ring several `Number` nouns at once.

    Args:
        targets: one phone number as a string, or one or more `Number` nouns.
        action: FlexML URL fetched when the dialled call ends (later verbs then do not run).
        callerId: number shown to the called party; it must be on the account.
        callerName: CNAM sent to the called party.
        confirmKey: key (0-9, #, *) the called party presses to accept the call.
        confirmSound: audio URL telling the called party which key to press.
        containerSid: storage container for the recording.
        hangupOnStar: let the caller end the dialled leg with ``*``.
        method: ``"GET"`` or ``"POST"`` for `action`.
        timeLimit: seconds the dialled call may last.
        timeout: seconds to let the dialled party ring.
    """

    __slots__ = ()
    tag = "Dial"
    may_contain = (Number,)

    def __init__(
        self, *targets: str | Number, extra_attributes: Extra = None, **attributes: Unpack[DialAttributes]
    ) -> None:
        for target in targets:
            if isinstance(target, Element):
                self._check_child(target)
        numbers = tuple(target for target in targets if isinstance(target, Number))
        texts = [target for target in targets if not isinstance(target, Number)]
        if not targets:
            raise FlexMLError("Dial needs a number to dial: a string or one or more Number nouns")
        if texts and (numbers or len(texts) > 1):
            raise FlexMLError("Dial takes either one number as a string or Number nouns; wrap each number in Number()")
        if texts:
            text = required_text(self.tag, texts[0], "the number to dial")
            super().__init__(attributes=attributes, extra_attributes=extra_attributes, text=text)
        else:
            super().__init__(attributes=attributes, extra_attributes=extra_attributes, children=numbers)


class RecordAttributes(TypedDict, total=False):
    action: str
    backgroundAudioLoop: IntLike
    backgroundAudioUrl: str
    callbackUrl: str
    containerSid: str
    direction: str
    errorAction: str
    errorMethod: HttpMethod
    fileFormat: Literal["wav", "mp3", "ul"]
    fileMode: str
    fileSid: str
    finishOnKey: str
    integerKey1: IntLike
    integerKey2: IntLike
    lifecycleAction: str
    lifecycleTtl: IntLike
    maxLength: IntLike
    method: HttpMethod
    playBeep: BoolLike
    recordSession: BoolLike
    stringKey1: str
    stringKey2: str
    timeout: IntLike
    trim: str


class Record(Verb):
    """Record the call into a storage container.

    Args:
        action: FlexML URL fetched when recording ends; skipped when nothing was recorded,
            and then the next verb runs.
        backgroundAudioUrl / backgroundAudioLoop: audio the caller hears but the recording
            leaves out, and how often it repeats.
        callbackUrl: URL that later receives data about the recording.
        containerSid: target container (ignored when `fileSid` is given).
        errorAction / errorMethod: FlexML URL (and method) fetched when recording fails.
        fileFormat: ``"wav"`` (the default), ``"mp3"`` or ``"ul"`` (raw mu-law).
        finishOnKey: keys that end the recording, or ``"none"``; by default any key does.
        integerKey1 / integerKey2 / stringKey1 / stringKey2: values kept on the stored file.
        lifecycleAction / lifecycleTtl: what happens to the file, and when (as on the File object).
        maxLength: longest recording, in seconds.
        playBeep: beep before recording starts (CarrierX's default is true).
        timeout: seconds of silence that end the recording.
    """

    __slots__ = ()
    tag = "Record"

    def __init__(self, *, extra_attributes: Extra = None, **attributes: Unpack[RecordAttributes]) -> None:
        super().__init__(attributes=attributes, extra_attributes=extra_attributes)


class AmdAttributes(TypedDict, total=False):
    action: str
    afterGreetingSilence: IntLike
    betweenWordSilence: IntLike
    greeting: IntLike
    method: HttpMethod


class Amd(Verb):
    """Answering machine detection (experimental at CarrierX): is a person or a machine on the line?

    The verdict reaches `action` as ``AMDStatus`` (HUMAN, MACHINE, NOTSURE or HANGUP) with
    ``AMDCause``; answer it with the FlexML for that case.

    Args:
        action: FlexML URL that receives the verdict.
        afterGreetingSilence: milliseconds of silence after a greeting that mean a person.
        betweenWordSilence: milliseconds of silence that separate two words.
        greeting: longest greeting, in milliseconds, before it counts as a machine.
    """

    __slots__ = ()
    tag = "Amd"

    def __init__(self, *, extra_attributes: Extra = None, **attributes: Unpack[AmdAttributes]) -> None:
        super().__init__(attributes=attributes, extra_attributes=extra_attributes)


class PreAnswerAttributes(TypedDict, total=False):
    ringing: BoolLike


class PreAnswer(Verb):
    """Play or say something before the call is answered (early media), e.g. ahead of a `Reject`.

    Args:
        prompts: `Say`, `Play` and `Pause` (or `Wait`) verbs.
        ringing: leading pauses ring (180) instead of sending early media (183).
    """

    __slots__ = ()
    tag = "PreAnswer"
    may_contain = (Say, Play, Pause)

    def __init__(
        self, *prompts: Say | Play | Pause, extra_attributes: Extra = None, **attributes: Unpack[PreAnswerAttributes]
    ) -> None:
        super().__init__(attributes=attributes, extra_attributes=extra_attributes, children=prompts)


class RedirectAttributes(TypedDict, total=False):
    method: HttpMethod


class Redirect(Verb):
    """Continue with the FlexML at another URL; verbs after it never run."""

    __slots__ = ()
    tag = "Redirect"

    def __init__(self, url: str, *, extra_attributes: Extra = None, **attributes: Unpack[RedirectAttributes]) -> None:
        text = required_text(self.tag, url, "the URL of the next FlexML")
        super().__init__(attributes=attributes, extra_attributes=extra_attributes, text=text)


class HangupAttributes(TypedDict, total=False):
    callInfo: str


class Hangup(Verb):
    """Answer (if not yet answered) and hang up; verbs after it never run.

    Args:
        callInfo: text sent as the SIP Call-Info header of the BYE.
    """

    __slots__ = ()
    tag = "Hangup"

    def __init__(self, *, extra_attributes: Extra = None, **attributes: Unpack[HangupAttributes]) -> None:
        super().__init__(attributes=attributes, extra_attributes=extra_attributes)


class RejectAttributes(TypedDict, total=False):
    reason: RejectReason


class Reject(Verb):
    """Refuse an inbound call without answering it; it must come first, and ends the call.

    Args:
        reason: what the carrier is told (CarrierX's default is ``"rejected"``).
    """

    __slots__ = ()
    tag = "Reject"

    def __init__(self, *, extra_attributes: Extra = None, **attributes: Unpack[RejectAttributes]) -> None:
        super().__init__(attributes=attributes, extra_attributes=extra_attributes)


class OverrideAttributes(TypedDict, total=False):
    statusCallbackMethod: str
    statusCallbackUrl: str


class Override(Verb):
    """Replace this call's status callback URL and method; it must open the document."""

    __slots__ = ()
    tag = "Override"

    def __init__(self, *, extra_attributes: Extra = None, **attributes: Unpack[OverrideAttributes]) -> None:
        super().__init__(attributes=attributes, extra_attributes=extra_attributes)


class Dtmf(Verb):
    """Send keypad tones: 0-9, #, * and ``,`` (each comma waits half a second)."""

    __slots__ = ()
    tag = "Dtmf"

    def __init__(self, digits: str, *, extra_attributes: Extra = None, **attributes: Unpack[NoAttributes]) -> None:
        digits = required_text(self.tag, digits, "the keys to send")
        wrong = sorted(set(digits) - DTMF_KEYS - {","})
        if wrong:
            raise FlexMLError(f"Dtmf may only hold 0-9, #, * and ','; {''.join(wrong)!r} is not allowed")
        super().__init__(attributes=attributes, extra_attributes=extra_attributes, text=digits)


class StoreAttributes(TypedDict):
    name: str


class Store(Verb):
    """Keep a value for the rest of the call; later requests carry it as ``Storage_<name>``.

    CarrierX keeps at most 128 KB across all stored values of a call.
    """

    __slots__ = ()
    tag = "Store"

    def __init__(self, value: str, *, extra_attributes: Extra = None, **attributes: Unpack[StoreAttributes]) -> None:
        if "name" not in attributes:
            raise FlexMLError("Store needs name=...: the key the value comes back under (Storage_<name>)")
        if not isinstance(value, str):
            raise FlexMLError(f"Store takes its value as a string, not {value!r}")
        check_xml_text(self.tag, value)
        super().__init__(attributes=attributes, extra_attributes=extra_attributes, text=value)


class _StreamVerb(Verb):
    __slots__ = ()
    may_contain = (Stream,)

    def __init__(self, *streams: Stream, extra_attributes: Extra = None, **attributes: Unpack[NoAttributes]) -> None:
        if not streams:
            raise FlexMLError(f"{self.tag} needs a Stream noun: {self.tag}(Stream(name=..., url=...))")
        super().__init__(attributes=attributes, extra_attributes=extra_attributes, children=streams)


class Start(_StreamVerb):
    """Start streaming the call's audio to a WebSocket, one way; the next verbs run meanwhile."""

    __slots__ = ()
    tag = "Start"


class Stop(_StreamVerb):
    """Stop a stream `Start` began, named by its `Stream` noun (``Stop(Stream(name="s"))``)."""

    __slots__ = ()
    tag = "Stop"


class Connect(_StreamVerb):
    """Stream audio both ways with a WebSocket; the verbs after it wait until the socket closes."""

    __slots__ = ()
    tag = "Connect"


class SmsAttributes(TypedDict, total=False):
    action: str
    from_: str
    method: HttpMethod
    to: str


class Sms(Verb):
    """Send a text message (at most 670 characters) while the call goes on.

    Args:
        message: the text; past 160 characters it goes out in several segments.
        to: E.164 number to text; by default the number that was called.
        from_: E.164 number to text from (written as ``from``); by default the caller's.
        action / method: FlexML URL (and method) fetched once sent; later verbs then do not run.
    """

    __slots__ = ()
    tag = "Sms"

    def __init__(self, message: str, *, extra_attributes: Extra = None, **attributes: Unpack[SmsAttributes]) -> None:
        message = required_text(self.tag, message, "the message text")
        if len(message) > SMS_MAX_CHARACTERS:
            raise FlexMLError(f"Sms takes at most {SMS_MAX_CHARACTERS} characters, got {len(message)}")
        written = {("from" if name == "from_" else name): value for name, value in attributes.items()}
        super().__init__(attributes=written, extra_attributes=extra_attributes, text=message)
