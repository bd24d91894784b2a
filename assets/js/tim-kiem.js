/* Loa search, on /tim-kiem/ and the 404 page. The bake writes the index (vn.loa.search.SearchIndex):
   a manifest, term parts found by binary search, and a page table fetched only for the results shown.
   The query is folded as the index is (vn.loa.search.SearchTerms): lower case, no tone or vowel marks,
   đ as d, a final y after a consonant as i. Without this script the page lists topics and the archive. */
(function () {
  'use strict';
  var d = document, box = d.querySelector('[data-loa-search]');
  if (!box || !window.fetch || !''.normalize) { return; }
  var form = box.querySelector('form'), input = form.querySelector('input'),
    status = box.querySelector('.search-status'), list = box.querySelector('.search-results'),
    more = box.querySelector('.search-more'), root = form.getAttribute('action'),
    base = root.slice(0, root.length - 'tim-kiem/'.length), fromPath = box.hasAttribute('data-loa-search-path'),
    page = fromPath ? 5 : 10, word = /[0-9A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF]+/g,
    digit = [], manifest, terms = [], hits = [], shown = 0, work = 0, current = 0;
  var alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  for (var i = 0; i < 64; i++) { digit[alphabet.charCodeAt(i)] = i; }

  function termsOf(text) {
    var out = [];
    var runs = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').match(/[a-z0-9]+/g);
    (runs || []).forEach(function (t) {
      var n = t.length;
      if (n > 1 && t[n - 1] === 'y' && (t === 'quy' || 'aeiouy0123456789'.indexOf(t[n - 2]) < 0)) { t = t.slice(0, -1) + 'i'; }
      if (n <= 24 && out.indexOf(t) < 0) { out.push(t); }
    });
    return out;
  }
  function say(text) { status.textContent = text; }
  function get(path) {
    return fetch(root + path, path === 'chi-muc.json' ? { cache: 'no-cache' } : {}).then(function (r) {
      if (!r.ok) { throw new Error(r.status); }
      return r.text();
    });
  }
  /* The work between downloads is timed: results must follow the last download within 100 ms. */
  function timed(seq, f) {
    return function (x) {
      if (seq !== current) { return; }
      var t = performance.now();
      try { return f(x); } finally { work += performance.now() - t; box.setAttribute('data-loa-search-ms', work.toFixed(1)); }
    };
  }
  function partOf(term) {
    var t = manifest.t, lo = 0, hi = t.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (t[mid] <= term) { lo = mid; } else { hi = mid - 1; } }
    return lo;
  }
  /* Pages matching more of the words first, then title (100) and summary or topic (40) over the text (1 to 7),
     rarer words counting more; equal pages keep the index order (support pages, topics, newest first). */
  function rank(parts) {
    var n = manifest.n, matched = new Uint8Array(n), score = new Float64Array(n), ids = [];
    terms.forEach(function (term) {
      var s = parts[partOf(term)][term] || '', found = [], v = 0, id = -1, isId = true;
      for (var k = 0; k < s.length; k++) {
        var c = digit[s.charCodeAt(k)];
        if (c >= 32) { v = v * 32 + c - 32; continue; }
        v = v * 32 + c;
        if (isId) { id += v + 1; } else { found.push(id, v); }
        isId = !isId; v = 0;
      }
      var idf = Math.log(1 + n / Math.max(1, found.length / 2));
      for (var j = 0; j < found.length; j += 2) {
        var doc = found[j], w = found[j + 1];
        if (!matched[doc]++) { ids.push(doc); }
        score[doc] += idf * ((w & 16 ? 100 : w & 8 ? 40 : 0) + (w & 7));
      }
    });
    ids.sort(function (a, b) { return matched[b] - matched[a] || score[b] - score[a] || a - b; });
    return { ids: ids, all: ids.length && matched[ids[0]] === terms.length };
  }
  function el(name, cls, text) {
    var e = d.createElement(name);
    if (cls) { e.className = cls; }
    if (text) { e.textContent = text; }
    return e;
  }
  /* The text with every word the query matches in <mark>; built as nodes, never as HTML. */
  function marked(parent, text) {
    var last = 0;
    text.replace(word, function (w, at) {
      if (termsOf(w).some(function (t) { return terms.indexOf(t) >= 0; })) {
        parent.appendChild(d.createTextNode(text.slice(last, at)));
        parent.appendChild(el('mark', '', w));
        last = at + w.length;
      }
      return w;
    });
    parent.appendChild(d.createTextNode(text.slice(last)));
    return parent;
  }
  function item(row) {
    var li = el('li'), link = marked(el('a', 'hit-title'), row[1]);
    link.href = base + row[0].slice(1);
    li.appendChild(link);
    var meta = [manifest.k[row[4]], row[3]].filter(Boolean).join(' · ');
    if (meta) { li.appendChild(el('p', 'meta', meta)); }
    if (row[2]) { li.appendChild(marked(el('p'), row[2])); }
    return li;
  }
  function failed() {
    say('Chưa tải được dữ liệu tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.');
  }
  function show(seq) {
    var slice = hits.slice(shown, shown + page), per = manifest.per, need = [];
    slice.forEach(function (h) { var p = Math.floor(h / per); if (need.indexOf(p) < 0) { need.push(p); } });
    return Promise.all(need.map(function (p) { return get(manifest.v + '/d' + p + '.json'); })).then(timed(seq, function (texts) {
      var rows = {};
      need.forEach(function (p, k) { rows[p] = JSON.parse(texts[k]); });
      slice.forEach(function (h) { list.appendChild(item(rows[Math.floor(h / per)][h % per])); });
      shown += slice.length;
      list.hidden = !shown;
      more.hidden = shown >= hits.length;
    }));
  }
  function run(query) {
    var seq = ++current, quoted = '“' + query + '”';
    terms = termsOf(query); hits = []; shown = 0; work = 0;
    list.textContent = ''; list.hidden = more.hidden = true;
    if (!terms.length) { say(fromPath ? '' : 'Hãy gõ từ cần tìm.'); return; }
    say('Đang tìm…');
    var ready = manifest ? Promise.resolve() : get('chi-muc.json').then(timed(seq, function (text) { manifest = JSON.parse(text); }));
    ready.then(function () {
      if (seq !== current) { return; }
      var need = [];
      terms.forEach(function (t) { var p = partOf(t); if (need.indexOf(p) < 0) { need.push(p); } });
      return Promise.all(need.map(function (p) { return get(manifest.v + '/t' + p + '.json'); })).then(timed(seq, function (texts) {
        var parts = {};
        need.forEach(function (p, k) { parts[p] = JSON.parse(texts[k]); });
        var result = rank(parts), n = result.ids.length;
        hits = result.ids;
        if (fromPath) {
          say(n ? 'Có thể bạn đang tìm một trong các trang này:' : '');
        } else if (!n) {
          say('Không tìm thấy trang nào có ' + quoted + '. Hãy thử ít từ hơn, từ khác, hoặc xem theo chủ đề ở dưới.');
        } else if (result.all) {
          say('Tìm thấy ' + n + ' trang có ' + quoted + '.');
        } else {
          say('Không trang nào có đủ các từ ' + quoted + '. Đây là ' + n + ' trang có một phần các từ đó.');
        }
        return n ? show(seq) : null;
      }));
    }).catch(failed);
  }
  form.addEventListener('submit', function (e) {
    if (fromPath) { return; } /* the 404 page sends the query to /tim-kiem/ */
    e.preventDefault();
    var query = input.value.trim();
    history.replaceState(null, '', root + (query ? '?' + new URLSearchParams({ q: query }) : ''));
    run(query);
  });
  more.addEventListener('click', function () { show(current).catch(failed); });
  var query = new URLSearchParams(location.search).get('q') || '';
  if (!query && fromPath) {
    var segment = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop() || '');
    query = /^(index|404)(\.html?)?$/.test(segment) ? '' : segment.replace(/\.html?$/, '').replace(/[-_.]+/g, ' ');
  }
  if (query) { input.value = query; run(query); }
})();
