/* site.js: the two behaviours of an encoder edition that need a script, nothing else.
 *  - index.html: filter the documents by person, place and year (form#ed-filter);
 *  - search.html: full-text search in window.EDITION_SEARCH (assets/search-index.js,
 *    written at build time), with no server.
 * Works from file:// and from any static server; loads nothing. Every text shown is set
 * with textContent, never as HTML. The search query may come from the page's URL (?q=). */
(function () {
  "use strict";

  /* The same rule as encoder.site.search_words: case-folded, accents removed, words of
     letters and digits. */
  function words(text) {
    var folded = String(text).toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    return folded.match(/[\p{L}\p{N}]+/gu) || [];
  }

  function el(name, cls, text) {
    var e = document.createElement(name);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];

  function formatDate(iso) {
    var m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso || "");
    if (!m) return iso || "";
    var parts = [];
    if (m[3]) parts.push(String(parseInt(m[3], 10)));
    if (m[2]) parts.push(MONTHS[parseInt(m[2], 10) - 1]);
    parts.push(m[1]);
    return parts.join(" ");
  }

  /* ---- index: filters ---------------------------------------------------------- */
  function setupFilter(form) {
    var list = document.getElementById("ed-document-list");
    var count = document.getElementById("ed-filter-count");
    if (!list) return;
    var items = Array.prototype.slice.call(list.querySelectorAll("li.ed-document"));
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));

    function apply() {
      var shown = 0;
      items.forEach(function (li) {
        var ok = selects.every(function (s) {
          if (!s.value) return true;
          var have = (li.getAttribute("data-" + s.getAttribute("data-filter")) || "").split(" ");
          return have.indexOf(s.value) !== -1;
        });
        li.hidden = !ok;
        if (ok) shown += 1;
      });
      count.textContent = shown === items.length
        ? "Showing all " + items.length + " documents."
        : "Showing " + shown + " of " + items.length + " documents.";
    }

    selects.forEach(function (s) { s.addEventListener("change", apply); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); apply(); });
    // ?person=key&place=key&year=1951 preselects (links from elsewhere may use it)
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (s) {
      var v = params.get(s.name);
      if (v && s.querySelector("option[value='" + CSS.escape(v) + "']")) s.value = v;
    });
    form.hidden = false;
    apply();
  }

  /* ---- search ------------------------------------------------------------------ */
  function setupSearch(form) {
    var data = window.EDITION_SEARCH;
    var input = document.getElementById("ed-q");
    var status = document.getElementById("ed-search-status");
    var results = document.getElementById("ed-results");
    if (!data) {
      status.textContent = "The search index (assets/search-index.js) could not be loaded.";
      return;
    }
    var keys = Object.keys(data.words);

    function docsFor(term) {
      var found = {};
      var exact = data.words[term];
      if (exact) exact.forEach(function (i) { found[i] = true; });
      for (var k = 0; k < keys.length; k++) {
        if (keys[k].length > term.length && keys[k].lastIndexOf(term, 0) === 0) {
          data.words[keys[k]].forEach(function (i) { found[i] = true; });
        }
      }
      return found;
    }

    function run(query) {
      var terms = words(query);
      results.textContent = "";
      if (!terms.length) {
        status.textContent = query.trim() ? "Type a word of letters or digits." : "";
        return;
      }
      var hits = null;
      terms.forEach(function (t) {
        var found = docsFor(t);
        if (hits === null) hits = found;
        else Object.keys(hits).forEach(function (i) { if (!found[i]) delete hits[i]; });
      });
      var ids = Object.keys(hits).map(Number).sort(function (a, b) {
        return (data.docs[a][2] || "9999").localeCompare(data.docs[b][2] || "9999") || a - b;
      });
      var quoted = "\u201C" + terms.join(" ") + "\u201D";
      status.textContent = ids.length === 0 ? "No document contains " + quoted + "."
        : (ids.length === 1 ? "1 document contains " : ids.length + " documents contain ") + quoted + ".";
      ids.forEach(function (i) {
        var d = data.docs[i];
        var li = el("li", "ed-document");
        var h = el("h2", "ed-result-title");
        var a = el("a", null, d[1]);
        a.href = d[0];
        h.appendChild(a);
        li.appendChild(h);
        var meta = [d[2] ? formatDate(d[2]) : "Undated"];
        if (d[3]) meta.push(d[3].charAt(0).toUpperCase() + d[3].slice(1));
        li.appendChild(el("p", "ed-doc-meta", meta.join(" \u00B7 ")));
        if (d[4]) li.appendChild(el("p", "ed-doc-summary", d[4]));
        results.appendChild(li);
      });
    }

    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      run(input.value);
      var url = new URL(window.location.href);
      url.searchParams.set("q", input.value);
      try { window.history.replaceState(null, "", url.href); } catch (e) { /* file:// in some browsers */ }
    });
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { input.value = q; run(q); }
  }

  function start() {
    var filter = document.getElementById("ed-filter");
    if (filter) setupFilter(filter);
    var search = document.getElementById("ed-search");
    if (search) setupSearch(search);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
