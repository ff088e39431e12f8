// Enhances the description's "Preview description" button (editorial/form-fields.html): the
// preview appears above the field without sending the form. The server renders and sanitises
// the Markdown exactly as the public page will, so the preview shows what readers will see.
// Without this script the button sends the form and the server shows the same preview.

async function showPreview (container, button) {
  const form = button.form
  const body = new URLSearchParams()
  body.append('markdown', container.querySelector('textarea').value)
  const token = form.querySelector('input[name="_csrf"]')
  if (token) {
    body.append('_csrf', token.value)
  }
  const panel = container.querySelector('.library-preview')
  const output = container.querySelector('.library-preview__body')
  try {
    const response = await fetch(container.dataset.previewUrl, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { Accept: 'text/html' }
    })
    const html = (await response.text()).trim()
    if (response.ok && html === '') {
      output.replaceChildren(paragraph(container.dataset.empty))
    } else if (response.ok || response.status === 413) {
      // Rendered and sanitised by the server (markdown.Markdown), never by this script.
      output.innerHTML = html
    } else {
      output.replaceChildren(paragraph(container.dataset.failed))
    }
  } catch (error) {
    output.replaceChildren(paragraph(container.dataset.failed))
  }
  panel.hidden = false
}

function paragraph (text) {
  const element = document.createElement('p')
  element.className = 'govuk-body'
  element.textContent = text
  return element
}

export function initMarkdownPreview (root = document) {
  root.querySelectorAll('[data-module="library-markdown-preview"]').forEach((container) => {
    const button = container.querySelector('.library-preview__button')
    button.addEventListener('click', (event) => {
      event.preventDefault()
      showPreview(container, button)
    })
  })
}
