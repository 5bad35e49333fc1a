// Small DOM helpers: elements built from data (textContent only, never HTML strings) and keyed lists that keep their nodes,
// so a live update never takes focus away from a control the dispatcher is using.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.filter(c => c !== null && c !== undefined));
  return node;
}

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, String(value));
  }
  node.append(...children);
  return node;
}

// Renders items into container, one child per key: new keys get create(item), existing ones update(node, item), and
// children whose key is gone are removed. Order follows items.
export function keyed(container, items, key, create, update) {
  const existing = new Map([...container.children].map(child => [child.dataset.key, child]));
  let previous = null;
  for (const item of items) {
    const id = key(item);
    let node = existing.get(id);
    if (node) existing.delete(id);
    else {
      node = create(item);
      node.dataset.key = id;
    }
    update(node, item);
    const expected = previous ? previous.nextSibling : container.firstChild;
    if (node !== expected) container.insertBefore(node, expected);
    previous = node;
  }
  for (const stale of existing.values()) stale.remove();
}

export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

export function time(iso) {
  return new Date(iso).toLocaleTimeString('en-GB', { hour12: false });
}

export function who(card) {
  return card ? card.name : '';
}

export function describe(card) {
  if (!card) return '';
  const parts = [card.name];
  if (card.alias) parts.push(`alias ${card.alias}`);
  if (card.agency) parts.push(card.agency);
  return parts.join(' · ');
}
