"""One exception family: everything the library raises for a user's mistake is a ClaimsError."""


class ClaimsError(ValueError):
    """Base of every error the library raises on purpose."""


class InputError(ClaimsError):
    """An input file or record cannot be read. The message names the file (and line or record)."""


class PatternError(ClaimsError):
    """The rules under patterns/ are invalid. The message lists every `path:line: rule-id: problem`."""


class OutputError(ClaimsError):
    """An output file cannot be written."""


class ExtractionTimeout(ClaimsError):
    """A pattern ran past its time limit on one text; the caller skips that text and says so."""
