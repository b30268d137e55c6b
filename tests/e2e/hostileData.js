/**
 * The hostile-data browser tests' dataset and checks. The corpus (src/testing/hostileStrings.js,
 * without its megabyte strings) plus payloads that set a canary goes into every text and URL
 * field of a dataset, spread across events so one page holds them all, and into a story (title,
 * introduction, step notes) for the presentation. `breaches(page)` lists what a page holds that
 * script could have come from; `guard(page)` records dialogs, page errors and requests for
 * scripts from elsewhere.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { HUGE_COUNT, hostileStrings } from '../../src/testing/hostileStrings.js';
import { serveData } from './testData.js';

/** Payloads that set the canary rather than open a dialog, beside the corpus's alert(1)s. */
export const CANARY = [
	'<img src=x onerror="window.__canary=1">',
	'"><svg onload="window.__canary=1">',
	'javascript:window.__canary=1',
	'<a href="javascript:window.__canary=1">x</a>'
];
/** Every string the dataset holds. */
export const STRINGS = [...hostileStrings.slice(0, -HUGE_COUNT), ...CANARY];
/** Strings per event: every string lands in every field of some event. */
const PER_EVENT = 8;
/** How many events the dataset has. */
export const EVENTS = Math.ceil(STRINGS.length / PER_EVENT);
/** The dataset's title: hostile, and still a heading a test can wait for. */
export const TITLE = 'Hostile corpus </title><script>window.__canary=1</script>';
/** The story's id, and the events it walks through (every third one). */
export const STORY_ID = 'hostile-story';
export const STORY_EVENTS = Array.from({ length: Math.ceil(EVENTS / 3) }, (_, k) => `e-${k * 3}`);

/**
 * The strings a URL field may keep (the schema's test). Records carry these, so that hostile
 * links reach the page (any other link on a record is dropped with a warning).
 */
const HTTP_STRINGS = STRINGS.filter((s) => /^https?:\/\/[^\s]+$/i.test(s));
/** @param {number} i */
const str = (i) => /** @type {string} */ (STRINGS[i % STRINGS.length]);
/** A string for a field that must not be blank. @param {number} i @param {string} fallback */
const filled = (i, fallback) => (str(i).trim() ? str(i) : fallback);

/**
 * How the app shows text in a line: runs of white space as one space, trimmed (as HTML does).
 *
 * @param {string} s
 */
export const squash = (s) => s.replace(/[ \t\n\r\f]+/g, ' ').trim();

/**
 * The hostile dataset, and the title of each event by id.
 *
 * @returns {{ dataset: any, titles: Map<string, string> }}
 */
export function hostileDataset() {
	/** @type {Map<string, string>} */
	const titles = new Map();
	const events = [];
	for (let k = 0; k < EVENTS; k++) {
		const own = Array.from({ length: PER_EVENT }, (_, j) => str(k * PER_EVENT + j));
		const id = `e-${k}`;
		const title = own[0]?.trim() ? own[0].slice(0, 200) : `Event ${k}`;
		titles.set(id, title);
		const source = `s-${k % 5}`;
		events.push({
			id,
			title,
			summary: own.join('\n\n'),
			start: `${2000 + (k % 20)}-0${1 + (k % 9)}-1${k % 10}`,
			dateNote: own[1],
			place: {
				name: own[2] || 'x',
				note: own[3],
				lat: (k % 120) - 60,
				lon: ((k * 7) % 360) - 180,
				precision: 'city',
				linked: [
					{ name: own[4] || 'y', note: own[5], lat: 10, lon: (k % 40) - 20, precision: 'city' }
				]
			},
			category: k % 2 ? 'a' : 'b',
			tags: own.slice(3, 5).filter((s) => s.length),
			actors: own.slice(5, 7).filter((s) => s.length),
			sources: [{ source, locator: own[7] || 'p. 1', quote: own[6], url: own[1] }],
			disputes: [
				{
					field: own[2] || 'actors',
					values: [
						{ value: own[3] || 'one', sources: [source], locator: own[4] },
						{ value: own[5] || 'two', sources: ['record'] }
					],
					note: own[6] || 'n'
				}
			],
			record: [
				{
					about: 'start',
					text: own[7] || 't',
					reference: own[0] || 'r',
					url: HTTP_STRINGS[k % HTTP_STRINGS.length],
					quote: own[1]
				}
			],
			links: [own[1], own[3], 'https://example.org/ok'],
			media: {
				url: own[4],
				kind: k % 2 ? 'image' : 'link',
				caption: own[5],
				credit: own[6],
				alt: own[7],
				licence: own[0]
			}
		});
	}
	const sources = Array.from({ length: 5 }, (_, k) => ({
		id: `s-${k}`,
		title: filled(k * 3, 'S'),
		publisher: filled(k * 3 + 1, 'P'),
		perspective: filled(k * 3 + 2, 'Q'),
		writtenNote: str(k * 3 + 3),
		file: str(k * 3 + 4),
		type: 'other',
		url: str(k * 3 + 5)
	}));
	const stories = [
		{
			id: STORY_ID,
			title: `${str(0)} ${CANARY[0]}`,
			intro: STRINGS.slice(40, 80).join('\n\n'),
			steps: STORY_EVENTS.map((event, k) => ({
				event,
				note: STRINGS.slice(k * 4, k * 4 + 4).join('\n\n')
			}))
		}
	];
	const dataset = {
		meta: {
			title: TITLE,
			description: STRINGS.slice(0, 40).join('\n\n'),
			licence: filled(10, 'CC0-1.0'),
			attribution: str(11),
			categories: [
				{ id: 'a', label: filled(12, 'A'), colour: '#0072B2' },
				{ id: 'b', label: filled(13, 'B'), colour: '#D55E00' }
			],
			stories
		},
		sources,
		events
	};
	return { dataset, titles };
}

/**
 * Register hooks that write the hostile dataset to a folder as `hostile.json` and serve it the
 * way a data host allowing `?data=` does. Read the fields inside tests only.
 */
export function useHostileData() {
	const { dataset, titles } = hostileDataset();
	/** @type {string | undefined} */
	let dir;
	/** @type {{ url: string, close: () => Promise<void> } | undefined} */
	let server;
	before(async () => {
		dir = await mkdtemp(join(tmpdir(), 'chronoatlas-hostile-'));
		await writeFile(join(dir, 'hostile.json'), JSON.stringify(dataset));
		server = await serveData(dir);
	});
	after(async () => {
		await server?.close();
		if (dir) await rm(dir, { recursive: true, force: true });
	});
	return {
		dataset,
		titles,
		/** The folder holding `hostile.json` (tests may write more files there). */
		get dir() {
			return /** @type {string} */ (dir);
		},
		/** The URL of `name` on the data host, `hostile.json` by default. */
		url(name = 'hostile.json') {
			if (!server) throw new Error('useHostileData(): the data host starts in before()');
			return `${server.url}${name}`;
		},
		/** The dataset file's text. */
		get text() {
			return JSON.stringify(dataset);
		}
	};
}

/**
 * What a page holds that script could have come from: the canary, handler attributes, links and
 * sources other than http(s) and the page's own, frames and inline scripts that are not data.
 *
 * @param {import('playwright-core').Page | import('playwright-core').Frame} page
 * @returns {Promise<string[]>}
 */
export async function breaches(page) {
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
					let protocol = '';
					try {
						protocol = new URL(v, location.href).protocol;
					} catch {
						// Not a URL: reported, to be looked at.
					}
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

/**
 * Watch a page, and the windows it opens, from before it loads: every dialog (dismissed), every
 * uncaught error, and every request for a script, style sheet or page that is not the test's own
 * servers'. Requests off 127.0.0.1 are refused, so the tests need no network and nothing from the
 * data is fetched.
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ dialogs: string[], errors: string[], outside: string[] }>}
 */
export async function guard(page) {
	/** @type {{ dialogs: string[], errors: string[], outside: string[] }} */
	const seen = { dialogs: [], errors: [], outside: [] };
	/** @param {import('playwright-core').Page} p */
	const watch = (p) => {
		p.on('dialog', (d) => {
			seen.dialogs.push(d.message());
			void d.dismiss();
		});
		p.on('pageerror', (e) => seen.errors.push(e.message));
	};
	watch(page);
	page.context().on('page', watch);
	await page.context().route('**/*', (route) => {
		const request = route.request();
		const url = new URL(request.url());
		if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:')
			return route.continue();
		// An image from a link in the data is fine; a script, style or page would be the data's.
		if (!['image', 'media'].includes(request.resourceType()))
			seen.outside.push(`${request.resourceType()} ${request.url().slice(0, 80)}`);
		return route.abort();
	});
	return seen;
}

/**
 * Assert a page is clean: no breach, and no dialog or script request seen so far.
 *
 * @param {import('playwright-core').Page | import('playwright-core').Frame} page
 * @param {{ dialogs: string[], outside: string[] }} seen from `guard`
 * @param {string} what where the page is, for the message
 */
export async function assertClean(page, seen, what) {
	assert.deepEqual(await breaches(page), [], what);
	assert.deepEqual(seen.dialogs, [], `${what}: no dialog opened`);
	assert.deepEqual(seen.outside, [], `${what}: nothing fetched from elsewhere`);
}

/**
 * Check every event title a page shows in its list (`.title` of each row) or on its timeline
 * (each item's label) against the dataset's: exactly, as both show titles. Returns how many.
 *
 * @param {import('playwright-core').Page | import('playwright-core').Frame} page
 * @param {Map<string, string>} titles
 * @param {'list' | 'timeline'} where
 */
export async function assertTitles(page, titles, where) {
	const shown = await page.evaluate(
		(where) =>
			[
				...document.querySelectorAll(
					where === 'list'
						? '[data-testid="event-list"] [data-event-id]'
						: '[data-testid="timeline"] .vis-item [data-event-id]'
				)
			].map((el) => [
				el.getAttribute('data-event-id') ?? '',
				(where === 'list' ? el.querySelector('.title') : el)?.textContent ?? ''
			]),
		where
	);
	assert.ok(shown.length > 0, `no titles on the ${where}`);
	for (const [id = '', text] of shown) assert.equal(text, titles.get(id), `${where}: ${id}`);
	return shown.length;
}

/**
 * A text's paragraphs as the app shows them (src/lib/ui/detail/format.ts): split at blank
 * lines, white space within each collapsed, empty ones left out.
 *
 * @param {string} text
 */
export function paragraphs(text) {
	return text
		.split(/\r?\n\s*\r?\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}
