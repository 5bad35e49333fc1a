// Incident handovers received from other control rooms (a structured SDS, application "incident-handover"): the reference, the
// sending control room and dispatcher, every field as sent, and a control to read it (the sender is told it was read).
import { el, keyed, setText, time, describe } from './dom.js';
import { post } from './actions.js';

function createHandover(h) {
  const read = el('button', { type: 'button', class: 'read' });
  read.addEventListener('click', () => post('/api/handovers/read', { messageId: h.messageId }));
  return el('li', { class: 'handover' }, el('h3'), el('p', { class: 'sender' }), el('div', { class: 'fields' }), read, el('p', { class: 'read-state' }));
}

function updateHandover(node, h) {
  setText(node.querySelector('h3'), `Incident ${h.incident} from ${h.fromRoom}`);
  setText(node.querySelector('.sender'), `Sent by ${describe(h.from)} at ${time(h.at)}`);
  const fields = node.querySelector('.fields');
  const lines = h.fields.map(f => `${f.name}: ${f.value}`);
  if (fields.dataset.lines !== lines.join('\n')) {
    fields.dataset.lines = lines.join('\n');
    fields.replaceChildren(...lines.map(line => el('p', { class: 'field', text: line })));
  }
  const read = node.querySelector('button.read');
  setText(read, `Read handover of incident ${h.incident}`);
  read.hidden = h.read;
  setText(node.querySelector('.read-state'), h.read ? 'Read' : 'Not read yet');
}

export function renderHandovers(state) {
  keyed(document.getElementById('handovers'), state.handovers, h => h.messageId, createHandover, updateHandover);
}
