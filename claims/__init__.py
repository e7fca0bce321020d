"""claims: quantitative claims of research-paper abstracts, as one normalized table.

>>> import claims
>>> [(c.text, c.metric, c.kind, c.value, c.unit) for c in claims.extract("It cuts energy by 30%.")]
[('30%', 'energy', 'change', 30.0, '%')]
"""
from .build import extract_table
from .errors import ClaimsError
from .extraction.pipeline import explain, extract
from .model import Claim, Paper, Platform
from .papers import read
from .tables import load

__all__ = ["Claim", "ClaimsError", "Paper", "Platform", "explain", "extract", "extract_table", "load", "read"]
__version__ = "0.1.0"
