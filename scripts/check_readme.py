"""Run the README's commands as a newcomer would, in a fresh clone, and say which worked.

    python3 scripts/check_readme.py [--full] [--keep] [--repo PATH] [--only SECTION-WORD]

Only the standard library: run it with the system Python 3. Steps:

1. ``git clone`` the repository (its committed HEAD) into a temporary folder;
2. take every command line of the README's ```bash blocks, in order, and run it there as written, except that
   - optional arguments in ``[…]`` are left out, and a line with a ``<placeholder>`` is skipped;
   - ``bash scripts/run_app.sh`` and ``app.py`` (which serve until stopped) run in the background on a free port
     (``PAR_PORT``); the check waits for ``/health``, asks one question through ``/api/ask``, then stops it with
     Ctrl+C (SIGINT) and checks it stopped;
   - lines ending in ``&`` run in the background and are stopped at the end of their block; ``export`` lines set
     the environment of the following lines;
   - the Chroma-server block gets temporary paths for ``/srv/par`` and free ports for 8000, 7861, 7862;
   - the full test run (``bash scripts/run_tests.sh`` without arguments) and the long benchmarks run only with
     ``--full``;
3. print each command with its exit status and time, the time from the clone to the app's first answer, and exit
   non-zero if any command failed.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LONG = ("scripts/scale.py", "benchmarks/scale.py", "benchmarks/faults.py", "screenshots.py")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def blocks(readme: str) -> list[tuple[str, list[str]]]:
    """(heading, command lines) of every ```bash block, continuation lines joined, comments dropped."""
    out, heading, lines, inside = [], "", [], False
    for raw in readme.splitlines():
        if raw.startswith("#") and not inside:
            heading = raw.lstrip("# ").strip()
        if raw.strip().startswith("```"):
            if inside:
                out.append((heading, lines))
                lines, inside = [], False
            elif raw.strip() == "```bash":
                inside = True
            continue
        if inside:
            line = raw.split("  #")[0].rstrip() if "  #" in raw else raw.rstrip()
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if lines and lines[-1].endswith("\\"):
                lines[-1] = lines[-1][:-1] + " " + line.strip()
            else:
                lines.append(line.strip())
    return out


def as_run(line: str) -> str | None:
    """The command as the check runs it: optional ``[…]`` arguments left out; None for a placeholder line."""
    line = re.sub(r"\s*\[[^\[\]]*\]", "", line)
    while re.search(r"\s*\[[^\[\]]*\]", line):
        line = re.sub(r"\s*\[[^\[\]]*\]", "", line)
    if re.search(r"<[^<>]+>", line):
        return None
    return line.strip()


def http_json(url: str, body=None, timeout=60):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, {}
    except Exception:  # noqa: BLE001
        return 0, {}


class Runner:
    def __init__(self, clone: Path, full: bool, log):
        self.clone = clone
        self.full = full
        self.env = dict(os.environ)
        for k in list(self.env):
            if k.startswith(("PAR_", "CHROMA_")) or k in ("PYTHONPATH", "VIRTUAL_ENV"):
                self.env.pop(k)
        self.results: list[tuple[str, str, float, str]] = []  # (command, status, seconds, note)
        self.background: list[subprocess.Popen] = []
        self.log = log
        self.first_answer_s: float | None = None
        self.t_clone = time.perf_counter()
        self.subst: dict[str, str] = {}

    def record(self, cmd: str, status: str, secs: float, note: str = "") -> None:
        self.results.append((cmd, status, secs, note))
        print(f"{status:7} {secs:7.1f} s  {cmd}" + (f"   ({note})" if note else ""), flush=True)

    def substitute(self, line: str) -> str:
        for a, b in self.subst.items():
            line = line.replace(a, b)
        return line

    def run_block(self, heading: str, lines: list[str]) -> None:
        if any("chroma run" in x for x in lines):  # the server-mode deployment: private paths and ports
            tmp = Path(tempfile.mkdtemp(prefix="srv-par-"))
            self.subst = {"/srv/par": str(tmp), "8000": str(free_port()), "7861": str(free_port()),
                          "7862": str(free_port())}
        else:
            self.subst = {}
        env_before = dict(self.env)
        for line in lines:
            self.run_line(line)
        self.stop_background()
        self.env = env_before

    def run_line(self, line: str) -> None:
        cmd = as_run(line)
        if cmd is None:
            self.record(line, "skip", 0, "chỗ giữ chỗ <…>")
            return
        cmd = self.substitute(cmd)
        if cmd.startswith("export "):
            for kv in shlex.split(cmd[7:]):
                k, _, v = kv.partition("=")
                self.env[k] = v
            self.record(cmd, "ok", 0)
            return
        if cmd == "bash scripts/run_tests.sh" and not self.full:
            self.record(cmd, "skip", 0, "cả bộ kiểm thử: dùng --full")
            return
        if any(x in cmd for x in LONG) and not self.full:
            self.record(cmd, "skip", 0, "phép đo dài: dùng --full")
            return
        if "scripts/run_app.sh" in cmd or re.search(r"\bapp\.py\b|/par-app\b", cmd):
            self.run_server(cmd)
            return
        if cmd.endswith("&"):
            self.start_background(cmd[:-1].strip())
            return
        if "chroma run" in cmd:  # a server: in the background, waited for
            self.start_background(cmd)
            port = re.search(r"--port (\d+)", cmd)
            for _ in range(120):
                if port and http_json(f"http://127.0.0.1:{port.group(1)}/api/v2/heartbeat", timeout=1)[0] == 200:
                    break
                time.sleep(0.5)
            return
        t0 = time.perf_counter()
        p = subprocess.run(cmd, shell=True, cwd=self.clone, env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
                           timeout=3600)
        self.record(cmd, "ok" if p.returncode == 0 else f"LỖI {p.returncode}", time.perf_counter() - t0)

    def start_background(self, cmd: str) -> subprocess.Popen:
        p = subprocess.Popen(cmd, shell=True, cwd=self.clone, env=self.env, stdout=self.log,
                             stderr=subprocess.STDOUT, start_new_session=True)
        self.background.append(p)
        self.record(cmd + " &", "nền", 0)
        return p

    def stop_background(self) -> None:
        for p in self.background:
            try:
                os.killpg(p.pid, signal.SIGINT)
                p.wait(30)
            except (subprocess.TimeoutExpired, ProcessLookupError):
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        self.background = []

    def run_server(self, cmd: str) -> None:
        """A command that serves until stopped: wait for its first answer, then Ctrl+C."""
        background = cmd.endswith("&")
        cmd = cmd.rstrip("&").strip()
        m = re.search(r"--port (\d+)", cmd)
        port = int(m.group(1)) if m else free_port()
        env = dict(self.env) if m else dict(self.env, PAR_PORT=str(port))
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, shell=True, cwd=self.clone, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                             start_new_session=True)
        url = f"http://127.0.0.1:{port}"
        status, note = "LỖI", "không trả lời"
        deadline = time.time() + 3600
        while time.time() < deadline and p.poll() is None:
            st, _ = http_json(url + "/health", timeout=3)
            if st == 200:
                st, ans = http_json(url + "/api/ask", {"question": "ai chu tri dieu tra xa hoi hoc?"}, timeout=300)
                if st == 200 and ans.get("answer"):
                    status, note = "ok", f"câu trả lời đầu tiên sau {time.perf_counter() - t0:.0f} s"
                    if self.first_answer_s is None:
                        self.first_answer_s = time.perf_counter() - self.t_clone
                break
            time.sleep(1)
        if background:  # stopped with its block (e.g. the N workers of a deployment)
            self.background.append(p)
            self.record(cmd + " &", status, time.perf_counter() - t0, note)
            return
        os.killpg(p.pid, signal.SIGINT)  # Ctrl+C, as the README says
        try:
            p.wait(60)
            note += ", dừng bằng Ctrl+C"
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            status, note = "LỖI", note + ", KHÔNG dừng bằng Ctrl+C"
        self.record(cmd, status, time.perf_counter() - t0, note)


def main() -> int:
    ap = argparse.ArgumentParser(description="Chạy các lệnh của README trong một bản clone mới.")
    ap.add_argument("--full", action="store_true", help="chạy cả bộ kiểm thử và các phép đo dài")
    ap.add_argument("--keep", action="store_true", help="giữ lại bản clone")
    ap.add_argument("--repo", default=str(ROOT), help="kho để clone (mặc định: kho này)")
    ap.add_argument("--only", help="chỉ các khối dưới tiêu đề chứa từ này")
    args = ap.parse_args()
    if subprocess.run(["git", "-C", args.repo, "status", "--porcelain"], capture_output=True,
                      text=True).stdout.strip():
        print("(lưu ý: kho có thay đổi chưa commit; bản clone chỉ có HEAD)", file=sys.stderr)
    work = Path(tempfile.mkdtemp(prefix="readme-check-"))
    clone = work / "par"
    log_path = work / "commands.log"
    t0 = time.perf_counter()
    subprocess.run(["git", "clone", "-q", args.repo, str(clone)], check=True)
    readme = (clone / "README.md").read_text("utf-8")
    with open(log_path, "w") as log:
        r = Runner(clone, args.full, log)
        r.t_clone = t0
        print(f"Bản clone: {clone}\nNhật ký lệnh: {log_path}\n", flush=True)
        try:
            for heading, lines in blocks(readme):
                if args.only and args.only.lower() not in heading.lower():
                    continue
                print(f"## {heading}", flush=True)
                r.run_block(heading, lines)
        finally:
            r.stop_background()
    failed = [x for x in r.results if x[1].startswith("LỖI")]
    print(f"\n{len(r.results)} lệnh: {sum(1 for x in r.results if x[1] in ('ok', 'nền'))} chạy được, "
          f"{len(failed)} lỗi, {sum(1 for x in r.results if x[1] == 'skip')} bỏ qua.")
    if r.first_answer_s is not None:
        print(f"Từ lúc clone đến câu trả lời đầu tiên của ứng dụng: {r.first_answer_s:.0f} s")
    if failed:
        print("Lỗi:\n" + "\n".join(f"  {c}" for c, *_ in failed) + f"\n(xem {log_path})")
    if not args.keep and not failed:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
