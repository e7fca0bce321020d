"""The model itself before the method, named by a share ("while preserving 96.3% of the original
performance"): the baseline of that share only (baseline.share_owner, context.py), not of the
sentence's other figures ("a 9.3x FLOPs reduction"). A share of a compared system ("98.7% of the
autoregressive baseline's quality while offering 2.42X higher throughput") names what the sentence
compares with: it stays for all.
"""
from __future__ import annotations

import regex

from ..matching import compiled, match_at
from .draft import Draft
from .picking import Mention

# The gap from a figure to the share it owns: "% of the", ") of its", and from the first of a pair
# of shares ("maintains 94.0% and 98.6% of the original performance", "75-96% of").
_SHARE_OF_OWNER = compiled(r"\s?\\?%?\)?(?:\s?(?:and|to|-|–)\s?\d[\d.]{0,8}\s?\\?%)?\s+of\s+[^\d;]{0,80}$")
_SHARE_OF_OWNER_REACH = 120       # characters from a figure to a share of its own: the pattern spans about 90
# A sentence naming more such shares is a list of them, which the rule leaves alone.
MOST_SELF_SHARES = 4
_SELF_BEFORE_METHOD = compiled(r"(?:original|uncompressed|unpruned|unquantized|full-precision)\b", regex.IGNORECASE)


def is_self_share(baseline: Mention) -> bool:
    """Whether `baseline` is the model itself before the method, named by a share ("96.3% of the
    original performance")."""
    return baseline.rule_id == "baseline.share_of" and _SELF_BEFORE_METHOD.match(baseline.text) is not None


def owns_share(text: str, draft: Draft, share: Mention) -> bool:
    """Whether the self share `share` is `draft`'s own ("96.3% of the original performance"), not a
    baseline of the sentence's other figures ("a 9.3x FLOPs reduction"). Only a figure right before it
    is read: a sentence of many shares costs each figure its neighbours, not all of them."""
    return 0 <= share.start - draft.end <= _SHARE_OF_OWNER_REACH and \
        match_at(_SHARE_OF_OWNER, text, draft.end, share.start) is not None
