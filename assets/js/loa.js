/* Loa: small, optional enhancements. Every page works without this file. */
(function () {
  'use strict';
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
