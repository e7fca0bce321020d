"""Whether this process matches on plain `regex` (`CLAIMS_MATCHING=plain`, read once at start)."""
import os

PLAIN = os.environ.get("CLAIMS_MATCHING", "").strip().lower() == "plain"
