"""The data flows one way: readers -> extraction -> build/tables -> reports -> commands.

Each layer may import only the layers before it (and the shared modules), checked with `ast`.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "claims"
SHARED = {"model", "errors", "patterns", "resources", "atomic", "units", "spec", "interrupts", "outdir",
          "rulecache", "suggest", "version", "textcells", "spreadsheet"}
# Layer of each top-level module or subpackage of `claims`; a module imports only lower layers.
LAYERS = {"matching": 1, "readers": 1, "papers": 2, "fetch": 2, "extraction": 2, "evaluate": 3, "tables": 3,
          "canonical": 3, "build": 4,
          "engine": 5, "reports": 5, "commands": 6, "cli": 7, "__main__": 8, "__init__": 8}
# Extraction modules in data-flow order; a module imports only earlier ones (the rule book, which
# compiles patterns/, comes first: stages read rules from it and never build matchers themselves).
STAGES = {"__init__": 0, "rulebook": 0, "normalize": 1, "sentences": 1, "names": 1, "slashes": 1, "subject_lists": 1, "numbers": 2, "team_names": 2, "clause_opening": 2, "listed_by": 2,
          "cues": 3, "background": 3, "change_phrase": 5, "platforms": 3, "datasets": 3, "methods": 3, "subjects": 3, "baselines": 3,
          "document": 4, "draft": 4, "filters": 5, "scores": 5, "borrowed": 5, "labels": 5, "unit_clash": 5, "setting_cues": 5, "forward_metric": 6, "metric": 7, "image_decibels": 6, "training_runtime": 6, "carried_change": 6, "own_item": 6, "kind": 7, "qualifier": 7,
          "pairs": 8, "rising_pairs": 8, "labelled_baselines": 8, "respective": 9, "two_metrics": 9, "name_runs": 8, "picking": 9, "claim_hardware": 10, "claim_dataset": 10, "evaluation_paper": 10, "label_owner": 10, "method_owner": 10, "own_figure_baselines": 10, "self_share": 10, "context": 11, "pipeline": 12, "legend": 13}


def _imports(path: Path) -> set[str]:
    """Names of `claims` modules imported by `path`, as dotted paths relative to the package."""
    tree = ast.parse(path.read_text())
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                module = ".".join(base + tuple((node.module or "").split("."))).strip(".")
            else:
                module = node.module or ""
            names = [module] if node.module else [f"{module}.{a.name}" for a in node.names]
            found.update(n for n in names if n.startswith("claims"))
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("claims"))
    return found


def _top(dotted: str) -> str:
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_layers_import_only_what_comes_before_them():
    problems = []
    for path in PACKAGE.rglob("*.py"):
        own = _top(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts))
        if own in SHARED:
            continue
        for imported in _imports(path):
            other = _top(imported)
            if other in SHARED or other == own:
                continue
            if LAYERS.get(other, 99) >= LAYERS.get(own, 0):
                problems.append(f"{path.relative_to(PACKAGE.parent)} imports {imported}")
    assert problems == []


def test_extraction_stages_import_only_earlier_stages():
    problems = []
    for path in (PACKAGE / "extraction").glob("*.py"):
        own = path.stem
        assert own in STAGES, f"new stage {own}: give it a place in STAGES"
        for imported in _imports(path):
            parts = imported.split(".")
            if len(parts) >= 3 and parts[1] == "extraction":
                stage = parts[2]
                if stage != own and STAGES[stage] >= STAGES[own]:
                    problems.append(f"{own} imports {stage}")
    assert problems == []


def test_modules_stay_under_400_lines():
    """Small modules (STYLE): a module that outgrows 400 lines splits along its concerns."""
    long = {str(path.relative_to(PACKAGE.parent)): n for path in PACKAGE.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) >= 400}
    assert long == {}


def test_only_the_rule_book_builds_matchers():
    """Stages decide with what the rule book compiled; they neither build pattern sets nor reach
    into the matching engine's parts."""
    problems = []
    for path in (PACKAGE / "extraction").glob("*.py"):
        source = path.read_text()
        if "pattern_set(" in source or "Scanner(" in source:
            problems.append(f"{path.name} builds a pattern set")
        for imported in _imports(path):
            if imported.startswith("claims.matching.") and imported.split(".")[2] not in ("__init__",):
                problems.append(f"{path.name} imports {imported}")
    assert problems == []


def test_a_match_at_a_position_of_a_text_reads_within_the_patterns_reach():
    """`regex` checks a pattern's required string from `pos` to `endpos` before it matches: a match
    at each number of a text with no end, or with the sentence's end, reads on to that end every
    time (quadratic on a long text). Stages match at a position through `matching.match_at`, which
    ends the read where the pattern's reach does; a match of a slice is bounded by the slice."""
    unbounded = []
    for path in (PACKAGE / "extraction").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "match" \
                    and (len(node.args) >= 2 or any(k.arg in ("pos", "endpos") for k in node.keywords)) \
                    and not isinstance(node.args[0], ast.Subscript) \
                    and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "regex"):
                unbounded.append(f"{path.name}:{node.lineno}")
    assert unbounded == []


def test_the_rule_book_imports_no_stage():
    for path in (PACKAGE / "extraction" / "rulebook").glob("*.py"):
        for imported in _imports(path):
            parts = imported.split(".")
            assert not (len(parts) >= 3 and parts[1] == "extraction" and parts[2] != "rulebook"), (path, imported)


def test_reports_never_call_the_extractor():
    for path in (PACKAGE / "reports").rglob("*.py"):
        assert not any(i.startswith("claims.extraction") or i.startswith("claims.build")
                       for i in _imports(path)), path
