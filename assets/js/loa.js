/* Loa: small, optional enhancements. Every page works without this file. */
/* Sharing and safety: Web Share, copy link, quick exit (link + Shift pressed 3 times). */
(function () {
  'use strict';
  var d = document;
  function reveal(el) { el.parentNode.hidden = false; } /* the button's <li> is hidden with JS off */
  var share = d.querySelector('[data-share]');
  if (share && navigator.share) {
    reveal(share);
    share.addEventListener('click', function () {
      var canonical = d.querySelector('link[rel=canonical]');
      navigator.share({ title: d.title, url: canonical ? canonical.href : location.href }).catch(function () {});
    });
  }
  var copy = d.querySelector('[data-copy-link]');
  if (copy && navigator.clipboard && window.isSecureContext) {
    reveal(copy);
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(copy.getAttribute('data-copy-link')).then(function () {
        var status = d.querySelector('.share-status');
        if (status) { status.textContent = 'Đã sao chép liên kết.'; }
      }, function () {});
    });
  }
  var exit = d.querySelector('[data-quick-exit]');
  if (!exit) { return; }
  function leave() { d.body.hidden = true; location.replace(exit.href); }
  exit.addEventListener('click', function (e) { e.preventDefault(); leave(); });
  var hint = d.querySelector('.quick-exit-hint');
  if (hint) { hint.hidden = false; }
  var presses = [];
  d.addEventListener('keydown', function (e) {
    if (e.key !== 'Shift') { presses = []; return; } /* typing a capital in a form is not a signal */
    if (e.repeat) { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 1500; }).concat(now);
    if (presses.length >= 3) { leave(); }
  });
})();

/* Calendar: the page says what was upcoming on the day it was built. On the reader's day (Vietnam
   time) hide agenda items whose last day has passed and show the campaign notice that is running.
   Skipped when the phone's clock is behind the build day (a wrong clock must not hide the agenda). */
(function () {
  'use strict';
  var today = new Date(Date.now() + 7 * 36e5).toISOString().slice(0, 10);
  function fresh(el) {
    var built = el.closest('[data-loa-today]');
    return built && today >= built.getAttribute('data-loa-today');
  }
  document.querySelectorAll('[data-loa-end]').forEach(function (el) {
    if (fresh(el) && el.getAttribute('data-loa-end') < today) el.hidden = true;
  });
  document.querySelectorAll('[data-loa-from]').forEach(function (el) {
    if (fresh(el)) el.hidden = today < el.getAttribute('data-loa-from') || today > el.getAttribute('data-loa-to');
  });
})();
/* Infographic print views: show the print button only where JS can use it. */
document.querySelectorAll('[data-loa-print]').forEach(function(b){b.hidden=false;b.addEventListener('click',function(){window.print()})});
