// The dispatcher console's screen: it shows the state the server pushes (server-sent events, the whole state after each
// change) and sends the dispatcher's actions back. Nothing here talks to the MCX directly.
import { el, keyed, setText, time, who, describe } from './dom.js';
import { post, send, bindPtt, bindShortcut } from './actions.js';
import { renderPlan } from './plan.js';
import { renderCalls } from './calls.js';
import { floorText, audioText } from './words.js';
import { renderHandovers } from './handovers.js';

const tileControls = new Map();
let groups = [];

function createTile(group) {
  const id = group.id;
  const headingId = `tile-${CSS.escape(id)}-heading`;
  const ptt = el('button', { type: 'button', class: 'ptt', 'aria-label': `Push to talk on ${id}`, 'aria-pressed': 'false', text: 'Push to talk' });
  const broadcast = el('button', { type: 'button', class: 'broadcast', 'aria-label': `Broadcast on ${id}`, 'aria-pressed': 'false', text: 'Broadcast' });
  const select = el('input', { type: 'radio', name: 'f8-group', value: id });
  const tile = el('section', { class: 'tile', 'data-group': id, 'aria-labelledby': headingId },
    el('h3', { id: headingId, text: `Group ${id}` }),
    el('p', { class: 'patch-marker', role: 'note', 'aria-label': `Patch on ${id}`, hidden: true }),
    el('p', { class: 'talker', role: 'status', 'aria-label': `Talker on ${id}`, text: 'Idle' }),
    el('p', { class: 'floor', role: 'status', 'aria-label': `Your floor on ${id}`, text: floorText('idle') }),
    el('p', { class: 'audio', role: 'status', 'aria-live': 'off', 'aria-label': `Audio on ${id}`, text: audioText(null) }),
    el('div', { class: 'tile-actions' }, ptt, broadcast,
      el('label', { class: 'f8' }, select, el('span', { text: 'Select for F8' }), el('span', { class: 'visually-hidden', text: ` (${id})` }))));
  tileControls.set(id, bindPtt(ptt, { group: id }));
  bindPtt(broadcast, { group: id, broadcast: true });
  select.addEventListener('change', () => markShortcut());
  return tile;
}

function updateTile(tile, group) {
  const talker = tile.querySelector('.talker');
  setText(talker, group.talker ? (group.mine ? 'You are talking' : `Talking: ${describe(group.talker)}`) : 'Idle');
  setText(tile.querySelector('.floor'), floorText(group.floor, group.floorDetail));
  setText(tile.querySelector('.audio'), audioText(group.audio));
  const marker = tile.querySelector('.patch-marker');
  marker.hidden = !group.patchedWith;
  setText(marker, group.patchedWith ? `Patched with ${group.patchedWith}` : '');
  tile.dataset.talking = group.talker ? (group.mine ? 'mine' : 'other') : 'idle';
  tile.dataset.floor = group.floor;
  tile.classList.toggle('emergency', group.emergencyCall);
  tile.classList.toggle('patched', Boolean(group.patchedWith));
}

function markShortcut() {
  const selected = document.querySelector('input[name="f8-group"]:checked');
  for (const button of document.querySelectorAll('#tiles button.ptt')) button.removeAttribute('aria-keyshortcuts');
  if (selected) {
    document.querySelector(`#tiles [data-group="${CSS.escape(selected.value)}"] button.ptt`).setAttribute('aria-keyshortcuts', 'F8');
  }
}

function renderGroups(state) {
  const tiles = document.getElementById('tiles');
  const first = tiles.children.length === 0;
  keyed(tiles, state.groups, g => g.id, createTile, updateTile);
  if (first && state.groups.length > 0) {
    tiles.querySelector('input[name="f8-group"]').checked = true;
    markShortcut();
  }
  const ids = state.groups.map(g => g.id);
  if (ids.join('\n') !== groups.join('\n')) {
    groups = ids;
    for (const [select, offset] of [[document.getElementById('patch-first'), 0], [document.getElementById('patch-second'), 1]]) {
      select.replaceChildren(...ids.map(id => el('option', { value: id, text: id })));
      select.selectedIndex = Math.min(offset, ids.length - 1);
    }
  }
}

function renderAlerts(state) {
  const open = state.alerts.filter(a => !a.acknowledged);
  keyed(document.getElementById('alerts'), open, a => a.user.id,
    a => {
      const headingId = `alert-${CSS.escape(a.user.id)}`;
      const ack = el('button', { type: 'button', class: 'ack', text: `Acknowledge emergency of ${a.user.name}` });
      ack.addEventListener('click', () => post('/api/alerts/acknowledge', { user: a.user.id }));
      return el('div', { class: 'banner', role: 'alert', 'aria-labelledby': headingId },
        el('h2', { id: headingId }), el('p', { class: 'detail' }), ack);
    },
    (node, a) => {
      setText(node.querySelector('h2'), `Emergency: ${a.user.name}`);
      const where = a.lat === null || a.lat === undefined ? 'position unknown' : `at ${a.lat.toFixed(4)}, ${a.lon.toFixed(4)}`;
      setText(node.querySelector('.detail'), `${describe(a.user)} · group ${a.group} · raised ${time(a.raisedAt)} · ${where}`);
      setText(node.querySelector('button'), `Acknowledge emergency of ${a.user.name}`);
    });
  keyed(document.getElementById('emergencies'), state.alerts, a => a.user.id,
    a => {
      const cancel = el('button', { type: 'button', class: 'quiet', text: `Cancel emergency of ${a.user.name}` });
      cancel.addEventListener('click', () => post('/api/alerts/cancel', { user: a.user.id }));
      return el('li', {}, el('span'), cancel);
    },
    (node, a) => {
      setText(node.querySelector('span'), `${describe(a.user)} on ${a.group}: ${a.acknowledged ? `acknowledged by ${who(a.acknowledgedBy)}` : 'NOT acknowledged'} `);
      setText(node.querySelector('button'), `Cancel emergency of ${a.user.name}`);
    });
  keyed(document.getElementById('cancelled'), state.cancelled, a => a.user.id,
    () => el('li', {}, el('p', { role: 'note' })),
    (node, a) => {
      const note = node.querySelector('p');
      note.setAttribute('aria-label', `Emergency of ${a.user.name} cancelled`);
      setText(note, `Cancelled: emergency of ${describe(a.user)} on ${a.group}${a.by ? ` (by ${who(a.by)})` : ''}`);
    });
}

function renderPatches(state) {
  keyed(document.getElementById('patches'), state.patches, p => p.id,
    p => {
      const remove = el('button', { type: 'button', class: 'quiet', text: `Remove patch of ${p.groups.join(' and ')}` });
      remove.addEventListener('click', () => post('/api/patches/remove', { patchId: p.id }));
      return el('li', {}, el('span'), remove);
    },
    (node, p) => setText(node.querySelector('span'), `${p.groups.join(' ⇄ ')} (by ${who(p.by)}) `));
}

function renderMessages(state) {
  keyed(document.getElementById('messages'), state.messages, m => m.id,
    () => el('li'),
    (node, m) => {
      const delivery = m.dispositions.length > 0 ? ` (${m.dispositions.join(', ')})` : '';
      const text = m.outgoing ? `${time(m.at)} To ${m.to}: ${m.text}${delivery}` : `${time(m.at)} From ${who(m.from)} to ${m.to}: ${m.text}`;
      setText(node, text);
      node.className = m.status ? 'status-message' : '';
    });
  const people = new Map();
  for (const card of [...state.units.map(u => u.user), ...state.alerts.map(a => a.user), ...state.messages.map(m => m.from), ...state.groups.filter(g => g.talker).map(g => g.talker)]) {
    if (card.id !== state.me.id) people.set(card.id, card.name);
  }
  const options = [...groups, ...people.values()];
  const recipients = document.getElementById('recipients');
  if (recipients.dataset.options !== options.join('\n')) {
    recipients.dataset.options = options.join('\n');
    recipients.replaceChildren(...options.map(o => el('option', { value: o })));
    document.getElementById('group-ids').replaceChildren(...groups.map(o => el('option', { value: o })));
    document.getElementById('known-users').replaceChildren(...[...people.values()].map(o => el('option', { value: o })));
  }
}

function render(state) {
  setText(document.getElementById('position'), `${state.me.controlRoom} · ${state.me.name} (${state.me.id}, ${state.me.agency})`);
  const connection = document.getElementById('connection');
  setText(connection, state.connection === 'connected' ? 'Connected to the MCX' : state.connection === 'lost' ? `MCX connection lost: ${state.connectionDetail}` : 'Connecting to the MCX…');
  connection.dataset.state = state.connection;
  renderGroups(state);
  renderAlerts(state);
  renderCalls(state);
  renderHandovers(state);
  renderPatches(state);
  renderMessages(state);
  renderPlan(state);
  if (state.notice) setText(document.getElementById('notice'), state.notice);
  document.documentElement.dataset.version = String(state.version);
  document.documentElement.dataset.seat = state.me.id;
}

// Nobody at the console (the position ended; the page stays open, logged in, for the next one): the screen is cleared of
// everything the last position showed, drawn from an empty state, with the forms, results and notice emptied.
const VACANT = {
  me: { id: '', name: 'no position', agency: '', controlRoom: 'Vacant' },
  connection: 'vacant', connectionDetail: '', version: 0, notice: '',
  groups: [], alerts: [], cancelled: [], calls: [], handovers: [], patches: [], messages: [], units: [], places: [],
};

function vacate() {
  for (const form of document.querySelectorAll('main form')) form.reset();
  for (const id of ['monitor-result', 'affiliate-result', 'notice']) setText(document.getElementById(id), '');
  document.getElementById('notice').classList.remove('error');
  tileControls.clear();
  render(VACANT);
  setText(document.getElementById('position'), 'Vacant: no dispatcher position');
  setText(document.getElementById('connection'), 'No dispatcher position: the console is vacant');
  document.documentElement.dataset.seat = 'vacant';
}

function submit(formId, action) {
  document.getElementById(formId).addEventListener('submit', async event => {
    event.preventDefault();
    await action(event.target);
  });
}

submit('message-form', async form => {
  const to = form.querySelector('#message-to');
  const text = form.querySelector('#message-text');
  const read = form.querySelector('#message-read');
  if (await post('/api/messages', { to: to.value, text: text.value, read: read.checked })) text.value = '';
});
submit('call-form', async form => {
  const user = form.querySelector('#call-user');
  const automatic = form.querySelector('#call-automatic');
  if (await post('/api/calls', { user: user.value, automatic: automatic.checked })) user.value = '';
});
submit('listen-form', async form => {
  const user = form.querySelector('#listen-user');
  if (await post('/api/calls/listen', { user: user.value })) user.value = '';
});
submit('handover-form', async form => {
  const incident = form.querySelector('#handover-incident');
  const details = form.querySelector('#handover-details');
  const body = { to: form.querySelector('#handover-to').value, incident: incident.value, details: details.value };
  if (await post('/api/handovers', body)) {
    incident.value = '';
    details.value = '';
  }
});
submit('monitor-form', async form => {
  const group = form.querySelector('#monitor-group');
  const result = document.getElementById('monitor-result');
  const wanted = group.value.trim();
  setText(result, `Affiliating to ${wanted}…`);
  const refused = await send('/api/monitor', { group: wanted });
  setText(result, refused ? `Not monitoring ${wanted}: ${refused}` : `Monitoring ${wanted}`);
  if (!refused) group.value = '';
});
submit('affiliate-form', async form => {
  const user = form.querySelector('#affiliate-user');
  const group = form.querySelector('#affiliate-group');
  const result = document.getElementById('affiliate-result');
  setText(result, `Affiliating ${user.value} to ${group.value}…`);
  const refused = await send('/api/affiliations', { user: user.value, group: group.value });
  setText(result, refused ? `${user.value} not affiliated to ${group.value}: ${refused}` : `${user.value} affiliated to ${group.value}`);
});
submit('patch-form', () => post('/api/patches', {
  first: document.getElementById('patch-first').value,
  second: document.getElementById('patch-second').value,
}));

bindShortcut(() => {
  const selected = document.querySelector('input[name="f8-group"]:checked');
  return selected ? tileControls.get(selected.value) : null;
});

const events = new EventSource('/api/events');
events.addEventListener('state', event => render(JSON.parse(event.data)));
events.addEventListener('vacant', vacate);
events.addEventListener('error', () => {
  if (events.readyState === EventSource.CLOSED) window.location.assign('/login');
  else setText(document.getElementById('connection'), 'Reconnecting to the console server…');
});
