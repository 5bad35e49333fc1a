// The scenario list. Every matching scenario is in the page, so the count is what the page holds and the
// browser's find reaches each one. To keep a long run quick to open: rows are clones of one prototype
// filled through textContent, the rows beyond the first screens are added in slices after the page is
// ready, each feature's group is laid out and painted only near the screen (content-visibility in
// styles.css), one listener serves every row, and a row's details are built on first open.
const ROW = el('details', { cls: 'scenario' }, [el('summary', {}, [
  el('span', { cls: 'badge' }), el('span', { cls: 'req' }), el('span', { cls: 'name' }), el('span', { cls: 'chips' }),
])]);

// The first rows (more than a screenful) are rendered at once; the rest follow in slices that yield to the
// browser between them, so the page is on screen and answers input before a long list is complete. A new
// filter abandons the slices of the previous one.
const FIRST_ROWS = 100;
const SLICE_ROWS = 250;
let listRound = 0;

function renderAll() {
  const round = ++listRound;
  const rows = matches;
  const list = $('results');
  document.documentElement.removeAttribute('data-complete');
  let next = 0;
  let group = null;
  let lastFeature = -1;
  const slice = (count) => {
    if (round !== listRound) { return; }
    const fragment = document.createDocumentFragment();
    for (const end = Math.min(rows.length, next + count); next < end; next++) {
      const i = rows[next];
      const s = SCENARIOS[i];
      if (s.f !== lastFeature) {
        group = el('div', { cls: 'group' }, [featureHeader(FEATURES[s.f])]);
        group.style.containIntrinsicSize = 'auto ' + groupHeightRem(rows, next) + 'rem';
        fragment.appendChild(group);
        lastFeature = s.f;
      }
      group.appendChild(scenarioRow(s, i));
    }
    list.appendChild(fragment);
    if (next < rows.length) { yieldThen(() => slice(SLICE_ROWS)); } else { listComplete(); }
  };
  list.replaceChildren();
  if (rows.length === 0) {
    list.appendChild(el('p', { cls: 'empty', text: 'No scenario matches these filters.' }));
  }
  slice(FIRST_ROWS);
}

// Until a group has been on screen its height is this estimate (a row is about 3rem), so the scroll bar and
// a jump to a found row are about right; once laid out, the browser remembers the real height.
function groupHeightRem(rows, first) {
  const feature = SCENARIOS[rows[first]].f;
  let count = 0;
  while (first + count < rows.length && SCENARIOS[rows[first + count]].f === feature) { count++; }
  return 6 + count * 3;
}

// A task of its own (a message, not a timer: nested timers are clamped to 4 ms), so input and paint come first.
const yieldChannel = new MessageChannel();
const yieldQueue = [];
yieldChannel.port1.onmessage = () => { yieldQueue.shift()(); };
function yieldThen(work) {
  yieldQueue.push(work);
  yieldChannel.port2.postMessage(null);
}

// Every matching row is in the page (the browser's find reaches each one): tools and tests wait for this.
function listComplete() {
  document.documentElement.setAttribute('data-complete', 'true');
  if (window.performance && performance.mark) { performance.mark('esn-complete'); }
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
  const details = ROW.cloneNode(true);
  details.className = 'scenario st-' + s.st;
  details.setAttribute('data-index', index);
  details.setAttribute('data-req', s.id || '');
  details.setAttribute('data-status', s.st);
  details.setAttribute('data-selected', s.ns ? 'false' : 'true');
  const badge = details.firstChild.firstChild;
  badge.className = 'badge st-' + s.st;
  badge.textContent = STATUS_LABELS[s.st] || s.st;
  const req = badge.nextSibling;
  req.textContent = s.id || '';
  const name = req.nextSibling;
  name.textContent = s.n;
  const chips = name.nextSibling;
  for (const a of s.a) { chips.appendChild(el('span', { cls: 'chip agency', text: a })); }
  if (s.p) { chips.appendChild(el('span', { cls: 'chip prio-' + s.p, text: s.p })); }
  if (s.ns) { chips.appendChild(el('span', { cls: 'chip notselected', text: 'not selected' })); }
  const kpis = [];
  for (const step of s.steps) { for (const ev of step.ev || []) { kpis.push(ev); } }
  if (kpis.length) {
    details.firstChild.appendChild(el('span', {
      cls: 'kpi ' + (kpis.every((k) => k.verdict === 'pass') ? 'pass' : 'fail'),
      text: evidenceSummary(kpis[0]) + (kpis.length > 1 ? ' +' + (kpis.length - 1) : ''),
    }));
  }
  return details;
}

// 'toggle' does not bubble, so the list listens in the capture phase for every row at once.
function wireList() {
  $('results').addEventListener('toggle', (e) => {
    const details = e.target;
    if (!details.classList.contains('scenario') || !details.open || details.dataset.built) { return; }
    const index = Number(details.dataset.index);
    const s = SCENARIOS[index];
    details.appendChild(scenarioDetails(s, FEATURES[s.f], index));
    details.dataset.built = 'true';
  }, true);
}
