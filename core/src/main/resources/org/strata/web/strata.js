// Marks the page as able to run GOV.UK Frontend, then starts its components (tabs, buttons,
// details, navigation). A module script, so the Content Security Policy needs no inline script.
import { initAll } from '/assets/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// Sortable tables (the force overview): a click on a column's button sorts by its data-sort values.
document.querySelectorAll('table.strata-sortable').forEach((table) => {
  table.querySelectorAll('th button').forEach((button) => {
    button.addEventListener('click', () => {
      const th = button.parentNode;
      const col = Number(button.dataset.col);
      const numeric = button.dataset.num === 'true';
      const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      table.querySelectorAll('thead th').forEach((o) => o.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', dir);
      const body = table.tBodies[0];
      const key = (row) => (row.cells[col] ? row.cells[col].dataset.sort : '');
      const rows = Array.from(body.rows).sort((x, y) => {
        let a = key(x);
        let b = key(y);
        if (numeric) {
          a = a === '' ? -Infinity : Number(a);
          b = b === '' ? -Infinity : Number(b);
          return dir === 'ascending' ? a - b : b - a;
        }
        return dir === 'ascending' ? a.localeCompare(b) : b.localeCompare(a);
      });
      rows.forEach((r) => body.appendChild(r));
    });
  });
});
