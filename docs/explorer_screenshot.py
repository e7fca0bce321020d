"""Take the README's screenshot of the explorer in headless Chromium.

    python docs/explorer_screenshot.py [PAGE] [PNG]

PAGE defaults to tables/reports/explorer.html (written by `claims run`), PNG to
docs/explorer.png. It needs Debian's `chromium` and `chromium-driver` and `pip install selenium`
(a test dependency): the page is searched for "fpga" and its first row opened, as a reader would.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = Path(__file__).resolve().parent.parent


def main(page: Path, png: Path) -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not (chromium and driver_path):
        print("explorer_screenshot: needs chromium and chromedriver (apt-get install chromium "
              "chromium-driver)", file=sys.stderr)
        return 1
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="claims-chromium-")
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update",
                     "--no-first-run", f"--user-data-dir={profile}", "--window-size=1400,860",
                     "--hide-scrollbars"):
        options.add_argument(argument)
    browser = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        browser.get(page.resolve().as_uri())
        browser.find_element(By.ID, "search").send_keys("fpga")
        browser.find_element(By.CSS_SELECTOR, "#claims tbody tr.claim").click()
        browser.save_screenshot(str(png))
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)
    print(f"wrote {png}")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    page = Path(args[0]) if args else ROOT / "tables" / "reports" / "explorer.html"
    png = Path(args[1]) if len(args) > 1 else ROOT / "docs" / "explorer.png"
    sys.exit(main(page, png))
