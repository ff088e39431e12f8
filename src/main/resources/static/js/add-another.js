// Enhances fragments/govuk/add-another.html: "Add another" and "Remove" change the list in
// the page instead of sending the form. Without this script the server does the same.
// Labels come from the page (data-item-label, with __N__ for the number), so they follow the
// page's language; a visually hidden live region tells screen reader users what happened.

function itemLabel (container, number) {
  return container.dataset.itemLabel.replace('__N__', String(number))
}

function announce (container, template, label) {
  const status = container.querySelector('.library-add-another__status')
  if (status && template) {
    status.textContent = template.replace('__ITEM__', label)
  }
}

function renumber (container) {
  const field = container.dataset.field
  const items = container.querySelectorAll('.library-add-another__item')
  items.forEach((item, index) => {
    const name = `${field}[${index}]`
    const input = item.querySelector('.library-add-another__input')
    const label = item.querySelector('label')
    const remove = item.querySelector('.library-add-another__remove')
    input.name = name
    input.id = name
    label.htmlFor = name
    label.textContent = itemLabel(container, index + 1)
    remove.value = `${field}:${index}`
    remove.querySelector('.govuk-visually-hidden').textContent = ' ' + label.textContent
    remove.hidden = items.length === 1
  })
  const add = container.querySelector('.library-add-another__add')
  add.hidden = items.length >= Number(container.dataset.max || Infinity)
}

function addItem (container) {
  const items = container.querySelectorAll('.library-add-another__item')
  const last = items[items.length - 1]
  const copy = last.cloneNode(true)
  copy.querySelectorAll('.govuk-error-message').forEach((message) => message.remove())
  copy.querySelectorAll('.govuk-form-group--error').forEach((group) => group.classList.remove('govuk-form-group--error'))
  const input = copy.querySelector('.library-add-another__input')
  input.value = ''
  input.classList.remove('govuk-textarea--error')
  input.removeAttribute('aria-describedby')
  last.after(copy)
  renumber(container)
  input.focus()
  announce(container, container.dataset.added, itemLabel(container, items.length + 1))
}

function removeItem (container, item) {
  const items = Array.from(container.querySelectorAll('.library-add-another__item'))
  const index = items.indexOf(item)
  item.remove()
  renumber(container)
  const remaining = container.querySelectorAll('.library-add-another__input')
  remaining[Math.min(index, remaining.length - 1)].focus()
  announce(container, container.dataset.removed, itemLabel(container, index + 1))
}

export function initAddAnother (root = document) {
  root.querySelectorAll('[data-module="library-add-another"]').forEach((container) => {
    renumber(container)
    container.addEventListener('click', (event) => {
      const button = event.target.closest('button')
      if (!button) {
        return
      }
      if (button.classList.contains('library-add-another__add')) {
        event.preventDefault()
        addItem(container)
      } else if (button.classList.contains('library-add-another__remove')) {
        event.preventDefault()
        removeItem(container, button.closest('.library-add-another__item'))
      }
    })
  })
}
