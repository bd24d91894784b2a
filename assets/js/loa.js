/* Loa: small, optional enhancements. Every page works without this file. */
(function () {
  'use strict';
})();
