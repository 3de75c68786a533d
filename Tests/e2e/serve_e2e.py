#!/usr/bin/env python3
"""End-to-end test of `reportkit serve` in headless Chromium (Debian's chromium + chromium-driver,
selenium from PyPI): opens the page, uploads the planted-defect draft, checks that the findings are
listed under Chinese rule titles and highlighted with a verdict, re-checks the same file after it
changed, applies the fixes, downloads every format under its own name, survives a damaged .docx,
refuses a POST without the page's header, and answers GET / quickly while two 20 MB uploads are
in work.

Usage: Tests/e2e/serve_e2e.py [--binary .build/debug/reportkit] [--screenshot Examples/serve-screenshot.png]
"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile

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


def request(port, path, body=None, headers=None, timeout=120):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, headers=headers or {},
                                 method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def check_api(port):
    """The header requirement, and the page's quick answers while two 20 MB uploads are in work."""
    status, body = request(port, "/api/lint?name=a.txt", "一、基本情况\n".encode())
    assert status == 403 and "X-ReportKit" in body.decode(), (status, body)
    big = ("一、基本情况\n" + "　　全区共有中小学校52所，在校学生12000人，专任教师1000人。\n" * 200_000).encode()[:20 * 1024 * 1024 - 16]
    results = []
    uploads = [threading.Thread(target=lambda: results.append(
        request(port, "/api/analyze?name=big.txt", big, {"X-ReportKit": "1"})[0])) for _ in range(2)]
    for thread in uploads:
        thread.start()
    time.sleep(1.0)  # both uploads sent and in work
    timings = []
    while any(thread.is_alive() for thread in uploads) and len(timings) < 40:
        for path in ["/", "/api/schemes"]:
            started = time.perf_counter()
            status, _ = request(port, path)
            timings.append((time.perf_counter() - started) * 1000)
            assert status == 200, (path, status)
        time.sleep(0.1)
    for thread in uploads:
        thread.join()
    timings.sort()
    p90 = timings[len(timings) * 9 // 10]
    print(f"e2e: GET / and /api/schemes during two 20 MB uploads: {len(timings)} requests, "
          f"median {timings[len(timings) // 2]:.1f} ms, 90th percentile {p90:.1f} ms, max {timings[-1]:.1f} ms; "
          f"uploads answered {results}")
    # The target is 100 ms; one slow answer is allowed for a CI machine that others load as well.
    assert p90 < 100 and timings[-1] < 500, f"the page waited for document work: {timings}"


def damaged_docx(folder):
    path = os.path.join(folder, "损坏.docx")
    scratch = os.path.join(folder, "valid.docx")
    with zipfile.ZipFile(scratch, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                         "wordprocessingml/2006/main\"><w:body>" + "<w:p>" * 50000 + "</w:p>" * 50000
                         + "</w:body></w:document>")
    with open(scratch, "rb") as handle:
        data = handle.read()
    with open(path, "wb") as handle:
        handle.write(data[: len(data) * 2 // 3])
    return path


def downloaded(folder, suffix, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        names = [f for f in os.listdir(folder) if f.endswith(suffix) and not f.endswith(".crdownload")]
        if names:
            return names
        time.sleep(0.2)
    raise AssertionError(f"nothing ending in {suffix} was downloaded: {os.listdir(folder)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "reportkit"))
    parser.add_argument("--screenshot")
    args = parser.parse_args()

    port = free_port()
    downloads = tempfile.mkdtemp(prefix="reportkit-e2e-")
    work = tempfile.mkdtemp(prefix="reportkit-e2e-work-")
    server = subprocess.Popen([args.binary, "serve", "--port", str(port), "--templates", os.path.join(ROOT, "Templates")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    driver = None
    try:
        wait_for_port(port)
        check_api(port)
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

        # The draft under the clerk's own name, so that the downloads are named after it.
        draft = os.path.join(work, "草稿.txt")
        shutil.copyfile(DRAFT, draft)
        driver.find_element(By.ID, "file").send_keys(draft)
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "a.finding")) > 0)
        findings = driver.find_elements(By.CSS_SELECTOR, "a.finding")
        marks = driver.find_elements(By.CSS_SELECTOR, "#lines mark")
        counts = driver.find_element(By.ID, "counts").text
        verdict = driver.find_element(By.ID, "verdict").text
        rules = {e.get_attribute("data-rule"): e.text for e in driver.find_elements(By.CSS_SELECTOR, "#finding-groups .rule")}
        assert marks, "no highlighted spans"
        for rule in ["placeholder.unfilled", "punctuation.repeated", "indicator.target-unmet"]:
            assert rule in rules, f"{rule} not listed: {sorted(rules)}"
            assert any("\u4e00" <= c <= "\u9fff" for c in rules[rule].split(rule)[0]), f"{rule} has no Chinese title: {rules[rule]}"
        assert verdict.startswith("有") and verdict.endswith("处错误需修改"), verdict
        assert driver.find_elements(By.CSS_SELECTOR, "#indicator-tables tr.unmet"), "unmet target not marked"
        print(f"e2e: {len(findings)} findings listed, {len(marks)} spans highlighted ({counts}); {verdict}")

        findings[0].click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "mark.active"))
        if args.screenshot:
            driver.set_window_size(1366, 768)
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(args.screenshot)
            driver.set_window_size(1600, 1000)
            print(f"e2e: screenshot written to {args.screenshot}")

        # Edited in Word and chosen again: the same file name is checked again.
        with open(draft, encoding="utf-8") as handle:
            text = handle.read()
        with open(draft, "w", encoding="utf-8") as handle:
            handle.write(text.replace("。。", "。"))
        driver.find_element(By.ID, "file").send_keys(draft)
        wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, "#finding-groups [data-rule='punctuation.repeated']"))
        print("e2e: the same file chosen again after a change was checked again")
        with open(draft, "w", encoding="utf-8") as handle:
            handle.write(text)
        driver.find_element(By.ID, "recheck").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#finding-groups [data-rule='punctuation.repeated']")
                   or "重新选择" in d.find_element(By.ID, "status").text)
        print("e2e: 重新检查: " + driver.find_element(By.ID, "status").text)
        if not driver.find_elements(By.CSS_SELECTOR, "#finding-groups [data-rule='punctuation.repeated']"):
            driver.find_element(By.ID, "file").send_keys(draft)
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#finding-groups [data-rule='punctuation.repeated']"))

        driver.find_element(By.ID, "dl-fix").click()
        wait.until(lambda d: "已应用" in d.find_element(By.ID, "status").text)
        after = driver.find_elements(By.CSS_SELECTOR, "#finding-groups [data-rule='punctuation.repeated']")
        assert not after, "fixes not applied"
        assert downloaded(downloads, "（修复）.txt") == ["草稿（修复）.txt"]

        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "button[data-to=xlsx]"))
        for writer, suffix in [("xlsx", ".xlsx"), ("docx", ".docx"), ("text", "-公文格式.txt")]:
            driver.find_element(By.CSS_SELECTOR, f"button[data-to={writer}]").click()
            names = downloaded(downloads, suffix)
            path = os.path.join(downloads, names[0])
            # Each download opened: the Word file's text, the appendix's indicators, the text rendering.
            if suffix == ".docx":
                with zipfile.ZipFile(path) as package:
                    assert "县政府召开专题会议研究教育工作" in package.read("word/document.xml").decode("utf-8"), names[0]
            elif suffix == ".xlsx":
                with zipfile.ZipFile(path) as package:
                    assert "在校学生数" in package.read("xl/sharedStrings.xml").decode("utf-8"), names[0]
            else:
                with open(path, encoding="utf-8") as handle:
                    assert "一、基本情况" in handle.read(), names[0]
        # The findings as a list to hand round: one row per finding under a title and a verdict.
        driver.find_element(By.ID, "export").click()
        name = downloaded(downloads, "-检查结果.xlsx")[0]
        with zipfile.ZipFile(os.path.join(downloads, name)) as package:
            strings = package.read("xl/sharedStrings.xml").decode("utf-8")
        for text in ["检查结果", "序号", "原文", "修改建议", "ＸＸ", "placeholder.unfilled"]:
            assert text in strings, f"{name}: no “{text}”"
        print(f"e2e: exported {name}")

        # Printed: the verdict and every finding with its quote, without the controls and the text column.
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        assert not driver.find_element(By.ID, "input").is_displayed(), "the controls are printed"
        assert driver.find_element(By.ID, "print-header").is_displayed()
        quotes = [q.text for q in driver.find_elements(By.CSS_SELECTOR, ".finding .quote") if q.is_displayed()]
        assert "原文：“ＸＸ”" in quotes, quotes
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        assert not driver.find_elements(By.CSS_SELECTOR, ".finding .quote")[0].is_displayed()
        print(f"e2e: print view lists {len(quotes)} findings with their quotes")

        names = sorted(os.listdir(downloads))
        assert {"草稿（修复）.txt", "草稿-指标附表.xlsx", "草稿.docx", "草稿-公文格式.txt"} <= set(names), names
        print(f"e2e: downloaded {', '.join(names)}")

        # A damaged Word file: a Chinese message, and the page and the server go on working.
        driver.find_element(By.ID, "file").send_keys(damaged_docx(work))
        wait.until(lambda d: "error" in d.find_element(By.ID, "status").get_attribute("class"))
        message = driver.find_element(By.ID, "status").text
        assert "损坏.docx" in message and "Failed" not in message, message
        print(f"e2e: damaged .docx: {message}")

        # A Word draft comes back as Word: with comments (批注) and with tracked changes (修订).
        word_draft = os.path.join(work, "草稿.docx")
        subprocess.run([args.binary, "render", draft, "--to", "docx", "-o", word_draft], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        driver.find_element(By.ID, "file").send_keys(word_draft)
        wait.until(lambda d: "已检查“草稿.docx”" in d.find_element(By.ID, "status").text)
        assert not driver.find_element(By.ID, "dl-fix").is_displayed(), "text fix offered for a Word draft"
        for button, suffix in [("dl-annotate", "-批注.docx"), ("dl-revise", "-修订.docx")]:
            driver.find_element(By.ID, button).click()
            name = downloaded(downloads, suffix)[0]
            with zipfile.ZipFile(os.path.join(downloads, name)) as package:
                comments = package.read("word/comments.xml").decode("utf-8")
                document = package.read("word/document.xml").decode("utf-8")
            assert 'w:author="ReportKit"' in comments, f"{name}: no ReportKit comment"
            assert ("<w:ins " in document) == (button == "dl-revise"), f"{name}: tracked changes where not asked"
        wait.until(lambda d: "修订" in d.find_element(By.ID, "status").text)
        print(f"e2e: Word draft: downloaded 草稿-批注.docx and 草稿-修订.docx ({driver.find_element(By.ID, 'status').text})")
        driver.find_element(By.ID, "file").send_keys(draft)
        wait.until(lambda d: "已检查“草稿.txt”" in d.find_element(By.ID, "status").text)

        Select(driver.find_element(By.ID, "scheme")).select_by_value("chongqing/2023")
        wait.until(lambda d: "scheme.point-missing" in d.find_element(By.ID, "finding-groups").text)
        print("e2e: checked against the 2023 scheme")

        # A Markdown draft (the pipe table is read as the indicator table).
        markdown = os.path.join(work, "草稿.md")
        subprocess.run([args.binary, "render", draft, "--to", "markdown", "-o", markdown], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        Select(driver.find_element(By.ID, "scheme")).select_by_value("")
        driver.find_element(By.ID, "file").send_keys(markdown)
        wait.until(lambda d: "已检查“草稿.md”" in d.find_element(By.ID, "status").text)
        assert driver.find_elements(By.CSS_SELECTOR, "#indicator-tables tr.unmet"), "Markdown table not read"
        assert driver.find_element(By.CSS_SELECTOR, "button[data-to=xlsx]").is_enabled()
        print("e2e: Markdown draft checked, its table read")

        # Pasted text without an indicator table: checked, and the appendix button is disabled.
        Select(driver.find_element(By.ID, "scheme")).select_by_value("")
        driver.find_element(By.CSS_SELECTOR, "#input details summary").click()
        # After an emoji of several code points (one Character), the highlight is still on the comma.
        driver.execute_script("document.getElementById('paste').value = arguments[0]",
                              "一、基本情况\n　　👍🏽全区共有中小学校12所,在校学生8000人。\n")
        driver.find_element(By.ID, "check-paste").click()
        # "已检查": the answer is on screen. While the check runs the status already names the pasted
        # text ("正在检查“粘贴的文本.txt”") over the previous draft's findings and buttons.
        wait.until(lambda d: "已检查“粘贴的文本.txt”" in d.find_element(By.ID, "status").text
                   and d.find_elements(By.CSS_SELECTOR, "#finding-groups [data-rule='punctuation.half-width']"))
        assert not driver.find_element(By.CSS_SELECTOR, "button[data-to=xlsx]").is_enabled(), "xlsx enabled without a table"
        marked = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "#lines mark.warning, #lines mark.error, #lines mark.info")]
        assert "," in marked, f"the half-width comma is not the highlighted text: {marked}"
        print("e2e: pasted text checked; the appendix button is disabled without an indicator table")

        # The server stopped: the page says so in Chinese, not "Failed to fetch".
        server.terminate()
        server.wait(timeout=10)
        driver.find_element(By.ID, "recheck").click()
        wait.until(lambda d: "error" in d.find_element(By.ID, "status").get_attribute("class"))
        message = driver.find_element(By.ID, "status").text
        assert "无法连接到 reportkit" in message and "Failed" not in message, message
        print(f"e2e: server stopped: {message}")
        print("e2e: ok")
    finally:
        if driver:
            driver.quit()
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(downloads, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
