// Audio: one clip at a time, a visible stop control whenever something plays, and an optional
// "read aloud automatically" that plays the prompt and then each answer.

const player = new Audio();
let queue = [];
let stopButton = null;
const AUTOPLAY_SLOT = 'nln.autoplay';
const opus = player.canPlayType('audio/ogg; codecs=opus') !== '';
// Whether the service sends clips at all (it lists a page text's clip only when it has the
// file); item texts name their clips from the manifests whether or not the files are there.
let served = true;

/** Tells the player whether the service has clips (from the page texts it sent). */
export function clipsServed(yes) {
  served = yes;
}

function url(audio) {
  const file = opus ? audio.file : audio.file.replace(/\.opus$/, '.mp3');
  return `/v1/audio/${file.split('/').map(encodeURIComponent).join('/')}`;
}

function showStop(playing) {
  if (stopButton) stopButton.hidden = !playing;
}

function next() {
  const clip = queue.shift();
  if (!clip) {
    showStop(false);
    return;
  }
  player.src = url(clip);
  showStop(true);
  player.play().catch(() => {
    queue = [];
    showStop(false);
  });
}

player.addEventListener('ended', next);
player.addEventListener('error', next);

export function stop() {
  queue = [];
  player.pause();
  showStop(false);
}

/** Plays API audio references in order, after stopping whatever played. */
export function play(...clips) {
  stop();
  queue = clips.filter((c) => c && c.file);
  next();
}

export function hasClip(text) {
  return served && Boolean(text && text.audio && text.audio.file);
}

export function autoplay() {
  return sessionStorage.getItem(AUTOPLAY_SLOT) === 'on';
}

export function setAutoplay(on) {
  sessionStorage.setItem(AUTOPLAY_SLOT, on ? 'on' : 'off');
}

/** Wires the page's stop control. */
export function attachStop(button) {
  stopButton = button;
  button.addEventListener('click', stop);
}

/** A play button for an API Text, or null when it has no clip. */
export function playButton(text, label) {
  if (!hasClip(text)) return null;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'play';
  button.setAttribute('aria-label', `${label}: ${text.text}`);
  button.innerHTML = '<svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d="M4 9v6h4l5 5V4L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z"/></svg>';
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    play(text.audio);
  });
  return button;
}
