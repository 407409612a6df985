// One item as the API presents it (nln_core::present): the prompt, pictures, the answers in
// this session's order with their UI ids, and "I don't know". The page sends back UI ids, a
// tap position in picture pixels, or an order of UI ids; it never sees a key.

import { element, textElement } from './texts.js';
import { hasClip, playButton } from './sound.js';

function pictureUrl(path) {
  return `/v1/pictures/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** A line with a text and its play button. */
function spoken(tag, text, texts, className) {
  const line = element('div', { className: `spoken ${className || ''}` });
  const body = textElement(tag, text);
  line.append(body);
  const button = playButton(text, texts.text('web-play'));
  if (button) line.append(button);
  return line;
}

function answerButton(choice, texts, onPick) {
  const item = element('li', { className: 'answer' });
  const button = element('button', { type: 'button', className: 'choice', 'data-ui-id': String(choice.ui_id) });
  if (choice.image) {
    button.append(element('img', { src: pictureUrl(choice.image), alt: '', width: '96', height: '96' }));
  }
  button.append(textElement('span', choice.text));
  button.addEventListener('click', () => onPick(choice, button));
  item.append(button);
  const play = playButton(choice.text, texts.text('web-play'));
  if (play) item.append(play);
  return item;
}

function pickOne(item, texts, submit) {
  const list = element('ul', { className: 'answers', role: 'list' });
  for (const choice of item.choices) {
    list.append(answerButton(choice, texts, (c) => submit({ kind: 'pick', ui_id: c.ui_id })));
  }
  return list;
}

function choosePlace(item, texts, submit) {
  const box = element('div', { className: 'hotspot' });
  const picture = element('img', {
    src: pictureUrl(item.image),
    alt: texts.picture(item.image),
    className: 'tap-target',
    draggable: 'false',
  });
  // Taps are sent in the picture's own pixels (its intrinsic size), whatever size it is shown at.
  picture.addEventListener('click', (event) => {
    const rect = picture.getBoundingClientRect();
    if (!rect.width || !rect.height || !picture.naturalWidth) return;
    const x = ((event.clientX - rect.left) / rect.width) * picture.naturalWidth;
    const y = ((event.clientY - rect.top) / rect.height) * picture.naturalHeight;
    submit({ kind: 'tap', x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  });
  box.append(picture);
  const heading = element('p', { className: 'list-heading', id: 'place-list', text: texts.text('web-hotspot-list') });
  const list = pickOne(item, texts, submit);
  list.setAttribute('aria-labelledby', 'place-list');
  return element('div', {}, box, heading, list);
}

function putInOrder(item, texts, submit) {
  const chosen = [];
  const wrap = element('div', { className: 'ordering' });
  const sequence = element('ol', { className: 'sequence', 'aria-live': 'polite' });
  const done = element('button', { type: 'button', className: 'primary', disabled: true, text: texts.text('web-order-done') });
  const again = element('button', { type: 'button', className: 'quiet', text: texts.text('web-order-again') });
  const buttons = [];
  const refresh = () => {
    sequence.replaceChildren(...chosen.map((c) => textElement('li', c.text)));
    for (const { choice, button, badge } of buttons) {
      const place = chosen.indexOf(choice);
      button.setAttribute('aria-pressed', place >= 0 ? 'true' : 'false');
      button.disabled = place >= 0;
      badge.textContent = place >= 0 ? new Intl.NumberFormat(texts.locale).format(place + 1) : '';
    }
    done.disabled = chosen.length !== item.choices.length;
  };
  const list = element('ul', { className: 'answers', role: 'list' });
  for (const choice of item.choices) {
    const li = answerButton(choice, texts, (c) => {
      if (!chosen.includes(c)) chosen.push(c);
      refresh();
      const next = buttons.find((b) => !b.button.disabled);
      (next ? next.button : done).focus();
    });
    const button = li.querySelector('button.choice');
    const badge = element('span', { className: 'badge', 'aria-hidden': 'true' });
    button.prepend(badge);
    buttons.push({ choice, button, badge });
    list.append(li);
  }
  again.addEventListener('click', () => {
    chosen.length = 0;
    refresh();
    buttons[0].button.focus();
  });
  done.addEventListener('click', () => submit({ kind: 'order', ui_ids: chosen.map((c) => c.ui_id) }));
  refresh();
  wrap.append(list, sequence, element('div', { className: 'row' }, again, done));
  return wrap;
}

/**
 * The item's screen. `submit(answer)` is called once with the answer body; the screen then
 * disables itself so that a second tap cannot send another answer.
 */
export function renderItem(item, texts, submit) {
  const screen = element('section', { className: 'item', 'aria-labelledby': 'prompt' });
  if (item.access_question) screen.append(element('p', { className: 'note', text: texts.text('web-about-you') }));
  const prompt = spoken('h1', item.prompt, texts, 'prompt');
  prompt.querySelector('h1').id = 'prompt';
  prompt.querySelector('h1').tabIndex = -1;
  screen.append(prompt);
  const instructions = pageInstructions(item, texts);
  if (instructions) screen.append(spoken('p', instructions, texts, 'instructions'));
  if (item.screen) {
    // Where the learner is in a tap-through task; a wrong tap ends it quietly, so the count
    // never announces a mistake.
    screen.append(element('p', { className: 'screen-count', 'data-screen': String(item.screen.number),
      text: texts.counted('web-tap-screen', item.screen.number, item.screen.count) }));
  }
  // A tap-through item shows its screens the way a hotspot item shows its picture.
  const onPicture = item.input === 'choose_place' || item.input === 'tap_through';
  if (item.image && !onPicture) {
    screen.append(element('img', { src: pictureUrl(item.image), alt: texts.picture(item.image), className: 'stimulus' }));
  }
  let sent = false;
  const once = (answer) => {
    if (sent) return;
    sent = true;
    screen.classList.add('sending');
    for (const b of screen.querySelectorAll('button:not(.play)')) b.disabled = true;
    submit(answer);
  };
  if (item.input === 'assessor_scores') {
    screen.append(element('p', { className: 'wait', text: texts.text('web-wait-assessor') }));
    return screen;
  }
  if (item.input === 'put_in_order') screen.append(putInOrder(item, texts, once));
  else if (onPicture) screen.append(choosePlace(item, texts, once));
  else screen.append(pickOne(item, texts, once));
  const dontKnow = element('div', { className: 'dont-know' });
  const button = element('button', { type: 'button', className: 'quiet', 'data-dont-know': true });
  button.append(textElement('span', item.dont_know));
  button.addEventListener('click', () => once({ kind: 'dont_know' }));
  dontKnow.append(button);
  const play = playButton(item.dont_know, texts.text('web-play'));
  if (play) dontKnow.append(play);
  screen.append(dontKnow);
  return screen;
}

/** What to do, in the page's words: the core's hints speak of typing numbers at a terminal. */
function pageInstructions(item, texts) {
  if (item.input === 'put_in_order') return texts.message('web-order-hint');
  if (item.input === 'choose_place') return texts.message('web-hotspot-hint');
  if (item.input === 'tap_through') return texts.message('web-tap-through-hint');
  return item.instructions;
}

/** The clips "read aloud automatically" plays for an item: prompt, instructions, answers. */
export function itemClips(item, texts) {
  return [item.prompt, pageInstructions(item, texts), ...item.choices.map((c) => c.text)]
    .filter(hasClip)
    .map((t) => t.audio);
}
