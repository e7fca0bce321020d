"""Comparisons across papers over the claims table: views as DataFrames, renderers and charts.

>>> from claims.tables import claims_frame
>>> from claims.reports import leaderboard
>>> claims = claims_frame([
...     {"paper_id": "a", "method": "DynaGraph", "metric": "latency", "kind": "change",
...      "direction": "decrease", "value": 68.1, "unit": "%", "gain": 3.13},
...     {"paper_id": "b", "method": "LASNet", "metric": "latency", "kind": "change",
...      "direction": "decrease", "value": 36.0, "unit": "%", "gain": 1.56}])
>>> print(leaderboard(claims, "latency")[["rank", "method", "value"]].to_string(index=False))
 rank    method  value
    1 DynaGraph   68.1
    2    LASNet   36.0
"""
from .bundle import write_bundle
from .compose import VIEWS, Filters, build_report
from .explorer import explorer_page
from .formats import FORMATS, Report, Section, render
from .plot import plot_files, plot_gains
from .views import (
    LOWER_IS_BETTER, hardware_classes, hardware_view, higher_is_better, leaderboard, matrix,
    not_comparable, paper_card, speedups,
)

__all__ = [
    "FORMATS", "LOWER_IS_BETTER", "Filters", "Report", "Section", "VIEWS", "build_report",
    "explorer_page", "hardware_classes", "hardware_view", "higher_is_better", "leaderboard",
    "matrix", "not_comparable", "paper_card", "plot_files", "plot_gains", "render", "speedups",
    "write_bundle",
]
