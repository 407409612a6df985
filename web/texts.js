// The page's texts come from the service's Fluent catalog (GET /v1/page-texts/{language}); the
// page only places them. Numbers are formatted for the locale by the browser (CLDR).

const NUMBER_SLOT = '\u2042';
/** Whether the page's HTML asked for its texts before the scripts ran (not used yet). */
let preloaded = Boolean(document.querySelector('link[data-texts]'));
const base = (tag) => tag.split('-')[0].toLowerCase();
const COUNT_SLOT = '\u2051';

export class Texts {
  constructor(data) {
    this.locale = data.locale;
    this.direction = data.direction;
    this.messages = data.messages || {};
    this.pictures = data.pictures || {};
  }

  static async load(language) {
    // The learner page's HTML preloads the texts in the browser's language (GET
    // /v1/page-texts, by Accept-Language): when that is the language wanted they serve, and the
    // join form does not wait for another round trip. Used once; otherwise asked by name.
    if (preloaded && base(language) === base(navigator.language || '')) {
      preloaded = false;
      const early = await fetch('/v1/page-texts').then((r) => (r.ok ? r.json() : null)).catch(() => null);
      if (early && base(early.locale) === base(language)) return new Texts(early);
    }
    const response = await fetch(`/v1/page-texts/${encodeURIComponent(language)}`, { cache: 'no-store' });
    if (!response.ok) throw new Error(`page texts: HTTP ${response.status}`);
    return new Texts(await response.json());
  }

  /** The message as the API sent it (text, locale, direction, audio), or a visible gap. */
  message(id) {
    return this.messages[id] || { message_id: id, text: `⟦${id}⟧`, locale: this.locale, direction: this.direction, audio: null };
  }

  text(id) {
    return this.message(id).text;
  }

  /** A message with its number slot filled, formatted as the learner reads numbers. */
  numbered(id, n) {
    const formatted = new Intl.NumberFormat(this.locale).format(n);
    return this.text(id).replace(NUMBER_SLOT, formatted);
  }

  /** A message with a number and a count ("screen 2 of 3"), both formatted for the locale. */
  counted(id, number, count) {
    const format = new Intl.NumberFormat(this.locale);
    return this.text(id).replace(NUMBER_SLOT, format.format(number)).replace(COUNT_SLOT, format.format(count));
  }

  picture(path) {
    return this.pictures[path] || '';
  }

  /** Fills every [data-t] element below root, and sets the page's language and direction. */
  apply(root = document) {
    document.documentElement.lang = this.locale;
    document.documentElement.dir = this.direction;
    for (const el of root.querySelectorAll('[data-t]')) {
      el.textContent = this.text(el.dataset.t);
    }
  }
}

/** An element with the text of an API `Text`, in its own language and direction. */
export function textElement(tag, text, className) {
  const el = document.createElement(tag);
  el.textContent = text.text;
  el.lang = text.locale;
  el.dir = text.direction === 'rtl' ? 'rtl' : 'ltr';
  if (className) el.className = className;
  return el;
}

export function element(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'className') el.className = value;
    else if (name === 'text') el.textContent = value;
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}
