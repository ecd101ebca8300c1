"""Temporary: the previous answering chain, while answering/ is rebuilt (see answering/_old/)."""
from assistant.answering._old.chain import Assistant, strip_injection  # noqa: F401
