"""Writes wos_excel.xls: a Web of Science "Excel" export (Excel 97-2003), its documented column
names, two records and a row with neither title nor abstract. Run once by hand (needs xlwt, which
the tests do not); the .xls is committed.

    python tests/data/readers/make_wos_xls.py
"""
import datetime
from pathlib import Path

COLUMNS = ["Publication Type", "Authors", "Author Full Names", "Article Title", "Source Title",
           "Abstract", "Publication Date", "Publication Year", "DOI", "UT (Unique WOS ID)"]
ROWS = [
    ["J", "Thompson, FR; Lee, A", "Thompson, Frank R.; Lee, Ann",
     "Low-power inference on microcontrollers", "IEEE TRANSACTIONS ON EMBEDDED COMPUTING",
     "We fit the model into 256 KB and cut energy by 48% on an STM32 microcontroller.",
     datetime.date(2022, 3, 1), 2022, "10.1109/TEC.2022.123", "WOS:000765432100001"],
    ["J", "Chen, B", "Chen, Bo", "Sparse kernels for edge GPUs", "NATURE ELECTRONICS",
     "Our kernels run 2.4x faster than cuSPARSE on a Jetson Orin.", None, 2021, None,
     "WOS:000765432100002"],
    ["J", "Doe, J", "Doe, Jane", None, "NATURE ELECTRONICS", None, None, 2020, None,
     "WOS:000765432100003"],
]


def main() -> None:
    import xlwt             # only here: pytest imports this module (--doctest-modules), CI has no xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("savedrecs")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for column, name in enumerate(COLUMNS):
        sheet.write(0, column, name)
    for row, values in enumerate(ROWS, start=1):
        for column, value in enumerate(values):
            if isinstance(value, datetime.date):
                sheet.write(row, column, value, date_style)
            elif value is not None:
                sheet.write(row, column, value)
    book.save(str(Path(__file__).with_name("wos_excel.xls")))


if __name__ == "__main__":
    main()
