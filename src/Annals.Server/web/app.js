// Annals explore page. Vanilla JS, no build step, no network beyond this server.
// Every piece of stored text enters the DOM through textContent (el/text below), never as HTML.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const PAGE = 100;

// ---- DOM helpers ---------------------------------------------------------------------------------------------

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

const $ = (sel) => document.querySelector(sel);

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

// Only web addresses become links; anything else (javascript:, data:) stays text.
function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch { return null; }
}

// ---- API -----------------------------------------------------------------------------------------------------

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '' && v !== false) q.set(k, v === true ? 'true' : v);
  }
  const res = await fetch('/api/' + path + (q.toString() ? '?' + q : ''), { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: 'the server answered ' + res.status }));
  if (!res.ok) throw new Error(body.error || ('the server answered ' + res.status));
  return body;
}

// Each list remembers its latest request; an answer to an older one is dropped, so lists never fill twice.
const generations = {};
function nextGen(name) { generations[name] = (generations[name] || 0) + 1; return generations[name]; }
function stale(name, gen) { return generations[name] !== gen; }

function showError(node, err) {
  if (!node) return;
  if (err) { node.textContent = String(err.message || err); node.hidden = false; } else { node.hidden = true; }
}

// ---- shared rendering ----------------------------------------------------------------------------------------

function party(p) {
  if (!p) return el('span', { class: 'muted' }, '—');
  return el('span', { title: p.name || '' }, el('span', { class: 'code' }, p.code || '?'), p.name ? el('span', { class: 'muted' }, ' ' + p.name) : null);
}

function eventRow(e, onOpen) {
  const tr = el('tr', { dataset: { article: e.article, index: String(e.index) }, tabindex: 0 },
    el('td', { class: 'nowrap' }, el('span', { class: 'code' }, e.date || '—'), e.date_basis === 'dateline' ? el('span', { class: 'muted', title: 'dated by the article date' }, ' ·') : null),
    el('td', {}, party(e.source), ' → ', party(e.target)),
    el('td', { class: 'q' + e.quad_class, title: (e.plover || '') + ' · quad ' + e.quad_class + ' · Goldstein ' + e.goldstein },
      el('span', { class: 'code' }, e.cameo), ' ', e.cameo_name || ''),
    el('td', {}, e.trigger || ''),
    el('td', {}, el('span', { class: 'mood ' + e.mood }, e.mood)),
    el('td', { class: 'muted' }, e.article_title || e.article));
  const open = () => {
    for (const r of tr.parentNode.querySelectorAll('tr.open')) r.classList.remove('open');
    tr.classList.add('open');
    onOpen(e);
  };
  tr.addEventListener('click', open);
  tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(); });
  return tr;
}

// A merged event as a timeline row: its date, parties and code, and how many articles reported it.
function mergedRow(m) {
  const row = eventRow({
    article: m.article, index: -1, date: m.date, date_basis: null, source: m.source, target: m.target, cameo: m.cameo,
    cameo_name: m.cameo_name, quad_class: m.quad_class, plover: m.plover, goldstein: m.goldstein, trigger: m.trigger, mood: m.mood,
    article_title: m.articles + (m.articles === 1 ? ' article' : ' articles') + (m.mentions > m.articles ? ', ' + m.mentions + ' reports' : ''),
  }, async () => {
    try {
      const d = await api('merged-event', { id: m.id });
      if (d.event.index !== null && d.event.index !== undefined) openEvent(d.event.article, d.event.index);
    } catch (err) { showError($('#timeline-error'), err); }
  });
  row.dataset.merged = m.id;
  return row;
}

// Bars per period: `up` values above the axis (cooperation), `down` below (conflict), x by time.
function drawBars(node, periods, opts) {
  clear(node);
  const [, , W, H] = node.getAttribute('viewBox').split(' ').map(Number);
  const left = 44, right = 10, top = 12, bottom = 24;
  if (!periods.length) {
    node.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, opts.emptyText || 'no dated events'));
    return;
  }
  const day = (s) => Date.parse(s + 'T00:00:00Z') / 86400000;
  let t0 = day(periods[0].start), t1 = day(periods[periods.length - 1].end) + 1;

  // A few periods get room around them (at least twelve periods wide), so that one week is not one huge bar.
  const unit = day(periods[0].end) + 1 - day(periods[0].start);
  if (t1 - t0 < 12 * unit) { const pad = (12 * unit - (t1 - t0)) / 2; t0 -= pad; t1 += pad; }
  const span = Math.max(1, t1 - t0);
  const x = (t) => left + (t - t0) / span * (W - left - right);
  let upMax = Math.max(0, ...periods.map(opts.up));
  let downMax = Math.max(0, ...periods.map(opts.down));
  if (upMax === 0 && downMax === 0) upMax = 1;
  // A side with no bars keeps a thin band so that the axis is not drawn on the frame.
  if (upMax === 0) upMax = downMax * 0.08;
  if (downMax === 0) downMax = upMax * 0.08;
  const plot = H - top - bottom;
  const upH = plot * upMax / (upMax + downMax);
  const axisY = top + upH;
  const scale = plot / (upMax + downMax);

  node.append(svg('line', { x1: left, x2: W - right, y1: axisY, y2: axisY, class: 'axis' }));
  // Scale labels at the top and bottom only where bars reach, and never on top of the zero label.
  if (upMax > 1e-6 && upH > 14) node.append(svg('text', { x: left - 6, y: top + 8, 'text-anchor': 'end' }, fmt(upMax)));
  if (downMax > 1e-6 && plot - upH > 14) node.append(svg('text', { x: left - 6, y: H - bottom, 'text-anchor': 'end' }, '−' + fmt(downMax)));
  node.append(svg('text', { x: left - 6, y: axisY + 4, 'text-anchor': 'end' }, '0'));

  // Ticks: years when the range is long, else months.
  const first = new Date(t0 * 86400000), last = new Date(t1 * 86400000);
  const years = last.getUTCFullYear() - first.getUTCFullYear();
  const ticks = [];
  if (years >= 2) {
    const stepY = Math.ceil(years / 10);
    for (let y = first.getUTCFullYear() + 1; y <= last.getUTCFullYear(); y += stepY) ticks.push([Date.UTC(y, 0, 1) / 86400000, String(y)]);
  } else {
    const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
    const stepM = Math.max(1, Math.ceil(months / 10));
    for (let m = 1; m <= months; m += stepM) {
      const d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1));
      ticks.push([d.getTime() / 86400000, d.toISOString().slice(0, 7)]);
    }
  }
  if (!ticks.length) ticks.push([t0, periods[0].start]);
  for (const [t, label] of ticks) {
    const tx = x(t);
    node.append(svg('line', { x1: tx, x2: tx, y1: top, y2: H - bottom, class: 'grid' }));
    node.append(svg('text', { x: tx, y: H - 6, 'text-anchor': 'middle' }, label));
  }
  node.querySelector('.axis').before(...node.querySelectorAll('.grid'));

  for (const p of periods) {
    const x0 = x(day(p.start)), x1 = x(day(p.end) + 1);
    const w = Math.min(48, Math.max(3, (x1 - x0) * 0.8));
    const cx = (x0 + x1) / 2 - w / 2;
    const tip = opts.tip(p);
    const u = opts.up(p), d = opts.down(p);
    const bars = [];
    if (u > 0) bars.push(svg('rect', { x: cx, y: axisY - u * scale, width: w, height: Math.max(1, u * scale), class: 'bar coop' }, svg('title', {}, tip)));
    if (d > 0) bars.push(svg('rect', { x: cx, y: axisY, width: w, height: Math.max(1, d * scale), class: 'bar conf' }, svg('title', {}, tip)));
    for (const b of bars) {
      b.dataset.start = p.start;
      b.addEventListener('click', () => {
        for (const other of node.querySelectorAll('.picked')) other.classList.remove('picked');
        for (const mine of bars) mine.classList.add('picked');
        opts.onClick(p);
      });
      node.append(b);
    }
  }
}

function fmt(n) { return Math.abs(n) >= 10 ? Math.round(n).toString() : (Math.round(n * 10) / 10).toString(); }

// ---- event detail --------------------------------------------------------------------------------------------

async function openEvent(article, index) {
  const panel = $('#detail'), body = clear($('#detail-body'));
  panel.hidden = false;
  body.append(el('p', { class: 'muted' }, 'loading…'));
  const gen = nextGen('detail');
  let d;
  try { d = await api('event', { article, index }); } catch (err) { clear(body).append(el('div', { class: 'error' }, err.message)); return; }
  if (stale('detail', gen)) return;
  const e = d.event;
  clear(body);
  append(body, [
    el('h3', {}, e.cameo_name || ('CAMEO ' + e.cameo)),
    el('div', {}, el('span', { class: 'mood ' + e.mood }, e.mood), ' ', el('span', { class: 'code' }, 'CAMEO ' + e.cameo),
      e.plover ? el('span', { class: 'code' }, ' · ' + e.plover) : null,
      el('span', { class: 'q' + e.quad_class }, ' · quad ' + e.quad_class + ' · Goldstein ' + e.goldstein)),
    el('dl', {},
      el('dt', {}, 'source'), el('dd', {}, party(e.source)),
      el('dt', {}, 'target'), el('dd', {}, party(e.target)),
      el('dt', {}, 'when'), el('dd', {}, el('span', { class: 'code' }, e.date || 'undated'),
        el('span', { class: 'muted' }, ' (' + basisText(e.date_basis) + (d.timex ? ': “' + d.timex + '”' : '') + ')')),
      el('dt', {}, 'trigger'), el('dd', {}, e.trigger || '—'),
      el('dt', {}, 'confidence'), el('dd', {}, String(Math.round(e.confidence * 100) / 100))),
    el('div', { class: 'sentence', id: 'evidence' }, markedText(d.sentence, d.marks)),
    el('div', { class: 'marks-legend' }, el('mark', { class: 'trigger' }, 'trigger'), el('mark', { class: 'source' }, 'source'),
      el('mark', { class: 'target' }, 'target'), el('mark', { class: 'time' }, 'time')),
    el('h4', {}, d.reported_by.length > 1 ? 'Reported by ' + d.reported_by.length + ' articles' : 'Reported by'),
    d.merged && d.merged.mentions > 1
      ? el('p', { class: 'merged-note' }, d.merged.mentions + ' reports in ' + d.merged.articles + ' articles from ' + d.merged.sources +
          ' source(s), first reported ' + d.merged.first_reported + ', merged as one event (same source, target, CAMEO root and mood, dates within a day).')
      : null,
    el('ul', { class: 'reported', id: 'reported-by' }, d.reported_by.map((r) => reportLine(r, article, index)))]);
}

// One report of the event: its article, and the sentence it says it in (other reports open on a click).
function reportLine(r, article, index) {
  const here = r.id === article && r.event_index === index;
  const url = r.url ? safeUrl(r.url) : null;
  return el('li', {},
    el('button', { type: 'button', class: 'linkish', onclick: () => { showTab('articles'); openArticle(r.id); } }, r.title || r.id),
    el('span', { class: 'muted' }, ' · ' + r.date + (r.source ? ' · ' + r.source : '') + ' · ' + r.id),
    url ? el('span', {}, ' · ', el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'source')) : null,
    here ? el('span', { class: 'muted' }, ' (this report)') : el('span', {}, ' · ', el('button', { type: 'button', class: 'linkish', onclick: () => openEvent(r.id, r.event_index) }, 'open this report')),
    r.sentence && !here ? el('div', { class: 'said' }, r.sentence) : null);
}

function basisText(b) {
  return { timex: 'from a time expression in its clause', anaphora: 'from “that day” and the like', previous: 'from an earlier sentence', dateline: 'the article’s date' }[b] || (b || 'no date basis');
}

// The sentence as text nodes with <mark> around each span. Marks come sorted by start (longer first); a party may
// sit inside the trigger, so a mark's children are the marks that follow it and end within it.
function markedText(text, marks) {
  let i = 0;
  function build(from, to) {
    const out = [];
    let at = from;
    while (i < marks.length && marks[i].start < to) {
      const m = marks[i];
      if (m.start < at || m.end > to || m.end <= m.start) { i++; continue; }
      i++;
      if (m.start > at) out.push(text.slice(at, m.start));
      out.push(el('mark', { class: m.kind, title: m.kind }, build(m.start, m.end)));
      at = m.end;
    }
    if (at < to) out.push(text.slice(at, to));
    return out;
  }
  return build(0, text.length);
}

// ---- timeline ------------------------------------------------------------------------------------------------

const timeline = { params: {}, offset: 0, period: null };

function formParams(form) {
  const p = {};
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim() !== '') p[k] = String(v).trim();
  return p;
}

async function loadTimeline(params) {
  const gen = nextGen('timeline');
  timeline.params = params;
  timeline.offset = 0;
  timeline.period = null;
  showError($('#timeline-error'), null);
  clear($('#timeline-table tbody'));
  try {
    const filters = Object.assign({}, params, { period: 'auto' });
    delete filters.merged;
    const series = await api('series', filters);
    if (stale('timeline', gen)) return;
    $('#timeline-chart-title').textContent = 'Events by the date they happened, per ' + series.period;
    drawBars($('#timeline-chart'), series.periods, {
      up: (p) => p.cooperation, down: (p) => p.conflict,
      tip: (p) => p.start + ' – ' + p.end + ': ' + p.events + ' events (' + p.cooperation + ' cooperation, ' + p.conflict + ' conflict)',
      onClick: (p) => { nextGen('timeline'); timeline.period = p; timeline.offset = 0; clear($('#timeline-table tbody')); moreTimeline(); },
      emptyText: 'no dated events match',
    });
    await moreTimeline();
  } catch (err) {
    showError($('#timeline-error'), err);
  }
}

async function moreTimeline() {
  const gen = generations.timeline;
  const params = Object.assign({}, timeline.params, { offset: timeline.offset, limit: PAGE });
  const merged = params.merged === 'on';
  delete params.merged;
  if (timeline.period) { params.from = timeline.period.start; params.to = timeline.period.end; }
  try {
    const page = await api(merged ? 'merged' : 'timeline', params);
    if (stale('timeline', gen)) return;
    const tbody = $('#timeline-table tbody');
    for (const e of page.items) tbody.append(merged ? mergedRow(e) : eventRow(e, (ev) => openEvent(ev.article, ev.index)));
    timeline.offset += page.items.length;
    $('#timeline-count').textContent = page.total + (merged ? ' events, repeated reports merged' : ' events') + (timeline.period ? ' from ' + timeline.period.start + ' to ' + timeline.period.end : '');
    $('#timeline-more').hidden = timeline.offset >= page.total;
  } catch (err) {
    showError($('#timeline-error'), err);
  }
}

// ---- dyad ----------------------------------------------------------------------------------------------------

async function loadDyad() {
  const form = $('#dyad-form');
  const p = formParams(form);
  showError($('#dyad-error'), null);
  clear($('#dyad-table tbody'));
  if (!p.a || !p.b) { showError($('#dyad-error'), 'Give two actor codes.'); return; }
  const directed = form.elements.directed.checked;
  const gen = nextGen('dyad');
  try {
    const s = await api('dyad', { a: p.a, b: p.b, directed, period: p.period });
    if (stale('dyad', gen)) return;
    const goldstein = p.metric !== 'count';
    $('#dyad-title').textContent = s.a + (directed ? ' → ' : ' ↔ ') + s.b + ': ' + s.events + ' dated events, ' + (goldstein ? 'Goldstein sum' : 'event counts') + ' per ' + s.period;
    drawBars($('#dyad-chart'), s.periods, {
      up: goldstein ? (q) => q.goldstein_positive : (q) => q.cooperation,
      down: goldstein ? (q) => -q.goldstein_negative : (q) => q.conflict,
      tip: (q) => q.start + ' – ' + q.end + ': ' + q.events + ' events, Goldstein ' + q.goldstein + ' (' + q.goldstein_positive + ' / ' + q.goldstein_negative + ')',
      onClick: (q) => dyadWeek(s, q),
      emptyText: 'no dated events between ' + s.a + ' and ' + s.b,
    });
    $('#dyad-week-title').textContent = 'Events of the chosen period';
  } catch (err) {
    showError($('#dyad-error'), err);
  }
}

async function dyadWeek(s, q) {
  const gen = nextGen('dyad-week');
  const tbody = clear($('#dyad-table tbody'));
  $('#dyad-week-title').textContent = s.a + (s.directed ? ' → ' : ' ↔ ') + s.b + ', ' + q.start + ' to ' + q.end;
  try {
    const page = await api('events', { a: s.a, b: s.b, directed: s.directed, from: q.start, to: q.end, limit: 1000 });
    if (stale('dyad-week', gen)) return;
    for (const e of page.items) tbody.append(eventRow(e, (ev) => openEvent(ev.article, ev.index)));
  } catch (err) {
    showError($('#dyad-error'), err);
  }
}

// ---- summary timeline ----------------------------------------------------------------------------------------

async function loadSummary() {
  const p = formParams($('#summary-form'));
  showError($('#summary-error'), null);
  if (!p.actor) { showError($('#summary-error'), 'Give an actor code.'); return; }
  const gen = nextGen('summary');
  try {
    const rows = await api('summary', { actor: p.actor, other: p.other, n: p.n });
    if (stale('summary', gen)) return;
    const ol = clear($('#summary'));
    $('#summary-title').textContent = 'Summary timeline of ' + p.actor.toUpperCase() + (p.other ? ' and ' + p.other.toUpperCase() : '') + ': ' + rows.length + ' dates';
    const top = Math.max(1e-9, ...rows.map((r) => r.score));
    for (const r of rows) {
      const e = r.event;
      const li = el('li', { tabindex: 0, title: 'score ' + r.score },
        el('div', {}, el('div', { class: 'day' }, r.day), el('div', { class: 'score' })),
        el('div', {},
          el('div', {}, r.sentence || e.evidence || ''),
          el('div', { class: 'what' }, party(e.source), ' → ', party(e.target), ' · ', el('span', { class: 'q' + e.quad_class }, e.cameo_name || e.cameo),
            ' · ' + r.articles + (r.articles === 1 ? ' article' : ' articles') + ' · ' + r.events + (r.events === 1 ? ' event' : ' events') + ' that day')));
      // The bar's width shows the date's score against the top one; set through the DOM, not markup.
      li.querySelector('.score').style.width = Math.max(4, Math.round(100 * r.score / top)) + '%';
      const open = () => { if (e.index !== null && e.index !== undefined) openEvent(e.article, e.index); };
      li.addEventListener('click', open);
      li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(); });
      ol.append(li);
    }
    if (!rows.length) ol.append(el('li', { class: 'muted' }, 'no day-precise events for this actor'));
  } catch (err) {
    showError($('#summary-error'), err);
  }
}

// ---- quotes --------------------------------------------------------------------------------------------------

const quotes = { speaker: null, anonymous: false, offset: 0 };

async function loadSpeakers() {
  const form = $('#speaker-form');
  const gen = nextGen('speakers');
  try {
    const rows = await api('speakers', { speaker: form.elements.speaker.value.trim(), anonymous: form.elements.anonymous.checked, limit: 300 });
    if (stale('speakers', gen)) return;
    const list = clear($('#speakers'));
    for (const s of rows) {
      const b = el('button', { type: 'button' },
        el('span', {}, s.speaker, s.anonymous ? el('span', { class: 'anon', title: 'anonymous or unnamed source' }, 'anonymous') : null),
        el('span', { class: 'muted' }, (s.code ? s.code + ' · ' : '') + s.quotes));
      b.addEventListener('click', () => {
        for (const o of list.querySelectorAll('.active')) o.classList.remove('active');
        b.classList.add('active');
        loadQuotes(s.speaker, form.elements.anonymous.checked);
      });
      list.append(el('li', {}, b));
    }
    if (!rows.length) list.append(el('li', { class: 'muted' }, 'no speaker matches'));
  } catch (err) {
    clear($('#speakers')).append(el('li', { class: 'error' }, err.message));
  }
}

async function loadQuotes(speaker, anonymous) {
  quotes.speaker = speaker; quotes.anonymous = anonymous; quotes.offset = 0;
  nextGen('quotes');
  clear($('#quotes'));
  await moreQuotes();
}

async function moreQuotes() {
  const ol = $('#quotes');
  const gen = generations.quotes;
  try {
    const page = await api('quotes', { speaker: quotes.speaker, anonymous: quotes.anonymous, offset: quotes.offset, limit: PAGE });
    if (stale('quotes', gen)) return;
    for (const q of page.items) {
      const sp = q.speaker;
      ol.append(el('li', {},
        el('blockquote', {}, q.kind === 'direct' ? '“' + (q.text || '') + '”' : (q.text || '')),
        el('div', { class: 'meta' },
          sp ? (sp.name || sp.text || '') : 'no speaker found',
          sp && sp.code ? el('span', { class: 'code' }, ' ' + sp.code) : null,
          sp && sp.anonymous ? el('span', { class: 'anon', title: 'anonymous or unnamed source' }, 'anonymous source') : null,
          ' · ' + q.kind + (q.cue ? ' · “' + q.cue + '”' : '') + (q.medium ? ' · ' + q.medium : '') + ' · ' + (q.date || q.article_date) + ' · ',
          el('button', { type: 'button', class: 'linkish', onclick: () => { showTab('articles'); openArticle(q.article); } }, q.article))));
    }
    quotes.offset += page.items.length;
    $('#quotes-title').textContent = page.total + ' quotes' + (quotes.speaker ? ' by ' + quotes.speaker : '') + (quotes.anonymous ? ' from anonymous sources' : '');
    $('#quotes-more').hidden = quotes.offset >= page.total;
  } catch (err) {
    ol.append(el('li', { class: 'error' }, err.message));
  }
}

// ---- articles and search -------------------------------------------------------------------------------------

const articles = { q: '', offset: 0 };

async function searchArticles(q) {
  articles.q = q; articles.offset = 0;
  nextGen('articles');
  clear($('#articles'));
  $('#article-view').hidden = true;
  await moreArticles();
}

async function moreArticles() {
  const ol = $('#articles');
  const gen = generations.articles;
  try {
    const page = await api('articles', { q: articles.q, offset: articles.offset, limit: PAGE });
    if (stale('articles', gen)) return;
    for (const h of page.items) {
      const a = h.article;
      ol.append(el('li', {},
        el('button', { type: 'button', class: 'linkish title', onclick: () => openArticle(a.id) }, a.title || a.id),
        el('span', { class: 'muted' }, ' · ' + a.date + (a.source ? ' · ' + a.source : '') + ' · ' + a.events + ' events · ' + a.quotes + ' quotes'),
        el('div', { class: 'snippet' }, snippet(h))));
    }
    articles.offset += page.items.length;
    $('#articles-title').textContent = page.total + ' articles' + (articles.q ? ' with “' + articles.q + '”' : '');
    $('#articles-more').hidden = articles.offset >= page.total;
  } catch (err) {
    ol.append(el('li', { class: 'error' }, err.message));
  }
}

// The snippet with every search word marked (case-insensitive), as text nodes.
function snippet(h) {
  const text = h.snippet, words = articles.q.toLowerCase().split(/\s+/).filter(Boolean);
  const lower = text.toLowerCase(), out = [];
  let at = 0;
  while (words.length) {
    let best = -1, len = 0;
    for (const w of words) { const i = lower.indexOf(w, at); if (i >= 0 && (best < 0 || i < best)) { best = i; len = w.length; } }
    if (best < 0) break;
    if (best > at) out.push(text.slice(at, best));
    out.push(el('mark', { class: 'hit' }, text.slice(best, best + len)));
    at = best + len;
  }
  out.push(text.slice(at));
  return [h.snippet_start > 0 ? '… ' : '', out, ' …'];
}

async function openArticle(id) {
  const view = clear($('#article-view'));
  view.hidden = false;
  const gen = nextGen('article');
  try {
    const d = await api('article', { id });
    if (stale('article', gen)) return;
    const a = d.article, url = a.url ? safeUrl(a.url) : null;
    const events = d.events.filter((e) => e.mood === 'asserted');
    append(view, [
      el('div', { class: 'card-head' }, el('h2', {}, a.title || a.id),
        el('span', { class: 'muted' }, a.date + (a.source ? ' · ' + a.source : '') + ' · ' + a.id),
        url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'source') : null),
      el('div', { class: 'article-text' }, paragraphs(d.text, events)),
      el('h3', {}, d.events.length + ' events coded from it'),
      el('table', { class: 'events' },
        el('thead', {}, el('tr', {}, ['date', 'source → target', 'event', 'trigger', 'mood', 'article'].map((h) => el('th', {}, h)))),
        el('tbody', {}, d.events.map((e) => eventRow(e, (ev) => openEvent(ev.article, ev.index)))))]);
    view.scrollIntoView({ block: 'start' });
  } catch (err) {
    view.append(el('div', { class: 'error' }, err.message));
  }
}

// Paragraphs of the text, with asserted events' evidence underlined and clickable.
function paragraphs(text, events) {
  const spans = events.map((e) => ({ s: e.evidence.start, e: e.evidence.end, ev: e })).sort((x, y) => x.s - y.s);
  const out = [];
  let start = 0;
  for (const para of text.split(/\n\s*\n/)) {
    const at = text.indexOf(para, start);
    const end = at + para.length;
    const p = el('p', {});
    let cur = at;
    for (const sp of spans) {
      if (sp.s < cur || sp.e > end) continue;
      if (sp.s > cur) p.append(text.slice(cur, sp.s));
      p.append(el('span', { class: 'ev', title: sp.ev.cameo_name || sp.ev.cameo, onclick: () => openEvent(sp.ev.article, sp.ev.index) }, text.slice(sp.s, sp.e)));
      cur = sp.e;
    }
    if (cur < end) p.append(text.slice(cur, end));
    out.push(p);
    start = end;
  }
  return out;
}

// ---- tabs, status, start -------------------------------------------------------------------------------------

const loaded = {};

function showTab(name) {
  for (const b of document.querySelectorAll('#tabs button')) b.classList.toggle('active', b.dataset.tab === name);
  for (const v of document.querySelectorAll('.view')) v.classList.toggle('active', v.id === 'view-' + name);
  remember(name);
  if (!loaded[name]) { loaded[name] = true; refresh(name); }
}

// The address keeps the tab and its form (#timeline?actor=RUS&root=03), so that a view can be bookmarked or shared.
const FORMS = { timeline: '#timeline-filters', dyad: '#dyad-form', summary: '#summary-form' };

function remember(name) {
  const form = FORMS[name] ? $(FORMS[name]) : null;
  const q = form ? new URLSearchParams(formParams(form)).toString() : (name === 'articles' && articles.q ? new URLSearchParams({ q: articles.q }).toString() : '');
  const hash = '#' + name + (q ? '?' + q : '');
  if (location.hash !== hash) history.replaceState(null, '', hash);
}

function restore() {
  const raw = (location.hash || '#timeline').slice(1);
  const at = raw.indexOf('?');
  const name = at < 0 ? raw : raw.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : raw.slice(at + 1));
  const form = FORMS[name] ? $(FORMS[name]) : null;
  if (form) {
    for (const [k, v] of params) {
      const field = form.elements[k];
      if (!field) continue;
      if (field.type === 'checkbox') field.checked = v === 'on' || v === 'true'; else field.value = v;
    }
  }
  if (name === 'articles' && params.get('q')) { articles.q = params.get('q'); $('#search').value = articles.q; }
  return ['timeline', 'dyad', 'summary', 'quotes', 'articles'].includes(name) ? name : 'timeline';
}

function currentTab() { return (document.querySelector('#tabs button.active') || {}).dataset?.tab || 'timeline'; }

function refresh(name) {
  if (name === 'timeline') return loadTimeline(formParams($('#timeline-filters')));
  if (name === 'dyad') return $('#dyad-form').elements.a.value ? loadDyad() : null;
  if (name === 'summary') return $('#summary-form').elements.actor.value ? loadSummary() : null;
  if (name === 'quotes') { loadSpeakers(); return loadQuotes(quotes.speaker, quotes.anonymous); }
  if (name === 'articles') return searchArticles(articles.q);
}

async function loadFacets() {
  const f = await api('facets');
  const root = $('#timeline-filters').elements.root, plover = $('#timeline-filters').elements.plover;
  const keepRoot = root.value, keepPlover = plover.value;
  for (const sel of [root, plover]) while (sel.options.length > 1) sel.remove(1);
  for (const r of f.roots) root.append(el('option', { value: r.key }, r.key + ' ' + (r.name || '') + ' (' + r.events + ')'));
  for (const p of f.plover) plover.append(el('option', { value: p.key }, p.key + ' (' + p.events + ')'));
  root.value = keepRoot; plover.value = keepPlover;
  const codes = clear($('#actor-codes'));
  for (const a of f.actors) codes.append(el('option', { value: a.code }, a.name || ''));
  const chips = clear($('#dyad-chips'));
  for (const d of f.dyads.slice(0, 16)) {
    chips.append(el('button', { type: 'button', onclick: () => {
      const form = $('#dyad-form');
      form.elements.a.value = d.source; form.elements.b.value = d.target;
      remember('dyad');
      loadDyad();
    } }, d.source + ' ↔ ' + d.target + ' (' + d.events + ')'));
  }
  const summary = $('#summary-form');
  if (!summary.elements.actor.value && f.dyads.length) summary.elements.actor.value = f.dyads[0].source;
  const form = $('#dyad-form');
  if (!form.elements.a.value && f.dyads.length) { form.elements.a.value = f.dyads[0].source; form.elements.b.value = f.dyads[0].target; }
}

let dataVersion = null;

async function pollStatus() {
  try {
    const s = await api('status');
    const parts = [s.articles + ' articles', s.events + ' asserted events', s.quotes + ' quotes'];
    if (s.watch) parts.push('watching ' + s.watch.dir + (s.watch.last_error ? ' (last error: ' + s.watch.last_error + ')' : ''));
    $('#status').textContent = parts.join(' · ');
    if (dataVersion !== null && s.data_version !== dataVersion) {
      await loadFacets();
      for (const k of Object.keys(loaded)) loaded[k] = false;
      loaded[currentTab()] = true;
      refresh(currentTab());
    }
    dataVersion = s.data_version;
  } catch (err) {
    $('#status').textContent = 'server unreachable: ' + err.message;
  }
}

function start() {
  for (const b of document.querySelectorAll('#tabs button')) b.addEventListener('click', () => showTab(b.dataset.tab));
  $('#timeline-filters').addEventListener('submit', (ev) => { ev.preventDefault(); remember('timeline'); loadTimeline(formParams(ev.target)); });
  $('#timeline-filters').addEventListener('reset', () => setTimeout(() => loadTimeline(formParams($('#timeline-filters'))), 0));
  $('#timeline-more').addEventListener('click', moreTimeline);
  $('#dyad-form').addEventListener('submit', (ev) => { ev.preventDefault(); remember('dyad'); loadDyad(); });
  $('#summary-form').addEventListener('submit', (ev) => { ev.preventDefault(); remember('summary'); loadSummary(); });
  $('#speaker-form').addEventListener('submit', (ev) => ev.preventDefault());
  $('#speaker-form').addEventListener('input', () => { loadSpeakers(); });
  $('#speaker-form').elements.anonymous.addEventListener('change', () => loadQuotes(null, $('#speaker-form').elements.anonymous.checked));
  $('#quotes-more').addEventListener('click', moreQuotes);
  $('#articles-more').addEventListener('click', moreArticles);
  $('#search-form').addEventListener('submit', (ev) => { ev.preventDefault(); loaded.articles = true; articles.q = $('#search').value.trim(); showTab('articles'); searchArticles(articles.q); });
  $('#detail-close').addEventListener('click', () => { $('#detail').hidden = true; });
  document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') $('#detail').hidden = true; });

  loadFacets().catch((err) => { $('#status').textContent = err.message; }).finally(() => {
    showTab(restore());
    document.body.dataset.ready = 'true';
  });
  pollStatus();
  setInterval(pollStatus, 3000);
}

start();
