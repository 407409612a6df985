// The placement report as the API returns it (GET /v1/sessions/{id}/result), drawn for a
// person: level, the area profile as a bar chart, can-do statements, and what it rests on.
// Nothing is computed here beyond the bar lengths, which only restate the level codes.

import { element } from './texts.js';

const LEVELS = ['F', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];

function bar(area, texts) {
  const measured = area.level !== null && area.level !== undefined;
  const step = measured ? LEVELS.indexOf(area.level) + 1 : 0;
  const row = element('div', { className: 'area' });
  row.append(element('span', { className: 'area-name', text: area.name }));
  const track = element('span', { className: 'track', role: 'img',
    'aria-label': measured ? `${area.name}: ${area.level} (${area.standing.text})` : `${area.name}: ${texts.text('web-report-not-measured')}` });
  const fill = element('span', { className: `fill fill-${step}` });
  track.append(fill);
  row.append(track);
  row.append(element('span', { className: 'area-level', text: measured ? area.level : '–' }));
  return row;
}

function list(heading, entries) {
  if (!entries.length) return null;
  return element('section', {},
    element('h3', { text: heading }),
    element('ul', {}, ...entries.map((c) => element('li', { text: c.text }))));
}

function fact(label, value) {
  return element('div', { className: 'fact' }, element('dt', { text: label }), element('dd', { text: value }));
}

/** The one-page result for the learner's file (assessor side). */
export function assessorReport(report, texts) {
  const r = report.result;
  const number = new Intl.NumberFormat(texts.locale, { maximumFractionDigits: 2 });
  const page = element('article', { className: 'report print-page', 'data-print': 'assessor', lang: report.session.language });
  page.append(element('h2', { text: texts.text('web-report-heading') }));
  page.append(element('p', { className: 'level', text: r.level.name }));
  page.append(element('p', { text: r.stage.text }));
  page.append(element('h3', { text: texts.text('web-report-profile') }));
  page.append(element('div', { className: 'chart' }, ...report.areas.map((a) => bar(a, texts))));
  const canDo = list(texts.text('web-report-can-do'), report.can_do);
  const next = list(texts.text('web-report-next'), report.next_can_do);
  if (canDo) page.append(canDo);
  if (next) page.append(next);
  page.append(element('h3', { text: texts.text('web-report-based-on') }));
  page.append(element('dl', { className: 'facts' },
    fact(texts.text('web-report-items'), number.format(r.items)),
    fact(texts.text('web-report-range'), `${r.level_range[0]} – ${r.level_range[1]}`),
    fact(texts.text('web-report-precision'), number.format(r.se)),
    fact(texts.text('web-report-calibration'), report.content.calibration),
    fact(texts.text('web-report-language'), report.session.language),
    fact(texts.text('web-report-session'), report.session.id),
    fact(texts.text('web-report-time'), report.session.time)));
  if (r.flags.length) page.append(element('ul', { className: 'flags' }, ...r.flags.map((f) => element('li', { text: f.text }))));
  return page;
}

/** The simpler take-home page, in the learner's language (`texts` loaded for it). */
export function takeHome(report, texts) {
  const page = element('article', { className: 'report take-home print-page', 'data-print': 'learner', lang: texts.locale, dir: texts.direction });
  page.append(element('h2', { text: texts.text('web-home-heading') }));
  page.append(element('p', { className: 'level', text: report.result.level.name }));
  page.append(element('div', { className: 'chart' }, ...report.areas.map((a) => bar(a, texts))));
  const canDo = list(texts.text('web-home-can'), report.can_do);
  const next = list(texts.text('web-home-next'), report.next_can_do);
  if (canDo) page.append(canDo);
  if (next) page.append(next);
  return page;
}
