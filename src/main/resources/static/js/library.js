// Starts GOV.UK Frontend's components. Pages work without this; it only enhances them.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
