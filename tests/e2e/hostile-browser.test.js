/**
 * The hostile corpus (src/testing/hostileStrings.js, without its megabyte strings) in every text
 * and URL field of a dataset loaded with `?data=`, spread across events so one page holds them
 * all: no script runs (a canary the corpus's own payloads would set stays unset, and no dialog
 * opens), no element carries an event handler, links are only http(s), and titles show as
 * written. The details of a sample of events, and /about for the dataset, are checked too.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { HUGE_COUNT, hostileStrings } from '../../src/testing/hostileStrings.js';
import { EXPLORER, READY_TIMEOUT, useSite } from './helpers.js';
import { serveData } from './testData.js';

const site = useSite();
/** Payloads that set the canary rather than open a dialog, beside the corpus's alert(1)s. */
const CANARY = [
	'<img src=x onerror="window.__canary=1">',
	'"><svg onload="window.__canary=1">',
	'javascript:window.__canary=1',
	'<a href="javascript:window.__canary=1">x</a>'
];
const STRINGS = [...hostileStrings.slice(0, -HUGE_COUNT), ...CANARY];
/** Strings per event: every string lands in every field of some event. */
const PER_EVENT = 8;
const EVENTS = Math.ceil(STRINGS.length / PER_EVENT);

/** @type {string} */
let dir;
/** @type {{ url: string, close: () => Promise<void> }} */
let data;
/** @type {Map<string, string>} */
const titles = new Map();

/** @param {number} i */
const str = (i) => /** @type {string} */ (STRINGS[i % STRINGS.length]);

before(async () => {
	const events = [];
	for (let k = 0; k < EVENTS; k++) {
		const own = Array.from({ length: PER_EVENT }, (_, j) => str(k * PER_EVENT + j));
		const id = `e-${k}`;
		const title = own[0]?.trim() ? own[0].slice(0, 200) : `Event ${k}`;
		titles.set(id, title);
		events.push({
			id,
			title,
			summary: own.join('\n\n'),
			start: `${2000 + (k % 20)}-0${1 + (k % 9)}-1${k % 10}`,
			dateNote: own[1],
			place: {
				name: own[2] || 'x',
				lat: (k % 120) - 60,
				lon: ((k * 7) % 360) - 180,
				precision: 'city'
			},
			category: k % 2 ? 'a' : 'b',
			tags: own.slice(3, 5).filter((s) => s.length),
			actors: own.slice(5, 7).filter((s) => s.length),
			sources: [{ source: `s-${k % 5}`, locator: own[7] || 'p. 1' }],
			links: [own[1], own[3], 'https://example.org/ok'],
			media: { url: own[4], kind: 'link', caption: own[5], credit: own[6], alt: own[7] }
		});
	}
	const sources = Array.from({ length: 5 }, (_, k) => ({
		id: `s-${k}`,
		title: str(k * 3) || 'S',
		publisher: str(k * 3 + 1) || 'P',
		perspective: str(k * 3 + 2) || 'Q',
		type: 'other',
		url: str(k * 3 + 5)
	}));
	const dataset = {
		meta: {
			title: 'Hostile corpus',
			description: STRINGS.slice(0, 40).join('\n\n'),
			licence: str(10) || 'CC0-1.0',
			attribution: str(11),
			categories: [
				{ id: 'a', label: str(12) || 'A', colour: '#0072B2' },
				{ id: 'b', label: str(13) || 'B', colour: '#D55E00' }
			]
		},
		sources,
		events
	};
	dir = await mkdtemp(join(tmpdir(), 'chronoatlas-hostile-'));
	await writeFile(join(dir, 'hostile.json'), JSON.stringify(dataset));
	data = await serveData(dir);
});
after(async () => {
	await data?.close();
	await rm(dir, { recursive: true, force: true });
});

/**
 * What a page holds that script could have come from: the canary, handler attributes, links and
 * sources other than http(s) and the page's own.
 * @param {import('playwright-core').Page} page
 */
async function breaches(page) {
	return page.evaluate(() => {
		const found = [];
		if (Reflect.get(window, '__canary') !== undefined) found.push('the canary was set');
		for (const el of document.querySelectorAll('*')) {
			for (const a of el.attributes) {
				if (a.name.startsWith('on')) found.push(`<${el.localName} ${a.name}>`);
				if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name)) {
					const v = a.value.trim();
					if (v.startsWith('#') || v === '') continue;
					// The app's own symbols are SVG images; an image cannot run script.
					if (el.localName === 'img' && a.name === 'src' && v.startsWith('data:image/')) continue;
					const protocol = new URL(v, location.href).protocol;
					if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'blob:')
						found.push(`<${el.localName} ${a.name}="${v.slice(0, 60)}">`);
				}
			}
		}
		for (const el of document.querySelectorAll('iframe, object, embed, script:not([src])'))
			if (el.localName !== 'script' || !/^\s*(\{|\[)/.test(el.textContent ?? ''))
				if (el.closest('head') === null) found.push(`a <${el.localName}> in the body`);
		return found;
	});
}

test('every hostile string in every field, through ?data=: nothing runs, text is text', async () => {
	const page = await site.newPage();
	/** @type {string[]} */
	const dialogs = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	/** @type {string[]} */
	const errors = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const url = `${data.url}hostile.json`;
	await page.goto(`${site.url}?data=${encodeURIComponent(url)}&layout=list`);
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	await page.getByRole('heading', { level: 1, name: 'Hostile corpus' }).waitFor();

	// Titles show exactly as written, in the list.
	const shown = await page.evaluate(() =>
		[...document.querySelectorAll('[data-testid="event-list"] [data-event-id]')].map((row) => [
			row.getAttribute('data-event-id'),
			row.querySelector('.title')?.textContent ?? ''
		])
	);
	assert.ok(shown.length >= EVENTS * 0.9, `${shown.length} of ${EVENTS} events listed`);
	for (const [id, text] of shown)
		assert.equal(text, titles.get(/** @type {string} */ (id)), id ?? '');

	// The details of a sample of events: summary, place, tags, actors, links, media.
	for (const k of [0, 3, 7, 12, 18, EVENTS - 1]) {
		await page.locator(`[data-testid="event-list"] [data-event-id="e-${k}"] button.pick`).click();
		await page.getByTestId('detail-title').waitFor();
		assert.equal(await page.getByTestId('detail-title').textContent(), titles.get(`e-${k}`));
		assert.deepEqual(await breaches(page), [], `event e-${k}`);
	}
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.getByRole('combobox', { name: 'Layout' }).selectOption('split');
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	assert.deepEqual(await breaches(page), [], 'timeline and map');

	await page.getByRole('link', { name: 'Sources and method' }).click();
	await page.getByTestId('loaded-licence').waitFor();
	assert.deepEqual(await breaches(page), [], '/about');
	assert.deepEqual(dialogs, [], 'no dialog opened');
	assert.deepEqual(errors, []);
	await page.context().close();
});
