// The fixed panels (run metadata, readiness matrix, catalogue tree), the filter controls, and start-up.
function renderRun() {
  const run = DATA.run;
  const facts = $('run-facts');
  const fact = (name, value) => { if (value) { facts.appendChild(el('dt', { text: name })); facts.appendChild(el('dd', { text: value })); } };
  const when = (iso) => iso ? new Date(iso).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : '';
  fact('Result', run.success === undefined ? 'did not finish' : run.success ? 'run succeeded' : 'run failed' + (run.failure ? ': ' + run.failure : ''));
  fact('Selected', run.selection);
  fact('Started', when(run.started));
  fact('Finished', when(run.finished));
  fact('Duration', run.durationMs === undefined ? '' : formatDuration(run.durationMs));
  fact('Profile', run.profile);
  const targets = Object.keys(run.targets);
  fact('Targets', targets.map((k) => k + ' → ' + run.targets[k]).join('\n'));
  fact('Shards merged', run.shards.length > 1 ? run.shards.length + ' (' + run.shards.join(', ') + ')' : run.shards.length === 1 ? '1 (' + run.shards[0] + ')' : '');
  fact('Tool', run.tool);
  fact('Platform', run.platform);
  fact('CI', run.ci);
  const totals = {};
  for (const s of SCENARIOS) { totals[s.st] = (totals[s.st] || 0) + 1; }
  const strip = $('totals');
  strip.appendChild(el('span', { cls: 'total', text: plural(SCENARIOS.length, 'scenario') }));
  for (const key of Object.keys(STATUS_LABELS)) {
    if (totals[key]) {
      const button = el('button', { type: 'button', cls: 'badge st-' + key, 'data-status': key, text: totals[key] + ' ' + STATUS_LABELS[key].toLowerCase() });
      button.addEventListener('click', () => setFilters({ status: key }));
      strip.appendChild(button);
    }
  }
}

// Says in the header what this run selected, so a subset's page is never taken for the whole catalogue's.
function renderSelection() {
  const notSelected = SCENARIOS.filter((s) => s.ns).length;
  if (!DATA.run.selection && notSelected === 0) { return; }
  const ran = SCENARIOS.length - notSelected;
  const what = DATA.run.selection ? 'Selected: ' + DATA.run.selection + '. ' : '';
  const counts = notSelected === 0 ? 'Every scenario of the catalogue (' + SCENARIOS.length + ') was selected.'
    : ran + ' of ' + plural(SCENARIOS.length, 'scenario') + (ran === 1 ? ' was' : ' were') + ' selected; the other ' + notSelected
      + (notSelected === 1 ? ' is' : ' are') + ' shown as not run (not selected).';
  const line = $('selection');
  line.textContent = what + counts;
  line.hidden = false;
}

function renderErrors() {
  const errors = DATA.parseErrors || [];
  if (errors.length === 0) { return; }
  const list = $('errors');
  for (const e of errors) {
    list.appendChild(el('li', {}, [el('code', { text: e.uri + ':' + e.line + ':' + e.col }), ' ', e.msg]));
  }
  $('errors-panel').hidden = false;
}

function renderMatrix() {
  const m = DATA.matrix;
  const table = $('matrix');
  const head = el('tr', {}, [el('th', { scope: 'col', text: 'Agency' })].concat(m.capabilities.map((c) => el('th', { scope: 'col', text: c }))));
  table.appendChild(el('thead', {}, [head]));
  const body = el('tbody');
  for (const agency of m.agencies) {
    const row = el('tr', {}, [el('th', { scope: 'row', text: agency })]);
    for (const cap of m.capabilities) {
      const cell = m.cells.find((c) => c[0] === agency && c[1] === cap) || [agency, cap, 0, 0, 0];
      const [, , pass, fail, notRun] = cell;
      const td = el('td', { 'data-agency': agency, 'data-cap': cap, 'data-pass': pass, 'data-fail': fail, 'data-notrun': notRun });
      if (pass + fail + notRun === 0) {
        td.appendChild(el('span', { cls: 'muted', text: '–' }));
        td.setAttribute('aria-label', agency + ' ' + cap + ': no ' + DATA.vocabulary.priorities[0] + ' requirements');
      } else {
        const label = agency + ' ' + cap + ': ' + pass + ' passing, ' + fail + ' failing, ' + notRun + ' not run. Show them.';
        const button = el('button', { type: 'button', cls: 'cell ' + (fail > 0 ? 'blocked' : notRun > 0 ? 'open' : 'ready'), 'aria-label': label }, [
          el('span', { cls: 'n pass', text: String(pass), title: 'passing' }), ' / ',
          el('span', { cls: 'n fail', text: String(fail), title: 'failing' }), ' / ',
          el('span', { cls: 'n notrun', text: String(notRun), title: 'not run' }),
        ]);
        button.addEventListener('click', () => setFilters({ agency, cap, priority: DATA.vocabulary.priorities[0] }));
        td.appendChild(button);
      }
      row.appendChild(td);
    }
    body.appendChild(row);
  }
  table.appendChild(body);
}

function renderTree() {
  const tree = $('tree');
  const caps = [];
  FEATURES.forEach((f, i) => {
    let cap = caps.find((c) => c.name === f.cap);
    if (!cap) { cap = { name: f.cap, features: [], count: 0 }; caps.push(cap); }
    cap.features.push(i);
  });
  const counts = FEATURES.map(() => 0);
  for (const s of SCENARIOS) { counts[s.f]++; }
  const all = el('button', { type: 'button', cls: 'tree-item all', 'data-cap': '', 'data-feature': '', text: 'All capabilities (' + SCENARIOS.length + ')' });
  all.addEventListener('click', () => setFilters({ cap: '', feature: '' }, true));
  tree.appendChild(el('li', {}, [all]));
  for (const cap of caps) {
    const total = cap.features.reduce((n, i) => n + counts[i], 0);
    const capButton = el('button', { type: 'button', cls: 'tree-item cap', 'data-cap': cap.name, text: cap.name + ' (' + total + ')' });
    capButton.addEventListener('click', () => setFilters({ cap: cap.name, feature: '' }, true));
    const sub = el('ul', { id: 'tree-' + caps.indexOf(cap) });
    const collapsed = FEATURES.length > 30 && state.cap !== cap.name;
    sub.hidden = collapsed;
    const toggle = el('button', { type: 'button', cls: 'tree-toggle', 'aria-expanded': String(!collapsed), 'aria-controls': sub.id, 'aria-label': 'Show or hide the features of ' + cap.name, text: collapsed ? '▸' : '▾' });
    toggle.addEventListener('click', () => {
      sub.hidden = !sub.hidden;
      toggle.setAttribute('aria-expanded', String(!sub.hidden));
      toggle.textContent = sub.hidden ? '▸' : '▾';
    });
    for (const i of cap.features) {
      const f = FEATURES[i];
      const b = el('button', { type: 'button', cls: 'tree-item feat', 'data-feature': f.uri, title: f.uri, text: f.name + ' (' + counts[i] + ')' });
      b.addEventListener('click', () => setFilters({ cap: f.cap, feature: f.uri }, true));
      sub.appendChild(el('li', {}, [b]));
    }
    tree.appendChild(el('li', {}, [el('div', { cls: 'tree-row' }, [toggle, capButton]), sub]));
  }
}

function markTree() {
  for (const b of document.querySelectorAll('#tree .tree-item')) {
    const current = b.classList.contains('feat') ? b.dataset.feature === state.feature
      : b.classList.contains('cap') ? b.dataset.cap === state.cap && !state.feature : !state.cap && !state.feature;
    if (current) { b.setAttribute('aria-current', 'true'); } else { b.removeAttribute('aria-current'); }
  }
}

function syncControls() {
  $('f-q').value = state.q;
  $('f-tags').value = state.tags;
  $('f-agency').value = state.agency;
  $('f-priority').value = state.priority;
  $('f-status').value = state.status;
  $('scope').textContent = state.feature ? 'Feature: ' + state.feature : state.cap ? 'Capability: ' + state.cap : 'All capabilities';
}

function setFilters(changes, keepOthers) {
  state = keepOthers ? Object.assign({}, state, changes) : Object.assign(Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])), changes);
  applyFilters(false);
  $('results-heading').focus();
}

function wireControls() {
  let timer = 0;
  const fromControls = () => {
    state.q = $('f-q').value.trim();
    state.tags = $('f-tags').value.trim();
    state.agency = $('f-agency').value;
    state.priority = $('f-priority').value;
    state.status = $('f-status').value;
    applyFilters(false);
  };
  for (const id of ['f-q', 'f-tags']) {
    $(id).addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(fromControls, 150); });
    $(id).addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); clearTimeout(timer); fromControls(); } });
  }
  for (const id of ['f-agency', 'f-priority', 'f-status']) { $(id).addEventListener('change', fromControls); }
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); fromControls(); });
  $('clear-filters').addEventListener('click', () => setFilters({}));
  window.addEventListener('hashchange', () => applyFilters(true));
}

// The agency and priority filters offer the run's vocabulary (esn.json), not a fixed list.
function fillChoices() {
  for (const agency of DATA.vocabulary.agencies) { $('f-agency').appendChild(el('option', { value: agency, text: agency })); }
  for (const priority of DATA.vocabulary.priorities) { $('f-priority').appendChild(el('option', { value: priority, text: priority })); }
}

function start() {
  document.title = DATA.title;
  $('title').textContent = DATA.title;
  fillChoices();
  renderRun();
  renderSelection();
  renderErrors();
  renderMatrix();
  state = readHash();
  renderTree();
  wireControls();
  wireList();
  applyFilters(true);
  // Read-only hook for tools and tests: the page's own tag-expression evaluator.
  window.EsnLivingDoc = Object.freeze({ parseTagExpression });
  document.documentElement.setAttribute('data-ready', 'true');
  if (window.performance && performance.mark) { performance.mark('esn-ready'); }
}

start();
