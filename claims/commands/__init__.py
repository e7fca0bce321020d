"""One module per sub-command; each defines `register(subparsers)` and sets `func` on its parser.

`claims.cli` imports only the module of the command being run: COMMANDS lists each command with
the help line shown by `claims --help` (the same line its module registers; a test checks it).
"""

# Exit codes of every command: done (warnings allowed), nothing could be read or written, usage error.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

COMMANDS = {
    "audit": "count what the rules leave out: metric texts typed `other`, numbers dropped as bare",
    "eval": "score extracted claims against gold annotations (value/typed F1, fields)",
    "explain": "show why each number of a text became (or did not become) a claim",
    "extract": "extract claims and platforms from papers and write the tables",
    "fetch": "fetch papers from arXiv, OpenAlex or Semantic Scholar as JSON Lines",
    "papers": "read papers from any supported export and print the table",
    "report": "compare methods across papers: leaderboards, speedups, matrices, cards, an explorer page",
    "run": "extract the bundled seed pages into tables/ with reports",
}


def count(n: int, noun: str) -> str:
    """`n` and `noun`, plural unless n is 1: "1 file", "0 files", "2 duplicate papers", "1,200 papers"."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
