// Filters the report cards by what is typed. An enhancement only: without JavaScript the
// filter stays hidden and every card is shown.
(function () {
  var box = document.querySelector('.filter');
  var input = document.getElementById('filter');
  if (!box || !input) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll('.card'));
  var none = document.querySelector('.no-match');
  box.hidden = false;
  input.addEventListener('input', function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (card) {
      var text = card.getAttribute('data-search') || '';
      var match = words.every(function (w) { return text.indexOf(w) !== -1; });
      card.hidden = !match;
      if (match) shown++;
    });
    if (none) none.hidden = shown !== 0;
  });
})();
