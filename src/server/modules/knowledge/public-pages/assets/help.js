// Suggestions while typing on the public help pages. Without this script the search form works the same
// (a normal GET); with it, answers appear as the person types. Text is inserted as text, never as HTML.
/* global window, document, setTimeout, clearTimeout, fetch */
(function () {
  var input = document.getElementById('q');
  var box = document.getElementById('suggestions');
  if (!input || !box || !window.fetch) {
    return;
  }
  var lang = input.getAttribute('data-lang');
  var timer = null;
  var latest = 0;

  function marked(text, ranges) {
    var span = document.createElement('span');
    var at = 0;
    ranges.slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (r) {
      if (r[0] < at) {
        return;
      }
      span.appendChild(document.createTextNode(text.slice(at, r[0])));
      var m = document.createElement('mark');
      m.textContent = text.slice(r[0], r[1]);
      span.appendChild(m);
      at = r[1];
    });
    span.appendChild(document.createTextNode(text.slice(at)));
    return span;
  }

  function show(results) {
    box.textContent = '';
    results.forEach(function (r) {
      var a = document.createElement('a');
      a.href = '/help/' + encodeURIComponent(lang) + '/answers/' + encodeURIComponent(r.key) + (r.language === lang ? '' : '?fallback=' + encodeURIComponent(r.language));
      a.lang = r.language;
      a.appendChild(marked(r.question, r.questionHighlights));
      box.appendChild(a);
    });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value;
    if (q.trim().length < 2) {
      box.textContent = '';
      return;
    }
    timer = setTimeout(function () {
      var ticket = ++latest;
      var all = document.querySelector('.search input[name="all"]');
      var url = '/api/knowledge/public/search?typing=1&limit=6&lang=' + encodeURIComponent(lang) + '&q=' + encodeURIComponent(q) + (all && all.checked ? '&all=1' : '');
      fetch(url).then(function (r) { return r.ok ? r.json() : { results: [] }; }).then(function (data) {
        if (ticket === latest) {
          show(data.results || []);
        }
      }).catch(function () {});
    }, 150);
  });
})();
