// Starts GOV.UK Frontend's components. Pages work without this; it only enhances them.
import { initAll } from 'govuk-frontend';

initAll();
