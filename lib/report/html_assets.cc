#include "html_assets.h"

namespace concord::detail {

const char kHtmlStyle[] = R"css(
:root {
  --ink: #1d2939; --muted: #667085; --line: #e4e7ec; --paper: #ffffff; --wash: #f8f9fb;
  --brand: #0b2545; --accent: #1d4ed8;
  --conflict: #b42318; --conflict-bg: #fef3f2;
  --gap: #c4320a; --gap-bg: #fff4ed;
  --partial: #b54708; --partial-bg: #fffaeb;
  --met: #067647; --met-bg: #ecfdf3;
  --not-applicable: #475467; --not-applicable-bg: #f2f4f7;
  --reserved: #5925dc; --reserved-bg: #f4f3ff;
}
* { box-sizing: border-box; }
html { font-size: 15px; }
body {
  margin: 0; color: var(--ink); background: var(--wash); line-height: 1.45;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
.page-header { background: var(--brand); color: #fff; padding: 28px 40px 22px; }
.page-header .brand { font-size: 12px; letter-spacing: .14em; text-transform: uppercase; opacity: .75; }
.page-header h1 { margin: 4px 0 2px; font-size: 28px; font-weight: 650; }
.page-header .subtitle { margin: 0 0 16px; font-size: 16px; opacity: .9; }
.meta { display: flex; flex-wrap: wrap; gap: 10px 36px; margin: 0; }
.meta div { min-width: 120px; }
.meta dt { font-size: 11px; text-transform: uppercase; letter-spacing: .08em; opacity: .7; }
.meta dd { margin: 2px 0 0; font-size: 14px; }
main { padding: 24px 40px 40px; max-width: 1600px; margin: 0 auto; }
section.panel, section.instrument {
  background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
  padding: 20px 24px; margin: 0 0 22px; box-shadow: 0 1px 2px rgba(16, 24, 40, .04);
}
h2 { font-size: 19px; margin: 0 0 14px; font-weight: 650; }
h2 .short {
  display: inline-block; background: var(--brand); color: #fff; border-radius: 6px;
  padding: 1px 8px; margin-right: 10px; font-size: 14px; vertical-align: 2px;
}
.cards { display: grid; grid-template-columns: repeat(6, minmax(110px, 1fr)); gap: 12px; margin-bottom: 18px; }
.card {
  border: 1px solid var(--line); border-left: 5px solid var(--c); border-radius: 8px;
  background: var(--cbg); padding: 10px 14px; text-align: left; font: inherit; color: inherit;
  cursor: pointer;
}
.card .n { display: block; font-size: 26px; font-weight: 700; color: var(--c); line-height: 1.1; }
.card .l { font-size: 13px; color: var(--muted); }
.summary-tables { display: flex; flex-wrap: wrap; gap: 18px 32px; }
.summary-tables > div { flex: 1 1 440px; min-width: 0; }
table { border-collapse: collapse; width: 100%; }
table.counts th, table.counts td { padding: 6px 8px; border-bottom: 1px solid var(--line); font-size: 13.5px; }
table.counts th { text-align: right; font-weight: 600; color: var(--muted); font-size: 11.5px; white-space: nowrap; }
table.counts td:first-child { white-space: nowrap; }
table.counts th:first-child, table.counts td:first-child { text-align: left; }
table.counts td { text-align: right; font-variant-numeric: tabular-nums; }
table.counts td.zero { color: #c0c5cf; }
table.counts tr.total td { font-weight: 700; border-bottom: 0; }
.note { color: var(--muted); font-size: 13px; margin: 12px 0 0; }
.filters {
  position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center;
  gap: 10px 22px; background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
  padding: 12px 18px; margin: 0 0 22px; box-shadow: 0 4px 12px rgba(16, 24, 40, .06);
}
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 8px; align-items: center; }
.filters > label { display: inline-flex; align-items: center; gap: 8px; }
.filters legend { float: left; }
.filters legend, .filters .label { font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; margin-right: 6px; }
.filters label.chip {
  display: inline-flex; align-items: center; gap: 6px; border: 1px solid var(--line); border-radius: 999px;
  padding: 3px 10px 3px 8px; font-size: 13px; cursor: pointer; background: var(--wash);
}
.filters label.chip input { accent-color: var(--c); margin: 0; }
.filters label.chip .count { color: var(--muted); font-variant-numeric: tabular-nums; }
.filters select, .filters input[type=search] {
  font: inherit; font-size: 13.5px; padding: 5px 8px; border: 1px solid #d0d5dd; border-radius: 6px; background: #fff;
}
.filters input[type=search] { width: 240px; }
.f-count { margin-left: auto; color: var(--muted); font-size: 13px; }
.filters button {
  font: inherit; font-size: 13px; padding: 5px 14px; border: 1px solid #d0d5dd; border-radius: 6px;
  background: #fff; color: var(--ink); cursor: pointer;
}
.filters button:hover, .card:hover { filter: brightness(0.97); }
.s-conflict { --c: var(--conflict); --cbg: var(--conflict-bg); }
.s-gap { --c: var(--gap); --cbg: var(--gap-bg); }
.s-partial { --c: var(--partial); --cbg: var(--partial-bg); }
.s-met { --c: var(--met); --cbg: var(--met-bg); }
.s-not-applicable { --c: var(--not-applicable); --cbg: var(--not-applicable-bg); }
.s-reserved { --c: var(--reserved); --cbg: var(--reserved-bg); }
.instrument-counts { display: flex; flex-wrap: wrap; gap: 6px; margin: -6px 0 14px; }
.pill {
  display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 600;
  color: var(--c); background: var(--cbg); border: 1px solid var(--c); white-space: nowrap;
}
table.concordance { table-layout: fixed; font-size: 13.5px; }
table.concordance th {
  text-align: left; font-size: 11.5px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
  border-bottom: 2px solid var(--line); padding: 8px 10px; font-weight: 600;
}
table.concordance td { vertical-align: top; padding: 10px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
table.concordance tr.row td:first-child { border-left: 4px solid var(--c); }
table.concordance col.c-article { width: 12%; } table.concordance col.c-norm { width: 22%; }
table.concordance col.c-prov { width: 26%; } table.concordance col.c-status { width: 11%; }
table.concordance col.c-finding { width: 15%; } table.concordance col.c-rec { width: 14%; }
td.article .art { display: block; font-weight: 700; font-size: 14.5px; }
td.article .heading { display: block; color: var(--muted); }
td p { margin: 0 0 6px; }
td p:last-child { margin-bottom: 0; }
.rule-id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; color: var(--muted); }
.official { font-style: italic; }
.basis { color: var(--muted); font-size: 12.5px; }
.prov + .prov { margin-top: 10px; padding-top: 10px; border-top: 1px dashed var(--line); }
.prov .where { font-size: 12px; color: var(--muted); }
blockquote { margin: 4px 0 0; padding: 4px 10px; border-left: 3px solid var(--line); color: #344054; background: var(--wash); border-radius: 0 6px 6px 0; }
mark { background: #fde68a; color: inherit; padding: 0 1px; border-radius: 2px; }
td.status .level { display: block; font-size: 12px; color: var(--muted); margin-top: 4px; }
td.status .hidden-reason { display: block; font-size: 12px; margin-top: 4px; color: var(--muted); font-style: italic; }
.label { font-weight: 600; }
.empty { color: var(--muted); font-style: italic; }
.none { color: #98a2b3; }
table.docs th, table.docs td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); font-size: 13.5px; }
table.docs th { font-size: 11.5px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
table.docs td.num { text-align: right; font-variant-numeric: tabular-nums; }
table + h2 { margin-top: 22px; }
ul.diagnostics { margin: 0; padding-left: 18px; font-size: 13.5px; }
ul.diagnostics .lvl-error { color: var(--conflict); font-weight: 600; }
ul.diagnostics .lvl-warning { color: var(--partial); font-weight: 600; }
footer { color: var(--muted); font-size: 12px; padding: 0 40px 30px; max-width: 1600px; margin: 0 auto; }
[hidden] { display: none !important; }
@media (max-width: 900px) {
  main, .page-header { padding-left: 16px; padding-right: 16px; }
  .cards { grid-template-columns: repeat(3, 1fr); }
  .summary-tables { grid-template-columns: 1fr; }
  table.concordance { table-layout: auto; }
}
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  html { font-size: 10pt; }
  body { background: #fff; }
  .filters, .card { box-shadow: none; }
  .filters { display: none; }
  .page-header { background: #fff; color: var(--ink); padding: 0 0 10px; border-bottom: 2px solid var(--ink); }
  main { padding: 10px 0 0; max-width: none; }
  section.panel, section.instrument { border: 0; box-shadow: none; padding: 0; margin-bottom: 16px; }
  section.instrument { break-before: page; }
  h2 .short { background: none; color: var(--ink); border: 1px solid var(--ink); }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a { color: inherit; }
  blockquote { background: none; }
  footer { padding: 10px 0 0; }
  .pill, mark, .card, table.concordance tr.row td:first-child {
    -webkit-print-color-adjust: exact; print-color-adjust: exact;
  }
}
)css";

const char kHtmlScript[] = R"js(
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.row'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.instrument'));
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name=status]'));
  var select = document.getElementById('f-instrument');
  var search = document.getElementById('f-text');
  var counter = document.getElementById('f-count');

  function checkedStatuses() {
    return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
  }

  function matches(row, statuses, instrument, words) {
    if (statuses.indexOf(row.getAttribute('data-status')) === -1) return false;
    if (instrument && row.getAttribute('data-instrument') !== instrument) return false;
    if (words && row.textContent.toLowerCase().indexOf(words) === -1) return false;
    return true;
  }

  function writeHash(statuses, instrument, words) {
    var parts = [];
    if (statuses.length !== boxes.length) parts.push('status=' + statuses.join(','));
    if (instrument) parts.push('instrument=' + encodeURIComponent(instrument));
    if (words) parts.push('q=' + encodeURIComponent(words));
    var url = parts.length ? '#' + parts.join(';') : location.pathname + location.search;
    if (window.history && history.replaceState) {
      try { history.replaceState(null, '', url); } catch (e) {}
    }
  }

  function apply(save) {
    var statuses = checkedStatuses();
    var instrument = select ? select.value : '';
    var words = search ? search.value.trim().toLowerCase() : '';
    var shown = 0;
    rows.forEach(function (row) {
      var ok = matches(row, statuses, instrument, words);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector('tr.row:not([hidden])');
    });
    var none = document.getElementById('no-rows');
    if (none) none.hidden = shown !== 0;
    if (counter) counter.textContent = 'Showing ' + shown + ' of ' + rows.length + ' rows';
    document.documentElement.setAttribute('data-shown', String(shown));
    if (save) writeHash(statuses, instrument, words);
  }

  function readHash() {
    var text = location.hash.replace(/^#/, '');
    if (!text) return;
    text.split(/[;&]/).forEach(function (part) {
      var eq = part.indexOf('=');
      if (eq === -1) return;
      var key = part.slice(0, eq);
      var value = part.slice(eq + 1);
      try { value = decodeURIComponent(value); } catch (e) { return; }
      if (key === 'status') {
        var wanted = value.split(',');
        boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) !== -1; });
      } else if (key === 'instrument' && select) {
        select.value = value;
        if (select.value !== value) select.value = '';
      } else if (key === 'q' && search) {
        search.value = value;
      }
    });
  }

  Array.prototype.slice.call(document.querySelectorAll('button.card')).forEach(function (card) {
    card.addEventListener('click', function () {
      var only = card.getAttribute('data-status');
      boxes.forEach(function (b) { b.checked = b.value === only; });
      apply(true);
      form.scrollIntoView({ block: 'start' });
    });
  });
  var reset = document.getElementById('f-reset');
  if (reset) {
    reset.addEventListener('click', function () {
      boxes.forEach(function (b) { b.checked = true; });
      if (select) select.value = '';
      if (search) search.value = '';
      apply(true);
    });
  }
  form.addEventListener('change', function () { apply(true); });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  if (search) search.addEventListener('input', function () { apply(true); });
  window.addEventListener('hashchange', function () { readHash(); apply(false); });
  readHash();
  apply(false);
})();
)js";

}  // namespace concord::detail
