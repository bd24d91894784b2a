/*
 * Loa's tap-target rule (run in the page; arguments[0] = minimum size in CSS px, 48).
 *
 * A tap target is every a[href], button, summary, select, textarea and input (not type=hidden) that is
 * rendered and on the page (not display:none, not visibility:hidden, not inside a closed <details>,
 * not a 1 px visually-hidden box, not parked off-screen like an unfocused skip link). For a checkbox
 * or radio with a <label>, the label is what a finger hits, so the label's box is measured.
 *
 * Each target's border box must be at least 48 × 48 CSS px, with one exception, WCAG 2.5.5's "inline"
 * case: a link inside running text may stay the height of its line. A link is in running text when
 *   1. its computed display is "inline", and
 *   2. it is inside <main>, and
 *   3. its nearest non-inline ancestor is a p, li, dd, dt, td, th, blockquote or figcaption, and
 *   4. that block has words of its own besides the text of its links (the link sits in a sentence;
 *      a list item that is just a link, or links separated by punctuation, is a menu, not a sentence).
 *
 * Returns one description per offending target.
 */
var min = arguments[0];
var TEXT_BLOCKS = ['P', 'LI', 'DD', 'DT', 'TD', 'TH', 'BLOCKQUOTE', 'FIGCAPTION'];

function shown(el, r) {
  var style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none') return false;
  if (el.getClientRects().length === 0 || r.width === 0 || r.height === 0) return false;
  // Content of a closed <details> still has boxes in current Chromium; checkVisibility knows better.
  if (el.checkVisibility && !el.checkVisibility({visibilityProperty: true})) return false;
  if (r.width <= 1 && r.height <= 1) return false;
  var pageRight = r.right + window.scrollX;
  var pageBottom = r.bottom + window.scrollY;
  return pageRight > 0 && pageBottom > 0;
}

function inRunningText(el) {
  if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline' || !el.closest('main')) return false;
  var block = el.parentElement;
  while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
  if (!block || TEXT_BLOCKS.indexOf(block.tagName) < 0) return false;
  var own = block.textContent;
  block.querySelectorAll('a').forEach(function (a) { own = own.replace(a.textContent, ''); });
  return /[0-9A-Za-z\u00C0-\u1EF9]{2,}/.test(own);
}

function describe(el, r) {
  var text = (el.textContent || el.value || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
  var name = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\s+/g, '.') : '');
  var where = el.getAttribute('href') ? ' href=' + el.getAttribute('href') : '';
  return name + ' "' + text.slice(0, 40) + '"' + where + ' is ' + Math.round(r.width * 10) / 10 + '×' + Math.round(r.height * 10) / 10 + ' px';
}

var offenders = [];
var targets = document.querySelectorAll('a[href], button, summary, select, textarea, input:not([type=hidden])');
for (var i = 0; i < targets.length; i++) {
  var el = targets[i];
  var box = el;
  if (el.tagName === 'INPUT' && (el.type === 'checkbox' || el.type === 'radio') && el.labels && el.labels.length) {
    box = el.labels[0];
  }
  var r = box.getBoundingClientRect();
  if (!shown(box, r) || inRunningText(el)) continue;
  if (r.width < min - 0.5 || r.height < min - 0.5) offenders.push(describe(el, r));
}
return offenders;
