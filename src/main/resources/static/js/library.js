// Starts GOV.UK Frontend's components and the library's own. Pages work without this; it
// only enhances them.
import { initAll } from 'govuk-frontend'
import { initAddAnother } from 'library/add-another'
import { initMarkdownPreview } from 'library/markdown-preview'
import { initReveal } from 'library/reveal'
import { initUploadProgress } from 'library/upload-progress'
import { initReindexProgress } from 'library/reindex-progress'

// Also for a page that upload-progress.js puts in place of this one.
function start (root) {
  initAll(root === document ? {} : { scope: root })
  initAddAnother(root)
  initMarkdownPreview(root)
  initReveal(root)
  initUploadProgress(root, start)
  initReindexProgress(root)
}

start(document)
