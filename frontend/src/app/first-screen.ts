// Imported by vite.config.ts (Node, at build time) through page-shells.ts as well as by the app's tests.

/**
 * The first screen of a page whose words come from a public answer of the API (a course's outline, a
 * certificate's verification), drawn before any of the app's code has arrived.
 *
 * nginx includes that answer into the page's HTML (SSI, frontend/nginx.conf; the internal location
 * /_first-screen/ of docker-entrypoint.d/40-config.sh, only when the API is proxied on the app's origin)
 * as the attribute of a `<template id="first-screen-data">`, entity-encoded. This script, inline in the
 * HTML (its hash is in the CSP's script-src), reads it and fills the page's own markup, kept in a
 * `<template id="first-screen">`: each `data-field` element gets the answer's property of that name as
 * text (never as markup), `data-format="date"` as the app formats a date. Where anything is missing
 * (no include, another answer such as a 404's problem, a property that is not a non-empty string, a
 * `data-if` not met) it draws nothing, and the page's skeleton stays until the app draws the page.
 *
 * The app then replaces it with the same elements holding the same words (src/app/shell.test.ts):
 * nothing moves, and a slow phone reads the page's own text about a second and a half sooner
 * (docs/benchmarks.md, "Web app: Lighthouse on a phone").
 *
 * Kept as a string, exactly as it goes into the HTML: the CSP allows it by the hash of these bytes
 * (FIRST_SCREEN_CSP, checked against 40-config.sh by a test).
 */
export const FIRST_SCREEN_SCRIPT = `(function () {
  var view = document.getElementById('first-screen');
  var source = document.getElementById('first-screen-data');
  var main = document.getElementById('main');
  if (!view || !source || !main || !view.content) return;
  var data;
  try {
    data = JSON.parse(source.getAttribute('data-json') || '');
  } catch (e) {
    return;
  }
  function read(path) {
    return path.split('.').reduce(function (value, key) {
      return value !== null && typeof value === 'object' ? value[key] : undefined;
    }, data);
  }
  var when = view.getAttribute('data-if');
  if (when && read(when.slice(0, when.indexOf('='))) !== when.slice(when.indexOf('=') + 1)) return;
  var screen = view.content.cloneNode(true);
  var fields = screen.querySelectorAll('[data-field]');
  for (var i = 0; i < fields.length; i++) {
    var field = fields[i];
    var value = read(field.getAttribute('data-field'));
    if (typeof value !== 'string' || !value) return;
    if (field.getAttribute('data-format') === 'date') {
      var date = new Date(value);
      if (isNaN(date.getTime())) return;
      value = new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
    }
    field.removeAttribute('data-field');
    field.removeAttribute('data-format');
    field.textContent = value;
  }
  var title = view.getAttribute('data-title');
  if (title) document.title = read(title) + view.getAttribute('data-title-suffix');
  main.replaceChildren(screen);
})();`;

/** What the HTML holds after the page's <main>: the answer included by nginx, the markup, the script. */
export function firstScreenHtml(
  include: string,
  view: { markup: string; when?: string; title?: string; titleSuffix?: string },
) {
  const attributes = [
    view.when ? ` data-if="${view.when}"` : '',
    view.title ? ` data-title="${view.title}" data-title-suffix="${view.titleSuffix ?? ''}"` : '',
  ].join('');
  return (
    `<!--# include virtual="${include}" set="first_screen" -->` +
    // single quotes inside: the attribute's own are double, and nginx's entity encoding escapes those
    `<template id="first-screen-data" data-json="<!--# echo var='first_screen' encoding='entity' default='' -->"></template>` +
    `<template id="first-screen"${attributes}>${view.markup}</template>` +
    `<script>${FIRST_SCREEN_SCRIPT}</script>`
  );
}
