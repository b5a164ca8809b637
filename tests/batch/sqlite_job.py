"""A batch job in its own process, for the crash test: sends SMS with a SQLite journal until killed.

python tests/batch/sqlite_job.py BASE_URL JOURNAL_PATH MESSAGES
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from carrierx_core.models import MessageCreateParams

from carrierx_async import CarrierX
from carrierx_async.batch import Batch, SQLiteJournal
from carrierx_async.testing import DEFAULT_TOKEN

SENDER = "15162060000"


def message_body(index: int) -> MessageCreateParams:
    return {"from": SENDER, "to": f"1555{index:07d}", "message": f"crash test {index}", "user_data": str(index)}


async def send_all(base_url: str, path: str, messages: int, concurrency: int = 20) -> None:
    async with CarrierX(token=DEFAULT_TOKEN, base_url=base_url) as cx, SQLiteJournal(path, job="crash") as journal:

        async def send(index: int) -> Any:
            return await cx.core.sms.send_message(body=message_body(index))

        await Batch(send, range(messages), journal=journal, concurrency=concurrency).run()


if __name__ == "__main__":
    asyncio.run(send_all(sys.argv[1], sys.argv[2], int(sys.argv[3])))
