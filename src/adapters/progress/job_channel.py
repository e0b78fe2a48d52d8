"""One pub/sub channel per job, and the JSON its events travel in."""

import msgspec

from application.ports.progress import ProgressEvent


def job_channel(job_id: str) -> str:
    return f"gumruk:job:{job_id}"


def encode_event(event: ProgressEvent) -> bytes:
    return msgspec.json.encode(event)


def decode_event(data: bytes) -> ProgressEvent:
    return msgspec.json.decode(data, type=ProgressEvent)
