/**
 * The map stays readable when it is crowded: an online event rings its linked places, whose
 * labels never overlap one another; clusters count what is in the timeline's window; spread
 * markers keep a line to their place.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	MAP,
	byEventId,
	collectConsoleErrors,
	listRow,
	openExplorer,
	useSite,
	waitForSelected,
	waitInPage
} from './helpers.js';
import { useBundledEvents } from './testData.js';

const site = useSite();

const eventById = useBundledEvents();

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

test('an online event selected rings its linked places on the map', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	const linked = page.locator(`${MAP} [data-testid="map-linked"]`);

	const campaign = 'fly-the-flag-campaign-2020';
	const expected = (eventById(campaign).place.linked ?? [])
		.filter((l) => typeof l.lat === 'number')
		.map((l) => l.name);
	assert.ok(expected.length >= 2, 'the fixture event has linked places');
	await openExplorer(page, site.url, `?event=${campaign}`);
	await waitForSelected(page, campaign);
	await waitInPage(
		page,
		({ sel, n }) => document.querySelectorAll(sel).length === n,
		{ sel: `${MAP} [data-testid="map-linked"]`, n: expected.length },
		{ message: `expected ${expected.length} linked-place rings for ${campaign}` }
	);
	// Each ring is labelled with the place's name (its note, if any, in the title).
	const labels = (await linked.allTextContents()).map((l) => l.trim());
	assert.deepEqual([...labels].sort(), [...expected].sort(), 'one labelled ring per linked place');
	const titles = await linked.evaluateAll((els) => els.map((el) => el.getAttribute('title')));
	assert.ok(
		titles.every((t) => t?.startsWith('linked: ')),
		`the title says it is linked: ${JSON.stringify(titles)}`
	);
	assert.equal(await page.locator(`${MAP} path.cx-linked`).count(), expected.length);

	// Picking another online event in the Online box moves the rings to its places.
	const conference = 'ihrc-online-conference-2020';
	const confLinked = (eventById(conference).place.linked ?? []).filter(
		(l) => typeof l.lat === 'number'
	).length;
	const box = page.getByTestId('map-online');
	const button = box.locator(byEventId(conference));
	if (!(await button.isVisible())) await box.locator('summary').click();
	await button.click();
	await waitForSelected(page, conference);
	assert.equal(await button.getAttribute('aria-current'), 'true');
	await waitInPage(
		page,
		({ sel, n }) => document.querySelectorAll(sel).length === n,
		{ sel: `${MAP} [data-testid="map-linked"]`, n: confLinked },
		{ message: `expected ${confLinked} linked-place rings for ${conference}` }
	);

	// A located event selected: no rings.
	await listRow(page, 'toronto-rally-2013').getByRole('button').first().click();
	await waitForSelected(page, 'toronto-rally-2013');
	await waitInPage(
		page,
		(sel) => document.querySelectorAll(sel).length === 0,
		`${MAP} [data-testid="map-linked"]`,
		{ message: 'expected the rings gone once a located event is selected' }
	);
	assert.deepEqual(errors, []);
	await page.context().close();
});
