"""The package version, in one place: `claims.__version__`, `claims --version` and the wheel."""

__version__ = "0.1.0"
