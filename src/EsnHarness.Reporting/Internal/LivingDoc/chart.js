// Evidence charts: the empirical CDF of the samples with the limit and the measured percentile marked.
// Drawn with SVG DOM calls; every label is set with textContent.
const SVG_NS = 'http://www.w3.org/2000/svg';

function svgEl(name, attrs, text) {
  const el = document.createElementNS(SVG_NS, name);
  for (const key of Object.keys(attrs || {})) { el.setAttribute(key, String(attrs[key])); }
  if (text !== undefined) { el.textContent = text; }
  return el;
}

function niceTicks(min, max, count) {
  const span = max - min || 1;
  const raw = span / count;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => span / s <= count) || 10 * magnitude;
  const ticks = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) { ticks.push(+v.toFixed(10)); }
  return ticks;
}

function formatNumber(v) {
  if (v === undefined || v === null || Number.isNaN(v)) { return '–'; }
  if (Number.isInteger(v)) { return String(v); }
  const abs = Math.abs(v);
  return abs >= 100 ? v.toFixed(0) : abs >= 10 ? v.toFixed(1) : abs >= 1 ? v.toFixed(2) : v.toPrecision(3).replace(/\.?0+$/, '');
}

function evidenceChart(ev, idPrefix) {
  const W = 460, H = 220, L = 56, R = 20, T = 18, B = 46;
  const samples = (ev.samples || []).slice().sort((a, b) => a - b);
  const unit = ev.unit ? ' ' + ev.unit : '';
  const marks = [ev.limit, ev.value].filter((v) => typeof v === 'number');
  let lo = Math.min(0, samples.length ? samples[0] : 0, ...marks);
  let hi = Math.max(samples.length ? samples[samples.length - 1] : 1, ...marks);
  if (hi <= lo) { hi = lo + 1; }
  hi += (hi - lo) * 0.05;
  const x = (v) => L + (v - lo) / (hi - lo) * (W - L - R);
  const y = (f) => T + (1 - f) * (H - T - B);
  const titleId = idPrefix + '-title';
  const descId = idPrefix + '-desc';
  const svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img', class: 'chart', 'aria-labelledby': titleId + ' ' + descId });
  const pctText = typeof ev.pct === 'number' ? 'p' + formatNumber(ev.pct) : 'value';
  svg.appendChild(svgEl('title', { id: titleId }, ev.metric + ': distribution of ' + samples.length + ' samples'));
  svg.appendChild(svgEl('desc', { id: descId }, pctText + ' = ' + formatNumber(ev.value) + unit +
    (typeof ev.limit === 'number' ? ', limit ' + (ev.cmp || '') + ' ' + formatNumber(ev.limit) + unit : '') + ', verdict ' + ev.verdict));
  const plot = svgEl('g', { class: 'axes' });
  svg.appendChild(plot);
  for (const t of niceTicks(lo, hi, 6)) {
    plot.appendChild(svgEl('line', { x1: x(t), x2: x(t), y1: y(0), y2: y(1), class: 'grid' }));
    plot.appendChild(svgEl('text', { x: x(t), y: y(0) + 16, 'text-anchor': 'middle', class: 'tick' }, formatNumber(t)));
  }
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    plot.appendChild(svgEl('line', { x1: L, x2: W - R, y1: y(f), y2: y(f), class: 'grid' }));
    plot.appendChild(svgEl('text', { x: L - 6, y: y(f) + 4, 'text-anchor': 'end', class: 'tick' }, Math.round(f * 100) + '%'));
  }
  plot.appendChild(svgEl('line', { x1: L, x2: W - R, y1: y(0), y2: y(0), class: 'axis' }));
  plot.appendChild(svgEl('line', { x1: L, x2: L, y1: y(0), y2: y(1), class: 'axis' }));
  svg.appendChild(svgEl('text', { x: (L + W - R) / 2, y: H - 8, 'text-anchor': 'middle', class: 'label' }, ev.metric + (ev.unit ? ' (' + ev.unit + ')' : '')));
  svg.appendChild(svgEl('text', { x: 14, y: (T + H - B) / 2, 'text-anchor': 'middle', class: 'label', transform: 'rotate(-90 14 ' + (T + H - B) / 2 + ')' }, 'samples ≤ x'));
  if (samples.length > 0) {
    let d = 'M' + x(samples[0]).toFixed(1) + ',' + y(0).toFixed(1);
    samples.forEach((s, i) => {
      d += 'L' + x(s).toFixed(1) + ',' + y(i / samples.length).toFixed(1) + 'L' + x(s).toFixed(1) + ',' + y((i + 1) / samples.length).toFixed(1);
    });
    svg.appendChild(svgEl('path', { d, class: 'cdf' }));
  }
  if (typeof ev.limit === 'number') {
    svg.appendChild(svgEl('line', { x1: x(ev.limit), x2: x(ev.limit), y1: y(0), y2: y(1), class: 'limit-line', 'data-limit': ev.limit }));
    const right = x(ev.limit) < (L + W) / 2;
    svg.appendChild(svgEl('text', { x: x(ev.limit) + (right ? 4 : -4), y: T + 10, 'text-anchor': right ? 'start' : 'end', class: 'limit-label' }, 'limit ' + (ev.cmp || '') + ' ' + formatNumber(ev.limit) + unit));
  }
  if (typeof ev.value === 'number') {
    const f = typeof ev.pct === 'number' ? ev.pct / 100 : 1;
    svg.appendChild(svgEl('line', { x1: L, x2: x(ev.value), y1: y(f), y2: y(f), class: 'pct-line' }));
    svg.appendChild(svgEl('line', { x1: x(ev.value), x2: x(ev.value), y1: y(f), y2: y(0), class: 'pct-line' }));
    svg.appendChild(svgEl('circle', { cx: x(ev.value), cy: y(f), r: 4, class: 'pct-marker ' + (ev.verdict === 'pass' ? 'pass' : 'fail'), 'data-value': ev.value }));
    const right = x(ev.value) < (L + W) / 2;
    svg.appendChild(svgEl('text', { x: x(ev.value) + (right ? 6 : -6), y: y(f) + 14, 'text-anchor': right ? 'start' : 'end', class: 'pct-label' }, pctText + ' = ' + formatNumber(ev.value) + unit));
  }
  return svg;
}
