// Calls to the service. The page decides nothing itself: it shows what the API returns and
// sends back what the learner or assessor chose.

/** An answer of the service that is an RFC 9457 problem. */
export class Problem extends Error {
  constructor(status, body) {
    super((body && body.title) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

/** The request did not reach the service, or its reply was lost. */
export class Offline extends Error {}

/** One JSON request; throws Problem or Offline. */
export async function call(method, path, { token, body, headers = {}, language } = {}) {
  const h = { Accept: 'application/json', ...headers };
  if (token) h.Authorization = `Bearer ${token}`;
  if (language) h['Accept-Language'] = language;
  if (body !== undefined) h['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (e) {
    throw new Offline(String(e));
  }
  const type = response.headers.get('content-type') || '';
  let data;
  try {
    data = type.includes('json') ? await response.json() : await response.text();
  } catch (e) {
    throw new Offline(String(e));
  }
  if (!response.ok) throw new Problem(response.status, data);
  return data;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it reaches the service: a lost connection is retried with growing
 * pauses (the same request, so the same Idempotency-Key); a problem is thrown at once.
 */
export async function retrying(attempt, onWaiting) {
  let pause = 400;
  for (;;) {
    try {
      return await attempt();
    } catch (e) {
      if (!(e instanceof Offline)) throw e;
      if (onWaiting) onWaiting();
      await sleep(pause);
      pause = Math.min(pause * 2, 8000);
    }
  }
}

/** A fresh Idempotency-Key. */
export function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends an answer so that nothing is lost: the key is kept in sessionStorage with the body,
 * so a retry, even after a reload, sends the same key and body.
 */
export async function answer(session, token, seq, item, value, onWaiting) {
  const slot = `nln.answer.${session}`;
  let pending = null;
  try {
    pending = JSON.parse(sessionStorage.getItem(slot) || 'null');
  } catch (e) {
    pending = null;
  }
  const body = { seq, item, answer: value };
  if (!pending || pending.seq !== seq || JSON.stringify(pending.body) !== JSON.stringify(body)) {
    pending = { seq, key: newKey(), body };
    sessionStorage.setItem(slot, JSON.stringify(pending));
  }
  const reply = await retrying(
    () => call('POST', `/v1/sessions/${encodeURIComponent(session)}/answers`, {
      token,
      body: pending.body,
      headers: { 'Idempotency-Key': pending.key },
    }),
    onWaiting,
  );
  sessionStorage.removeItem(slot);
  return reply;
}
