// reportkit serve: sends the draft to /api/analyze and shows the outline, the text with the findings
// highlighted, the findings grouped by severity and rule, and the indicator tables.
"use strict";
const SEVERITIES = [["error", "错误"], ["warning", "警告"], ["info", "提示"]];
let current = null; // {blob, file, name, model}: the draft on screen
let latest = 0; // the number of the newest check: only its answer is shown
let ruleTitles = new Map(); // rule id -> Chinese title, from /api/rules

const $ = (id) => document.getElementById(id);
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value; else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}
function status(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

async function post(path, blob, name) {
  const scheme = $("scheme").value;
  const query = "name=" + encodeURIComponent(name) + (scheme ? "&scheme=" + encodeURIComponent(scheme) : "");
  let response;
  try {
    // X-ReportKit: the server refuses any POST without it, so that no other site can use it.
    response = await fetch(path + (path.includes("?") ? "&" : "?") + query, {
      method: "POST", body: blob, headers: { "X-ReportKit": "1" },
    });
  } catch (_) {
    throw new Error("无法连接到 reportkit：检查服务可能已停止。请确认运行 reportkit serve 的窗口仍开着，然后重试。");
  }
  if (!response.ok) {
    let message = "检查失败（服务器返回 " + response.status + "），请重试。";
    try { message = (await response.json()).error || message; } catch (_) {}
    throw new Error(message);
  }
  return response;
}

// Checks a draft; a newer check started meanwhile wins, whatever order the answers come in.
async function analyze(blob, name, note, file) {
  const ticket = ++latest;
  const started = Date.now();
  const working = () => {
    status("正在检查“" + name + "”……已用 " + Math.round((Date.now() - started) / 1000) + " 秒");
    $("status").className = "working";
  };
  working();
  const timer = setInterval(() => { if (ticket === latest) working(); }, 1000);
  try {
    const response = await post("/api/analyze", blob, name);
    let model;
    try { model = await response.json(); } catch (_) { throw new Error("检查结果不完整（连接中断），请重试。"); }
    if (ticket !== latest) return;
    current = { blob, file: file || (current && current.name === name ? current.file : null), name, model };
    show(model);
    $("recheck").hidden = false;
    status(note || "已检查“" + name + "”（" + new Date().toLocaleTimeString("zh-CN") + "）。");
  } catch (error) {
    if (ticket !== latest) return;
    $("result").hidden = true;
    status(error.message, true);
  } finally {
    clearInterval(timer);
  }
}

function show(model) {
  $("result").hidden = false;
  const diagnostics = model.lint.files[0].diagnostics;
  const summary = model.lint.summary;
  $("verdict").textContent = summary.errors === 0
    ? "可以报送" + (summary.warnings ? "（另有 " + summary.warnings + " 处警告，建议核对）" : "")
    : "有" + summary.errors + "处错误需修改";
  $("verdict").className = summary.errors === 0 ? "ok" : "bad";
  $("counts").replaceChildren(
    el("span", { class: "sev-error" }, "错误 " + summary.errors),
    el("span", { class: "sev-warning" }, "警告 " + summary.warnings),
    el("span", { class: "sev-info" }, "提示 " + summary.infos));
  $("print-header").textContent = "“" + model.name + "”检查结果（" + new Date().toLocaleDateString("zh-CN") + "，reportkit）";
  $("dl-fix").hidden = !model.fixable;
  $("dl-annotate").hidden = !model.reviewable;
  $("dl-revise").hidden = !model.reviewable;
  updateDownloads(model);
  showOutline(model);
  showLines(model, diagnostics);
  showFindings(model, diagnostics);
  showIndicators(model);
}

// A writer that needs indicator tables has nothing to write for a draft without any.
function updateDownloads(model) {
  document.querySelectorAll("#downloads button[data-needs-tables]").forEach((button) => {
    button.disabled = !model.indicatorTables.length;
    button.title = button.disabled ? "草稿中没有识别出指标表，无法生成" + button.textContent.replace(/^下载/, "") : "";
  });
}

function showOutline(model) {
  const list = $("outline-list");
  list.replaceChildren();
  for (const item of model.outline) {
    const link = el("a", { href: "#L" + item.line }, item.marker + item.title);
    const li = el("li", { style: "padding-left:" + (item.level - 1) * 1.2 + "em" }, link);
    if (item.role) li.append(" ", el("span", { class: "role" }, "[" + item.role + "]"));
    list.append(li);
  }
  if (!model.outline.length) list.append(el("li", {}, "（未识别出任何编号标题）"));
}

// Columns are 1-based Characters (grapheme clusters, as Swift counts them): an emoji of several code
// points is one column, so the highlight after it lands on the right characters.
const graphemes = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("zh", { granularity: "grapheme" }) : null;
function characters(text) {
  return graphemes ? Array.from(graphemes.segment(text), (piece) => piece.segment) : Array.from(text);
}
function showLines(model, diagnostics) {
  const container = $("lines");
  container.replaceChildren();
  const marks = new Map(); // line -> [{start, end, index, severity}]
  diagnostics.forEach((d, index) => {
    for (let line = d.line; line <= d.endLine; line++) {
      const chars = characters(model.lines[line - 1] || "");
      const start = line === d.line ? d.column - 1 : 0;
      let end = line === d.endLine ? d.endColumn - 1 : chars.length;
      if (end <= start) end = Math.min(start + 1, Math.max(chars.length, start + 1));
      if (!marks.has(line)) marks.set(line, []);
      marks.get(line).push({ start, end, index, severity: d.severity });
    }
  });
  model.lines.forEach((text, i) => {
    const number = i + 1;
    const body = el("span", { class: "src" });
    const chars = characters(text);
    const spans = (marks.get(number) || []).sort((a, b) => a.start - b.start);
    let position = 0;
    for (const span of spans) {
      if (span.start < position) continue; // overlapping findings: the first one is marked
      body.append(chars.slice(position, span.start).join(""));
      const piece = chars.slice(span.start, span.end).join("") || " ";
      body.append(el("mark", { class: span.severity, id: "F" + span.index, "data-finding": span.index }, piece));
      position = Math.max(span.end, span.start);
    }
    body.append(chars.slice(position).join(""));
    container.append(el("div", { class: "line", id: "L" + number }, el("span", { class: "no" }, String(number)), body));
  });
}

function showFindings(model, diagnostics) {
  const container = $("finding-groups");
  container.replaceChildren();
  if (!diagnostics.length) { container.append(el("p", {}, "没有发现问题。")); return; }
  for (const [severity, label] of SEVERITIES) {
    const ofSeverity = diagnostics.map((d, index) => ({ d, index })).filter((x) => x.d.severity === severity);
    if (!ofSeverity.length) continue;
    const group = el("div", { class: "group" }, el("h3", { class: "sev-" + severity }, label + "（" + ofSeverity.length + "）"));
    const byRule = new Map();
    for (const x of ofSeverity) {
      if (!byRule.has(x.d.rule)) byRule.set(x.d.rule, []);
      byRule.get(x.d.rule).push(x);
    }
    for (const [rule, items] of byRule) {
      group.append(el("div", { class: "rule", "data-rule": rule, title: rule },
        (ruleTitles.get(rule) || ruleTitles.get(rule.split(".").slice(0, 2).join(".")) || rule) + "（" + items.length + "）",
        el("span", { class: "rule-id" }, rule)));
      for (const { d, index } of items) {
        // A Word draft's findings say where they are as Word's user finds them (第5段（“…”）, 表1第2行第3列).
        const where = d.location || ("第" + d.line + model.unit + "第" + d.column + "字");
        const link = el("a", { class: "finding " + severity, href: "#F" + index, "data-finding": index },
          el("span", { class: "where" }, where + "："), d.message);
        // The quoted characters: shown when printed, where there is no highlighted text beside.
        const quoted = quote(model, d);
        if (quoted) link.append(el("div", { class: "quote" }, "原文：“" + quoted + "”"));
        if (d.fix) link.append(el("div", { class: "fix" }, "建议修改为：" + (d.fix.replacement || "（删除）")));
        link.addEventListener("click", (event) => { event.preventDefault(); focusFinding(index, d.line); });
        group.append(link);
      }
    }
    container.append(group);
  }
}

// The characters a finding points at on its first line (at most 40).
function quote(model, d) {
  const chars = characters(model.lines[d.line - 1] || "");
  const end = d.endLine === d.line ? d.endColumn - 1 : chars.length;
  const text = chars.slice(d.column - 1, Math.max(end, d.column - 1)).join("");
  return text.length > 40 ? Array.from(text).slice(0, 40).join("") + "…" : text;
}

function focusFinding(index, line) {
  document.querySelectorAll("mark.active, .line.current").forEach((n) => n.classList.remove("active", "current"));
  const mark = $("F" + index);
  const row = $("L" + line);
  if (row) row.classList.add("current");
  if (mark) mark.classList.add("active");
  (mark || row)?.scrollIntoView({ block: "center", behavior: "smooth" });
}

function showIndicators(model) {
  const container = $("indicator-tables");
  container.replaceChildren();
  if (!model.indicatorTables.length) { container.append(el("p", {}, "草稿中没有识别出指标表。")); return; }
  for (const table of model.indicatorTables) {
    const head = el("tr", {}, el("th", {}, "类别"), el("th", {}, "指标"), el("th", {}, "单位"),
      el("th", {}, table.targetHeader), el("th", {}, table.actualHeader), el("th", {}, "检查结果"));
    const rows = table.rows.map((row) => {
      const unmet = row.findings.some((f) => f.rule === "indicator.target-unmet");
      const subtotal = row.findings.some((f) => f.rule === "indicator.subtotal");
      const tr = el("tr", { class: unmet ? "unmet" : subtotal ? "subtotal" : "" },
        el("td", {}, row.category), el("td", { class: row.isPart ? "part" : "" }, (row.isPart ? "其中：" : "") + row.name),
        el("td", {}, row.unit), el("td", {}, row.target), el("td", {}, row.actual),
        el("td", { class: "notes" }, row.findings.map((f) => f.message).join("；")));
      return tr;
    });
    container.append(el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows)));
  }
}

async function download(path, suffixName) {
  if (!current) return;
  try {
    const response = await post(path, current.blob, current.name);
    let blob;
    try { blob = await response.blob(); } catch (_) { throw new Error("下载中断（连接中断），请重试。"); }
    const disposition = response.headers.get("Content-Disposition") || "";
    const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    const name = match ? decodeURIComponent(match[1]) : suffixName;
    const link = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    if (path === "/api/annotate" || path === "/api/revise") {
      const revisions = response.headers.get("X-Review-Revisions");
      status("已下载“" + name + "”：批注 " + response.headers.get("X-Review-Comments") + " 条"
        + (path === "/api/revise" ? "，修订 " + revisions + " 处" : "") + "。在 Word 的“审阅”中查看。");
    }
    if (path === "/api/fix") {
      await analyze(blob, current.name, "已应用 " + response.headers.get("X-Fixes-Applied")
        + " 处自动修复，修复后的草稿已下载为“" + name + "”；下面是修复后的检查结果。");
    }
  } catch (error) {
    status(error.message, true);
  }
}

// A chosen file is checked at once; the input is emptied so that choosing the same file again
// (after editing it in Word) checks it again.
function choose(file) {
  if (!file) return;
  analyze(file, file.name, null, file);
  $("file").value = "";
}
$("file").addEventListener("change", () => choose($("file").files[0]));
document.querySelector(".pick").addEventListener("keydown", (event) => {
  if (event.key === "Enter" || event.key === " ") { event.preventDefault(); $("file").click(); }
});
const drop = $("drop");
drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  choose(event.dataTransfer.files[0]);
});
$("check-paste").addEventListener("click", () => {
  const text = $("paste").value;
  if (!text.trim()) { status("请先粘贴报告正文。", true); return; }
  analyze(new Blob([text], { type: "text/plain" }), "粘贴的文本.txt");
});
// Re-check: the chosen file is read again from disk (it may have been edited since); a browser that
// no longer lets the page read it asks for it again.
$("recheck").addEventListener("click", async () => {
  if (!current) return;
  if (!current.file) { analyze(current.blob, current.name); return; }
  try {
    const copy = new Blob([await current.file.arrayBuffer()]);
    analyze(copy, current.name, null, current.file);
  } catch (_) {
    status("“" + current.name + "”在选择后被修改过，浏览器需要重新选择它：请在弹出的窗口中再次选择该文件。");
    $("file").click();
  }
});
$("dl-fix").addEventListener("click", () => download("/api/fix", "修复稿.txt"));
$("dl-annotate").addEventListener("click", () => download("/api/annotate", "批注稿.docx"));
$("dl-revise").addEventListener("click", () => download("/api/revise", "修订稿.docx"));
$("export").addEventListener("click", () => download("/api/export", "检查结果.xlsx"));
$("print").addEventListener("click", () => window.print());

// The download buttons, one per writer the server offers (/api/writers).
fetch("/api/writers").then((r) => r.json()).then((writers) => {
  for (const writer of writers) {
    const button = el("button", { type: "button", "data-to": writer.id, title: writer.title },
      "下载" + writer.label + "（." + writer.fileExtension + "）");
    if (writer.needsIndicatorTables) button.dataset.needsTables = "1";
    button.addEventListener("click", () => download("/api/render?to=" + encodeURIComponent(writer.id), "报告." + writer.fileExtension));
    $("downloads").append(button);
  }
  if (current) updateDownloads(current.model);
}).catch(() => status("无法取得可下载的格式列表：reportkit 服务可能已停止，请刷新页面。", true));
fetch("/api/rules").then((r) => r.json()).then((rules) => {
  ruleTitles = new Map(rules.map((rule) => [rule.id, rule.title]));
  if (current) show(current.model);
}).catch(() => {});

// The evaluation schemes the server offers; choosing one re-checks the current draft against it.
fetch("/api/schemes").then((r) => r.json()).then((schemes) => {
  for (const scheme of schemes) $("scheme").append(el("option", { value: scheme.id }, scheme.title + "（" + scheme.id + "）"));
}).catch(() => {});
$("scheme").addEventListener("change", () => { if (current) analyze(current.blob, current.name); });
