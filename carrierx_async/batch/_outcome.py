"""What became of one input: the outcome states a journal records, and how an error maps to one."""

from __future__ import annotations

import enum

from .._errors import APIConnectionError, APIStatusError, ConfigurationError, RateLimitError

__all__ = ["Outcome", "classify_error"]


class Outcome(enum.StrEnum):
    """The state of one input in a journal.

    `STARTED` is written before the request goes out; an input still `STARTED` when its
    worker is gone (a crash, SIGKILL, a cancelled batch) counts as in doubt.
    """

    STARTED = "started"
    SUCCEEDED = "succeeded"  # CarrierX answered 2xx; the created object's SID is kept
    NOT_SENT = "not_sent"  # provably never acted on (refused before sending, never connected, 429): safe to retry
    FAILED = "failed"  # CarrierX answered with an error and did not act: retrying the same input would fail again
    IN_DOUBT = "in_doubt"  # the request may have reached CarrierX and no answer came back

    @property
    def settled(self) -> bool:
        """Whether a resumed job leaves this input alone (only `NOT_SENT` is tried again on its own)."""
        return self is not Outcome.NOT_SENT


def classify_error(error: BaseException) -> Outcome:
    """The outcome an operation's exception means for its input.

    Only proof of "not sent" allows a retry: a connection never made, a 429 (CarrierX did not
    act), or a request refused before it left. A 5xx or 408 to a request that was sent is in
    doubt (a gateway may answer after the upstream acted), as is any error this library did
    not raise: the operation may have sent something before failing.
    """
    if isinstance(error, ConfigurationError | RateLimitError):
        return Outcome.NOT_SENT
    if isinstance(error, APIStatusError):
        return Outcome.IN_DOUBT if error.status_code >= 500 or error.status_code == 408 else Outcome.FAILED
    if isinstance(error, APIConnectionError):
        return Outcome.IN_DOUBT if error.may_have_been_sent else Outcome.NOT_SENT
    return Outcome.IN_DOUBT
