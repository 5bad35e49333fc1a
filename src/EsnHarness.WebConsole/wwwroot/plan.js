// The plan of London: an SVG drawn from coordinates only (no map tiles). The frame takes in every landmark (the network
// model's places) and every unit, with a margin (Greater London when there is nothing to show); x is scaled by
// cos(latitude) so distances look right.
import { keyed, svg, setText, el, time } from './dom.js';

const LONDON = { north: 51.70, south: 51.28, west: -0.52, east: 0.34 };
const WIDTH = 560;
const HEIGHT = 420;
const MARGIN = 24;

function frame(points) {
  if (points.length === 0) return project(LONDON);
  const box = {
    north: Math.max(...points.map(p => p.lat)),
    south: Math.min(...points.map(p => p.lat)),
    west: Math.min(...points.map(p => p.lon)),
    east: Math.max(...points.map(p => p.lon)),
  };
  const padLat = Math.max(0.01, (box.north - box.south) * 0.1);
  const padLon = Math.max(0.015, (box.east - box.west) * 0.1);
  return project({ north: box.north + padLat, south: box.south - padLat, west: box.west - padLon, east: box.east + padLon });
}

function project(box) {
  const kx = Math.cos(((box.north + box.south) / 2) * Math.PI / 180);
  const scale = Math.min((WIDTH - 2 * MARGIN) / ((box.east - box.west) * kx), (HEIGHT - 2 * MARGIN) / (box.north - box.south));
  const left = (WIDTH - (box.east - box.west) * kx * scale) / 2;
  const top = (HEIGHT - (box.north - box.south) * scale) / 2;
  return {
    x: lon => left + (lon - box.west) * kx * scale,
    y: lat => top + (box.north - lat) * scale,
    kmPerUnit: 111.32 / scale,
  };
}

// Landmark labels that would overlap one already placed are left out (the dot stays, unnamed).
function placeLabels(places, f) {
  const placed = [];
  return places.map(p => {
    const x = f.x(p.lon);
    const y = f.y(p.lat);
    const short = p.name.split(' (')[0];
    const width = short.length * 5;
    const flip = x + width + 6 > WIDTH;
    const from = flip ? x - width - 4 : x;
    const free = placed.every(q => from + width < q.from || q.from + q.width < from || Math.abs(q.y - y) > 11);
    if (free) placed.push({ from, y, width });
    return { ...p, x, y, flip, label: free ? short : '' };
  });
}

function format(value) {
  return value.toFixed(4);
}

let drawn = '';

export function renderPlan(state) {
  // Every state change reaches the page (a talker, a floor answer, ten a second during a burst); the plan changes only with
  // the units and the places, so it is laid out and drawn again only then.
  const key = JSON.stringify([state.units, state.places]);
  if (key === drawn) return;
  drawn = key;
  const plan = document.getElementById('plan');
  if (!plan.dataset.ready) {
    plan.append(
      svg('rect', { class: 'sea', x: 0, y: 0, width: WIDTH, height: HEIGHT }),
      svg('g', { id: 'landmarks', 'aria-hidden': 'true' }),
      svg('g', { id: 'scale', 'aria-hidden': 'true' }),
      svg('g', { id: 'units' }));
    plan.dataset.ready = 'true';
  }

  const places = state.places.map(p => ({ lat: p.lat, lon: p.lon }));
  const units = state.units.map(u => ({ lat: u.lat, lon: u.lon }));
  const f = frame([...places, ...units]);

  // The landmarks are one path of dots and a text per label placed: a hundred places drawn as a group, a title, a dot and a text each
  // were most of the page's elements, and every Playwright query and trace snapshot of the page walks all of them.
  const laid = placeLabels(state.places, f);
  document.getElementById('landmarks').replaceChildren(
    svg('path', { class: 'dots', d: laid.map(p => `M${(p.x - 2.5).toFixed(1)} ${p.y.toFixed(1)}a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0`).join('') }),
    ...laid.filter(p => p.label).map(p => svg('text', {
      x: (p.flip ? p.x - 4 : p.x + 4).toFixed(1), y: (p.y - 4).toFixed(1), 'text-anchor': p.flip ? 'end' : 'start', text: p.label,
    })));

  const scale = document.getElementById('scale');
  const fiveKm = 5 / f.kmPerUnit;
  scale.replaceChildren(
    svg('line', { x1: MARGIN, y1: HEIGHT - 12, x2: MARGIN + fiveKm, y2: HEIGHT - 12 }),
    svg('text', { x: MARGIN + fiveKm + 6, y: HEIGHT - 8, text: '5 km' }));

  keyed(document.getElementById('units'), state.units, u => u.user.id,
    () => svg('g', { role: 'img', class: 'unit' }, svg('circle', { r: 6 }), svg('text', { x: 9, y: 4 })),
    (node, u) => {
      const label = `Unit ${u.user.name} at ${format(u.lat)}, ${format(u.lon)}`;
      if (node.getAttribute('aria-label') !== label) node.setAttribute('aria-label', label);
      node.setAttribute('class', `unit ${(u.user.agency || 'other').toLowerCase()}`);
      node.setAttribute('transform', `translate(${f.x(u.lon).toFixed(1)} ${f.y(u.lat).toFixed(1)})`);
      setText(node.querySelector('text'), u.user.name);
    });

  keyed(document.getElementById('unit-rows'), state.units, u => u.user.id,
    () => el('tr', {}, el('th', { scope: 'row' }), el('td'), el('td')),
    (row, u) => {
      const [name, position, reported] = row.children;
      setText(name, u.user.name);
      setText(position, `${format(u.lat)}, ${format(u.lon)}`);
      setText(reported, `${time(u.at)} (${u.trigger})`);
    });
}
