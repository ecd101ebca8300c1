"""The README's commands work as written in a fresh clone (scripts/check_readme.py runs them; here the cheap
checks): no bare `python` that would hit the system Python, every setting in the table, every script it names."""
import re

from conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")
# stdlib-only helpers meant for the system Python 3
SYSTEM_PYTHON_OK = {"python3 scripts/check_readme.py"}


def _code() -> list[str]:
    spans = re.findall(r"```(?:bash|sh)?\n(.*?)```", README, re.S) + re.findall(r"`([^`\n]+)`", README)
    return [x for s in spans for x in s.splitlines()]


def test_no_bare_python_in_commands():
    bad = []
    for line in _code():
        for m in re.finditer(r"(?<![\w/.-])(python3?)(?= )", line):
            rest = line[m.start():]
            if not any(rest.startswith(ok) for ok in SYSTEM_PYTHON_OK):
                bad.append(line.strip())
    assert not bad, "use .venv/bin/python (or .venv-test/bin/python): " + " | ".join(bad)


def test_every_setting_is_in_the_table():
    from assistant import config

    names = set(re.findall(r"\b((?:PAR|CHROMA)_[A-Z_]+)", config.__doc__)) | set(
        re.findall(r'_env\("((?:PAR|CHROMA)_[A-Z_]+)"', (ROOT / "assistant/config.py").read_text("utf-8")))
    names |= {"PAR_PROFILE"}
    table = README[README.index("## Cấu hình"):]
    table = table[:table.index("\n## ")]
    missing = sorted(n for n in names if f"`{n}`" not in table)
    assert not missing, missing


def test_scripts_and_files_it_names_exist():
    for rel in set(re.findall(r"\b((?:scripts|benchmarks|examples|tests)/[\w./-]+\.(?:py|sh|txt|html))", README)):
        assert (ROOT / rel).exists(), rel


def test_the_readme_says_how_long_and_how_to_stop():
    assert "Ctrl+C" in README and "làn nhanh" in README and 'bash scripts/run_tests.sh -m "not slow"' in README
    assert re.search(r"dựng chỉ mục khoảng \d", README) and re.search(r"khoảng \d+–\d+ phút", README)
