/**
 * The report's only script, inline. It reads the index from the `application/json` block and only sets
 * `hidden`, `open`, `value` and `textContent`: no HTML is ever built from a string, so nothing from the
 * evidence can become markup. Written as ES2017 without modules so any current browser runs it from `file://`.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var index = JSON.parse(document.getElementById('report-index').textContent);
  var search = document.getElementById('search');
  var statusFilter = document.getElementById('status-filter');
  var frameworkFilter = document.getElementById('framework-filter');
  var sourceFilter = document.getElementById('source-filter');
  var count = document.getElementById('shown-count');

  function matches(entry, query, useStatus) {
    if (!entry) return true;
    if (useStatus && statusFilter.value && entry.status !== statusFilter.value) return false;
    if (frameworkFilter.value && entry.frameworks.indexOf(frameworkFilter.value) < 0) return false;
    if (sourceFilter.value && entry.sources.indexOf(sourceFilter.value) < 0) return false;
    return !query || entry.text.indexOf(query) >= 0;
  }

  function apply() {
    var query = search.value.trim().toLowerCase();
    var shown = 0;
    var total = 0;
    document.querySelectorAll('[data-control]').forEach(function (element) {
      var visible = matches(index.controls[element.getAttribute('data-control')], query, true);
      element.hidden = !visible;
      if (element.tagName === 'TR') {
        total += 1;
        if (visible) shown += 1;
      }
    });
    document.querySelectorAll('tbody[data-group]').forEach(function (group) {
      group.hidden = group.querySelector('tr[data-control]:not([hidden])') === null;
    });
    document.querySelectorAll('[data-finding]').forEach(function (element) {
      element.hidden = !matches(index.findings[element.getAttribute('data-finding')], query, false);
    });
    count.textContent = shown + ' of ' + total + ' controls shown';
  }

  function clearFilters() {
    search.value = '';
    statusFilter.value = '';
    frameworkFilter.value = '';
    sourceFilter.value = '';
    apply();
  }

  /** A link to something the filters hide shows everything again, then opens and scrolls to it. */
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    if (target.closest('[hidden]')) clearFilters();
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') node.open = true;
    }
    target.scrollIntoView();
  }

  search.addEventListener('input', apply);
  [statusFilter, frameworkFilter, sourceFilter].forEach(function (select) {
    select.addEventListener('change', apply);
  });
  document.getElementById('clear-filters').addEventListener('click', clearFilters);
  window.addEventListener('hashchange', reveal);
  apply();
  reveal();
})();
`
