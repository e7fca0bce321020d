"""Start-up cost of `claims`: CPU seconds of fresh processes, and what each command imports.

    python bench/bench_startup.py              # 5 runs of each step, Markdown table
    python bench/bench_startup.py --runs 10

Each step runs in a new process (`sys.executable`, this checkout first on the path); its CPU
time (user + system, from the parent's `RUSAGE_CHILDREN`) includes the interpreter's own
start-up. The table gives the median and the smallest of the runs against the issue's target,
then the heavy modules each command imported (scipy, matplotlib, pyarrow, pandas, Dask, the
reports and the extractor): a command should import what it uses and no more.

The rule cache (`claims.rulecache`) lives in a temporary folder of this run (CLAIMS_RULE_CACHE):
the steps run as a user's do once the rules have been used, after one untimed run that fills it;
the last row is the first extract with an empty cache, as after installing or changing a rule
file (once per rules version). The load average at the start is printed: the machine is shared.

Figures come from this run only; nothing is hard-coded.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "It reduces latency by up to 68.1% and energy by 30% on a Jetson TX2."
HEAVY = ("scipy", "matplotlib", "pyarrow", "pandas", "dask", "distributed",
         "claims.reports", "claims.extraction.pipeline", "claims.evaluate")

# (step, target CPU seconds or None, Python code run in the fresh process)
STEPS = [
    ("claims --help", 0.3, "from claims.cli import main; main(['--help'])"),
    ("claims --version", 0.3, "from claims.cli import main; main(['--version'])"),
    ("import claims", 0.3, "import claims"),
    ("first claims.extract on one sentence", 0.6,
     f"import claims; claims.extract({SENTENCE!r})"),
    ("claims explain on one sentence", 1.0,
     f"from claims.cli import main; main(['explain', {SENTENCE!r}])"),
]
FIRST_EXTRACT = STEPS[3][2]


def _command_steps(work: Path) -> list[tuple[str, list[str]]]:
    one = work / "one.jsonl"
    one.write_text(json.dumps({"title": "A Paper", "abstract": SENTENCE}) + "\n", encoding="utf-8")
    tables = ROOT / "tables"
    return [
        ("--help", ["--help"]),
        ("explain", ["explain", SENTENCE]),
        ("extract (csv)", ["extract", str(one), "--out", str(work / "csv"), "--quiet"]),
        ("extract (parquet)", ["extract", str(one), "--out", str(work / "pq"), "--format",
                               "parquet", "--quiet"]),
        ("papers", ["papers", str(one)]),
        ("report (md)", ["report", str(tables), "--view", "leaderboard", "--metric", "accuracy"]),
        ("eval", ["eval", str(ROOT / "seeds" / "gold.jsonl"), str(one)]),
    ]


def _env(cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env["CLAIMS_RULE_CACHE"] = str(cache)
    return env


def cpu_seconds(code: str, cache: Path) -> float:
    """CPU time (user + system) of one fresh `python -c code`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True, env=_env(cache), cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def imported_by(argv: list[str], cache: Path) -> list[str]:
    """The HEAVY modules loaded after `claims <argv>` ran in a fresh process."""
    code = ("import sys\nfrom claims.cli import main\ntry:\n    main(%r)\nexcept SystemExit:\n"
            "    pass\nprint('\\nHEAVY:' + ' '.join(m for m in %r if m in sys.modules))"
            % (argv, HEAVY))
    result = subprocess.run([sys.executable, "-c", code], env=_env(cache), cwd=ROOT,
                            capture_output=True, text=True)
    return result.stdout.rsplit("\nHEAVY:", 1)[-1].split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each step (default 5)")
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start; {args.runs} runs "
          "of each step; CPU seconds (user + system)\n")
    with tempfile.TemporaryDirectory() as work:
        cache = Path(work) / "cache"
        cpu_seconds(STEPS[4][2], cache)             # fills the rule cache, untimed
        print("| step | median | fastest | target |")
        print("|---|---:|---:|---:|")
        for name, target, code in STEPS:
            _row(name, target, [cpu_seconds(code, cache) for _ in range(args.runs)])
        _row("first claims.extract, empty rule cache", None,
             [cpu_seconds(FIRST_EXTRACT, Path(work) / f"empty{run}")
              for run in range(max(1, args.runs // 2))])
        print("\n| command | heavy modules it imported |")
        print("|---|---|")
        for name, argv in _command_steps(Path(work)):
            print(f"| `claims {name}` | {', '.join(imported_by(argv, cache)) or 'none'} |")


def _row(name: str, target: float | None, times: list[float]) -> None:
    met = target is not None and statistics.median(times) < target
    verdict = "" if target is None else f"{target:.1f}" + (" (met)" if met else " (missed)")
    print(f"| {name} | {statistics.median(times):.3f} | {min(times):.3f} | {verdict} |")


if __name__ == "__main__":
    main()
