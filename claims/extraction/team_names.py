"""The name of a team's submission to a shared task or contest (CLAIMS_SPEC.md section 2 `method`:
"the name the paper gives"): a report of a team's entry names its system by the team ("We present
Team BD's submission", "the Agent-Assisted submission by our team, MSInfer", "NOWJ @BioCreative IX
ToxHabits: ..."; tuned23-26 golds give the team's name where the abstract writes it, and none where
only the title does). Read only where no other rule names the paper's system (methods.py), from the
title's "TEAM at EVENT:" prefix when the abstract writes TEAM, else from the abstract's "team X" /
"the X team" (patterns/context/fields.yaml, method.team_title and method.team_name)."""
from __future__ import annotations

import regex

from .rulebook.names import field_cues, method_rules

__all__ = ["team_name"]

# "HSEmotion Team at ABAW-10 Competition:": the word "Team" after the name is no part of it.
_TEAM_WORD = " Team"


def team_name(title: str, text: str) -> tuple[str, tuple[str, ...]] | None:
    """The team the paper reports the entry of, and the rule that found it; None where it names none."""
    cues = field_cues()
    titled = cues["method.team_title"].match(title)
    if titled is not None:
        team = titled["team"].removesuffix(_TEAM_WORD)
        if _is_team(team) and regex.search(rf"(?<![\w-]){regex.escape(team)}(?![\w-])", text):
            return team, ("method.team_title",)
    named = cues["method.team_name"].search(text)
    if named is not None:
        team = (named["name"] or named["named"]).rstrip(".")
        if _is_team(team):
            return team, ("method.team_name",)
    return None


def _is_team(name: str) -> bool:
    return bool(name) and not method_rules().not_name.fullmatch(name)
