"""Cells of a text table wrapped to column widths before `tabulate` lays them out.

tabulate's own `maxcolwidths` casts a wrapped cell by its look, whatever `disable_numparse`
says, and fails on text that reads like a number with thousands separators ("1,200"): a
claim's text often is one. Wrapping here keeps every cell a string.

>>> wrap_cells([["1,200", "a long reason to wrap"]], [None, 10])
[['1,200', 'a long\\nreason to\\nwrap']]
"""
from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence


def wrap_cells(rows: Iterable[Sequence[object]], widths: Sequence[int | None]) -> list[list[str]]:
    """Each cell as a string, those of a column with a width wrapped to it (its own line breaks kept)."""
    wrapped = []
    for row in rows:
        cells = []
        for index, cell in enumerate(row):
            text = "" if cell is None else str(cell)
            width = widths[index] if index < len(widths) else None
            if width is not None:
                text = "\n".join(textwrap.fill(line, width) for line in text.splitlines() if line.strip())
            cells.append(text)
        wrapped.append(cells)
    return wrapped
