"""A file that parses too long or needs too much memory is stopped and reported in Vietnamese; the others go on."""
from __future__ import annotations

import time

from assistant.ingest.isolate import run_bounded


def _job(key: str):
    if key == "slow":
        time.sleep(120)
    if key == "big":
        blocks = []
        for _ in range(64):  # ~1 GB if nothing stops it
            blocks.append(bytearray(16 * 2**20))
    if key == "bug":
        raise ValueError("hỏng")
    return key.upper()


def test_slow_and_hungry_files_are_stopped_and_the_rest_goes_on():
    out = run_bounded(_job, ["a", "slow", "big", "bug", "b"], workers=2, seconds=10, limit_mb=200)
    assert out["a"].value == "A" and out["b"].value == "B"
    assert "giây" in out["slow"].error and "«slow»" in out["slow"].error and out["slow"].value is None
    assert "bộ nhớ" in out["big"].error and out["big"].value is None
    assert "ValueError" in out["bug"].error


def test_in_process_mode_runs_everything():
    out = run_bounded(_job, ["x", "bug"], workers=0)
    assert out["x"].value == "X" and "ValueError" in out["bug"].error
