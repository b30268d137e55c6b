/**
 * The map stays readable when it is crowded: linked-place labels never overlap one another,
 * clusters count what is in the timeline's window, and spread markers keep a line to their place.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openExplorer, useSite, waitForSelected, waitInPage } from './helpers.js';

const site = useSite();
const MAP = '[data-testid="map"]';

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 375, height: 812 }
]) {
	test(`${viewport.width} px: the 21 linked-place labels of the 2020 conference never overlap`, async () => {
		const page = await site.newPage({ viewport });
		const id = 'ihrc-online-conference-2020';
		await openExplorer(page, site.url, `?event=${id}`);
		await waitForSelected(page, id);
		await waitInPage(
			page,
			(sel) => document.querySelectorAll(sel).length === 21,
			`${MAP} [data-testid="map-linked"]`,
			{ message: 'expected 21 linked-place labels' }
		);
		const { shown, overlaps } = await page.evaluate((sel) => {
			const tips = [...document.querySelectorAll(sel)]
				.map((el) => el.closest('.leaflet-tooltip'))
				.filter((el) => el && getComputedStyle(el).visibility !== 'hidden')
				.map((el) => /** @type {Element} */ (el).getBoundingClientRect());
			let overlaps = 0;
			tips.forEach((a, i) => {
				for (const b of tips.slice(i + 1)) {
					if (a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top)
						overlaps++;
				}
			});
			return { shown: tips.length, overlaps };
		}, `${MAP} [data-testid="map-linked"]`);
		assert.equal(overlaps, 0, 'visible labels overlapping');
		assert.ok(shown >= 1, `labels shown: ${shown}`);
		await page.context().close();
	});
}

test('with a narrow window a cluster counts the events in it, and says so', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url, '?t=2017-01-01..2019-01-01');
	const partial = page.locator(`${MAP} [data-testid="map-cluster"][aria-label*=" of "]`).first();
	await partial.waitFor();
	const label = (await partial.getAttribute('aria-label')) ?? '';
	const [, inWindow, total] = label.match(/^(\d+) of (\d+) events/) ?? [];
	assert.ok(Number(inWindow) < Number(total), label);
	assert.match(label, /in the timeline's window/);
	assert.equal((await partial.innerText()).trim(), inWindow);
	await page.context().close();
});

test('spread markers draw a line back to their place', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url, '?map=51.51,-0.12,9');
	await page
		.locator(`${MAP} [data-testid="map-cluster"][aria-label*="show them all"]`)
		.first()
		.click();
	const spread = page.locator(`${MAP} [data-testid="map-marker"].is-spread`);
	await spread.first().waitFor();
	const lines = await spread.evaluateAll((els) =>
		els.map((el) => ({
			leader: el.classList.contains('has-leader'),
			len: parseFloat(getComputedStyle(el, '::before').width)
		}))
	);
	assert.ok(lines.length >= 2);
	assert.ok(
		lines.every((l) => l.leader && l.len > 10),
		JSON.stringify(lines)
	);
	await page.context().close();
});
