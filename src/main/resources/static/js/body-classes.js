// As GOV.UK's template does inline: mark the body so components style themselves for
// JavaScript before it runs. Kept in a file so a strict Content-Security-Policy can apply.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
