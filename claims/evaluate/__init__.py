"""How good the extraction is: scores against gold annotations, the errors behind them, and an
audit of what the rules leave out on any corpus.

- `gold`: reading a gold file (CLAIMS_SPEC.md section 5) and a list of paper ids;
- `scoring`: found claims paired with gold claims and scored as section 6 says, with the list
  of every error (`score`, `Scores`);
- `causes`: each error tied to the rule that decided it, from the extraction's traces, and
  grouped by cause (`claims eval --errors`);
- `audit`: over any papers, the metric texts typed `other` and the numbers dropped as bare,
  counted (`claims audit`).

The names below are those of `gold` and `scoring`; `causes` and `audit` are imported from their
own modules, as they need the extractor.
"""
from __future__ import annotations

from .gold import normalize_title, only_ids, read_gold, read_ids
from .scoring import (EXACT_FIELDS, OVERLAP_FIELDS, PRF, ClaimRef, FieldMismatch, FieldScore, Scores,
                      TypedMismatch, family, score)

__all__ = ["EXACT_FIELDS", "OVERLAP_FIELDS", "PRF", "ClaimRef", "FieldMismatch", "FieldScore", "Scores",
           "TypedMismatch", "family", "normalize_title", "only_ids", "read_gold", "read_ids", "score"]
