// A small entity picker: a labelled text input with suggestions from
// GET /entities?q= (combobox pattern: arrows, Enter, Esc). Used by the dyad
// and path views to pick the two actors.
import { api } from './api.js';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
let seq = 0;

export function picker(host, { label, onPick }) {
  const id = `pick-${++seq}`;
  host.innerHTML = `<label for="${id}">${esc(label)}</label><div class="picker">`
    + `<input id="${id}" type="text" role="combobox" autocomplete="off" aria-autocomplete="list" aria-expanded="false" aria-controls="${id}-list">`
    + `<ul id="${id}-list" role="listbox" aria-label="${esc(label)} suggestions" hidden></ul></div>`;
  const input = host.querySelector('input'), ul = host.querySelector('ul');
  let items = [], active = -1, timer, q = 0;
  const close = () => { ul.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); };
  const draw = () => {
    ul.innerHTML = items.length ? items.map((e, i) => `<li role="option" id="${id}-o${i}" data-i="${i}" aria-selected="${i === active}">`
      + `${esc(e.name)} <span class="hint">${esc([e.type, e.country].filter(Boolean).join(' · '))} · ${e.event_count} events</span></li>`).join('')
      : '<li class="hint" aria-disabled="true">No matches</li>';
    ul.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-o${active}`);
  };
  const search = async (text) => {
    const my = ++q;
    if (text.trim().length < 2) return close();
    const r = await api(`/entities?q=${encodeURIComponent(text.trim())}&limit=8`).catch(() => ({ items: [] }));
    if (my !== q || input.value !== text) return;
    items = r.items; active = items.length ? 0 : -1; draw();
  };
  const pick = (e) => { if (!e) return; input.value = e.name; close(); onPick(e); };
  input.addEventListener('input', () => { clearTimeout(timer); items = []; timer = setTimeout(() => search(input.value), 150); });
  input.addEventListener('keydown', async (e) => {
    if (e.key === 'ArrowDown' && items.length) { e.preventDefault(); active = (active + 1) % items.length; draw(); }
    else if (e.key === 'ArrowUp' && items.length) { e.preventDefault(); active = (active - 1 + items.length) % items.length; draw(); }
    else if (e.key === 'Enter') {
      e.preventDefault(); clearTimeout(timer);
      if (!items.length || ul.hidden) await search(input.value);
      pick(items[active]);
    } else if (e.key === 'Escape') close();
  });
  ul.addEventListener('mousedown', (e) => { const li = e.target.closest('li[data-i]'); if (li) { e.preventDefault(); pick(items[Number(li.dataset.i)]); } });
  input.addEventListener('blur', () => setTimeout(close, 150));
  // `show` puts the picked actor's name in the input only when the actor
  // changed (a pick, Back/Forward, a link), so a view refreshing for another
  // reason never wipes what is being typed.
  let shown;
  const show = (entityId, name) => {
    if (entityId === shown) return;
    shown = entityId;
    input.value = name || '';
  };
  return { show, input };
}
