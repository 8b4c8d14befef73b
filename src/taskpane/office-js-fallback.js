/* global document, window */
// Runs right after the tag that loads office.js from Microsoft's CDN, which Excel needs. When that
// script did not load (offline browser preview) or was not office.js, load the copy shipped in
// dist/. document.write keeps it parser-blocking, so the deferred application bundles still run
// only after office.js. The CDN's tag is removed first: office.js finds its own base URL from
// the script tags. A file, not an inline script, so the Content-Security-Policy needs no
// 'unsafe-inline' for scripts.
if (typeof window.Office === "undefined") {
  document.getElementById("office-js-cdn").remove();
  document.write('<script src="office.js"></script>');
}
