"""Comparisons across papers over the claims table: views as DataFrames, renderers and charts.

>>> from claims.tables import load
>>> from claims.reports import speedups
>>> tables = load("tests/data/reports")
>>> speedups(tables.claims, tables.platforms).loc[0, ["method", "gain", "baseline"]].tolist()
['LitePath', 104.5, 'Virchow2']
"""
from .bundle import write_bundle
from .compose import VIEWS, build_report
from .formats import FORMATS, Report, Section, render
from .plot import plot_gains
from .views import (
    LOWER_IS_BETTER, hardware_classes, hardware_view, higher_is_better, leaderboard, matrix,
    paper_card, speedups,
)

__all__ = [
    "FORMATS", "LOWER_IS_BETTER", "Report", "Section", "VIEWS", "build_report",
    "hardware_classes", "hardware_view", "higher_is_better", "leaderboard", "matrix",
    "paper_card", "plot_gains", "render", "speedups", "write_bundle",
]
