/**
 * The URL carries the explorer's state: a reload or a copied link shows the same view, Back and
 * Forward walk through selections, and `?data=<url>` loads another dataset, with a clear message
 * (role=alert) when it cannot and an issues panel for the rows it had to drop.
 *
 * `?data=` is fetched cross-origin: the fixtures are served with CORS by `serveData()`.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
	collectConsoleErrors,
	eventually,
	listIds,
	listRow,
	openExplorer,
	resultCount,
	siteUrl,
	timelineIds,
	useSite,
	waitForCount,
	waitForSelected,
	waitInPage
} from './helpers.js';
import { readBundledDataset, serveData } from './testData.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const BUNDLED_TITLE = 'Quds Day, 1979–2025';

const site = useSite();

/** Rallies whose text mentions Toronto: what `cat=rally&q=toronto` leaves, from the dataset. */
let torontoRallies = /** @type {string[]} */ ([]);
before(async () => {
	const { events } = await readBundledDataset();
	torontoRallies = events
		.filter(
			(e) =>
				e.category === 'rally' &&
				[e.title, e.summary, e.place.name, ...(e.actors ?? [])]
					.join(' ')
					.toLowerCase()
					.includes('toronto')
		)
		.map((e) => e.id);
});

/**
 * Wait until the address bar's query has these parameters (all values of each).
 *
 * @param {import('playwright-core').Page} page
 * @param {Record<string, string[]>} want e.g. `{ event: ['x'], cat: ['rally'] }`
 */
async function waitForParams(page, want) {
	await waitInPage(
		page,
		(want) => {
			const p = new URL(location.href).searchParams;
			return Object.entries(want).every(
				([k, v]) => JSON.stringify(p.getAll(k)) === JSON.stringify(v)
			);
		},
		want,
		{
			message: `expected the URL to carry ${JSON.stringify(want)}`,
			describe: () => location.search
		}
	);
}

/**
 * What a reader sees that the URL must reproduce.
 *
 * @param {import('playwright-core').Page} page
 */
async function viewState(page) {
	const facet = page.getByTestId('facet-categories');
	return {
		selected: await page.getByTestId('explorer').getAttribute('data-selected'),
		title: (await page.getByTestId('detail-title').textContent())?.trim(),
		search: await page.getByRole('searchbox', { name: 'Search events' }).inputValue(),
		checked: await facet
			.getByRole('checkbox', { checked: true })
			.evaluateAll((els) => els.map((el) => /** @type {HTMLInputElement} */ (el).value)),
		count: (await resultCount(page)).text,
		rows: await listIds(page)
	};
}

/**
 * Select rallies, search "toronto" and pick the 2018 rally: a state with a selection, a facet
 * and search text.
 *
 * @param {import('playwright-core').Page} page
 */
async function selectFilterAndSearch(page) {
	await page
		.getByTestId('facet-categories')
		.getByRole('checkbox', { name: /^Rally or demonstration/ })
		.check();
	await page.getByRole('searchbox', { name: 'Search events' }).fill('toronto');
	await waitForCount(page, torontoRallies.length);
	await listRow(page, 'toronto-rally-2018').getByRole('button').first().click();
	await waitForSelected(page, 'toronto-rally-2018');
	await waitForParams(page, { event: ['toronto-rally-2018'], cat: ['rally'], q: ['toronto'] });
}

describe('state in the URL', () => {
	test('select + filter + search survive a reload', async () => {
		const page = await site.newPage();
		const errors = collectConsoleErrors(page);
		await openExplorer(page, site.url);
		await selectFilterAndSearch(page);
		const before = await viewState(page);
		assert.deepEqual([...before.rows].sort(), [...torontoRallies].sort());
		assert.ok(before.rows.length >= 2 && before.checked.length === 1, JSON.stringify(before));

		await page.reload();
		await page.locator('[data-testid="explorer"][data-ready="true"]').waitFor();
		await waitForSelected(page, 'toronto-rally-2018');
		await waitForCount(page, torontoRallies.length);
		assert.deepEqual(await viewState(page), before);
		assert.deepEqual(errors, []);
		await page.context().close();
	});

	test('Back and Forward walk through the selections', async () => {
		const page = await site.newPage();
		await openExplorer(page, site.url);
		const ids = ['tehran-rally-2018', 'copenhagen-rally-2018', 'abuja-fly-the-flag-2020'];
		for (const id of ids) {
			await listRow(page, id).getByRole('button').first().click();
			await waitForSelected(page, id);
			await waitForParams(page, { event: [id] });
		}
		for (const id of [ids[1], ids[0], '']) {
			await page.goBack();
			assert.ok(
				page.url().startsWith(site.url),
				`Back left the explorer (now at ${page.url()}): each selection must add a history entry`
			);
			await waitForSelected(page, id ?? '');
			await waitForParams(page, { event: id ? [id] : [] });
		}
		for (const id of [ids[0], ids[1], ids[2]]) {
			await page.goForward();
			await waitForSelected(page, id ?? '');
		}
		// The list follows too.
		const lastId = ids[2] ?? '';
		assert.match((await listRow(page, lastId).getAttribute('class')) ?? '', /\bselected\b/);
		await page.context().close();
	});

	test('a copied URL opened in a new page gives the same view', async () => {
		const page = await site.newPage();
		await openExplorer(page, site.url);
		await selectFilterAndSearch(page);
		await page.getByRole('button', { name: 'Zoom in on the timeline' }).click();
		await waitInPage(page, () => new URL(location.href).searchParams.has('t'), null, {
			message: 'expected the zoomed window in the URL (t=)',
			describe: () => location.search
		});
		const before = await viewState(page);
		const copied = page.url();

		// A fresh context: nothing shared but the link.
		const other = await site.newPage({ viewport: { width: 1280, height: 800 } });
		await openExplorer(other, site.url, new URL(copied).search);
		await waitForSelected(other, 'toronto-rally-2018');
		await waitForCount(other, torontoRallies.length);
		assert.deepEqual(await viewState(other), before);
		assert.equal(
			new URL(other.url()).searchParams.get('t'),
			new URL(copied).searchParams.get('t'),
			'the same timeline window'
		);
		await other.context().close();
		await page.context().close();
	});
});

describe('?data=<url>', () => {
	/** @type {string} */
	let dir;
	/** @type {{ url: string, close: () => Promise<void> }} */
	let data;
	/** @type {{ url: string, close: () => Promise<void> }} */
	let noCors;

	before(async () => {
		dir = await mkdtemp(join(tmpdir(), 'chronoatlas-data-'));
		for (const name of await readdir(FIXTURES)) {
			if (name.endsWith('.json')) await copyFile(join(FIXTURES, name), join(dir, name));
		}
		// Not valid JSON: kept out of the fixtures folder, which Prettier checks.
		await writeFile(join(dir, 'not-json.json'), '{ "meta": { "title": "cut off');
		data = await serveData(dir);
		noCors = await serveData(dir, { cors: false });
	});
	after(async () => {
		await Promise.all([data?.close(), noCors?.close()]);
		await rm(dir, { recursive: true, force: true });
	});

	/**
	 * @param {string} url
	 * @returns {string} the `?data=` query for it
	 */
	const dataQuery = (url) => `?data=${encodeURIComponent(url)}`;

	test('a valid dataset from another origin loads in every view', async () => {
		const page = await site.newPage();
		const errors = collectConsoleErrors(page);
		const url = `${data.url}small-dataset.json`;
		await openExplorer(page, site.url, dataQuery(url));
		await page.getByRole('heading', { level: 1, name: 'Harbour fixture: five events' }).waitFor();
		await waitForCount(page, 5, 5);
		assert.deepEqual(await listIds(page), [
			'harbour-1',
			'harbour-2',
			'harbour-3',
			'harbour-4',
			'harbour-5'
		]);
		await eventually(async () => (await timelineIds(page)).length === 5, {
			message: 'expected the 5 fixture events on the timeline (drawn or in a chip)'
		});
		assert.equal(await page.getByRole('alert').count(), 0, 'no error message');
		assert.equal(await page.getByTestId('dataset-issues').count(), 0, 'no issues');

		// Selecting works on the loaded data and the URL keeps data= alongside event=.
		await listRow(page, 'harbour-3').getByRole('button').first().click();
		await waitForSelected(page, 'harbour-3');
		await waitForParams(page, { data: [url], event: ['harbour-3'] });
		assert.deepEqual(errors, []);
		await page.context().close();
	});

	test('dates the fast path does not take load the full EDTF parser, then show', async () => {
		const page = await site.newPage();
		const errors = collectConsoleErrors(page);
		await openExplorer(page, site.url, dataQuery(`${data.url}full-parser-dates.json`));
		await page
			.getByRole('heading', { level: 1, name: 'Harbour fixture: dates for the full parser' })
			.waitFor();
		await waitForCount(page, 5, 5);
		// -0044-03-15, 19XX, 2001-21 (a season), then the fast path's dates: in time order.
		assert.deepEqual(await listIds(page), [
			'harbour-2',
			'harbour-4',
			'harbour-1',
			'harbour-3',
			'harbour-5'
		]);
		assert.match(await listRow(page, 'harbour-2').innerText(), /15 March 45 BCE/);
		assert.match(await listRow(page, 'harbour-4').innerText(), /1900s/);
		assert.match(await listRow(page, 'harbour-1').innerText(), /spring 2001/);
		assert.equal(await page.getByTestId('dataset-issues').count(), 0, 'no issues');
		assert.deepEqual(errors, []);
		await page.context().close();
	});

	test('while the dataset loads, the bundled one is not shown as if it were it', async () => {
		const page = await site.newPage();
		const errors = collectConsoleErrors(page);
		const url = `${data.url}small-dataset.json`;
		/** @type {() => void} */
		let release = () => {};
		const held = new Promise((resolve) => (release = () => resolve(undefined)));
		// Held until checked (the app's worker asks for it: the context's route sees that too).
		await page.context().route(url, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(siteUrl(site.url, dataQuery(url)));
		await page.getByRole('status').filter({ hasText: 'Loading' }).waitFor();
		assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Chronoatlas');
		assert.equal(await page.title(), 'Chronoatlas');
		assert.equal((await page.getByTestId('result-count').textContent())?.trim(), '');
		assert.equal(await page.locator('[data-testid="event-list"] [data-event-id]').count(), 0);
		assert.equal(await page.getByTestId('event-detail').count(), 0);
		assert.equal(await page.locator('#filters input').count(), 0, 'no filters yet');
		release();
		await page.getByRole('heading', { level: 1, name: 'Harbour fixture: five events' }).waitFor();
		await waitForCount(page, 5, 5);
		assert.equal(await page.title(), 'Harbour fixture: five events — Chronoatlas');
		assert.equal(await page.locator('[data-testid="event-list"] [data-event-id]').count(), 5);
		assert.deepEqual(errors, []);
		await page.context().close();
	});

	// app.html downloads ?data= in a worker. Where the page may not start one (a
	// Content-Security-Policy without blob: workers, seen in Chromium as an error event on the
	// worker; or no Worker at all), the app must fetch it itself.
	/** @type {[name: string, init: () => void][]} */
	const noWorker = [
		[
			'a worker that fails to start (as CSP worker-src blocks it)',
			() => {
				// A stand-in with the parts app.html uses.
				/** @type {any} */ (window).Worker = class {
					constructor() {
						setTimeout(() => /** @type {any} */ (this).onerror?.(new Event('error')), 0);
					}
					postMessage() {}
					terminate() {}
				};
			}
		],
		[
			'no Worker at all',
			() => {
				// As in a browser without workers.
				/** @type {any} */ (window).Worker = function () {
					throw new Error('workers are not available');
				};
			}
		]
	];
	for (const [name, init] of noWorker) {
		test(`the dataset still loads with ${name}`, async () => {
			const page = await site.newPage();
			await page.addInitScript(init);
			const url = `${data.url}small-dataset.json`;
			await openExplorer(page, site.url, dataQuery(url));
			await page.getByRole('heading', { level: 1, name: 'Harbour fixture: five events' }).waitFor();
			await waitForCount(page, 5, 5);
			assert.equal(await page.getByRole('alert').count(), 0, 'no error message');
			await page.context().close();
		});
	}

	/** @type {[name: string, path: () => string, message: RegExp][]} */
	const failures = [
		['answers 404', () => `${data.url}missing.json`, /answered 404/],
		['is not valid JSON', () => `${data.url}not-json.json`, /is not valid JSON/],
		[
			'is a format we read but holds no events',
			() => `${data.url}not-a-dataset.json`,
			/holds no events/
		],
		[
			'comes from a server that does not allow CORS',
			() => `${noCors.url}small-dataset.json`,
			/request failed.*CORS/
		]
	];
	for (const [name, path, message] of failures) {
		test(`a ?data= URL that ${name} shows a clear alert and keeps the bundled dataset`, async () => {
			const page = await site.newPage();
			const url = path();
			await openExplorer(page, site.url, dataQuery(url));
			const alert = page.getByRole('alert');
			await alert.waitFor();
			const text = (await alert.textContent()) ?? '';
			assert.match(text, message);
			assert.ok(text.includes(url), `the alert names the address (${text})`);
			assert.match(text, /Showing .* instead/);
			await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor();
			const count = await resultCount(page);
			assert.ok(count.total > 100 && count.shown === count.total, count.text);
			await page.context().close();
		});
	}

	test('a dataset with bad rows lists them (row and field) and shows the valid events', async () => {
		const page = await site.newPage();
		const url = `${data.url}bad-events.json`;
		await openExplorer(page, site.url, dataQuery(url));
		const issues = page.getByTestId('dataset-issues');
		await issues.waitFor();
		await waitForCount(page, 4, 4);
		assert.deepEqual(await listIds(page), ['harbour-1', 'harbour-3', 'harbour-5', 'harbour-7']);
		const summary = ((await issues.locator('summary').textContent()) ?? '').replace(/\s+/g, ' ');
		assert.match(summary, /3 rows could not be loaded/);
		assert.match(summary, /the other 4 events are shown/);
		const lines = (await issues.locator('li').allTextContents()).map((l) => l.trim());
		assert.equal(lines.length, 3, lines.join('\n'));
		assert.ok(await issues.locator('li').first().isVisible(), 'the panel is open');
		for (const [row, field, id] of [
			[2, 'title', 'harbour-2'],
			[4, 'start', 'harbour-4'],
			[6, 'category', 'harbour-6']
		]) {
			assert.ok(
				lines.some((l) => l.startsWith(`${url}:${row}:${field}: [${id}]`)),
				`an issue naming row ${row}, field ${field} (have:\n${lines.join('\n')})`
			);
		}
		assert.equal(await page.getByRole('alert').count(), 0, 'bad rows are not a load failure');
		await page.context().close();
	});
});
