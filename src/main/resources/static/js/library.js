// Starts GOV.UK Frontend's components and the library's own. Pages work without this; it
// only enhances them.
import { initAll } from 'govuk-frontend'
import { initAddAnother } from 'library/add-another'
import { initMarkdownPreview } from 'library/markdown-preview'
import { initReveal } from 'library/reveal'

initAll()
initAddAnother()
initMarkdownPreview()
initReveal()
