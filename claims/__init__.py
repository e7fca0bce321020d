"""claims: quantitative claims of research-paper abstracts, as one normalized table."""
from .errors import ClaimsError

__all__ = ["ClaimsError"]
__version__ = "0.1.0"
