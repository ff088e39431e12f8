// Shows the content under a radio only while that radio is chosen, like GOV.UK Frontend's
// conditional reveal but without the aria-expanded it puts on radios, which axe-core reports
// as an attribute a radio may not have. The content follows its radio in the page, so screen
// reader users meet it in order. Without this script it is always shown.
// Markup: data-module="library-reveal" around the radios; data-reveals="id" on a radio.

function update (group) {
  group.querySelectorAll('input[data-reveals]').forEach((input) => {
    const target = document.getElementById(input.dataset.reveals)
    if (target) {
      target.classList.toggle('govuk-radios__conditional--hidden', !input.checked)
    }
  })
}

export function initReveal (root = document) {
  root.querySelectorAll('[data-module="library-reveal"]').forEach((group) => {
    group.addEventListener('change', () => update(group))
    update(group)
  })
}
