r"""Word edges that stay fast when a rule ignores case.

The rules are compiled with IGNORECASE and VERSION1, so case folds fully: "ß" matches "ss" and
"ﬁ" matches "fi". Under full folding, a lookaround on a class such as `[\p{L}\p{N}]` no longer
reads one character: the engine must also consider every run of characters that folds to one
member of the class. A rule's "no letter or digit before" then costs as much as the rest of its
match (3 of 6 µs for a hardware name tried where it may start).

Read case-sensitively, the class is one look at one character, and it gives the same answer
wherever the character next to the edge is no combining mark: the only characters that match the
class under folding but not as themselves are U+0345 (a combining mark that folds to iota), and
the runs that fold to one letter all end (looking back) or begin (looking ahead) with a letter,
or end with a combining mark ("Y" and a combining ring fold to "ẙ"). `fast_edges` rewrites each
word edge it knows into the case-sensitive look, followed, only next to a combining mark, by the
edge as written:

    (?<!C)  ->  (?>(?-i:(?<!C))(?:(?-i:(?<!\p{M}))|(?<!C)))

The rewritten edge accepts exactly where the original does, under any flags: where the
case-sensitive look and the original differ, the mark sends the match to the original. The
atomic group keeps a leftmost-longest (POSIX) match from trying the second way after the first
succeeded. The tests check each edge against the original on every code point and on every run
that folds to a letter, case-insensitively and not.

>>> fast_edges(r"(?<![\p{L}\p{N}])gpu") == FAST_EDGES[r"(?<![\p{L}\p{N}])"] + "gpu"
True
>>> plain_edges(fast_edges(r"(?<![\w-])a(?![\p{L}\p{N}])")) == r"(?<![\w-])a(?![\p{L}\p{N}])"
True
"""
from __future__ import annotations

import regex

# The edges rewritten: what the rule files and the rule builders write.
EDGES = (r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])", r"(?<![\w-])", r"(?!\p{L})")


def _fast(edge: str) -> str:
    opening = edge[:edge.index("!") + 1]                  # "(?<!" or "(?!"
    return rf"(?>(?-i:{edge})(?:(?-i:{opening}\p{{M}}))|{edge}))"


FAST_EDGES = {edge: _fast(edge) for edge in EDGES}

# An edge as written, not escaped (after an even number of backslashes).
_UNESCAPED = r"(?<!\\)((?:\\\\)*)"
_PLAIN = regex.compile(_UNESCAPED + "(" + "|".join(regex.escape(edge) for edge in EDGES) + ")")
_FAST = regex.compile(_UNESCAPED + "(" + "|".join(regex.escape(fast) for fast in FAST_EDGES.values()) + ")")
_PLAIN_OF = {fast: edge for edge, fast in FAST_EDGES.items()}


def fast_edges(pattern: str) -> str:
    """`pattern` with each word edge of EDGES in its fast form (a fast edge stays as it is)."""
    return _PLAIN.sub(lambda found: found[1] + FAST_EDGES[found[2]], plain_edges(pattern))


def plain_edges(pattern: str) -> str:
    """`pattern` with each fast edge written back as the plain one it stands for: what reading
    the pattern's syntax (`syntax.starts`, `syntax.word_start`, ...) expects."""
    if "(?>(?-i:" not in pattern:
        return pattern
    return _FAST.sub(lambda found: found[1] + _PLAIN_OF[found[2]], pattern)
