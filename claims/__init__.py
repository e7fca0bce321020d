"""claims: quantitative claims of research-paper abstracts, as one normalized table.

>>> import claims
>>> [(c.text, c.metric, c.kind, c.value, c.unit) for c in claims.extract("It cuts energy by 30%.")]
[('30%', 'energy', 'change', 30.0, '%')]

`import claims` loads nothing heavy: each name below, and the subpackages (`claims.reports`,
`claims.engine`, ...), is imported on first use, so a command or a notebook pays only for what
it calls.
"""
from __future__ import annotations

from .errors import ClaimsError
from .version import __version__

__all__ = ["Claim", "ClaimsError", "Paper", "Platform", "explain", "extract", "extract_table", "load", "read"]

# name -> module that defines it, imported when the name is first read.
_LAZY = {
    "Claim": ".model", "Paper": ".model", "Platform": ".model",
    "explain": ".extraction.pipeline", "extract": ".extraction.pipeline",
    "extract_table": ".build", "read": ".papers", "load": ".tables",
}
_SUBPACKAGES = ("build", "engine", "evaluate", "extraction", "model", "papers", "readers",
                "reports", "tables", "units")

TYPE_CHECKING = False   # typing is not imported for this: `import claims` stays light
if TYPE_CHECKING:       # for type checkers and IDEs; at run time __getattr__ does this lazily
    from . import engine, reports  # noqa: F401
    from .build import extract_table
    from .extraction.pipeline import explain, extract
    from .model import Claim, Paper, Platform
    from .papers import read
    from .tables import load


def __getattr__(name: str):
    import importlib

    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    elif name in _SUBPACKAGES:
        value = importlib.import_module(f".{name}", __name__)
    else:
        raise AttributeError(f"module 'claims' has no attribute {name!r}")
    globals()[name] = value         # later reads skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__) | set(_SUBPACKAGES))
