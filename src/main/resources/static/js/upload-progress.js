// Enhances forms marked data-module="library-upload-progress" (editorial/attachment-new.html and
// the resource form): when a file is chosen and the form is saved, the same form is sent with
// XMLHttpRequest, so that a progress bar can show how much of it has been sent. The server answers
// exactly as it does without this script: a redirect, which the request follows, to the next page,
// or the form again with its errors. That answer then takes the place of this page, as a plain
// post would, flash message and all. Without a file, or with another button, the form is sent as
// usual. Texts come from the page (data-percent with __N__, data-checking, data-failed).

const ANNOUNCE_EVERY = 10

function hasFile (form) {
  return Array.from(form.querySelectorAll('input[type="file"]'))
    .some((input) => input.files && input.files.length > 0)
}

// The save buttons have no name; "Add another", "Preview", "Remove" and the like have one.
function isSave (submitter) {
  return !submitter || !submitter.name
}

// Scripts in the answer are dropped: those of the layout have run already in this page.
function showPage (html, address, redirected, start) {
  const next = new DOMParser().parseFromString(html, 'text/html')
  next.querySelectorAll('script').forEach((script) => script.remove())
  const classes = document.body.className
  document.title = next.title
  document.body.replaceChildren(...Array.from(next.body.childNodes))
  document.body.className = classes
  if (redirected) {
    window.history.replaceState(null, '', address)
  }
  window.scrollTo(0, 0)
  start(document.body)
}

function progressOf (form) {
  const panel = form.querySelector('.library-upload-progress')
  const bar = panel.querySelector('progress')
  const status = panel.querySelector('.library-upload-progress__status')
  let announced = -1
  return {
    start () {
      panel.hidden = false
      bar.value = 0
    },
    sent (percent) {
      bar.value = percent
      bar.textContent = `${percent}%`
      const step = Math.floor(percent / ANNOUNCE_EVERY) * ANNOUNCE_EVERY
      if (step > announced) {
        announced = step
        status.textContent = panel.dataset.percent.replace('__N__', String(step))
      }
    },
    say (text) {
      status.textContent = text
    },
    texts: panel.dataset
  }
}

function send (form, submitter, start) {
  const progress = progressOf(form)
  const request = new XMLHttpRequest()
  const failed = () => {
    progress.say(progress.texts.failed)
    delete form.dataset.sending
  }
  request.upload.addEventListener('progress', (event) => {
    if (event.lengthComputable) {
      progress.sent(Math.floor((event.loaded * 100) / event.total))
    }
  })
  request.upload.addEventListener('load', () => {
    progress.sent(100)
    progress.say(progress.texts.checking)
  })
  request.addEventListener('load', () => {
    if (request.status >= 200 && request.status < 500 && request.responseText) {
      showPage(request.responseText, request.responseURL, request.responseURL !== form.action, start)
    } else {
      failed()
    }
  })
  request.addEventListener('error', failed)
  request.addEventListener('abort', failed)
  request.open('POST', form.action)
  request.setRequestHeader('Accept', 'text/html')
  progress.start()
  request.send(new FormData(form, submitter))
}

/**
 * @param root where to look for the forms
 * @param start what starts the scripts of a page that replaces this one
 */
export function initUploadProgress (root, start) {
  root.querySelectorAll('form[data-module="library-upload-progress"]').forEach((form) => {
    if (!form.querySelector('.library-upload-progress') || typeof XMLHttpRequest === 'undefined') {
      return
    }
    form.addEventListener('submit', (event) => {
      if (!isSave(event.submitter) || !hasFile(form)) {
        return
      }
      event.preventDefault()
      if (form.dataset.sending) {
        return
      }
      form.dataset.sending = 'true'
      send(form, event.submitter, start)
    })
  })
}
