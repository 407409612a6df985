// The assessor's view: an agency key (kept in sessionStorage only, gone when the tab closes),
// start a session for a pseudonymous learner reference, hand over a join code, follow progress,
// record observed tasks, and read and print the result.

import { Texts, element, textElement } from './texts.js';
import { call, newKey, retrying, Problem } from './api.js';
import { assessorReport, takeHome } from './report.js';

const main = document.getElementById('main');
const statusLine = document.getElementById('status');
const forget = document.getElementById('forget-key');
const KEY = 'nln.agency-key';
const CURRENT = 'nln.assessor-session';
let texts = null;
let following = null;

const say = (m) => { statusLine.textContent = m || ''; };
const key = () => sessionStorage.getItem(KEY);

function show(...children) {
  clearTimeout(following);
  say('');
  main.replaceChildren(...children);
  const heading = main.querySelector('h2');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

function field(id, label, input, hint) {
  input.id = id;
  const parts = [element('label', { for: id, text: label }), input];
  if (hint) {
    parts.push(element('p', { className: 'hint', id: `${id}-hint`, text: hint }));
    input.setAttribute('aria-describedby', `${id}-hint`);
  }
  return element('div', { className: 'field' }, ...parts);
}

function problemText(e) {
  if (e instanceof Problem) return `${e.body.title || ''} ${e.body.detail || ''}`.trim();
  return texts.text('web-offline');
}

function askKey() {
  forget.hidden = true;
  const input = element('input', { type: 'password', autocomplete: 'off', required: true, spellcheck: 'false', dir: 'ltr' });
  const form = element('form', { className: 'stack' },
    field('agency-key', texts.text('web-assessor-key-label'), input, texts.text('web-assessor-key-hint')),
    element('button', { type: 'submit', className: 'primary', text: texts.text('web-assessor-key-use') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    sessionStorage.setItem(KEY, input.value.trim());
    start();
  });
  show(element('section', {}, element('h2', { text: texts.text('web-assessor-key-heading') }), form));
}

async function start() {
  forget.hidden = false;
  const languages = await call('GET', '/v1/languages');
  const ref = element('input', { required: true, maxlength: '64', pattern: '[A-Za-z0-9._:\\-]+', autocomplete: 'off', dir: 'ltr' });
  const language = element('select', {}, ...languages.map((l) => element('option', { value: l.code, lang: l.code, text: l.name })));
  const assisted = element('input', { type: 'checkbox', id: 'assisted', checked: true });
  const error = element('p', { className: 'error', role: 'alert' });
  const form = element('form', { className: 'stack' },
    field('learner-ref', texts.text('web-assessor-learner-ref'), ref, texts.text('web-assessor-learner-ref-hint')),
    field('language', texts.text('web-assessor-language'), language),
    element('div', { className: 'check' }, assisted, element('label', { for: 'assisted', text: texts.text('web-assessor-assisted') })),
    error,
    element('button', { type: 'submit', className: 'primary', text: texts.text('web-assessor-start') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      const view = await call('POST', '/v1/sessions', {
        token: key(),
        language: texts.locale,
        body: { learner_ref: ref.value.trim(), language: language.value, mode: assisted.checked ? 'assisted' : 'self' },
      });
      sessionStorage.setItem(CURRENT, view.id);
      await follow(view.id, true);
    } catch (e) {
      if (e instanceof Problem && e.status === 401) {
        sessionStorage.removeItem(KEY);
        askKey();
        say(texts.text('web-assessor-key-wrong'));
        return;
      }
      error.textContent = problemText(e);
    }
  });
  show(element('section', {}, element('h2', { text: texts.text('web-assessor-start-heading') }), form));
}

async function joinCode(id, box) {
  const code = await call('POST', `/v1/sessions/${encodeURIComponent(id)}/join-code`, { token: key(), language: texts.locale });
  const view = await call('GET', `/v1/sessions/${encodeURIComponent(id)}`, { token: key() });
  const link = `${location.origin}/#code=${encodeURIComponent(code.code)}&lang=${encodeURIComponent(view.language)}`;
  box.replaceChildren(
    element('p', { text: texts.text('web-assessor-code') }),
    element('p', { className: 'code', dir: 'ltr', 'data-join-code': code.code, text: code.code }),
    element('p', { className: 'hint', text: texts.text('web-assessor-code-help') }),
    element('img', { className: 'qr', src: `/v1/join-qr?link=${encodeURIComponent(link)}`, alt: texts.text('web-assessor-qr'), width: '200', height: '200' }),
    element('p', { className: 'link', dir: 'ltr', text: link }));
}

function scoreTask(id, view, panel) {
  const item = view.item;
  const buttons = item.choices.map((c) => {
    const b = element('button', { type: 'button', className: 'choice', 'data-score': String(c.ui_id) }, textElement('span', c.text));
    b.addEventListener('click', async () => {
      for (const other of panel.querySelectorAll('button')) other.disabled = true;
      const idempotency = newKey();
      try {
        await retrying(() => call('POST', `/v1/sessions/${encodeURIComponent(id)}/answers`, {
          token: key(),
          language: texts.locale,
          headers: { 'Idempotency-Key': idempotency },
          body: { seq: view.next_seq, item: item.item, answer: { kind: 'pick', ui_id: c.ui_id } },
        }), () => say(texts.text('web-offline')));
      } catch (e) {
        say(problemText(e));
      }
      await follow(id, false);
    });
    return b;
  });
  return element('section', { className: 'task' },
    element('h3', { text: texts.text('web-assessor-task') }),
    textElement('p', item.prompt),
    element('div', { className: 'answers' }, ...buttons));
}

async function showResult(id) {
  const report = await call('GET', `/v1/sessions/${encodeURIComponent(id)}/result`, { token: key(), language: texts.locale });
  const learnerTexts = await Texts.load(report.session.language);
  const printAssessor = element('button', { type: 'button', className: 'primary', text: texts.text('web-assessor-print') });
  const printLearner = element('button', { type: 'button', className: 'quiet', text: texts.text('web-assessor-print-learner') });
  const print = (kind) => {
    document.body.dataset.print = kind;
    window.print();
  };
  printAssessor.addEventListener('click', () => print('assessor'));
  printLearner.addEventListener('click', () => print('learner'));
  const again = element('button', { type: 'button', className: 'quiet', text: texts.text('web-assessor-new') });
  again.addEventListener('click', () => {
    sessionStorage.removeItem(CURRENT);
    start();
  });
  show(element('section', { className: 'result' },
    element('h2', { className: 'no-print', text: texts.text('web-assessor-result') }),
    element('div', { className: 'row no-print' }, printAssessor, printLearner, again),
    assessorReport(report, texts),
    takeHome(report, learnerTexts)));
}

async function follow(id, withCode) {
  let view;
  try {
    view = await call('GET', `/v1/sessions/${encodeURIComponent(id)}`, { token: key(), language: texts.locale });
  } catch (e) {
    if (e instanceof Problem) {
      sessionStorage.removeItem(CURRENT);
      await start();
      say(problemText(e));
      return;
    }
    say(texts.text('web-offline'));
    following = setTimeout(() => follow(id, false), 3000);
    return;
  }
  if (view.status !== 'in_progress') {
    await showResult(id);
    return;
  }
  const codeBox = element('div', { className: 'join-code', 'aria-live': 'polite' });
  const newCode = element('button', { type: 'button', className: 'quiet', text: texts.text('web-assessor-new-code') });
  newCode.addEventListener('click', () => joinCode(id, codeBox).catch((e) => say(problemText(e))));
  const stop = element('button', { type: 'button', className: 'quiet', text: texts.text('web-assessor-stop') });
  stop.addEventListener('click', async () => {
    await call('POST', `/v1/sessions/${encodeURIComponent(id)}/stop`, { token: key(), headers: { 'Idempotency-Key': newKey() } }).catch((e) => say(problemText(e)));
    await follow(id, false);
  });
  const number = new Intl.NumberFormat(texts.locale);
  const panel = element('section', { className: 'follow' },
    element('h2', { text: texts.text('web-assessor-session-heading') }),
    element('dl', { className: 'facts' },
      element('div', { className: 'fact' }, element('dt', { text: texts.text('web-assessor-learner-ref') }), element('dd', { dir: 'ltr', text: view.learner_ref })),
      element('div', { className: 'fact' }, element('dt', { text: texts.text('web-assessor-answered') }), element('dd', { 'data-answered': String(view.answered), text: number.format(view.answered) }))),
    codeBox,
    element('div', { className: 'row' }, newCode, stop));
  if (view.item && view.item.input === 'assessor_scores') panel.append(scoreTask(id, view, panel));
  const active = document.activeElement && main.contains(document.activeElement) ? document.activeElement.textContent : null;
  const oldCode = main.querySelector('.join-code');
  if (!withCode && oldCode) codeBox.replaceChildren(...oldCode.childNodes);
  if (main.querySelector('.follow') && !withCode) {
    main.replaceChildren(panel);
    const again = [...panel.querySelectorAll('button')].find((b) => b.textContent === active);
    if (again) again.focus();
  } else {
    show(panel);
  }
  if (withCode) await joinCode(id, codeBox).catch((e) => say(problemText(e)));
  following = setTimeout(() => follow(id, false), 3000);
}

async function boot() {
  texts = await Texts.load(navigator.language || 'en').catch(() => Texts.load('en'));
  texts.apply();
  document.title = texts.text('web-assessor-title');
  forget.addEventListener('click', () => {
    sessionStorage.removeItem(KEY);
    sessionStorage.removeItem(CURRENT);
    askKey();
  });
  if (!key()) askKey();
  else if (sessionStorage.getItem(CURRENT)) await follow(sessionStorage.getItem(CURRENT), false);
  else await start();
}

boot().catch((e) => say(String(e)));
