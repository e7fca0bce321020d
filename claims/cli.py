"""The `claims` command. Each sub-command lives in its own module under claims/commands/.

Only the module of the command being run is imported (`claims --help` and `--version` import
none), so a command pays only for what it uses.

Exit codes: 0 done (warnings allowed), 1 nothing could be read or written, 2 usage error,
130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from . import interrupts
from .commands import COMMANDS, EXIT_FAILED, EXIT_OK, EXIT_USAGE
from .errors import ClaimsError
from .suggest import did_you_mean
from .version import __version__


class Parser(argparse.ArgumentParser):
    """argparse with "did you mean" for a mistyped command, choice or option."""

    def _check_value(self, action: argparse.Action, value) -> None:
        if action.choices is not None and value not in action.choices:
            hint = did_you_mean(str(value), map(str, action.choices))
            choices = ", ".join(repr(choice) for choice in action.choices)
            raise argparse.ArgumentError(
                action, f"invalid choice: {value!r}{'; ' + hint if hint else ''} (choose from {choices})")

    def parse_args(self, args=None, namespace=None):
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            command = self._command_parser(parsed)
            options = [o for p in (self, command) if p for a in p._actions for o in a.option_strings]
            unknown = [e.split("=", 1)[0] for e in extras if e.startswith("-")]
            if unknown and unknown[0].startswith("--"):
                options = [o for o in options if o.startswith("--")]
            hint = did_you_mean(unknown[0], options) if unknown else ""
            (command or self).error(f"unrecognized arguments: {' '.join(extras)}"
                                    + (f"; {hint}" if hint else ""))
        return parsed

    def _command_parser(self, parsed) -> argparse.ArgumentParser | None:
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                return action.choices.get(getattr(parsed, action.dest, None) or "")
        return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of `claims`, with the full options of `command` (the others are listed by
    name and help line only, so their modules stay unimported)."""
    parser = Parser(
        prog="claims",
        description="Extract quantitative claims from research-paper abstracts and compare them.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, help_line in COMMANDS.items():
        if name == command:
            importlib.import_module(f"{__package__}.commands.{name}").register(sub)
        else:
            sub.add_parser(name, help=help_line, add_help=False)
    return parser


def command_of(argv: Sequence[str]) -> str | None:
    """The sub-command named in `argv`: the first word that is not an option (the top level
    has no option taking a value)."""
    for word in argv:
        if word == "--":
            return None
        if not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    with interrupts.handled():
        try:
            return _run(argv)
        except KeyboardInterrupt as exc:
            stopped = exc if isinstance(exc, interrupts.Interrupted) else interrupts.Interrupted()
        except Exception:
            if interrupts.requested() is None:
                raise
            stopped = interrupts.Interrupted(interrupts.requested())   # broken by the signal
        print(f"claims: {stopped}; no output file was left half-written", file=sys.stderr)
        return stopped.exit_code


def _run(argv: list[str]) -> int:
    parser = build_parser(command_of(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:           # argparse already printed its usage message
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    try:
        code = int(args.func(args) or EXIT_OK)
        interrupts.check()              # a Ctrl-C that Python swallowed on the way still counts
        return code
    except Exception as exc:
        if interrupts.requested() is not None:
            # Whatever broke after a stop signal broke because of it (an interrupted import of
            # a C extension comes out as an ImportError): the run was interrupted.
            raise interrupts.Interrupted(interrupts.requested()) from None
        return _failed(exc)


def _failed(exc: Exception) -> int:
    """One line for an error a user can meet; anything else is a bug and keeps its traceback."""
    if isinstance(exc, ClaimsError):
        print(f"claims: {exc}", file=sys.stderr)
    elif isinstance(exc, BrokenPipeError):
        # The reader of our output went away (`claims papers x | head`): not an error. Point
        # stdout at /dev/null so that the interpreter's final flush does not complain.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    elif isinstance(exc, MemoryError):
        print("claims: out of memory; try fewer --jobs, or split the input", file=sys.stderr)
    elif isinstance(exc, OSError):
        # Library code turns the file errors it expects into ClaimsError; this is the last
        # guard (a full disk met inside a dependency), still one line.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"claims: {where}{exc.strerror or exc}", file=sys.stderr)
    else:
        raise exc
    return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
