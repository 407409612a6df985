// The learner's page: language, join code, a short practice, then one item at a time until the
// API says the test has ended. Everything decided (which item, when to stop, the level) is the
// service's; the page keeps only its token and the answer in flight, in sessionStorage, so a
// reload resumes at the same question.

import { Texts, element, textElement } from './texts.js';
import { call, answer, Problem } from './api.js';
import { renderItem, itemClips } from './items.js';
import { attachStop, autoplay, clipsServed, setAutoplay, play, playButton, stop } from './sound.js';

const main = document.getElementById('main');
const statusLine = document.getElementById('status');
const progress = document.getElementById('progress');
const autoplayBox = document.getElementById('autoplay');
const autoplayLabel = document.getElementById('autoplay-label');
const LANGUAGE = 'nln.language';
const SESSION = 'nln.session';
let texts = null;

function say(message) {
  statusLine.textContent = message || '';
}

function show(...children) {
  stop();
  say('');
  main.replaceChildren(...children);
  const heading = main.querySelector('h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

function saved() {
  try {
    return JSON.parse(sessionStorage.getItem(SESSION) || 'null');
  } catch (e) {
    return null;
  }
}

async function useLanguage(language) {
  texts = await Texts.load(language);
  texts.apply();
  clipsServed(Object.values(texts.messages).some((m) => m.audio && m.audio.file));
  document.title = texts.text('web-page-title');
}

function spokenLine(tag, id) {
  const text = texts.message(id);
  const line = element('div', { className: 'spoken' }, textElement(tag, text));
  const button = playButton(text, texts.text('web-play'));
  if (button) line.append(button);
  return line;
}

async function chooseLanguage(code) {
  const wanted = navigator.language || 'en';
  await useLanguage(wanted).catch(() => useLanguage('en'));
  const languages = await call('GET', '/v1/languages');
  const list = element('ul', { className: 'languages', role: 'list' });
  for (const l of languages) {
    const button = element('button', { type: 'button', className: 'choice', lang: l.code, dir: l.direction, 'data-language': l.code, text: l.name });
    button.addEventListener('click', async () => {
      sessionStorage.setItem(LANGUAGE, l.code);
      await join(code);
    });
    const li = element('li', { className: 'answer' }, button);
    if (l.audio && l.audio.file) {
      const playName = playButton({ text: l.name, audio: l.audio }, texts.text('web-play'));
      li.append(playName);
    }
    list.append(li);
  }
  show(element('section', {}, spokenLine('h1', 'web-choose-language'), list));
}

async function join(code) {
  await useLanguage(sessionStorage.getItem(LANGUAGE) || 'en');
  const input = element('input', {
    id: 'code',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    dir: 'ltr',
    maxlength: '20',
    required: true,
    value: code || '',
  });
  const error = element('p', { className: 'error', id: 'code-error', role: 'alert' });
  const form = element('form', { className: 'join', novalidate: true },
    element('label', { for: 'code', text: texts.text('web-join-label') }),
    input,
    error,
    element('button', { type: 'submit', className: 'primary', text: texts.text('web-join-button') }));
  const other = element('button', { type: 'button', className: 'quiet', text: texts.text('web-change-language') });
  other.addEventListener('click', () => {
    sessionStorage.removeItem(LANGUAGE);
    chooseLanguage(input.value);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      // The language chosen on this page becomes the session's: items come in it.
      const chosen = sessionStorage.getItem(LANGUAGE) || texts.locale;
      const joined = await call('POST', '/v1/join', { body: { code: input.value.trim(), language: chosen }, language: texts.locale });
      sessionStorage.setItem(SESSION, JSON.stringify({ id: joined.session_id, token: joined.token }));
      history.replaceState(null, '', location.pathname);
      // The reply carries the session: no second round trip before the first question.
      await resume(joined.session);
    } catch (e) {
      if (e instanceof Problem && e.status === 409) {
        // The test has ended: there is nothing to resume, only the calm end page.
        finished();
        return;
      }
      error.textContent = texts.text(e instanceof Problem ? 'web-join-invalid' : 'web-offline');
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'code-error');
      input.focus();
    }
  });
  show(element('section', {}, spokenLine('h1', 'web-join-heading'), spokenLine('p', 'web-join-help'), form, other));
}

function practice(onDone) {
  const star = element('button', { type: 'button', className: 'choice star', 'data-practice': 'star' },
    element('span', { className: 'big', 'aria-hidden': 'true', text: '★' }),
    element('span', { text: texts.text('web-familiar-star') }));
  const praise = element('p', { className: 'praise', role: 'status' });
  star.addEventListener('click', () => {
    star.setAttribute('aria-pressed', 'true');
    praise.textContent = texts.text('web-familiar-done');
    play(texts.message('web-familiar-done').audio);
  });
  const sample = element('button', { type: 'button', className: 'quiet', 'data-practice': 'dont-know', text: texts.text('answer-dont-know') });
  sample.addEventListener('click', () => {
    praise.textContent = texts.text('web-familiar-done');
  });
  const begin = element('button', { type: 'button', className: 'primary', 'data-begin': true, text: texts.text('web-begin') });
  begin.addEventListener('click', onDone);
  show(element('section', { className: 'practice' },
    spokenLine('h1', 'web-familiar-heading'),
    spokenLine('p', 'web-familiar-not-scored'),
    spokenLine('p', 'web-familiar-play'),
    spokenLine('p', 'web-familiar-tap'),
    star,
    spokenLine('p', 'web-familiar-dont-know'),
    sample,
    praise,
    begin));
}

function finished() {
  progress.textContent = '';
  show(element('section', { className: 'end' }, spokenLine('h1', 'web-end-heading'), spokenLine('p', 'web-end-next')));
}

let polling = null;

function render(session, view) {
  clearTimeout(polling);
  if (view.status !== 'in_progress' || !view.item) {
    finished();
    return;
  }
  progress.textContent = texts.numbered('web-question-number', view.answered + 1);
  const item = view.item;
  const screen = renderItem(item, texts, async (value) => {
    say(texts.text('web-saving'));
    try {
      const next = await answer(session.id, session.token, view.next_seq, item.item, value, () => say(texts.text('web-offline')));
      render(session, next);
    } catch (e) {
      if (e instanceof Problem && e.status === 401) {
        // The code opened this test on another tab or device: this one asks for the code.
        sessionStorage.removeItem(SESSION);
        await join('');
        return;
      }
      say(texts.text('web-error'));
      const again = await call('GET', `/v1/sessions/${encodeURIComponent(session.id)}`, { token: session.token }).catch(() => null);
      if (again) render(session, again);
    }
  });
  // Each answer has its own number: the next screen of a tap-through item shows the same
  // question under a new one.
  screen.dataset.seq = String(view.next_seq);
  screen.dataset.item = item.item;
  show(screen);
  if (item.input === 'assessor_scores') {
    // The assessor records this task on their view; the page follows the session.
    polling = setTimeout(async () => {
      const again = await call('GET', `/v1/sessions/${encodeURIComponent(session.id)}`, { token: session.token })
        .catch((e) => (e instanceof Problem && e.status === 401 ? null : view));
      if (again) render(session, again);
      else {
        sessionStorage.removeItem(SESSION);
        await join('');
      }
    }, 3000);
  }
  if (autoplay()) play(...itemClips(item, texts));
}

async function resume(known) {
  const session = saved();
  let view = known;
  try {
    if (!view) view = await call('GET', `/v1/sessions/${encodeURIComponent(session.id)}`, { token: session.token });
  } catch (e) {
    if (e instanceof Problem) {
      sessionStorage.removeItem(SESSION);
      await join('');
      return;
    }
    say(texts ? texts.text('web-offline') : '');
    setTimeout(resume, 2000);
    return;
  }
  // Items come in the session's language; the page speaks it too.
  if (!texts || texts.locale !== view.language) await useLanguage(view.language);
  autoplayLabel.hidden = false;
  const practised = `nln.practised.${session.id}`;
  if (view.status === 'in_progress' && view.answered === 0 && !sessionStorage.getItem(practised)) {
    practice(() => {
      sessionStorage.setItem(practised, 'yes');
      render(session, view);
    });
    return;
  }
  render(session, view);
}

async function boot() {
  attachStop(document.getElementById('stop-sound'));
  autoplayBox.checked = autoplay();
  autoplayBox.addEventListener('change', () => {
    setAutoplay(autoplayBox.checked);
    if (!autoplayBox.checked) stop();
  });
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get('lang')) sessionStorage.setItem(LANGUAGE, hash.get('lang'));
  const code = hash.get('code') || '';
  if (saved()) await resume();
  else if (!sessionStorage.getItem(LANGUAGE)) await chooseLanguage(code);
  else await join(code);
}

boot().catch((e) => {
  say(String(e));
});
