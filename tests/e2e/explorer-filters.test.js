/**
 * Filters narrow every view at once: the search box, a category checkbox, "Clear all filters",
 * "Only what is on the map" after zooming the map, and the computed-dates toggle. Expected counts
 * come from the bundled dataset itself (data/quds-day/dataset.json), not from the page.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import {
	LIST,
	MAP,
	collectConsoleErrors,
	eventually,
	listIds,
	mapIds,
	openExplorer,
	resultCount,
	timelineIds,
	useSite,
	waitForCount,
	waitInPage
} from './helpers.js';
import { readBundledDataset } from './testData.js';

const site = useSite();

/** @type {Awaited<ReturnType<typeof readBundledDataset>>} */
let dataset;
/** Sourced events plus the computed Quds Day series the page adds. */
let total = 0;
before(async () => {
	dataset = await readBundledDataset();
});

/**
 * Lower case without diacritics, as the app's search folds text.
 *
 * @param {string} s
 * @returns {string}
 */
function fold(s) {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/**
 * Open the explorer and learn the total (sourced + computed) from the first count.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} [query]
 */
async function open(page, query = '') {
	await openExplorer(page, site.url, query);
	const count = await resultCount(page);
	total = count.total;
	assert.ok(total > dataset.events.length, 'the computed series is added to the sourced events');
	return count;
}

/**
 * Wait until the list shows exactly `n` rows.
 *
 * @param {import('playwright-core').Page} page
 * @param {number} n
 */
async function waitForRows(page, n) {
	await waitInPage(
		page,
		({ list, n }) => document.querySelectorAll(`${list} li[data-event-id]`).length === n,
		{ list: LIST, n },
		{
			message: `expected ${n} list rows`,
			describe: ({ list }) => document.querySelectorAll(`${list} li[data-event-id]`).length
		}
	);
}

/**
 * Assert every id is in `allowed`, naming the strays.
 *
 * @param {string[]} ids
 * @param {Set<string>} allowed
 * @param {string} where
 */
function assertSubset(ids, allowed, where) {
	const stray = ids.filter((id) => !allowed.has(id));
	assert.deepEqual(stray, [], `${where}: events that should have been filtered out`);
}

test('search text narrows the result count, the list, the timeline and the map', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	await open(page);
	await waitForCount(page, total, total);

	const word = 'Toronto';
	const expected = dataset.events
		.filter((e) =>
			fold([e.title, e.summary, e.place.name, (e.actors ?? []).join(' ')].join('\n')).includes(
				fold(word)
			)
		)
		.map((e) => e.id);
	assert.ok(expected.length >= 2 && expected.length < 20, `fixture: ${expected.length} matches`);

	await page.getByRole('searchbox', { name: 'Search events' }).fill(word);
	await waitForCount(page, expected.length, total);
	await waitForRows(page, expected.length);
	assert.deepEqual((await listIds(page)).sort(), [...expected].sort());
	const allowed = new Set(expected);
	await eventually(async () => (await timelineIds(page)).length === expected.length, {
		message: 'the timeline holds only the matches'
	});
	assertSubset(await timelineIds(page), allowed, 'timeline');
	assertSubset(await mapIds(page), allowed, 'map');

	// A word nothing has: an empty list that says so.
	await page.getByRole('searchbox', { name: 'Search events' }).fill('zzqqxx-nothing');
	await waitForCount(page, 0, total);
	await page.getByTestId('empty-list').getByText('No events match').waitFor();
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('a category checkbox narrows the list, the timeline and the map to that category; clear all restores', async () => {
	const page = await site.newPage();
	await open(page);
	const rallies = dataset.events.filter((e) => e.category === 'rally');
	const rallyIds = new Set(rallies.map((e) => e.id));
	const located = rallies.filter(
		(e) => e.place.precision !== 'online' && typeof e.place.lat === 'number'
	);

	const box = page
		.getByTestId('facet-categories')
		.getByRole('checkbox', { name: /^Rally or demonstration/ });
	await box.check();
	await waitForCount(page, rallies.length, total);
	await waitForRows(page, rallies.length);
	assertSubset(await listIds(page), rallyIds, 'list');
	await eventually(async () => (await timelineIds(page)).length === rallies.length, {
		message: `the timeline holds the ${rallies.length} rallies only`
	});
	assertSubset(await timelineIds(page), rallyIds, 'timeline');
	assertSubset(await mapIds(page), rallyIds, 'map');
	// Every located rally is on the map, alone or in a cluster, and nothing else is.
	await eventually(
		async () => {
			const singles = await page.locator(`${MAP} [data-testid="map-marker"]`).count();
			const clustered = await page
				.locator(`${MAP} [data-testid="map-cluster"]`)
				.evaluateAll((els) =>
					els.reduce((n, el) => n + Number(el.getAttribute('data-cluster-count')), 0)
				);
			return singles + clustered === located.length;
		},
		{ message: `the map draws the ${located.length} located rallies, alone or clustered` }
	);
	assert.equal(await page.getByTestId('map-online').isVisible(), false, 'no online rallies');

	await page.getByTestId('clear-filters').click();
	await waitForCount(page, total, total);
	await waitForRows(page, total);
	assert.equal(await box.isChecked(), false);
	assert.ok(await page.getByTestId('clear-filters').isDisabled(), 'nothing left to clear');
	await eventually(async () => (await timelineIds(page)).length === total, {
		message: 'the timeline holds every event again'
	});
	await page.context().close();
});

test('"Only what is on the map" narrows the list to the map as the map zooms in', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	const london = { lat: 51.5074, lon: -0.1278 };
	const expected = dataset.events
		.filter(
			(e) =>
				e.place.precision !== 'online' &&
				typeof e.place.lat === 'number' &&
				Math.abs(e.place.lat - london.lat) < 1 &&
				Math.abs((e.place.lon ?? 0) - london.lon) < 1.5
		)
		.map((e) => e.id)
		.sort();
	assert.ok(expected.length >= 5, 'fixture: several London events');

	// A wide view centred on London, then zoom in with Leaflet's own control.
	await open(page, `?map=${london.lat},${london.lon},3`);
	await page.getByTestId('filter-onmap').check();
	const wide = await eventually(
		async () => {
			const c = await resultCount(page);
			return c.shown < total ? c : null;
		},
		{ message: 'only located events on the map are left' }
	);
	assert.ok(wide.shown > expected.length, `zoom 3 shows more than London (${wide.text})`);

	const zoomIn = page.locator(`${MAP} .leaflet-control-zoom-in`);
	for (let zoom = 4; zoom <= 8; zoom++) {
		await zoomIn.click();
		await waitInPage(
			page,
			(z) => new URL(location.href).searchParams.get('map')?.split(',')[2] === String(z),
			zoom,
			{
				message: `expected the map at zoom ${zoom} (map= in the URL)`,
				describe: () => new URL(location.href).searchParams.get('map')
			}
		);
	}
	await waitForCount(page, expected.length, total);
	await waitForRows(page, expected.length);
	assert.deepEqual((await listIds(page)).sort(), expected);
	assertSubset(await timelineIds(page), new Set(expected), 'timeline');

	// Turning it off brings everything back.
	await page.getByTestId('filter-onmap').uncheck();
	await waitForCount(page, total, total);
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('unchecking computed dates hides every quds-day-* event', async () => {
	const page = await site.newPage();
	await open(page);
	const computed = total - dataset.events.length;
	// The series' ids are quds-day-<year> (a second one in a year gets -2); a sourced event may
	// start with quds-day- too (quds-day-2024-anticipated), so match the exact shape.
	const isComputed = (/** @type {string} */ id) => /^quds-day-\d{4}(-2)?$/.test(id);
	const sourced = new Set(dataset.events.map((e) => e.id));
	const added = (await listIds(page)).filter((id) => !sourced.has(id));
	assert.equal(added.length, computed);
	assert.deepEqual(
		added.filter((id) => !isComputed(id)),
		[],
		'every added event is quds-day-<year>'
	);

	const toggle = page.getByTestId('filter-computed');
	await toggle.uncheck();
	await waitForCount(page, dataset.events.length, total);
	await waitForRows(page, dataset.events.length);
	assert.deepEqual((await listIds(page)).filter(isComputed), [], 'list');
	await eventually(async () => !(await timelineIds(page)).some(isComputed), {
		message: 'no computed item left on the timeline'
	});
	assert.equal(
		await page.locator('[data-testid="timeline"] .vis-item.computed').count(),
		0,
		'no computed item drawn'
	);

	await toggle.check();
	await waitForCount(page, total, total);
	await eventually(async () => (await timelineIds(page)).filter(isComputed).length === computed, {
		message: `the ${computed} computed items are back on the timeline`
	});
	await page.context().close();
});
