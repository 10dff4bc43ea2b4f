// Document page: clicking a highlighted passage shows the cards of the items it belongs to; the
// legend's checkboxes hide or show a kind of highlight. Loaded as a file (the CSP forbids inline scripts).
(() => {
  const text = document.getElementById('doctext');
  const details = document.getElementById('details');
  if (!text || !details) return;
  const empty = document.getElementById('details-empty');
  const SHOWN_FIRST = ['target', 'baseline', 'citation', 'agency'];
  const hidden = new Set();

  function select(ids, scroll) {
    for (const m of text.querySelectorAll('mark.selected')) m.classList.remove('selected');
    for (const c of details.querySelectorAll('section.card')) c.hidden = true;
    let shown = 0;
    for (const id of ids) {
      const card = document.getElementById(`card-${id}`);
      if (!card) continue;
      card.hidden = false;
      shown++;
      for (const m of text.querySelectorAll(`mark[data-items~="${CSS.escape(id)}"]`)) m.classList.add('selected');
    }
    if (empty) empty.hidden = shown > 0;
    if (scroll && ids.length) document.getElementById(ids[0])?.scrollIntoView({ block: 'center' });
    details.scrollTop = 0;
  }

  /** The ids of the visible items a mark belongs to (kinds hidden in the legend are skipped). */
  function visibleItems(mark) {
    return (mark.dataset.items || '')
      .split(' ')
      .filter((id) => id && id !== 'hit')
      .filter((id) => {
        const card = document.getElementById(`card-${id}`);
        return card && ![...hidden].some((k) => card.classList.contains(`k-${k}`));
      });
  }

  text.addEventListener('click', (e) => {
    const mark = e.target instanceof Element ? e.target.closest('mark.hl') : null;
    if (!mark || window.getSelection()?.toString()) return;
    const ids = visibleItems(mark);
    if (ids.length) select(ids, false);
  });
  text.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !(e.target instanceof Element) || !e.target.matches('mark.hl')) return;
    const ids = visibleItems(e.target);
    if (ids.length) select(ids, false);
  });
  for (const m of text.querySelectorAll('mark.hl')) if (m.dataset.show) m.tabIndex = 0;

  for (const box of document.querySelectorAll('form.legend input[data-kind]')) {
    box.addEventListener('change', () => {
      const kind = box.dataset.kind;
      if (box.checked) hidden.delete(kind);
      else hidden.add(kind);
      document.body.classList.toggle(`hide-${kind}`, !box.checked);
      // a piece takes the colour of its narrowest kind still shown
      for (const m of text.querySelectorAll('mark.hl')) {
        const show = SHOWN_FIRST.find((k) => m.classList.contains(`k-${k}`) && !hidden.has(k)) || '';
        m.dataset.show = show;
        m.tabIndex = show ? 0 : -1;
      }
    });
  }

  const focus = text.dataset.focus;
  if (focus === 'hit') document.getElementById('hit')?.scrollIntoView({ block: 'center' });
  else if (focus) select([focus], true);
  else if (location.hash.length > 1 && document.getElementById(`card-${location.hash.slice(1)}`)) select([location.hash.slice(1)], true);
})();
