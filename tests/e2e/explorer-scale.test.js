/**
 * The explorer at scale: 1,000 and 10,000 synthetic events (the app's own `synthDataset`, seed 7)
 * loaded with `?data=<url>` from a CORS-enabled server. The DOM stays bounded whatever the data
 * size (timeline items and buckets, map markers and clusters, virtual list rows), and selection
 * and search still reach every view. Behaviour only: no timings are asserted.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
	LIST,
	MAP,
	TIMELINE,
	byEventId,
	collectConsoleErrors,
	eventually,
	listIds,
	openExplorer,
	resultCount,
	useSite,
	waitForCount,
	waitForSelected,
	waitInPage
} from './helpers.js';
import { serveData } from './testData.js';
import { writeSynthDataset } from './synth-fixture.js';

/** @typedef {import('./synth-fixture.js').SynthEvent} SynthEvent */

const site = useSite();

/** Bounds from the views' own limits: TimelineView maxItems 250 (+ buckets), MapView 400. */
const MAX_TIMELINE_ITEMS = 300;
const MAX_MAP_ELEMENTS = 400;
/** A virtual list renders the rows on screen plus 10 above and below. */
const MAX_LIST_ROWS = 80;

/** @type {string} */
let dir;
/** @type {{ url: string, close: () => Promise<void> }} */
let data;
/** @type {Awaited<ReturnType<typeof writeSynthDataset>>} */
let thousand;
/** @type {Awaited<ReturnType<typeof writeSynthDataset>>} */
let tenThousand;

before(async () => {
	dir = await mkdtemp(join(tmpdir(), 'chronoatlas-synth-'));
	thousand = await writeSynthDataset(dir, 1_000, 7);
	tenThousand = await writeSynthDataset(dir, 10_000, 7);
	data = await serveData(dir);
});
after(async () => {
	await data?.close();
	await rm(dir, { recursive: true, force: true });
});

/**
 * Open the explorer on a synthetic dataset and wait until it is the one shown. Rows the page
 * could not load are returned (from the issues panel) rather than failing here, so the other
 * checks still run on what did load; each test asserts at its end that nothing was dropped.
 *
 * @param {import('playwright-core').Page} page
 * @param {Awaited<ReturnType<typeof writeSynthDataset>>} synth
 * @returns {Promise<{ loaded: SynthEvent[], dropped: string[] }>} the events the page shows and
 *   the issue lines of the rows it dropped
 */
async function openSynth(page, synth) {
	await openExplorer(page, site.url, `?data=${encodeURIComponent(data.url + synth.name)}`, {
		timeout: 30_000
	});
	await page
		.getByRole('heading', { level: 1, name: synth.dataset.meta.title })
		.waitFor({ timeout: 30_000 });
	await page.locator(`[data-testid="explorer"][data-ready="true"]`).waitFor({ timeout: 30_000 });
	const issues = page.getByTestId('dataset-issues');
	const lines = (await issues.count()) ? await issues.locator('li').allTextContents() : [];
	const dropped = lines.map((l) => l.trim()).filter((l) => !/\] warning: /.test(l));
	const droppedIds = new Set(dropped.map((l) => /: \[([^\]]+)\] /.exec(l)?.[1]));
	const loaded = synth.dataset.events.filter((e) => !droppedIds.has(e.id));
	// No computed series is asked for (meta.computedSeries): exactly the generated events.
	assert.equal(synth.dataset.meta.computedSeries, undefined);
	await waitForCount(page, loaded.length, loaded.length);
	return { loaded, dropped };
}

/**
 * Every generated event must load: the generator writes only valid, clean data.
 *
 * @param {string[]} dropped issue lines from {@link openSynth}
 * @param {number} n events generated
 */
function assertNothingDropped(dropped, n) {
	assert.deepEqual(
		dropped.slice(0, 10),
		[],
		`${dropped.length} of ${n} valid synthetic events were rejected by the page ` +
			`(the same data checks clean in Node: "npm run data -- synth ${n} --seed 7 --out s.json ` +
			`&& npm run data -- check s.json"):\n${dropped.slice(0, 10).join('\n')}`
	);
}

/**
 * What the views hold in the DOM right now.
 *
 * @param {import('playwright-core').Page} page
 */
async function domSizes(page) {
	return page.evaluate(
		({ timeline, map, list }) => ({
			// One label per timeline item (event or bucket); point items add a separate dot.
			timelineItems: document.querySelectorAll(`${timeline} .vis-item .item-label`).length,
			timelineElements: document.querySelectorAll(`${timeline} .vis-item`).length,
			buckets: document.querySelectorAll(`${timeline} .vis-item [data-bucket]`).length,
			mapElements: document.querySelectorAll(
				`${map} [data-testid="map-marker"], ${map} [data-testid="map-cluster"], ${map} [data-testid="map-online"] [data-event-id]`
			).length,
			clustered: [...document.querySelectorAll(`${map} [data-testid="map-cluster"]`)].reduce(
				(n, el) => n + Number(el.getAttribute('data-cluster-count')),
				0
			),
			listRows: document.querySelectorAll(`${list} li[data-event-id]`).length,
			virtual: document.querySelector(list)?.getAttribute('data-virtual')
		}),
		{ timeline: TIMELINE, map: MAP, list: LIST }
	);
}

/**
 * Assert the DOM bounds, with the sizes in the message.
 *
 * @param {Awaited<ReturnType<typeof domSizes>>} s
 * @param {string} when
 */
function assertBounded(s, when) {
	const sizes = JSON.stringify(s);
	assert.ok(s.timelineItems > 0, `${when}: the timeline shows something ${sizes}`);
	assert.ok(s.timelineItems <= MAX_TIMELINE_ITEMS, `${when}: timeline items bounded ${sizes}`);
	assert.ok(s.mapElements > 0, `${when}: the map shows something ${sizes}`);
	assert.ok(s.mapElements <= MAX_MAP_ELEMENTS, `${when}: map elements bounded ${sizes}`);
	assert.equal(s.virtual, 'true', `${when}: the list is virtual ${sizes}`);
	assert.ok(s.listRows > 0 && s.listRows <= MAX_LIST_ROWS, `${when}: list rows bounded ${sizes}`);
}

/**
 * Lower case without diacritics, as the app's search folds text.
 *
 * @param {string} s
 */
function fold(s) {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

test('1,000 events: bounded views; a list selection reaches the map and the timeline; search narrows', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	const { loaded, dropped } = await openSynth(page, thousand);
	const sizes = await domSizes(page);
	assertBounded(sizes, '1,000 events');
	assert.ok(
		sizes.buckets > 0,
		`the whole span is too dense for items: buckets ${JSON.stringify(sizes)}`
	);
	const located = loaded.filter(
		(e) => e.place.precision !== 'online' && typeof e.place.lat === 'number'
	);
	const singles = await page.locator(`${MAP} [data-testid="map-marker"]`).count();
	assert.equal(singles + sizes.clustered, located.length, 'every located event is on the map once');

	// Select a located event from the (virtual) list.
	const byId = new Map(loaded.map((e) => [e.id, e]));
	const rows = await listIds(page);
	const id = rows.find((r) => byId.get(r)?.place.precision === 'city');
	assert.ok(id, `a city event among the rendered rows ${rows.slice(0, 10).join(', ')}`);
	await page
		.locator(`${LIST} li${byEventId(id)}`)
		.getByRole('button')
		.first()
		.click();
	await waitForSelected(page, id);
	await page
		.locator(`${MAP} [data-testid="map-marker"]${byEventId(id)}.is-selected`)
		.waitFor({ timeout: 10_000 });
	await page
		.locator(`${TIMELINE} .vis-item.vis-selected:has(${byEventId(id)})`)
		.waitFor({ timeout: 10_000 });
	assert.equal((await page.getByTestId('detail-title').textContent())?.trim(), byId.get(id)?.title);
	assertBounded(await domSizes(page), 'after selecting');

	// Search narrows every view.
	const word = 'Lagos';
	const expected = loaded.filter((e) =>
		fold([e.title, e.summary, e.place.name, (e.actors ?? []).join(' ')].join('\n')).includes(
			fold(word)
		)
	);
	assert.ok(expected.length > 5 && expected.length < 200, `fixture: ${expected.length} matches`);
	await page.getByRole('searchbox', { name: 'Search events' }).fill(word);
	await waitForCount(page, expected.length, loaded.length);
	const allowed = new Set(expected.map((e) => e.id));
	await eventually(
		async () => {
			const ids = await page
				.locator(`${TIMELINE} .vis-item [data-event-id], ${LIST} li[data-event-id]`)
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
			return ids.length > 0 && ids.every((x) => allowed.has(x) || x === id);
		},
		{ message: `the timeline and the list hold only "${word}" events (and the selection)` }
	);
	assert.deepEqual(errors, []);
	assertNothingDropped(dropped, thousand.dataset.events.length);
	await page.context().close();
});

test('10,000 events: the DOM stays bounded; the virtual list scrolls to the end; a narrow window shows events', async () => {
	const page = await site.newPage();
	const { loaded, dropped } = await openSynth(page, tenThousand);
	assertBounded(await domSizes(page), '10,000 events');

	// Scroll the virtual list to the end: the last event's row is rendered, the DOM stays small.
	const last = loaded.length;
	await page.locator(LIST).evaluate((el) => el.scrollTo(0, el.scrollHeight));
	await waitInPage(
		page,
		({ list, n }) => !!document.querySelector(`${list} li[aria-posinset="${n}"]`),
		{ list: LIST, n: last },
		{ message: `expected the row at position ${last} rendered after scrolling to the end` }
	);
	assertBounded(await domSizes(page), 'scrolled to the end');

	// A two-month window holds a few dozen events: drawn as events, not counts per period.
	await page.goto(
		`${site.url}?data=${encodeURIComponent(data.url + tenThousand.name)}&t=2001-01-01..2001-03-01`
	);
	await waitForCount(page, last, last, { timeout: 30_000 });
	await page.locator(`[data-testid="explorer"][data-ready="true"]`).waitFor({ timeout: 30_000 });
	const zoomed = await eventually(
		async () => {
			const s = await domSizes(page);
			return s.timelineItems > 0 && s.buckets === 0 ? s : null;
		},
		{ message: 'a two-month window shows events, not buckets', timeout: 10_000 }
	);
	assertBounded(zoomed, 'two-month window');
	assert.equal((await resultCount(page)).total, loaded.length);
	assertNothingDropped(dropped, tenThousand.dataset.events.length);
	await page.context().close();
});

test('counts per period stay readable on a 320 px phone, a wide screen and a 4K projector', async () => {
	for (const { width, height } of [
		{ width: 320, height: 720 },
		{ width: 1920, height: 1080 },
		{ width: 3840, height: 2160 }
	]) {
		const page = await site.newPage({ viewport: { width, height } });
		await openSynth(page, tenThousand);
		const shown = await eventually(
			() =>
				page.evaluate((timeline) => {
					const host = document.querySelector(`${timeline} .vis-center`)?.getBoundingClientRect();
					if (!host) return null;
					const labels = [...document.querySelectorAll(`${timeline} .vis-item.bucket`)]
						.map((item) => ({ item, box: item.getBoundingClientRect() }))
						// Buckets wholly in view (those at the edges are cut by the window itself).
						.filter(({ box }) => box.left >= host.left && box.right <= host.right);
					if (labels.length === 0) return null;
					return labels.map(({ item }) => {
						const content = /** @type {HTMLElement} */ (item.querySelector('.vis-item-content'));
						return {
							text: content.textContent?.trim() ?? '',
							clipped: content.scrollWidth > item.clientWidth
						};
					});
				}, TIMELINE),
			{ message: `expected count buckets in view at ${width} px`, timeout: 10_000 }
		);
		assert.ok(
			shown.length >= 2,
			`${width} px: at least two buckets in view ${JSON.stringify(shown)}`
		);
		const clipped = shown.filter((b) => b.clipped);
		assert.deepEqual(clipped, [], `${width} px: every count fits its bucket`);
		await page.context().close();
	}
});
