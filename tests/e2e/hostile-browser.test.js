/**
 * The hostile corpus in every text and URL field of a dataset loaded with `?data=` (see
 * hostileData.js): no script runs (a canary the corpus's own payloads would set stays unset, and
 * no dialog opens), no element carries an event handler, links are only http(s), and titles show
 * as written. The details of a sample of events, and /about for the dataset, are checked too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXPLORER, READY_TIMEOUT, useSite } from './helpers.js';
import { EVENTS, assertClean, assertTitles, guard, useHostileData } from './hostileData.js';

const site = useSite();
const hostile = useHostileData();

test('every hostile string in every field, through ?data=: nothing runs, text is text', async () => {
	const page = await site.newPage();
	const seen = await guard(page);
	await page.goto(`${site.url}?data=${encodeURIComponent(hostile.url())}&layout=list`);
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	await page.getByRole('heading', { level: 1, name: hostile.dataset.meta.title }).waitFor();

	// Titles show exactly as written, in the list.
	assert.equal(await assertTitles(page, hostile.titles, 'list'), EVENTS);

	// The details of a sample of events: summary, place, tags, actors, sources, disputes, the
	// record, links, media.
	for (const k of [0, 3, 7, 12, 18, EVENTS - 1]) {
		await page.locator(`[data-testid="event-list"] [data-event-id="e-${k}"] button.pick`).click();
		await page.getByTestId('detail-title').waitFor();
		assert.equal(
			await page.getByTestId('detail-title').textContent(),
			hostile.titles.get(`e-${k}`)
		);
		await assertClean(page, seen, `event e-${k}`);
	}
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.getByRole('combobox', { name: 'Layout' }).selectOption('split');
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	await assertClean(page, seen, 'timeline and map');

	await page.getByRole('link', { name: 'Sources and method' }).click();
	await page.getByTestId('loaded-licence').waitFor();
	await assertClean(page, seen, '/about');
	assert.deepEqual(seen.errors, []);
	await page.context().close();
});
