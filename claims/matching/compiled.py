"""A pattern compiled once per rule set, not once per process: the compiled code is kept in the
rule cache (`claims.rulecache`), and a compiled `regex` pattern pickles as that code, so reading
it back skips the parser, which costs most of a compile."""
from __future__ import annotations

import regex

from ..rulecache import cached


def compiled(source: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(source, flags)`, from the rule cache when a process compiled it before. A
    pattern that does not compile raises `regex.error` as `regex.compile` does (nothing is kept)."""
    return cached("regex", (source, flags), lambda: regex.compile(source, flags))
