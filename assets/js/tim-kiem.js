/* Loa search on /tim-kiem/ and the 404 page, over the index vn.loa.search.SearchIndex writes. The query is
   folded as SearchTerms folds the pages: no marks, đ as d, a final y after a consonant as i. */
(function () {
  'use strict';
  var d = document, box = d.querySelector('[data-loa-search]');
  if (!box || !window.fetch || !''.normalize) { return; }
  var form = box.querySelector('form'), input = form.querySelector('input'), status = box.querySelector('[role=status]'),
    list = box.querySelector('ol'), more = box.querySelector('.search-more'), root = form.getAttribute('action'),
    fromPath = box.hasAttribute('data-loa-search-path'), page = fromPath ? 5 : 10, digit = [], index, terms, hits, matched, score, seen,
    shown, current = 0, abc = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  for (var i = 0; i < 64; i++) { digit[abc.charCodeAt(i)] = i; }

  function termsOf(text) {
    var out = [];
    (text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').match(/[a-z0-9]+/g) || [])
      .forEach(function (t) {
        var n = t.length;
        if (n > 1 && t[n - 1] === 'y' && (t === 'quy' || /[^aeiouy0-9]/.test(t[n - 2]))) { t = t.slice(0, -1) + 'i'; }
        if (n <= 24) { add(out, t); }
      });
    return out;
  }
  function add(array, x) { if (array.indexOf(x) < 0) { array.push(x); } }
  function say(text) { status.textContent = text; }
  function get(name, options) { /* a missing part (site updated) fails in r.json() */
    return fetch(root + name, options).then(function (r) { return r.json(); });
  }
  function load(kind, numbers, seq, then) {
    return Promise.all(numbers.map(function (p) { return get(index.v + '/' + kind + p + '.json'); })).then(function (parts) {
      var byNumber = {};
      numbers.forEach(function (p, k) { byNumber[p] = parts[k]; });
      return seq === current && then(byNumber);
    });
  }
  function partOf(term) { /* the last part whose first term is not after it */
    for (var p = 0, t = index.t; p + 1 < t.length && t[p + 1] <= term;) { p++; }
    return p;
  }
  /* Pages get a point per word matched, then title (100), summary or topic (40), text (1-7), rare words more. */
  function rank(found) {
    var n = index.n;
    matched = new Uint8Array(n); score = new Float64Array(n); hits = [];
    terms.forEach(function (term) {
      var s = found[partOf(term)][term] || '0', v = 0, id = -1, state = 0, idf, k, c;
      for (k = 0; k < s.length; k++) { /* the number of pages, then each page's gap and weight */
        c = digit[s.charCodeAt(k)];
        v = v * 32 + c % 32;
        if (c >= 32) { continue; }
        if (state === 0) {
          idf = Math.log(1 + n / Math.max(1, v));
          state = 1;
        } else if (state === 1) {
          id += v + 1;
          state = 2;
        } else {
          if (!matched[id]++) { hits.push(id); }
          score[id] += idf * ((v & 16 ? 100 : v & 8 ? 40 : 0) + (v & 7));
          state = 1;
        }
        v = 0;
      }
    });
  }
  function above(a, b) { return matched[a] - matched[b] || score[a] - score[b] || b - a; }
  /* The k best pages in order, by insertion into a short list: no sort of thousands. */
  function best(k) {
    var top = [];
    hits.forEach(function (id) {
      var i = top.length;
      if (i === k) { if (above(id, top[k - 1]) <= 0) { return; } i--; }
      for (; i > 0 && above(id, top[i - 1]) > 0; i--) { top[i] = top[i - 1]; }
      top[i] = id;
    });
    return top;
  }
  function el(name, text, cls) {
    var e = d.createElement(name);
    if (cls) { e.className = cls; }
    e.textContent = text || '';
    return e;
  }
  /* Matched words in <mark>, as nodes (never HTML). */
  function marked(parent, text) {
    var last = 0;
    text.replace(/[0-9A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF]+/g, function (w, at) {
      if (w in seen ? seen[w] : (seen[w] = termsOf(w).some(function (t) { return terms.indexOf(t) >= 0; }))) {
        parent.append(text.slice(last, at), el('mark', w));
        last = at + w.length;
      }
    });
    parent.append(text.slice(last));
    return parent;
  }
  function show(seq) {
    var slice = best(shown + page).slice(shown), per = index.per, need = [];
    slice.forEach(function (h) { add(need, Math.floor(h / per)); });
    return load('d', need, seq, function (rows) {
      slice.forEach(function (h) {
        var row = rows[Math.floor(h / per)][h % per], li = el('li'),
          meta = [index.k[row[4]], row[3]].filter(Boolean).join(' · ');
        li.appendChild(marked(el('a', '', 'hit-title'), row[1])).href = root.slice(0, -9) + row[0].slice(1);
        if (meta) { li.appendChild(el('p', meta, 'meta')); }
        if (row[2]) { li.appendChild(marked(el('p'), row[2])); }
        list.appendChild(li);
      });
      shown += slice.length;
      list.hidden = !shown;
      more.hidden = shown >= hits.length;
    });
  }
  function failed() { say('Chưa tải được dữ liệu tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.'); }
  function run(query) {
    var seq = ++current, quoted = '“' + query + '”';
    terms = termsOf(query).slice(0, 12); hits = []; shown = 0; seen = Object.create(null);
    list.textContent = ''; list.hidden = more.hidden = true;
    if (!terms.length) { return say(fromPath ? '' : 'Hãy gõ từ cần tìm.'); }
    say('Đang tìm…');
    (index ? Promise.resolve(index) : get('chi-muc.json', { cache: 'no-cache' })).then(function (m) {
      var need = [];
      index = m;
      terms.forEach(function (t) { add(need, partOf(t)); });
      return load('t', need, seq, function (found) {
        rank(found);
        var n = hits.length, all = n && matched[best(1)[0]] === terms.length;
        say(fromPath ? (n ? 'Có thể bạn đang tìm một trong các trang này:' : '')
          : !n ? 'Không tìm thấy trang nào có ' + quoted + '. Hãy thử ít từ hơn, từ khác, hoặc xem theo chủ đề ở dưới.'
            : all ? 'Tìm thấy ' + n + ' trang có ' + quoted + '.'
              : 'Không trang nào có đủ các từ ' + quoted + '. Đây là ' + n + ' trang có một phần các từ đó.');
        return n && show(seq);
      });
    }).catch(failed);
  }
  form.addEventListener('submit', function (e) {
    if (fromPath) { return; } /* on to /tim-kiem/ */
    e.preventDefault();
    var query = input.value.trim();
    history.replaceState(null, '', root + (query ? '?' + new URLSearchParams({ q: query }) : ''));
    run(query);
  });
  more.addEventListener('click', function () { show(current).catch(failed); });
  var query = new URLSearchParams(location.search).get('q') || '';
  if (!query && fromPath) {
    query = location.pathname.replace(/\/+$/, '').split('/').pop().replace(/\.html?$/, '');
    try { query = decodeURIComponent(query); } catch (e) { query = ''; }
    query = /^(index|404)$/.test(query) ? '' : query.replace(/[-_.+]+/g, ' ');
  }
  if (query) { input.value = query; run(query); }
})();
