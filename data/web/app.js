// newsgraph page: search an entity, draw its ego network from /api/graph,
// list its timeline, show the evidence of a relation. Plain JS, no network
// access beyond this server. Text from the graph is always set with
// textContent (never parsed as HTML).
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAGE = 50;
// Relation name -> colour, from /api/relation-types (data/relation_types.tsv,
// the colours DOT exports use too); filled before the first view loads.
let relationColors = {};
const relationColor = (name) => relationColors[name] || '#888';
const TYPE_COLORS = {
  ORG: '#2457c5', PERSON: '#e07b00', PRODUCT: '#16a34a', PROJECT: '#0891b2',
  EVENT: '#9333ea', PLACE: '#78716c',
};

const $ = (id) => document.getElementById(id);
let state = { entity: '', from: '', to: '', relation: '', hops: '1' };
let timelineOffset = 0;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const child of children) {
    if (child == null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v != null) q.set(k, v);
  return q.toString();
}

async function api(path, params) {
  const response = await fetch(path + '?' + query(params || {}));
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) {
    const what = body.parameter ? ` (${body.parameter})` : '';
    throw new Error(`${body.error || response.status}${what}`);
  }
  return body;
}

function showMessage(text, isError) {
  const box = $('message');
  box.textContent = text || '';
  box.className = isError ? 'message error' : 'message';
}

// ---- State in the URL hash, so that a view can be linked and reloaded ----

function readHash() {
  const q = new URLSearchParams(location.hash.slice(1));
  state = {
    entity: q.get('entity') || '', from: q.get('from') || '', to: q.get('to') || '',
    relation: q.get('relation') || '', hops: q.get('hops') || '1',
  };
  $('from').value = state.from;
  $('to').value = state.to;
  $('relation').value = state.relation;
  $('hops').value = state.hops;
}

function go(changes) {
  const next = { ...state, ...changes };
  location.hash = query(next);
}

function filters() {
  return { from: state.from, to: state.to, relation: state.relation };
}

// ---- Search ----------------------------------------------------------------

let searchTimer = 0;
let searchSeq = 0;

function setupSearch() {
  const input = $('search');
  const list = $('results');
  input.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => search(input.value.trim()), 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      const first = list.querySelector('li');
      if (first) first.click();
    } else if (e.key === 'Escape') {
      list.hidden = true;
    }
  });
  document.addEventListener('click', (e) => {
    if (!e.target.closest('.search')) list.hidden = true;
  });
}

async function search(text) {
  const list = $('results');
  const seq = ++searchSeq;
  if (!text) { list.hidden = true; return; }
  try {
    const data = await api('/api/entities', { q: text, limit: 12 });
    if (seq !== searchSeq) return;  // a later keystroke won
    list.replaceChildren();
    for (const e of data.entities) {
      const aliases = e.aliases.length ? ' · ' + e.aliases.slice(0, 4).join(', ') : '';
      list.append(el('li', {
        onclick: () => { list.hidden = true; $('search').value = e.name; go({ entity: String(e.id) }); },
      }, el('strong', {}, e.name), ` ${e.type}`, e.stock_code ? ` ${e.stock_code}` : '',
      el('span', { class: 'muted' }, `${aliases} · ${e.events} events`)));
    }
    if (!data.entities.length) list.append(el('li', { class: 'muted' }, 'No entity by that name'));
    list.hidden = false;
  } catch (err) {
    showMessage(err.message, true);
  }
}

// ---- Start page ----------------------------------------------------------------

async function showStart() {
  $('graph').replaceChildren();
  $('legend').replaceChildren();
  $('timeline').replaceChildren();
  $('timeline-count').textContent = '';
  $('more').hidden = true;
  $('downloads').replaceChildren();
  showMessage('Search an entity above, or pick one of the most connected:');
  const data = await api('/api/entities', { limit: 30 });
  const chips = el('div', { class: 'chips' });
  for (const e of data.entities) {
    chips.append(el('button', { class: 'chip', type: 'button', onclick: () => go({ entity: String(e.id) }) },
      `${e.name} (${e.events})`));
  }
  $('entity').replaceChildren(el('h2', {}, 'Entities'), chips);
}

// ---- Entity card -------------------------------------------------------------

function entityLink(ref) {
  return el('a', { href: '#' + query({ ...state, entity: String(ref.id) }) }, ref.name || `#${ref.id}`);
}

function renderEntity(e) {
  const card = $('entity');
  const rows = el('dl', {},
    el('dt', {}, 'Type'), el('dd', {}, e.type),
    el('dt', {}, 'Id'), el('dd', {}, String(e.id), e.lexicon_id ? ` (${e.lexicon_id})` : ''));
  if (e.stock_code) rows.append(el('dt', {}, 'Stock code'), el('dd', {}, e.stock_code));
  if (e.english_name) rows.append(el('dt', {}, 'English'), el('dd', {}, e.english_name));
  if (e.aliases.length) rows.append(el('dt', {}, 'Aliases'), el('dd', {}, e.aliases.join(', ')));
  const counts = Object.entries(e.counts.by_relation).map(([r, n]) => `${r} ${n}`).join(', ');
  rows.append(el('dt', {}, 'Events'),
    el('dd', {}, `${e.counts.events} with ${e.counts.neighbors} others, ${e.counts.evidence} sentences`),
    el('dt', {}, 'By relation'), el('dd', {}, counts || '-'));
  if (e.roles.length) {
    const roles = el('dd', {});
    e.roles.forEach((r, i) => {
      if (i) roles.append('; ');
      const other = r.person.id === e.id ? r.organization : r.person;
      roles.append(entityLink(other), r.title ? ` ${r.title}` : '', r.time ? ` (${r.time})` : '');
    });
    rows.append(el('dt', {}, 'Roles'), roles);
  }
  card.replaceChildren(el('h2', {}, e.name), rows);
  document.title = `${e.name} · newsgraph`;
  $('search').value = e.name;
}

// ---- Ego diagram ----------------------------------------------------------------

// A radial layout: the center in the middle, each hop on its own ring,
// entities on a ring ordered by type and name so the drawing is stable.
function layout(entities, centerId) {
  const W = 800, H = 620, cx = W / 2, cy = H / 2;
  const rings = new Map();
  for (const e of entities) {
    const hop = e.id === centerId ? 0 : (e.hop > 0 ? e.hop : 3);
    if (!rings.has(hop)) rings.set(hop, []);
    rings.get(hop).push(e);
  }
  const maxHop = Math.max(1, ...rings.keys());
  const pos = new Map();
  for (const [hop, ring] of rings) {
    ring.sort((a, b) => a.type.localeCompare(b.type) || b.degree - a.degree || a.name.localeCompare(b.name));
    const radius = hop === 0 ? 0 : (Math.min(W, H) / 2 - 60) * (hop / maxHop);
    const offset = hop * 0.37;  // stagger rings so labels do not line up
    ring.forEach((e, i) => {
      const angle = offset + (2 * Math.PI * i) / ring.length;
      pos.set(e.id, { x: cx + radius * Math.cos(angle) * 1.25, y: cy + radius * Math.sin(angle) });
    });
  }
  return pos;
}

function renderGraph(data) {
  const root = $('graph');
  root.replaceChildren();
  const pos = layout(data.entities, data.center.id);
  const edges = svg('g', {});
  const labels = svg('g', {});
  const pairCount = new Map();
  const used = new Set();
  for (const ev of data.events) {
    const a = pos.get(ev.subject.id), b = pos.get(ev.object.id);
    if (!a || !b) continue;
    used.add(ev.relation);
    // Parallel events between one pair bend apart.
    const key = [ev.subject.id, ev.object.id].sort().join('-');
    const n = pairCount.get(key) || 0;
    pairCount.set(key, n + 1);
    const bend = (n % 2 ? -1 : 1) * Math.ceil(n / 2) * 40;
    const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const qx = mx - ((b.y - a.y) / len) * bend, qy = my + ((b.x - a.x) / len) * bend;
    const path = svg('path', {
      d: `M${a.x},${a.y} Q${qx},${qy} ${b.x},${b.y}`,
      class: 'edge' + (ev.stated ? '' : ' hedged'),
      stroke: relationColor(ev.relation),
    }, svg('title', {}, `${ev.subject.name} ${ev.relation} ${ev.object.name}` +
      `${ev.time ? ' · ' + ev.time : ''} · ${ev.evidence_count} sentences, ${ev.source_count} sources` +
      `${ev.stated ? '' : ' · hedged only'}`));
    path.addEventListener('click', () => showEvidence(ev.id));
    edges.append(path);
    if (data.events.length <= 60) {
      labels.append(svg('text', { x: (mx + qx) / 2, y: (my + qy) / 2, class: 'edge-label', 'text-anchor': 'middle' },
        ev.relation + (ev.time ? ' ' + ev.time : '')));
    }
  }
  const nodes = svg('g', {});
  for (const e of data.entities) {
    const p = pos.get(e.id);
    const isCenter = e.id === data.center.id;
    const r = isCenter ? 14 : Math.min(12, 5 + Math.sqrt(e.degree) * 2);
    const g = svg('g', { class: 'node' + (isCenter ? ' center' : ''), transform: `translate(${p.x},${p.y})` },
      svg('circle', { r, fill: TYPE_COLORS[e.type] || '#888' }),
      svg('text', { y: -r - 4, 'text-anchor': 'middle' }, e.name),
      svg('title', {}, `${e.name} · ${e.type} · ${e.events} events in all`));
    g.addEventListener('click', () => go({ entity: String(e.id) }));
    nodes.append(g);
  }
  root.append(edges, labels, nodes);

  const legend = $('legend');
  legend.replaceChildren();
  for (const r of [...used].sort()) {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = relationColor(r);
    legend.append(el('span', {}, swatch, r));
  }
  legend.append(el('span', {}, '- - - hedged only'));
  const shown = `${data.entities.length} of ${data.total_entities} entities, ${data.events.length} of ${data.total_events} events`;
  showMessage(data.truncated ? `${shown} (the closest ones are shown)` : shown);
  if (!data.events.length) showMessage('No relation matches these filters.');
}

// ---- Timeline -------------------------------------------------------------------

function timelineItem(ev, centerId) {
  const other = ev.subject.id === centerId ? ev.object : ev.subject;
  const rel = el('span', { class: 'rel' }, ev.relation);
  rel.style.background = relationColor(ev.relation);
  const direction = ev.symmetric ? '↔' : (ev.subject.id === centerId ? '→' : '←');
  const first = ev.evidence && ev.evidence[0];
  return el('li', { onclick: () => showEvidence(ev.id), title: 'Show the evidence' },
    el('span', { class: 'when' }, ev.time || 'undated'), rel, ` ${direction} `,
    el('strong', {}, other.name || `#${other.id}`),
    ev.stated ? null : el('span', { class: 'badge hedged' }, 'hedged'),
    el('span', { class: 'muted' }, ` · ${ev.evidence_count} sent., ${ev.source_count} src.`),
    first ? el('span', { class: 'snippet' }, first.sentence) : null);
}

async function loadTimeline(append) {
  if (!append) timelineOffset = 0;
  const data = await api('/api/timeline', { entity: state.entity, ...filters(), limit: PAGE, offset: timelineOffset });
  const list = $('timeline');
  if (!append) list.replaceChildren();
  for (const ev of data.events) list.append(timelineItem(ev, data.entity.id));
  timelineOffset += data.events.length;
  $('timeline-count').textContent = `${data.total} events`;
  $('more').hidden = timelineOffset >= data.total;
}

// ---- Evidence ----------------------------------------------------------------------

async function showEvidence(eventId) {
  const panel = $('evidence');
  try {
    const data = await api('/api/evidence', { relation: eventId, limit: 100 });
    const ev = data.event;
    $('evidence-title').textContent =
      `${ev.subject.name} ${ev.relation} ${ev.object.name}${ev.time ? ' · ' + ev.time : ''}`;
    const list = $('evidence-list');
    list.replaceChildren();
    for (const e of data.evidence) {
      const source = e.url && /^https?:\/\//.test(e.url)
        ? el('a', { href: e.url, target: '_blank', rel: 'noopener noreferrer' }, e.title || e.url)
        : el('span', {}, e.title || e.doc_id);
      list.append(el('li', {},
        el('blockquote', {}, e.sentence),
        el('div', { class: 'meta' }, source, ` · ${e.source || 'unknown source'} · ${e.doc_date || 'undated'}`,
          e.time_text ? ` · time “${e.time_text}”` : '',
          e.hedged ? el('span', { class: 'badge hedged' }, 'hedged') : null)));
    }
    if (data.total > data.evidence.length) list.append(el('li', { class: 'muted' }, `${data.total - data.evidence.length} more not shown`));
    panel.hidden = false;
  } catch (err) {
    showMessage(err.message, true);
  }
}

// ---- Loading a view ------------------------------------------------------------------

async function load() {
  readHash();
  $('evidence').hidden = true;
  if (!state.entity) { await showStart().catch((err) => showMessage(err.message, true)); return; }
  showMessage('Loading…');
  try {
    const [entity, graph] = await Promise.all([
      api('/api/entities/' + encodeURIComponent(state.entity)),
      api('/api/graph', { center: state.entity, hops: state.hops, ...filters() }),
    ]);
    renderEntity(entity);
    renderGraph(graph);
    const params = query({ center: entity.id, hops: state.hops, ...filters() });
    $('downloads').replaceChildren(
      el('a', { href: '/api/graph.svg?' + params, target: '_blank' }, 'SVG'),
      el('a', { href: '/api/graph.dot?' + params, target: '_blank' }, 'DOT'),
      el('a', { href: '/api/graph?' + params, target: '_blank' }, 'JSON'));
    await loadTimeline(false);
    // A link may name a relation event to open its evidence at once.
    const event = new URLSearchParams(location.hash.slice(1)).get('event');
    if (event) await showEvidence(event);
  } catch (err) {
    showMessage(err.message, true);
  }
}

async function loadRelationTypes() {
  const data = await api('/api/relation-types');
  relationColors = Object.fromEntries(data.relation_types.map((t) => [t.name, t.color]));
}

async function setupFilters() {
  const stats = await api('/api/stats');
  $('stats').textContent = `${stats.entities} entities · ${stats.events} events · ${stats.documents} articles`;
  const select = $('relation');
  for (const [name, count] of Object.entries(stats.events_by_relation)) {
    select.append(el('option', { value: name }, `${name} (${count})`));
  }
  select.value = state.relation;
}

function main() {
  setupSearch();
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    go({ from: $('from').value.trim(), to: $('to').value.trim(), relation: $('relation').value, hops: $('hops').value });
  });
  $('more').addEventListener('click', () => loadTimeline(true).catch((err) => showMessage(err.message, true)));
  $('close-evidence').addEventListener('click', () => { $('evidence').hidden = true; });
  window.addEventListener('hashchange', load);
  readHash();
  Promise.all([loadRelationTypes(), setupFilters()])
    .catch((err) => showMessage(err.message, true)).finally(load);
}

main();
