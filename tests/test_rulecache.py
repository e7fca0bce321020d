"""The rule cache (claims.rulecache): a hit skips the work, a stale or corrupt file is never
read, an unwritable folder is only slower, concurrent writers leave one whole file."""
from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claims import resources, rulecache
from claims.matching import compile_rule, pattern_set
from claims.matching.plan import plan
from claims.patterns import _load, load_patterns

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "It reduces latency by up to 68.1% and energy by 30% on a Jetson TX2."


@pytest.fixture
def fresh_store(monkeypatch, tmp_path):
    """An empty store of this process, its file in tmp_path/cache."""
    monkeypatch.setenv(rulecache.ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.setattr(rulecache, "_store", rulecache._Store())
    monkeypatch.setattr(rulecache.atexit, "register", lambda function: None)   # saved by the tests
    return tmp_path / "cache"


def _reopened(monkeypatch) -> None:
    """As a new process would start: the store read again from the file."""
    monkeypatch.setattr(rulecache, "_store", rulecache._Store())


def _derive(calls: list, value):
    return lambda: calls.append(value) or value


def test_a_value_saved_is_read_back_by_the_next_process_without_deriving(fresh_store, monkeypatch):
    calls: list = []
    assert rulecache.cached("test", ("a", 1), _derive(calls, "A")) == "A"
    rulecache.save()
    assert [path.name for path in fresh_store.iterdir()] == [rulecache.cache_file().name]
    _reopened(monkeypatch)
    assert rulecache.cached("test", ("a", 1), _derive(calls, "other")) == "A"
    assert calls == ["A"]


def test_a_corrupt_or_truncated_file_is_ignored_and_rewritten(fresh_store, monkeypatch):
    calls: list = []
    rulecache.cached("test", "k", _derive(calls, 1))
    rulecache.save()
    whole = rulecache.cache_file().read_bytes()
    for damaged in (b"not a pickle", whole[: len(whole) // 2], pickle.dumps((99, {"test": {"k": 2}})),
                    pickle.dumps(["a list"])):
        rulecache.cache_file().write_bytes(damaged)
        _reopened(monkeypatch)
        assert rulecache.cached("test", "k", _derive(calls, 1)) == 1
        rulecache.save()
        _reopened(monkeypatch)
        assert rulecache.cached("test", "k", _derive(calls, 2)) == 1        # whole again
    assert calls == [1] * 5


def test_an_unwritable_cache_folder_is_only_slower(monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(rulecache.ENV_DIR, str(blocker / "cache"))
    monkeypatch.setattr(rulecache, "_store", rulecache._Store())
    monkeypatch.setattr(rulecache.atexit, "register", lambda function: None)
    calls: list = []
    assert rulecache.cached("test", "k", _derive(calls, 7)) == 7
    rulecache.save()                                   # no exception, nothing written
    assert blocker.read_text() == "not a folder"
    assert rulecache.cached("test", "k", _derive(calls, 8)) == 7      # still kept in memory
    assert calls == [7]


def test_off_keeps_nothing_on_disk(monkeypatch, tmp_path):
    monkeypatch.setenv(rulecache.ENV_DIR, "off")
    monkeypatch.setattr(rulecache, "_store", rulecache._Store())
    assert rulecache.cache_file() is None
    assert rulecache.cached("test", "k", lambda: 3) == 3
    rulecache.save()


def test_a_changed_rule_file_or_another_rules_folder_names_another_file(fresh_store, monkeypatch, tmp_path):
    rulecache.cached("test", "k", lambda: "old rules")
    rulecache.save()
    bundled = rulecache.cache_file()
    copy = tmp_path / "patterns"
    shutil.copytree(resources.patterns_dir(), copy)
    monkeypatch.setenv("CLAIMS_PATTERNS", str(copy))
    resources.patterns_dir.cache_clear()
    try:
        same_rules = rulecache.cache_file()
        with (copy / "units.yaml").open("a", encoding="utf-8") as handle:
            handle.write("\n# a comment changes the hash\n")
        changed = rulecache.cache_file()
        # What was kept for the old rules is not what a process of the new ones reads.
        _reopened(monkeypatch)
        assert rulecache.cached("test", "k", lambda: "new rules") == "new rules"
    finally:
        monkeypatch.delenv("CLAIMS_PATTERNS")
        resources.patterns_dir.cache_clear()
    assert same_rules == bundled                       # the same rules, wherever they are
    assert changed != bundled and changed.parent == bundled.parent


def test_old_files_are_pruned_to_a_few(fresh_store, monkeypatch):
    fresh_store.mkdir()
    for number in range(6):
        (fresh_store / f"rules-old{number}.pickle").write_bytes(b"x")
        os.utime(fresh_store / f"rules-old{number}.pickle", (number, number))
    rulecache.cached("test", "k", lambda: 1)
    rulecache.save()
    assert sorted(path.name for path in fresh_store.iterdir()) == sorted(
        [rulecache.cache_file().name, "rules-old5.pickle", "rules-old4.pickle", "rules-old3.pickle"])


_WRITER = """
import sys, time
from claims import rulecache
rulecache.atexit.register = lambda function: None
writer = int(sys.argv[1])
for key in range(2000):
    rulecache.cached("test", key, lambda: (writer, key, "x" * 50))
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
rulecache.save()
"""


def test_concurrent_writers_leave_one_whole_file(fresh_store):
    import time

    env = {**os.environ, rulecache.ENV_DIR: str(fresh_store),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    start = str(time.time() + 3)
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, str(number), start], env=env, cwd=ROOT)
               for number in range(4)]
    assert [writer.wait(timeout=120) for writer in writers] == [0] * 4
    files = list(fresh_store.iterdir())
    assert [path.name for path in files] == [rulecache.cache_file().name]      # no temporary left
    found = [rulecache.cached("test", key, lambda: None) for key in range(2000)]
    writer = found[0][0]
    assert found == [(writer, key, "x" * 50) for key in range(2000)]     # one writer's, whole


def test_what_the_rule_book_keeps_reads_back_equal():
    patterns = load_patterns()
    assert pickle.loads(pickle.dumps(patterns)) == _load(resources.patterns_dir())
    rule = compile_rule(r"(?<![\p{L}\p{N}])(?:NVIDIA\s+)?[VA]100")
    again = pickle.loads(pickle.dumps(rule))
    assert (again.pattern, again.flags, again.groups) == (rule.pattern, rule.flags, rule.groups)
    assert [m.span() for m in again.finditer("an nvidia V100, A100 and xA100")] == [(3, 14), (16, 20)]
    scanned = pattern_set([rule]).patterns
    assert pickle.loads(pickle.dumps(plan(scanned))) == plan(scanned)


_EXTRACT = f"""
import json, sys
import claims
from claims import rulecache
found = claims.extract({SENTENCE!r})
print(json.dumps({{"claims": [[c.text, c.value, c.metric, c.unit, c.qualifier, c.hardware, c.si_unit]
                              for c in found],
                  "added": rulecache._store.added,
                  "entries": len(rulecache._store.values),
                  "pint": "pint" in sys.modules}}))
"""


def test_a_second_process_extracts_the_same_from_the_cache_alone(tmp_path):
    env = {**os.environ, rulecache.ENV_DIR: str(tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    env.pop("CLAIMS_PATTERNS", None)

    def run() -> dict:
        result = subprocess.run([sys.executable, "-c", _EXTRACT], env=env, cwd=ROOT, capture_output=True,
                                text=True, check=True)
        return json.loads(result.stdout)

    cold, warm = run(), run()
    expected = [["68.1%", 68.1, "latency", "%", "up_to", "Jetson TX2", "percent"],
                ["30%", 30.0, "energy", "%", "up_to", "Jetson TX2", "percent"]]
    assert cold["claims"] == warm["claims"] == expected
    assert cold["added"] and cold["pint"]                  # the first derived what it used, kept it
    assert not warm["added"] and not warm["pint"]          # the second read all it used back
    assert warm["entries"] == cold["entries"] > 100
