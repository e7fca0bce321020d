"""One module per sub-command; each defines `register(subparsers)` and sets `func` on its parser."""

# Exit codes of every command: done (warnings allowed), nothing could be read or written, usage error.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
