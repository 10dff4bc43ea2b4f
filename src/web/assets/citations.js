// Citations page: the citation graph (stored documents → what they cite, edges coloured by
// relation), drawn with cytoscape from /api/citations with the page's filters. Clicking a node opens it.
(async () => {
  const box = document.getElementById('graph');
  if (!box || !window.cytoscape) return;
  const say = (msg) => {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = msg;
    box.replaceChildren(p);
  };
  let data;
  try {
    const res = await fetch(box.dataset.src, { headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    data = await res.json();
  } catch (err) {
    say(`The graph could not be loaded (${err.message}); the table below lists the same citations.`);
    return;
  }
  if (!data.nodes.length) {
    say('No citation matches the filters.');
    return;
  }
  const css = getComputedStyle(document.documentElement);
  const colour = (name) => css.getPropertyValue(`--${name}`).trim() || '#888';
  // A fixed arrangement suits these hub-and-spoke graphs and needs no randomness (one database,
  // one picture): citing documents on a circle, what only one of them cites on a ring around it,
  // what several cite between them.
  const citers = new Map();
  for (const e of data.edges) {
    if (!citers.has(e.target)) citers.set(e.target, new Set());
    citers.get(e.target).add(e.source);
  }
  const hubs = data.nodes.filter((n) => data.edges.some((e) => e.source === n.id));
  const own = new Map(hubs.map((h) => [h.id, []]));
  for (const n of data.nodes) {
    const from = citers.get(n.id);
    if (from && from.size === 1 && !own.has(n.id)) own.get([...from][0]).push(n.id);
  }
  const ring = (count) => Math.max(70, count * 11);
  // neighbours on the circle stand their two rings (and a gap) apart
  const rings = hubs.map((h) => ring(own.get(h.id).length));
  const chord = Math.max(0, ...rings.map((r, i) => r + rings[(i + 1) % rings.length] + 60));
  const radius = hubs.length > 1 ? chord / (2 * Math.sin(Math.PI / hubs.length)) : 0;
  const at = new Map();
  hubs.forEach((h, i) => {
    const a = (2 * Math.PI * i) / hubs.length - Math.PI / 2;
    const centre = { x: radius * Math.cos(a), y: radius * Math.sin(a) };
    at.set(h.id, centre);
    const leaves = own.get(h.id);
    const r = ring(leaves.length);
    leaves.forEach((id, k) => {
      const b = a + (2 * Math.PI * k) / leaves.length;
      at.set(id, { x: centre.x + r * Math.cos(b), y: centre.y + r * Math.sin(b) });
    });
  });
  let shared = 0;
  for (const n of data.nodes) {
    if (at.has(n.id)) continue;
    const from = [...(citers.get(n.id) || [])].map((id) => at.get(id)).filter(Boolean);
    const x = from.reduce((s, p) => s + p.x, 0) / (from.length || 1);
    const y = from.reduce((s, p) => s + p.y, 0) / (from.length || 1);
    // several documents cited by the same few would land on one point: fan them out
    const k = shared++;
    at.set(n.id, { x: x + 18 * Math.cos(k * 2.4) * Math.sqrt(k), y: y + 18 * Math.sin(k * 2.4) * Math.sqrt(k) });
  }
  const cy = cytoscape({
    container: box,
    elements: [
      ...data.nodes.map((n) => ({ data: { id: n.id, label: n.label, href: n.href, kind: n.kind }, position: at.get(n.id) || { x: 0, y: 0 } })),
      ...data.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, relation: e.relation, mentions: e.mentions } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 9, color: '#444c56', 'text-valign': 'bottom', 'text-margin-y': 2, 'text-wrap': 'ellipsis', 'text-max-width': 120 } },
      {
        selector: 'node[kind = "stored"]',
        style: {
          shape: 'round-rectangle', width: 26, height: 26, 'background-color': '#0b5cad', 'font-size': 12, 'font-weight': 'bold', color: '#0b3d75',
          'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2, 'text-max-width': 220, 'z-index': 10,
        },
      },
      { selector: 'node[kind = "cited"]', style: { width: 11, height: 11, 'background-color': '#8c959f' } },
      { selector: 'edge', style: { width: 'mapData(mentions, 1, 10, 1.5, 5)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, opacity: 0.8 } },
      ...['basis', 'implements', 'amends', 'replaces', 'refers'].map((r) => ({
        selector: `edge[relation = "${r}"]`,
        style: { 'line-color': colour(r), 'target-arrow-color': colour(r) },
      })),
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ff7b00' } },
    ],
    layout: { name: 'preset', fit: true, padding: 24 },
  });
  cy.on('tap', 'node', (e) => {
    const href = e.target.data('href');
    if (typeof href === 'string' && href.startsWith('/')) location.assign(href);
  });
  box.dataset.nodes = String(cy.nodes().length);
  box.dataset.edges = String(cy.edges().length);
})();
