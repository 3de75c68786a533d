#!/usr/bin/env python3
"""End-to-end test of `reportkit serve` in headless Chromium (Debian's chromium + chromium-driver,
selenium from PyPI): opens the page, uploads the planted-defect draft, checks that the findings are
listed and highlighted, applies the fixes, and downloads the .xlsx appendix.

Usage: Tests/e2e/serve_e2e.py [--binary .build/debug/reportkit] [--screenshot Examples/serve-screenshot.png]
"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DRAFT = os.path.join(ROOT, "Tests", "ReportServerTests", "Fixtures", "planted.txt")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"e2e: the server did not start on port {port}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "reportkit"))
    parser.add_argument("--screenshot")
    args = parser.parse_args()

    port = free_port()
    downloads = tempfile.mkdtemp(prefix="reportkit-e2e-")
    server = subprocess.Popen([args.binary, "serve", "--port", str(port), "--templates", os.path.join(ROOT, "Templates")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    driver = None
    try:
        wait_for_port(port)
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1600,1000",
                     "--lang=zh-CN"]:
            options.add_argument(flag)
        options.add_experimental_option("prefs", {
            "download.default_directory": downloads, "download.prompt_for_download": False})
        driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))
        wait = WebDriverWait(driver, 20)
        driver.get(f"http://127.0.0.1:{port}/")
        assert "草稿检查" in driver.page_source

        driver.find_element(By.ID, "file").send_keys(DRAFT)
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "a.finding")) > 0)
        findings = driver.find_elements(By.CSS_SELECTOR, "a.finding")
        marks = driver.find_elements(By.CSS_SELECTOR, "#lines mark")
        counts = driver.find_element(By.ID, "counts").text
        text = driver.find_element(By.ID, "finding-groups").text
        assert marks, "no highlighted spans"
        for rule in ["placeholder.unfilled", "punctuation.repeated", "indicator.target-unmet"]:
            assert rule in text, f"{rule} not listed"
        assert driver.find_elements(By.CSS_SELECTOR, "#indicator-tables tr.unmet"), "unmet target not marked"
        print(f"e2e: {len(findings)} findings listed, {len(marks)} spans highlighted ({counts})")

        findings[0].click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "mark.active"))
        if args.screenshot:
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(args.screenshot)
            print(f"e2e: screenshot written to {args.screenshot}")

        driver.find_element(By.ID, "dl-fix").click()
        wait.until(lambda d: "已应用" in d.find_element(By.ID, "status").text)
        after = driver.find_element(By.ID, "finding-groups").text
        assert "punctuation.repeated" not in after, "fixes not applied"

        driver.find_element(By.CSS_SELECTOR, "button[data-to=xlsx]").click()
        deadline = time.time() + 20
        xlsx = []
        while time.time() < deadline and not xlsx:
            xlsx = [f for f in os.listdir(downloads) if f.endswith(".xlsx")]
            time.sleep(0.2)
        assert xlsx, "the .xlsx was not downloaded"
        with open(os.path.join(downloads, xlsx[0]), "rb") as handle:
            assert handle.read(2) == b"PK", "the .xlsx is not a ZIP file"
        fixed = [f for f in os.listdir(downloads) if f.endswith(".txt")]
        assert fixed, "the fixed draft was not downloaded"
        print(f"e2e: downloaded {', '.join(sorted(os.listdir(downloads)))}")

        Select(driver.find_element(By.ID, "scheme")).select_by_value("chongqing/2023")
        wait.until(lambda d: "scheme.point-missing" in d.find_element(By.ID, "finding-groups").text)
        print("e2e: checked against the 2023 scheme")
        print("e2e: ok")
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(downloads, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
