"""Adding a metric family or a hardware class is a change to patterns/ alone: a copy of the rules
with one of each added flows through extraction, `claims explain` and the reports."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FAMILY = """role: metric
name: fidelity
description: Quantum gate or state fidelity (a family added by a test, in data only).
rules:
  - id: fidelity.noun
    cues: ['(?:gate\\s+|state\\s+)?fidelit(?:y|ies){END}']
    examples:
      - {text: "Our compiler raises the average gate fidelity to 99.2% on the ion trap.", source: synthetic,
         claims: [{text: "99.2%", value: 99.2, metric: fidelity, kind: absolute}]}
"""
HARDWARE = """role: hardware
name: sensor
description: Retina processors (a class added by a test, in data only; a phrase no shipped rule reads).
replay: platforms
rules:
  - id: sensor.retina
    name: retina processor
    cues: ['retina\\s+(?:computing\\s+)?(?:chips?|processors?)']
    examples:
      - text: "We run on a retina computing chip."
        source: synthetic
        platforms: [{name: retina processor, class: sensor}]
"""


def _run(args, env, cwd):
    return subprocess.run([sys.executable, "-m", "claims", *args], env=env, cwd=cwd, capture_output=True,
                          text=True, check=True)


def test_a_metric_family_and_a_hardware_class_added_in_data_flow_through(tmp_path):
    rules = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", rules)
    spec = yaml.safe_load((rules / "spec.yaml").read_text())
    (rules / "spec.yaml").write_text((rules / "spec.yaml").read_text().replace(
        "  other: {group: quality, score: true}",
        "  fidelity: {group: quality, better: increase, score: true}\n  other: {group: quality, score: true}").replace(
        "hardware_classes: [" + ", ".join(spec["hardware_classes"]) + "]",
        "hardware_classes: [" + ", ".join(spec["hardware_classes"] + ["sensor"]) + "]"))
    (rules / "metrics" / "fidelity.yaml").write_text(FAMILY)
    (rules / "hardware" / "sensor.yaml").write_text(HARDWARE)
    env = dict(os.environ, CLAIMS_PATTERNS=str(rules),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    abstracts = tmp_path / "in.jsonl"
    abstracts.write_text("".join(json.dumps(r) + "\n" for r in [
        {"title": "IonC: compiling for sensors", "abstract": "We present IonC. On a retina computing "
         "chip, IonC raises the average gate fidelity to 99.2% and runs 3x faster than Qiskit."},
        {"title": "Other: a second compiler", "abstract": "Other raises the gate fidelity to 98.1% on a "
         "retina processor."}]))
    _run(["extract", str(abstracts), "--out", str(tmp_path / "out"), "--format", "jsonl", "--quiet"], env, tmp_path)
    claims = [json.loads(line) for line in (tmp_path / "out" / "claims.jsonl").read_text().splitlines()]
    assert [(c["text"], c["metric"], c["kind"], c["method"]) for c in claims] == [
        ("99.2%", "fidelity", "absolute", "IonC"), ("3x", "speedup", "ratio", "IonC"),
        ("98.1%", "fidelity", "absolute", "Other")]
    platforms = [json.loads(line) for line in (tmp_path / "out" / "platforms.jsonl").read_text().splitlines()]
    assert {(p["name"], p["class"]) for p in platforms} == {("retina processor", "sensor")}
    explained = _run(["explain", "It raises the gate fidelity to 99.2%."], env, tmp_path).stdout
    assert "fidelity.noun" in explained and "patterns/metrics/fidelity.yaml:" in explained
    board = _run(["report", str(tmp_path / "out"), "--view", "leaderboard", "--metric", "fidelity",
                  "--format", "csv"], env, tmp_path).stdout
    assert "99.2" in board and "98.1" in board
    hardware = _run(["report", str(tmp_path / "out"), "--view", "hardware", "--format", "csv"], env, tmp_path).stdout
    assert "sensor" in hardware and "retina processor" in hardware


def test_broken_rules_stop_the_run_with_one_message_before_any_work(tmp_path):
    """A rule file that is not valid YAML fails every abstract alike: the run says so once and
    stops, with every engine, instead of writing tables of papers without claims."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "patterns", rules)
    broken = rules / "datasets.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "\n  - {id: x, cues: ['a'\n", encoding="utf-8")
    env = dict(os.environ, CLAIMS_PATTERNS=str(rules), XDG_CACHE_HOME=str(tmp_path / "cache"),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    abstracts = tmp_path / "in.jsonl"
    abstracts.write_text(json.dumps({"title": "T", "abstract": "It runs 2x faster than a GPU."}) + "\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"title": "T", "claims": [], "hardware": []}) + "\n")
    for args in (["extract", str(abstracts), "--out", str(tmp_path / "one")],
                 ["extract", str(abstracts), "--out", str(tmp_path / "two"), "--jobs", "2"],
                 ["eval", str(gold), str(abstracts)],
                 ["explain", "It runs 2x faster than a GPU."]):
        done = subprocess.run([sys.executable, "-m", "claims", *args], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, (args, done.stderr)
        assert done.stderr.startswith("claims: invalid patterns:\ndatasets.yaml:"), (args, done.stderr)
        assert "Traceback" not in done.stderr and "worker" not in done.stderr, (args, done.stderr)
        assert done.stderr.count("not valid YAML") == 1, (args, done.stderr)
    assert not (tmp_path / "one").exists() and not (tmp_path / "two").exists()
