/**
 * The first view, as a new reader meets it: the header leaves the views their room on a phone,
 * the dataset introduces itself until an event is chosen, day events wear their category's
 * colour on the timeline, and stepping through events replaces the history entry while a click
 * adds one.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
	EXPLORER,
	collectConsoleErrors,
	listRow,
	openExplorer,
	timelineItem,
	useSite,
	waitForSelected,
	waitInPage
} from './helpers.js';

const site = useSite();
const dataset = JSON.parse(readFileSync('data/quds-day/dataset.json', 'utf8'));

test('at 320×640 the header takes at most 15% of the height', async () => {
	const page = await site.newPage({ viewport: { width: 320, height: 640 } });
	await openExplorer(page, site.url);
	const box = await page.locator(`${EXPLORER} header`).first().boundingBox();
	assert.ok(box && box.height <= 0.15 * 640, `header is ${box?.height} px tall`);
	// The settings are one press away, and work.
	await page.getByRole('button', { name: 'Menu' }).click();
	await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: 'Map only' });
	await page.locator(`${EXPLORER}[data-layout="map"]`).waitFor();
	await page.context().close();
});

test('the dataset introduces itself until an event is chosen, and starts its story', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	await openExplorer(page, site.url);
	const intro = page.getByTestId('dataset-intro');
	assert.match((await intro.textContent()) ?? '', new RegExp(dataset.meta.title));
	await intro.getByRole('button', { name: 'Start the story' }).click();
	await waitForSelected(page, dataset.meta.story[0]);
	assert.equal(await intro.count(), 0);
	assert.match(await page.title(), /Khomeini|Islamic Revolution|—/);
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('a day event keeps its category colour on the timeline', async () => {
	const page = await site.newPage();
	const e = dataset.events.find(
		(/** @type {{ start: string, end?: string }} */ x) =>
			/^\d{4}-\d{2}-\d{2}$/.test(x.start) && !x.end
	);
	const colour = dataset.meta.categories.find(
		(/** @type {{ id: string }} */ c) => c.id === e.category
	).colour;
	await openExplorer(page, site.url, `?event=${e.id}`);
	const dot = timelineItem(page, e.id).locator('.vis-dot');
	await dot.waitFor();
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
	assert.equal(
		await dot.evaluate((el) => getComputedStyle(el).borderTopColor),
		`rgb(${r}, ${g}, ${b})`
	);
	await page.context().close();
});

test('stepping replaces the history entry; a click adds one', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	const story = dataset.meta.story;
	await listRow(page, story[3]).getByRole('button').first().click();
	await waitForSelected(page, story[3]);
	await waitInPage(page, (id) => location.search.includes(`event=${id}`), story[3], {
		message: 'the click reaches the URL'
	});
	await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
	await page.keyboard.press('ArrowRight');
	await waitForSelected(page, story[4]);
	await page.keyboard.press('ArrowRight');
	await waitForSelected(page, story[5]);
	await waitInPage(page, (id) => location.search.includes(`event=${id}`), story[5], {
		message: 'the steps reach the URL'
	});
	// Back leaves the walk at once: to the page before the click.
	await page.goBack();
	await waitForSelected(page, '');
	await page.context().close();
});

for (const { width, height } of [
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 }
]) {
	test(`at ${width}×${height} the Online box starts small and covers no marker`, async () => {
		const page = await site.newPage({ viewport: { width, height } });
		await openExplorer(page, site.url);
		const box = page.getByTestId('map-online');
		assert.equal(await box.locator('details').getAttribute('open'), null);
		const b = await box.boundingBox();
		assert.ok(b, 'the Online box is shown');
		const markers = await page
			.locator('[data-testid="map"] :is([data-testid="map-marker"], [data-testid="map-cluster"])')
			.evaluateAll((els) =>
				els.map((el) => {
					const r = el.getBoundingClientRect();
					return { x: r.x, y: r.y, width: r.width, height: r.height };
				})
			);
		assert.ok(markers.length > 0);
		const overlaps = markers.filter(
			(m) =>
				m.x < b.x + b.width && b.x < m.x + m.width && m.y < b.y + b.height && b.y < m.y + m.height
		);
		assert.deepEqual(overlaps, [], 'no marker under the Online box');
		await page.context().close();
	});
}
