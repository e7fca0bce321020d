"""Start-up and the CLI's manners: what `import claims` and each command load (fresh
processes), lazy names, --version, "did you mean" for a mistyped command, choice or option.
Speed itself is measured by bench/bench_startup.py, not here."""
from __future__ import annotations

import argparse
import importlib.metadata
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import claims
from claims import commands
from claims.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent


def loaded_after(code: str) -> set[str]:
    """Module names in sys.modules after `code` ran in a fresh interpreter."""
    script = code + "\nimport sys, json\nprint('\\nMODULES:' + json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    return set(json.loads(result.stdout.rsplit("\nMODULES:", 1)[1]))


def loaded_by_command(*argv: str) -> set[str]:
    return loaded_after(f"from claims.cli import main\ntry:\n    main({list(argv)!r})\n"
                        "except SystemExit:\n    pass")


HEAVY = {"pandas", "numpy", "pyarrow", "scipy", "matplotlib", "pint", "regex", "tabulate",
         "dask", "claims.extraction", "claims.reports", "claims.readers", "claims.engine"}


def test_import_claims_loads_nothing_heavy():
    assert loaded_after("import claims") & HEAVY == set()


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["extract", "--help"]])
def test_help_and_version_load_no_command_and_no_dependency(argv):
    loaded = loaded_by_command(*argv)
    assert loaded & HEAVY == set()
    others = {f"claims.commands.{name}" for name in commands.COMMANDS} - {
        f"claims.commands.{argv[0]}"}
    assert loaded & others == set()


def test_each_command_loads_what_it_needs_and_no_more(tmp_path):
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"title": "A", "abstract": "It is 2x faster."}) + "\n")
    explain = loaded_by_command("explain", "It is 2x faster.")
    assert "claims.extraction.pipeline" in explain
    assert explain & {"pandas", "pyarrow", "matplotlib", "claims.reports", "claims.evaluate",
                      "claims.engine", "claims.readers"} == set()
    extract = loaded_by_command("extract", str(one), "--out", str(tmp_path / "out"), "--quiet")
    assert {"claims.engine", "claims.extraction.pipeline"} <= extract
    assert extract & {"matplotlib", "claims.reports", "claims.evaluate"} == set()
    papers = loaded_by_command("papers", str(one))
    assert papers & {"matplotlib", "claims.reports", "claims.extraction", "claims.engine"} == set()


def test_names_and_subpackages_load_on_first_use():
    assert claims.reports.leaderboard.__module__ == "claims.reports.views"
    assert claims.extract("It is 2x faster.")[0].value == 2.0
    from claims import Claim, extract_table, load, read  # noqa: F401
    assert {"extract", "read", "load", "reports", "engine"} <= set(dir(claims))
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        claims.nothing_here  # noqa: B018


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"claims {claims.__version__}\n"
    assert claims.__version__ == importlib.metadata.version("claims")


def test_the_command_table_lists_every_command_with_its_own_help_line():
    modules = sorted(m.name for m in pkgutil.iter_modules(commands.__path__)
                     if not m.name.startswith("_"))
    assert sorted(commands.COMMANDS) == modules
    for name, help_line in commands.COMMANDS.items():
        sub = next(a for a in build_parser(name)._actions
                   if isinstance(a, argparse._SubParsersAction))
        registered = {c.dest: c.help for c in sub._choices_actions}
        assert registered[name] == help_line, name
        parser = sub.choices[name]
        nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        parsers = [parser] if not nested else list(nested[0].choices.values())     # `fetch arxiv`, ...
        assert all(p.get_default("func") is not None for p in parsers), name


@pytest.mark.parametrize("argv, line", [
    (["extrat", "x"], "claims: error: argument COMMAND: invalid choice: 'extrat'; did you mean "
                      "'extract'? (choose from 'audit', 'eval', 'explain', 'extract', 'fetch', "
                      "'papers', 'report', 'run')"),
    (["extract", "x", "--out", "o", "--jbos", "2"],
     "claims extract: error: unrecognized arguments: --jbos 2; did you mean '--jobs'?"),
    (["extract", "x", "--out=o", "--fromat=csv"],
     "claims extract: error: unrecognized arguments: --fromat=csv; did you mean '--format'?"),
    (["report", "t", "--view", "leaderbord"],
     "claims report: error: argument --view: invalid choice: 'leaderbord'; did you mean "
     "'leaderboard'? (choose from 'leaderboard', 'speedups', 'matrix', 'paper', 'hardware', 'explorer')"),
    (["extract", "x", "--out", "o", "--format", "xml"],
     "claims extract: error: argument --format: invalid choice: 'xml' (choose from 'csv', "
     "'jsonl', 'parquet', 'xlsx')"),
])
def test_did_you_mean(capsys, argv, line):
    assert main(argv) == 2
    assert capsys.readouterr().err.splitlines()[-1] == line
