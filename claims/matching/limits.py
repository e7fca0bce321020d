"""The last guard against a pattern that runs too long on hostile text.

Every pattern is written to run in linear time; the time limit of one scan grows with the length
of the text it scans (a fixed allowance plus a per-character one, far above what a linear scan
needs), so it only stops a scan that runs away, and one pathological abstract cannot stall a
corpus run. `pipeline.extract` turns it into `claims.errors.ExtractionTimeout`, and the caller
reports the paper as skipped by name.
"""
BASE_SECONDS = 2.0
SECONDS_PER_CHARACTER = 2e-5      # 20 s for a 1 MB text


def budget(length: int) -> float:
    """Seconds one scan of `length` characters may take."""
    return BASE_SECONDS + SECONDS_PER_CHARACTER * length
