// The page: reads the data block, renders the header, run metadata, readiness matrix, catalogue tree
// and the filtered scenario list; keeps the filter state in the URL hash so a link reproduces the view.
const DATA = JSON.parse(document.getElementById('esn-data').textContent);
const FEATURES = DATA.features;
const SCENARIOS = DATA.scenarios;
const FILTER_KEYS = ['q', 'tags', 'agency', 'priority', 'status', 'cap', 'feature'];
const $ = (id) => document.getElementById(id);

let state = {};
let matches = [];

function readHash() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const next = {};
  for (const key of FILTER_KEYS) { next[key] = params.get(key) || ''; }
  return next;
}

function writeHash() {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) { if (state[key]) { params.set(key, state[key]); } }
  const hash = params.toString();
  if (location.hash.replace(/^#/, '') === hash) { return; }
  try {
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  } catch (e) {
    location.hash = hash;
  }
}

function haystack(s) {
  if (s.hay === undefined) {
    const f = FEATURES[s.f];
    s.hay = [s.n, s.desc || '', s.id || '', s.r || '', f.name, f.uri, s.t.join(' '), s.src.join(' '), s.steps.map((x) => x.x).join('\n')].join('\n').toLowerCase();
  }
  return s.hay;
}

function compileFilter() {
  const tagInput = $('f-tags');
  let expression = null;
  $('f-tags-error').textContent = '';
  tagInput.removeAttribute('aria-invalid');
  if (state.tags) {
    try {
      expression = parseTagExpression(state.tags);
    } catch (e) {
      $('f-tags-error').textContent = e.message;
      tagInput.setAttribute('aria-invalid', 'true');
    }
  }
  const words = state.q.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  return (s) => {
    const f = FEATURES[s.f];
    if (state.cap && f.cap !== state.cap) { return false; }
    if (state.feature && f.uri !== state.feature) { return false; }
    if (state.agency && !s.a.includes(state.agency)) { return false; }
    if (state.priority && s.p !== state.priority) { return false; }
    if (state.status && s.st !== state.status) { return false; }
    if (expression && !expression.evaluate(s.t)) { return false; }
    if (words.length > 0) {
      const text = haystack(s);
      if (!words.every((w) => text.includes(w))) { return false; }
    }
    return true;
  };
}

function applyFilters(fromHash) {
  if (fromHash) { state = readHash(); }
  syncControls();
  const accept = compileFilter();
  matches = [];
  for (let i = 0; i < SCENARIOS.length; i++) { if (accept(SCENARIOS[i])) { matches.push(i); } }
  renderAll();
  const filtered = FILTER_KEYS.some((k) => state[k]);
  $('count').textContent = (filtered ? 'Showing ' + matches.length + ' of ' : 'Showing all ') + plural(SCENARIOS.length, 'scenario') + summarise(matches);
  $('clear-filters').hidden = !filtered;
  markTree();
  writeHash();
}

function summarise(indexes) {
  const counts = {};
  for (const i of indexes) { counts[SCENARIOS[i].st] = (counts[SCENARIOS[i].st] || 0) + 1; }
  const parts = Object.keys(STATUS_LABELS).filter((k) => counts[k]).map((k) => counts[k] + ' ' + STATUS_LABELS[k].toLowerCase());
  return parts.length ? ': ' + parts.join(', ') : '';
}

// Every matching scenario is rendered, so the count is what the page holds and the browser's find sees each one.
function renderAll() {
  const fragment = document.createDocumentFragment();
  let lastFeature = -1;
  for (const i of matches) {
    const s = SCENARIOS[i];
    if (s.f !== lastFeature) {
      fragment.appendChild(featureHeader(FEATURES[s.f]));
      lastFeature = s.f;
    }
    fragment.appendChild(scenarioRow(s, i));
  }
  if (matches.length === 0) {
    fragment.appendChild(el('p', { cls: 'empty', text: 'No scenario matches these filters.' }));
  }
  $('results').replaceChildren(fragment);
}

function featureHeader(f) {
  const header = el('div', { cls: 'feature' }, [
    el('h3', {}, [el('span', { cls: 'cap', text: f.cap }), ' ', f.name]),
    el('p', { cls: 'muted uri', text: f.uri + (f.tags.length ? '  ·  ' + f.tags.join(' ') : '') }),
  ]);
  if (f.desc || f.rules.length) {
    const about = el('details', { cls: 'about' }, [el('summary', { text: 'About this feature' })]);
    if (f.desc) { about.appendChild(el('p', { cls: 'desc', text: f.desc })); }
    for (const r of f.rules) {
      about.appendChild(el('div', { cls: 'rule' }, [el('h4', { text: 'Rule: ' + r.name }), r.desc ? el('p', { cls: 'desc', text: r.desc }) : null]));
    }
    header.appendChild(about);
  }
  return header;
}

function scenarioRow(s, index) {
  const kpis = [];
  for (const step of s.steps) { for (const ev of step.ev || []) { kpis.push(ev); } }
  const summary = el('summary', {}, [
    statusBadge(s.st),
    el('span', { cls: 'req', text: s.id || '' }),
    el('span', { cls: 'name', text: s.n }),
    el('span', { cls: 'chips' }, s.a.map((a) => el('span', { cls: 'chip agency', text: a }))
      .concat(s.p ? [el('span', { cls: 'chip prio-' + s.p, text: s.p })] : [])
      .concat(s.ns ? [el('span', { cls: 'chip notselected', text: 'not selected' })] : [])),
    kpis.length ? el('span', { cls: 'kpi ' + (kpis.every((k) => k.verdict === 'pass') ? 'pass' : 'fail'), text: evidenceSummary(kpis[0]) + (kpis.length > 1 ? ' +' + (kpis.length - 1) : '') }) : null,
  ]);
  const details = el('details', { cls: 'scenario st-' + s.st, 'data-index': index, 'data-req': s.id || '', 'data-status': s.st, 'data-selected': s.ns ? 'false' : 'true' }, [summary]);
  details.addEventListener('toggle', () => {
    if (details.open && !details.dataset.built) {
      details.appendChild(scenarioDetails(s, FEATURES[s.f], index));
      details.dataset.built = 'true';
    }
  });
  return details;
}
