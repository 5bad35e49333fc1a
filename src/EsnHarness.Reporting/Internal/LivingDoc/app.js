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
