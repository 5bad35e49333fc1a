// Private calls and ambient listening calls: ringing, connected, talking (hold PTT), ended. A listening call (TS 23.379 §10.14)
// is the dispatcher's alone: the listened-to terminal shows nothing, and only its user talks (the floor denies the dispatcher).
import { el, keyed, setText, who, describe } from './dom.js';
import { post, bindPtt } from './actions.js';
import { floorText, audioText } from './words.js';

function button(kind, action) {
  const b = el('button', { type: 'button', class: kind });
  b.addEventListener('click', action);
  return b;
}

function createCall(c) {
  const item = el('li', { class: `call ${c.state}${c.listening ? ' listening' : ''}` }, el('p', { class: 'what' }));
  if (c.listening) item.append(el('p', { class: 'listening-mark', role: 'note' }));
  if (c.state === 'active') {
    item.append(el('p', { class: 'floor', role: 'status' }), el('p', { class: 'audio', role: 'status', 'aria-live': 'off' }));
  }
  if (c.state === 'incoming') {
    item.append(button('answer', () => post('/api/calls/answer', { callId: c.callId, accept: true })),
      button('decline', () => post('/api/calls/answer', { callId: c.callId, accept: false })));
  } else {
    if (c.state === 'active') {
      const talk = el('button', { type: 'button', class: 'ptt', 'aria-pressed': 'false' });
      bindPtt(talk, { callId: c.callId });
      item.append(talk);
    }
    item.append(button('end', () => post('/api/calls/end', { callId: c.callId })));
  }
  return item;
}

// Every label is set on each update: the peer's display name may arrive from the directory after the call appeared.
function updateCall(node, c) {
  const name = c.peer.name;
  const words = c.listening
    ? `Listening to ${describe(c.peer)}: their terminal shows nothing of it`
    : { incoming: `Incoming call from ${describe(c.peer)}`, ringing: `Calling ${describe(c.peer)}…`, active: `In call with ${describe(c.peer)}` }[c.state] || c.state;
  setText(node.querySelector('.what'), words);
  const mark = node.querySelector('.listening-mark');
  if (mark) {
    mark.setAttribute('aria-label', `Listening to ${name}`);
    setText(mark, 'Ambient listening: you hear the terminal; you cannot talk');
  }
  const floor = node.querySelector('.floor');
  if (floor) {
    floor.setAttribute('aria-label', `Floor in call with ${name}`);
    setText(floor, `${c.talker ? (c.mine ? 'You are talking' : `Talking: ${who(c.talker)}`) : 'Nobody is talking'} · ${floorText(c.floor, c.floorDetail)}`);
  }
  const audio = node.querySelector('.audio');
  if (audio) {
    audio.setAttribute('aria-label', `Audio in call with ${name}`);
    setText(audio, audioText(c.audio));
  }
  const labels = { answer: `Answer call from ${name}`, decline: `Decline call from ${name}`, ptt: `Push to talk to ${name}`, end: `End call with ${name}` };
  for (const [kind, label] of Object.entries(labels)) {
    const control = node.querySelector(`button.${kind}`);
    if (control) setText(control, label);
  }
}

export function renderCalls(state) {
  keyed(document.getElementById('calls'), state.calls, c => `${c.callId}:${c.state}`, createCall, updateCall);
}
