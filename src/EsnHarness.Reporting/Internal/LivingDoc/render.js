// DOM helpers and the per-scenario detail view. User data only ever goes through textContent,
// attribute values set with setAttribute on inert attributes, or data: URLs for raster images.
function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const key of Object.keys(attrs || {})) {
    const value = attrs[key];
    if (value === undefined || value === null || value === false) { continue; }
    if (key === 'text') { node.textContent = value; } else if (key === 'cls') { node.className = value; } else { node.setAttribute(key, value === true ? '' : String(value)); }
  }
  for (const child of children || []) {
    if (child === null || child === undefined) { continue; }
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function plural(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}

const STATUS_LABELS = { passed: 'Passed', failed: 'Failed', pending: 'Pending', undefined: 'Undefined', ambiguous: 'Ambiguous', skipped: 'Skipped', notrun: 'Not run' };

function statusBadge(status) {
  return el('span', { cls: 'badge st-' + status, text: STATUS_LABELS[status] || status });
}

function formatDuration(ms) {
  if (ms === undefined || ms === null) { return '–'; }
  if (ms < 1000) { return Math.round(ms) + ' ms'; }
  if (ms < 60000) { return (ms / 1000).toFixed(1) + ' s'; }
  const minutes = Math.floor(ms / 60000);
  return minutes + ' min ' + Math.round((ms % 60000) / 1000) + ' s';
}

function evidenceSummary(ev) {
  const unit = ev.unit ? ' ' + ev.unit : '';
  const what = typeof ev.pct === 'number' ? 'p' + formatNumber(ev.pct) : ev.metric;
  const limit = typeof ev.limit === 'number' ? ' (limit ' + (ev.cmp || '') + ' ' + formatNumber(ev.limit) + unit + ')' : '';
  return what + ' ' + formatNumber(ev.value) + unit + limit;
}

function evidenceTable(ev, idPrefix) {
  const unit = ev.unit ? ' ' + ev.unit : '';
  const rows = [
    ['Samples', String(ev.count)],
    ['Measured value', formatNumber(ev.value) + unit],
    ['Percentile', typeof ev.pct === 'number' ? 'p' + formatNumber(ev.pct) : 'single value'],
    ['Limit', typeof ev.limit === 'number' ? (ev.cmp || '') + ' ' + formatNumber(ev.limit) + unit : 'none'],
    ['Verdict', ev.verdict],
  ];
  if (ev.source) { rows.push(['Source', ev.source]); }
  const table = el('table', { cls: 'evidence' }, [el('caption', { text: ev.metric })]);
  const body = el('tbody');
  for (const [name, value] of rows) {
    const cell = el('td', { text: value, 'data-field': name.toLowerCase().replace(/ /g, '-') });
    if (name === 'Verdict') { cell.className = ev.verdict === 'pass' ? 'verdict pass' : 'verdict fail'; }
    body.appendChild(el('tr', {}, [el('th', { scope: 'row', text: name }), cell]));
  }
  table.appendChild(body);
  return el('div', { cls: 'evidence-block' }, [table, evidenceChart(ev, idPrefix)]);
}

function attachmentView(att) {
  const label = (att.fn ? att.fn + ' · ' : '') + att.m;
  if (att.img !== undefined && /^image\/(png|jpeg|gif|webp|bmp)$/i.test(att.m)) {
    return el('figure', { cls: 'attachment' }, [
      el('img', { src: 'data:' + att.m + ';base64,' + att.img, alt: att.fn ? 'Attached image ' + att.fn : 'Attached image' }),
      el('figcaption', { text: label }),
    ]);
  }
  if (att.text !== undefined) {
    return el('figure', { cls: 'attachment' }, [el('figcaption', { text: label }), el('pre', { text: att.text })]);
  }
  if (att.zip !== undefined) {
    const name = att.fn || 'trace.zip';
    return el('p', { cls: 'attachment trace' }, [
      el('a', { href: 'data:application/zip;base64,' + att.zip, download: name, text: 'Download ' + name }),
      el('span', { cls: 'muted', text: ' (Playwright trace of the console: open it with "npx playwright show-trace ' + name + '" or at trace.playwright.dev)' }),
    ]);
  }
  const what = att.url ? 'external attachment at ' + att.url : 'binary attachment, about ' + att.bytes + ' bytes (not embedded)';
  return el('p', { cls: 'attachment muted', text: label + ': ' + what });
}

function scenarioDetails(s, feature, index) {
  const facts = el('dl', { cls: 'facts' });
  const fact = (name, value) => { if (value) { facts.appendChild(el('dt', { text: name })); facts.appendChild(el('dd', { text: value })); } };
  fact('Requirement', s.id || 'no @REQ- tag');
  fact('Agencies', s.a.join(', ') || 'none tagged');
  fact('Priority', s.p || 'none tagged');
  fact('Source', s.src.join(', ') || 'none tagged');
  fact('Feature', feature.name + ' (' + feature.uri + ':' + s.l + ')');
  fact('Rule', s.r);
  fact('Tags', s.t.join(' '));
  fact('Duration', s.ns ? 'not run: the run\'s selection left it out' : formatDuration(s.d));
  const steps = el('ol', { cls: 'steps', 'aria-label': 'Steps' });
  s.steps.forEach((step, n) => {
    const item = el('li', { cls: 'step st-' + step.st + (step.hook ? ' hook' : '') }, [
      statusBadge(step.st),
      el('span', { cls: 'kw', text: step.k }),
      ' ',
      el('span', { cls: 'text', text: step.x }),
      step.d ? el('span', { cls: 'muted dur', text: formatDuration(step.d) }) : null,
    ]);
    if (step.arg) { item.appendChild(el('pre', { cls: 'arg', text: step.arg })); }
    if (step.e) { item.appendChild(el('pre', { cls: 'error', text: step.e })); }
    if (step.snip) { item.appendChild(el('p', { cls: 'muted', text: 'No step definition matches this step. A developer can start from:' })); item.appendChild(el('pre', { cls: 'snippet', text: step.snip })); }
    (step.ev || []).forEach((ev, k) => item.appendChild(evidenceTable(ev, 'ev-' + index + '-' + n + '-' + k)));
    (step.att || []).forEach((att) => item.appendChild(attachmentView(att)));
    steps.appendChild(item);
  });
  return el('div', { cls: 'details-body' }, [s.desc ? el('p', { cls: 'desc', text: s.desc }) : null, facts, steps]);
}
