// Marks the page as able to run GOV.UK Frontend, then starts its components (tabs, buttons,
// details, navigation). A module script, so the Content Security Policy needs no inline script.
import { initAll } from '/assets/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
