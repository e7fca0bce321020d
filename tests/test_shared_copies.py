"""The project's copies of the contract and of the golds are those of `../shared/`, where that
directory sits beside the project (as in CI): a spec or gold changed there and not recopied here
fails this test instead of being scored against silently."""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
COPIES = {
    "CLAIMS_SPEC.md": "docs/CLAIMS_SPEC.md",
    "gold/seeds_gold.jsonl": "seeds/gold.jsonl",
    "gold/dev_gold.jsonl": "tests/data/dev/gold.jsonl",
    "gold/dev_in.jsonl": "tests/data/dev/abstracts.jsonl",
}


@pytest.mark.parametrize("shared, copy", COPIES.items())
def test_the_copy_is_the_shared_file(shared: str, copy: str) -> None:
    original = SHARED / shared
    if not original.is_file():
        pytest.skip(f"no {original} beside the project")
    assert (ROOT / copy).read_bytes() == original.read_bytes(), f"recopy {original} to {copy}"



def _section(spec: str, number: int) -> str:
    return spec.split(f"\n## {number}. ", 1)[1].split("\n## ", 1)[0]


def _heads(text: str) -> set[str]:
    """The backticked words that open the items of a list ("`latency` (time per item ...), ...")."""
    return set(re.findall(r"`(\w+)`(?= \(|,|\.|$)", text, flags=re.M))


def test_the_closed_lists_of_patterns_are_those_of_the_spec() -> None:
    """patterns/spec.yaml holds the closed lists that every rule and report reads; the spec is the
    contract: a family, group, kind, direction, qualifier or hardware class in one and not the
    other fails here."""
    from claims import spec as lists

    text = (ROOT / "docs" / "CLAIMS_SPEC.md").read_text(encoding="utf-8")
    fields = {row.split("|")[1].strip(): row.split("|")[2] for row in _section(text, 2).splitlines()
              if row.startswith("| ") and row.count("|") >= 4}
    efficiency, quality = _section(text, 3).split("\n\nWhere the abstract says", 1)[0].split("\n\nQuality:", 1)
    hardware = _section(text, 4).split("Classes:", 1)[1].split(". A class alone", 1)[0]
    assert _heads(efficiency) == set(lists.EFFICIENCY_METRICS)
    assert _heads(quality) == set(lists.METRICS) - set(lists.EFFICIENCY_METRICS)
    assert set(re.findall(r"(?:^ |\), )`(\w+)`", fields["kind"])) == set(lists.KINDS)
    assert set(re.findall(r"`(\w+)`", fields["direction"].split(":", 1)[1])) == set(lists.DIRECTIONS)
    assert set(re.findall(r"`(\w+)`", fields["qualifier"])) == set(lists.QUALIFIERS)
    assert set(re.findall(r"`(\w+)`", hardware)) == set(lists.HARDWARE_CLASSES)
