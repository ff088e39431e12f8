// Enhances the search admin page (search/index-admin.html) while the index is rebuilt: instead of
// the page reloading itself (which it does only without JavaScript), the status is fetched every
// two seconds and the bar and the text are updated in place. A polite live region says how far it
// has got every tenth of the way, and how it ended. Every text comes from the server.

const POLL_EVERY_MS = 2000
const ANNOUNCE_EVERY = 10

function follow (section) {
  const bar = section.querySelector('progress')
  const text = section.querySelector('.library-reindex-progress__text')
  const announcement = section.querySelector('.library-reindex-progress__announcement')
  let announced = -1

  const show = (status) => {
    if (status.total >= 0) {
      bar.max = Math.max(1, status.total)
      bar.value = status.indexed
      bar.textContent = `${status.percent}%`
    }
    text.textContent = status.text
    const step = Math.floor(status.percent / ANNOUNCE_EVERY) * ANNOUNCE_EVERY
    if (status.total >= 0 && step > announced) {
      announced = step
      announcement.textContent = status.text
    }
  }

  const finish = (status) => {
    bar.max = 1
    bar.value = 1
    bar.textContent = '100%'
    if (status.text) {
      text.textContent = status.text
      announcement.textContent = status.text
    }
    section.dataset.finished = 'true'
  }

  const poll = () => {
    fetch(section.dataset.statusUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => response.ok ? response.json() : Promise.reject(new Error(String(response.status))))
      .then((status) => {
        if (status.running) {
          show(status)
          window.setTimeout(poll, POLL_EVERY_MS)
        } else {
          finish(status)
        }
      })
      // A failed poll is tried again: the rebuild goes on whether or not the page follows it.
      .catch(() => window.setTimeout(poll, POLL_EVERY_MS))
  }

  window.setTimeout(poll, POLL_EVERY_MS)
}

/**
 * @param root where to look for the progress section
 */
export function initReindexProgress (root) {
  if (typeof fetch === 'undefined') {
    return
  }
  root.querySelectorAll('[data-module="library-reindex-progress"]').forEach(follow)
}
