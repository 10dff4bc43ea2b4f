// Compare page: the bar chart of the rows the table shows (one bar per target), drawn with
// Observable Plot from /api/compare. Figures keep their comparator ("≥ 27%"); a bar links to its sentence.
(async () => {
  const figure = document.getElementById('chart');
  if (!figure || !window.Plot) return;
  const say = (msg) => {
    figure.replaceChildren();
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = msg;
    figure.append(p);
  };
  let data;
  try {
    const res = await fetch(figure.dataset.src, { headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    data = await res.json();
  } catch (err) {
    say(`The chart could not be loaded (${err.message}); the table below has the same rows.`);
    return;
  }
  if (!data.rows.length) {
    say('Nothing to chart.');
    return;
  }
  // a change ("+20%") and a level ("≥ 27%") do not share an axis, nor do percents and counts
  const CHANGE = new Set(['increase_by', 'decrease_by']);
  const groups = new Map();
  for (const r of data.rows) {
    const unit = r.unit === 'percent' ? '%' : r.per ? `${r.unit} per ${r.per}` : r.unit;
    const name = CHANGE.has(r.comparator) ? `change (${unit})` : unit;
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name).push(r);
  }
  const used = new Map();
  const label = (r) => {
    const base = [r.province, r.document, data.year ? null : r.year].filter((x) => x !== null && x !== undefined && x !== '').join(' · ');
    const n = (used.get(base) || 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  };
  figure.replaceChildren();
  for (const [name, rows] of groups) {
    const points = rows.map((r) => ({ ...r, label: label(r), signed: r.comparator === 'decrease_by' ? -r.value : r.value }));
    const longest = Math.max(...points.map((p) => p.label.length));
    const chart = Plot.plot({
      width: Math.min(1100, Math.max(640, figure.clientWidth || 900)),
      height: 40 + points.length * 34,
      marginLeft: Math.min(420, 12 + longest * 6.6),
      marginRight: 90,
      x: { label: name, grid: true, ...(name === '%' ? { domain: [0, Math.max(100, ...points.map((p) => p.value))] } : {}) },
      y: { label: null, domain: points.map((p) => p.label) },
      marks: [
        Plot.barX(points, { y: 'label', x: 'signed', fill: '#8b1e1e', fillOpacity: 0.8, href: 'href', title: (p) => `${p.figure} ${p.year ?? ''}\n${p.text}` }),
        Plot.text(points, { y: 'label', x: 'signed', text: (p) => `${p.figure}${data.year || p.year === null ? '' : ` (${p.year})`}`, dx: 4, textAnchor: 'start', fontWeight: 600 }),
        Plot.ruleX([0]),
      ],
    });
    const h = document.createElement('h3');
    h.textContent = groups.size > 1 ? `${data.indicator}: ${name}` : `${data.indicator}${data.year ? ` in ${data.year}` : ''}`;
    figure.append(h, chart);
  }
  figure.dataset.bars = String(data.rows.length);
})();
