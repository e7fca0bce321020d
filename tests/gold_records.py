"""Gold and found papers written in the spec's record layout, for the tests of the scorer and of
`claims eval` (test_evaluate, test_eval_command)."""
from __future__ import annotations


def claim(text, value, metric="accuracy", **fields):
    """A claim with the spec's fields, empty unless given."""
    record = {"text": text, "metric": metric, "metric_text": metric, "kind": "absolute",
              "direction": None, "value": value, "value_low": None, "unit": "%",
              "qualifier": None, "baseline": None, "baseline_value": None, "dataset": None,
              "hardware": None, "method": None}
    record.update(fields)
    return record


def paper(title, claims, hardware=()):
    return {"title": title, "claims": list(claims),
            "hardware": [{"name": name, "class": cls} for name, cls in hardware]}
