/* Loa: small, optional enhancements. Every page works without this file. */
(function () {
  'use strict';
})();
/* Infographic print views: show the print button only where JS can use it. */
document.querySelectorAll('[data-loa-print]').forEach(function(b){b.hidden=false;b.addEventListener('click',function(){window.print()})});
