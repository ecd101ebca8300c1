"""Run one job per file in worker processes, each bounded in time and memory.

A document that loads or parses too slowly (a pathological hard-wrapped file, a runaway text table) or that
needs too much memory (a DOCX that expands to hundreds of MB) must not stall or sink the batch: the worker
handling it is stopped, the file is reported with a Vietnamese message, and the other files go on in a fresh
worker. Two workers run side by side on a multi-core machine (parsing is single-threaded Python).

Limits (environment): ``PAR_INGEST_DOC_SECONDS`` (default 90) per file; ``PAR_INGEST_MAX_MB`` (default 1400) for
the ingest as a whole — what this process holds plus its workers — or ``PAR_INGEST_WORKER_MB`` per worker. With
``workers=0`` the jobs run in this process, unbounded (tests, evals).
"""
from __future__ import annotations

import multiprocessing as mp
import os
import pickle
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable


def doc_seconds() -> float:
    return float(os.environ.get("PAR_INGEST_DOC_SECONDS", "") or 90)


def worker_mb(workers: int = 2) -> int:
    """Memory per worker: ``PAR_INGEST_WORKER_MB``, else the ingest's budget (``PAR_INGEST_MAX_MB``, default 1400)
    less what this process holds, shared by the workers."""
    if os.environ.get("PAR_INGEST_WORKER_MB", "").strip():
        return int(os.environ["PAR_INGEST_WORKER_MB"])
    total = int(os.environ.get("PAR_INGEST_MAX_MB", "") or 1400)
    return max(200, int((total - _rss_mb(os.getpid())) / max(1, workers)))


@dataclass
class Outcome:
    key: str
    value: Any = None  # the job's result
    error: str = ""  # why there is no result (Vietnamese, for the report)
    seconds: float = 0.0


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="ignore") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _data_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii", errors="ignore") as f:
            for line in f:
                if line.startswith("VmData:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _serve(conn, fn: Callable[[str], Any], limit_mb: int) -> None:
    """Worker loop: receive a key, run ``fn(key)``, send back ('ok', key, pickled result) or ('err', key, text)."""
    try:
        import resource

        cap = (_data_kb() * 1024) + limit_mb * 2**20  # the data segment may grow this much beyond what it is
        resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))
    except (ImportError, ValueError, OSError):
        pass
    while True:
        try:
            key = conn.recv()
        except (EOFError, OSError):
            return
        if key is None:
            return
        try:
            res = fn(key)
            conn.send(("ok", key, pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL)))
        except MemoryError:
            conn.send(("mem", key, ""))
        except Exception as e:  # a bug or a bad file: reported, the worker goes on
            conn.send(("err", key, f"{type(e).__name__}: {e}"[:300]))


class _Worker:
    def __init__(self, ctx, fn, limit_mb: int):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, fn, limit_mb), daemon=True)
        self.proc.start()
        child.close()
        self.key: str | None = None
        self.started = 0.0

    def give(self, key: str) -> None:
        self.key, self.started = key, time.monotonic()
        self.conn.send(key)

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.proc.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=5)
        self.conn.close()


def _context():
    # fork is cheap and inherits what is imported; a process with threads (a web server) must spawn
    if "fork" in mp.get_all_start_methods() and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("spawn")


def run_bounded(fn: Callable[[str], Any], keys: list[str], workers: int | None = None,
                seconds: float | None = None, limit_mb: int | None = None,
                on_done: Callable[[Outcome], None] | None = None,
                name_of: Callable[[str], str] = lambda k: k) -> dict[str, Outcome]:
    """``fn(key)`` for every key, at most ``seconds`` each and ``limit_mb`` of memory per worker process.
    ``fn`` must be a module-level function (it is sent to spawned workers); ``name_of(key)`` is the file name
    the messages give. Returns {key: Outcome}."""
    seconds = doc_seconds() if seconds is None else seconds
    if workers is None:
        workers = min(2, os.cpu_count() or 1, len(keys))
    limit_mb = worker_mb(workers) if limit_mb is None else limit_mb
    out: dict[str, Outcome] = {}
    if workers <= 0 or not keys:
        for k in keys:
            t0 = time.monotonic()
            try:
                o = Outcome(k, fn(k), seconds=time.monotonic() - t0)
            except Exception as e:
                o = Outcome(k, error=f"{type(e).__name__}: {e}"[:300], seconds=time.monotonic() - t0)
            out[k] = o
            if on_done:
                on_done(o)
        return out
    from multiprocessing.connection import wait

    ctx = _context()
    todo = list(keys)
    pool: list[_Worker] = []
    try:
        while todo or any(w.key for w in pool):
            while len(pool) < workers and todo:
                pool.append(_Worker(ctx, fn, limit_mb))
            for w in pool:
                if w.key is None and todo:
                    w.give(todo.pop(0))
            busy = [w for w in pool if w.key]
            ready = wait([w.conn for w in busy], timeout=0.1)
            now = time.monotonic()
            for w in list(pool):
                if w.key is None:
                    continue
                done = None
                if w.conn in ready:
                    try:
                        status, key, payload = w.conn.recv()
                    except (EOFError, OSError):
                        status, key, payload = "died", w.key, ""
                    elapsed = now - w.started
                    if status == "ok":
                        done = Outcome(key, pickle.loads(payload), seconds=elapsed)
                    elif status == "mem":
                        done = Outcome(key, error=_mem_msg(name_of(key), limit_mb), seconds=elapsed)
                    elif status == "err":
                        done = Outcome(key, error=payload, seconds=elapsed)
                    else:
                        done = Outcome(key, error=_died_msg(name_of(key)), seconds=elapsed)
                    if status in ("mem", "died"):
                        w.stop(kill=True)
                        pool.remove(w)
                elif now - w.started > seconds:
                    done = Outcome(w.key, error=_time_msg(name_of(w.key), seconds), seconds=now - w.started)
                    w.stop(kill=True)
                    pool.remove(w)
                elif _rss_mb(w.proc.pid) > limit_mb:
                    done = Outcome(w.key, error=_mem_msg(name_of(w.key), limit_mb), seconds=now - w.started)
                    w.stop(kill=True)
                    pool.remove(w)
                elif not w.proc.is_alive():
                    done = Outcome(w.key, error=_died_msg(name_of(w.key)), seconds=now - w.started)
                    w.stop(kill=True)
                    pool.remove(w)
                if done is not None:
                    w.key = None
                    out[done.key] = done
                    if on_done:
                        on_done(done)
    finally:
        for w in pool:
            w.stop()
    return out


def _time_msg(name: str, seconds: float) -> str:
    return (f"Tệp «{name}» cần hơn {seconds:.0f} giây để đọc và phân tích nên đã bị dừng; tệp này chưa được nạp, "
            "các tệp khác vẫn được nạp bình thường. Hãy kiểm tra tệp (văn bản quá dài hoặc bảng quá phức tạp).")


def _mem_msg(name: str, mb: int) -> str:
    return (f"Tệp «{name}» cần hơn {mb} MB bộ nhớ để đọc nên đã bị dừng; tệp này chưa được nạp, các tệp khác vẫn "
            "được nạp bình thường. Tệp có thể bị nén bất thường hoặc quá lớn.")


def _died_msg(name: str) -> str:
    return f"Tiến trình đọc tệp «{name}» bị dừng bất thường; tệp này chưa được nạp, các tệp khác vẫn được nạp."
