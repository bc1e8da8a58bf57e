// The snippet builder: options from the form, a live preview made with the same attributes as
// the snippets, and the snippets themselves, written by the library's own code (src/embed/:
// snippet.ts, publish.ts and zip.ts, built to dist/embed/). The widgets come from the drop-in bundle.
import { distUrl, elementSnippet, embedAttributes, iframeSnippet, snippetWarnings } from '../dist/embed/snippet.js';
import { publishedFiles, publishedOEmbed, publishedUrl } from '../dist/embed/publish.js';
import { zipFiles } from '../dist/embed/zip.js';

const $ = (id) => document.getElementById(id);
const form = $('options');
const feedInput = $('feed');
const previewBox = $('preview');
const codes = { element: $('element-code'), iframe: $('iframe-code'), oembed: $('oembed-code'), config: $('config-code') };

feedInput.value = new URL('data/feed.json', location.href).href;
$('dist').value = distUrl();
/** The published folder follows dist/ (its sibling embeds/), the name the widget and metric, until the editor types them. */
const typed = { base: false, name: false };
// The summary is offered once the bundle has it.
if (!customElements.get('stat-summary')) $('widget').querySelector('option[value="summary"]')?.remove();

let feed = null;
let preview = null;

const textIn = (text, lang) =>
  window.StatWidgets?.textIn ? StatWidgets.textIn(text, lang) : typeof text === 'string' ? text : (text?.[lang] ?? text?.en ?? '');

/** Fills a select with [value, label] pairs, keeping its choice when it is still offered. */
function fillSelect(select, choices) {
  const previous = select.value;
  select.replaceChildren(...choices.map(([value, label]) => new Option(label, value)));
  if (choices.some(([value]) => value === previous)) select.value = previous;
}

/** The choices the feed offers, named in the chosen language (as the page: this page's). */
function fillChoices() {
  if (!feed) return;
  const lang = $('lang').value || document.documentElement.lang;
  const metrics = feed.metrics.map((m) => [m.id, textIn(m.label, lang) || m.id]);
  fillSelect($('metric'), metrics);
  const ticked = new Set([...$('metrics').querySelectorAll('input:checked')].map((input) => input.value));
  $('metrics').replaceChildren(
    ...metrics.map(([id, label]) => {
      const row = document.createElement('label');
      row.className = 'check';
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: id, checked: ticked.has(id) });
      row.append(box, ` ${label}`);
      return row;
    }),
  );
  const name = (region) => textIn(region.name, lang) || region.id;
  const regions = [];
  for (const region of feed.regions) {
    if (region.level === 'country') regions.unshift(['', name(region)]);
    else if (region.level === 'economic-region') {
      regions.push([region.id, `— ${name(region)}`]);
      for (const child of feed.regions) if (child.parent === region.id) regions.push([child.id, `    ${name(child)}`]);
    }
  }
  if (!regions.length || regions[0][0] !== '') regions.unshift(['', 'The whole country']);
  fillSelect($('region'), regions);
  const periods = [...new Set(feed.observations.map((o) => o.period))].sort().reverse();
  fillSelect($('period'), [['', 'The latest'], ...periods.map((p) => [p, p])]);
}

async function loadFeed() {
  const status = $('feed-status');
  status.textContent = 'Reading the feed…';
  try {
    const response = await fetch(feedInput.value);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    feed = await response.json();
    if (!Array.isArray(feed?.metrics)) throw new Error('not a stat-widgets feed');
    feed.regions ??= [];
    feed.observations ??= [];
    status.textContent = '';
  } catch (error) {
    feed = null;
    status.textContent = `The feed could not be read (${error.message}). The snippets still use its address.`;
  }
  fillChoices();
  update();
}

const widget = () => $('widget').value;
/** Whether a control applies to the chosen widget (its `data-for`, or every widget). */
const applies = (control) => !control.closest('[data-for]') || control.closest('[data-for]').dataset.for.split(' ').includes(widget());

/** The snippet options that the form describes. */
function currentOptions() {
  const value = (id) => (applies($(id)) ? $(id).value : '');
  const ticked = [...$('metrics').querySelectorAll('input:checked')].map((input) => input.value);
  return {
    widget: widget(),
    src: feedInput.value,
    metric: value('metric'),
    metrics: applies($('metrics')) ? ticked.join(',') : '',
    region: value('region'),
    period: value('period'),
    level: value('level'),
    lang: $('lang').value,
    theme: $('theme').value,
    showDelta: applies($('show-delta')) && $('show-delta').checked,
    width: $('width').value,
    dist: $('dist').value,
  };
}

/** A folder name from the widget and what it shows: `teachers-map`. */
function defaultName(options) {
  const what = options.metric || options.metrics.split(',')[0] || 'all';
  return `${what}-${options.widget}`
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .slice(0, 64);
}

/** The publish config's entry for these options: what `stat-widgets embed publish` reads (no defaults, no measured numbers). */
function configEntry(name, options) {
  const entry = { name };
  for (const [key, value] of Object.entries(options))
    if (key !== 'dist' && value !== '' && value !== false && !(key === 'width' && value === '100%')) entry[key] = value;
  return entry;
}

/** Rebuilds the preview element from the options, with exactly the snippet's attributes. */
function update() {
  for (const control of form.querySelectorAll('[data-for]')) control.hidden = !control.dataset.for.split(' ').includes(widget());
  const options = currentOptions();
  const element = document.createElement(`stat-${options.widget}`);
  for (const [name, value] of embedAttributes(options)) element.setAttribute(name, value);
  previewBox.style.maxWidth = options.width === '100%' ? '' : options.width;
  previewBox.replaceChildren(element);
  preview = { element, options };
  // The fallback is the numbers the widget shows: written again whenever its state changes,
  // and until its numbers and height settle (a chart draws once it has measured itself).
  new MutationObserver(() => settle(element)).observe(element, { attributes: true, attributeFilter: ['state'] });
  writeSnippets();
}

async function settle(element) {
  let last = '';
  for (let tries = 0; tries < 40 && preview?.element === element; tries++) {
    const written = await writeSnippets();
    if (written && written === last) return;
    last = written;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** What could stop the snippets working for readers, in words. */
const WARNINGS = {
  local: (url) =>
    `${url} is this computer or its network: readers elsewhere cannot reach it. Host dist/ and the feed where they can, and set those addresses above.`,
  http: (url) => `${url} is plain http: https pages refuse its scripts and iframes, or warn. Serve it over https.`,
};

/** The published page of the options as they are now: its config (dist, base, the one embed) and the embed. */
function published(options, fallback, frameHeight) {
  if (!typed.name) $('name').value = defaultName(options);
  if (!typed.base) $('base').value = new URL('../embeds/', options.dist).href;
  const embed = { name: $('name').value, ...options, fallback, ...(frameHeight && { frameHeight }) };
  delete embed.dist;
  return { config: { dist: options.dist, base: $('base').value, embeds: [embed] }, embed };
}

/** Writes the snippets for the preview as it is now; returns them ('' while the widget has no numbers). */
async function writeSnippets() {
  const { element, options } = preview;
  await element.updateComplete;
  if (preview?.element !== element) return '';
  const ready = element.getAttribute('state') === 'ready' || element.getAttribute('state') === 'stale';
  const fallback = ready && typeof element.dataTable === 'function' ? element.dataTable() : null;
  const height = ready ? Math.ceil(element.getBoundingClientRect().height) : undefined;
  const full = { ...options, fallback, ...(height && { frameHeight: height }) };
  try {
    const { config, embed } = published(options, fallback, height);
    codes.element.textContent = elementSnippet(full);
    codes.iframe.textContent = iframeSnippet(full);
    const page = publishedUrl(config, embed.name);
    $('page-url').textContent = page;
    codes.oembed.textContent = JSON.stringify(publishedOEmbed(config, embed), null, 2);
    codes.config.textContent = JSON.stringify({ dist: config.dist, base: config.base, embeds: [configEntry(embed.name, options)] }, null, 2);
    $('warnings').replaceChildren(
      ...snippetWarnings({ ...full, page }).map((warning) =>
        Object.assign(document.createElement('li'), { textContent: WARNINGS[warning.problem](warning.url) }),
      ),
    );
  } catch (error) {
    for (const code of Object.values(codes)) code.textContent = `(${error.message})`;
  }
  return fallback ? codes.element.textContent + codes.iframe.textContent : '';
}

/** The published page's folder as a .zip: `<name>/index.html` and `<name>/oembed.json`. */
function downloadPage() {
  if (!$('name').reportValidity() || !$('base').reportValidity() || !$('dist').reportValidity()) return;
  const { element, options } = preview;
  const ready = /^(ready|stale)$/.test(element.getAttribute('state') ?? '');
  const { config, embed } = published(options, ready ? element.dataTable() : null, ready ? Math.ceil(element.getBoundingClientRect().height) : undefined);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([zipFiles(publishedFiles(config))], { type: 'application/zip' }));
  link.download = `${embed.name}.zip`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
  $('copy-status').textContent = `Downloaded ${embed.name}.zip: upload its folder so that it is served at ${publishedUrl(config, embed.name)}`;
}

async function copy(code, button) {
  const text = code.textContent;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard API (an http page, or permission refused): select the text and copy that.
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    document.execCommand('copy');
  }
  $('copy-status').textContent = `Copied: ${button.textContent.replace(/^Copy /, '')}.`;
}

for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy($(button.dataset.copy), button));
$('download-page').addEventListener('click', downloadPage);
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', (event) => {
  if (event.target === feedInput) return void loadFeed();
  if (event.target.id === 'lang') fillChoices();
  update();
});
for (const input of [$('base'), $('name')]) {
  input.addEventListener('input', () => {
    typed[input.id] = true;
    if (preview) writeSnippets();
  });
}

loadFeed();
