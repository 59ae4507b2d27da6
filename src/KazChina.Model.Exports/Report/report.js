// The report page's own behaviour: draws the Vega-Lite charts with vega-embed, shows the records behind a selected
// highlight, and filters highlights, notes and records by kind. Everything it shows is already in the page.
(function () {
  'use strict';

  function drawCharts(root) {
    root.querySelectorAll('script[type="application/json"][data-chart]').forEach(function (source) {
      var target = document.getElementById(source.getAttribute('data-chart'));
      if (!target || target.hasAttribute('data-drawn')) {
        return;
      }
      target.setAttribute('data-drawn', 'pending');
      vegaEmbed(target, JSON.parse(source.textContent), { renderer: 'svg', actions: false })
        .then(function () { target.setAttribute('data-drawn', 'yes'); })
        .catch(function (error) {
          target.setAttribute('data-drawn', 'failed');
          target.textContent = 'The chart could not be drawn: ' + error.message;
          console.error(error);
        });
    });
  }

  // The words of a span: the text of all its pieces, without the margin notes that stand inside them.
  function wordsOf(root, number) {
    var words = '';
    root.querySelectorAll('mark.kz-hl[data-span="' + number + '"]').forEach(function (piece) {
      var copy = piece.cloneNode(true);
      copy.querySelectorAll('.kz-note').forEach(function (note) { note.remove(); });
      words += copy.textContent;
    });
    return words;
  }

  function copyOfCard(id) {
    var card = document.getElementById(id);
    if (!card) {
      return null;
    }
    var copy = card.cloneNode(true);
    copy.removeAttribute('id');
    copy.hidden = false;
    copy.querySelectorAll('[id]').forEach(function (element) { element.removeAttribute('id'); });
    return copy;
  }

  // Shows, for the highlight selected and every highlight around it (innermost first), its words and its records.
  function select(root, mark) {
    var panel = root.querySelector('.kz-selection-body');
    if (!panel) {
      return;
    }
    var numbers = [];
    for (var m = mark; m; m = m.parentElement ? m.parentElement.closest('mark.kz-hl') : null) {
      if (!m.classList.contains('kz-off') && numbers.indexOf(m.getAttribute('data-span')) < 0) {
        numbers.push(m.getAttribute('data-span'));
      }
    }
    root.querySelectorAll('mark.kz-selected').forEach(function (piece) { piece.classList.remove('kz-selected'); });
    panel.textContent = '';
    numbers.forEach(function (number, i) {
      if (i === 0) {
        root.querySelectorAll('mark.kz-hl[data-span="' + number + '"]').forEach(function (piece) { piece.classList.add('kz-selected'); });
      }
      var first = document.getElementById('kz_span_' + number);
      var group = document.createElement('section');
      group.className = 'kz-selected-span';
      var heading = document.createElement('h4');
      heading.textContent = '\u201c' + wordsOf(root, number) + '\u201d';
      group.appendChild(heading);
      first.getAttribute('data-records').split(' ').forEach(function (id) {
        var copy = copyOfCard(id);
        if (copy) {
          group.appendChild(copy);
        }
      });
      panel.appendChild(group);
    });
  }

  function applyFilters(root) {
    var shown = {};
    root.querySelectorAll('.kz-filters input[type="checkbox"]').forEach(function (box) { shown[box.value] = box.checked; });
    root.querySelectorAll('mark.kz-hl').forEach(function (mark) {
      var visible = mark.getAttribute('data-kinds').split(' ').some(function (kind) { return shown[kind] !== false; });
      mark.classList.toggle('kz-off', !visible);
    });
    root.querySelectorAll('.kz-record[data-kind]').forEach(function (card) {
      card.hidden = shown[card.getAttribute('data-kind')] === false;
    });
    root.querySelectorAll('.kz-note').forEach(function (note) { note.hidden = shown.editorialNote === false; });
  }

  function selectFromHash(root) {
    var match = /^#(kz_span_\d+)$/.exec(window.location.hash);
    var target = match ? document.getElementById(match[1]) : null;
    if (target && root.contains(target)) {
      select(root, target);
    }
  }

  function wire(root) {
    if (root.hasAttribute('data-wired')) {
      return;
    }
    root.setAttribute('data-wired', 'yes');
    drawCharts(root);
    root.querySelectorAll('.kz-text').forEach(function (text) {
      text.addEventListener('click', function (event) {
        if (event.target.closest('.kz-note')) {
          return;
        }
        var mark = event.target.closest('mark.kz-hl:not(.kz-off)');
        if (mark) {
          select(root, mark);
        }
      });
    });
    root.querySelectorAll('.kz-filters input[type="checkbox"]').forEach(function (box) {
      box.addEventListener('change', function () { applyFilters(root); });
    });
    window.addEventListener('hashchange', function () { selectFromHash(root); });
    selectFromHash(root);
  }

  document.querySelectorAll('.kz-report').forEach(wire);
})();
