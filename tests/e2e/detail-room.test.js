/**
 * The detail panel as a reader reads it: summary first, then date, place, sources and disputes;
 * linked places behind a count; a source cited at several places listed once with every locator
 * and its own address as a link. On wide screens it has room, the map never gets less height
 * than the timeline, and a keyboard-accessible splitter (remembered per browser) moves the split.
 * Map-only and timeline-only layouts still show the selection's detail. Measured in the page.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EXPLORER, collectConsoleErrors, openExplorer, useSite, waitInPage } from './helpers.js';
import { readBundledDataset } from './testData.js';

const site = useSite();
const DETAIL = '[data-testid="event-detail"]';

/** @type {any[]} */
let events = [];
/** @type {any[]} */
let sources = [];
before(async () => {
	({ events, sources } = await readBundledDataset());
});

/**
 * A box's rectangle, rounded.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
async function rect(page, selector) {
	const b = await page.locator(selector).first().boundingBox();
	assert.ok(b, `${selector} is shown`);
	return { x: b.x, y: b.y, width: Math.round(b.width), height: Math.round(b.height) };
}

test('summary first, then date, place, sources and disputes', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	await openExplorer(page, site.url, '?event=toronto-rally-2013');
	const order = await page
		.locator(DETAIL)
		.evaluate((root) =>
			[
				'[data-testid="detail-title"]',
				'[data-testid="detail-summary"]',
				'[data-testid="detail-date"]',
				'[data-testid="detail-place"]',
				'[data-testid="detail-sources"]',
				'[data-testid="detail-disputes"]'
			].map((s) => Math.round(root.querySelector(s)?.getBoundingClientRect().top ?? NaN))
		);
	assert.ok(
		order.every(
			(y, i) => Number.isFinite(y) && (i === 0 || y > /** @type {number} */ (order[i - 1]))
		),
		`top edges in reading order: ${order.join(', ')}`
	);
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('linked places collapse into a count the reader can open', async () => {
	const id = 'ihrc-online-conference-2020';
	const ev = events.find((e) => e.id === id);
	const n = ev.place.linked.length;
	assert.ok(n > 10, 'fixture: an online event with many linked places');
	const page = await site.newPage();
	await openExplorer(page, site.url, `?event=${id}`);
	const linked = page.locator(`${DETAIL} [data-testid="detail-linked"]`);
	const summary = linked.locator('summary');
	assert.equal((await summary.textContent())?.replace(/\s+/g, ' ').trim(), `${n} linked places`);
	assert.equal(await linked.locator('li').first().isVisible(), false, 'closed at first');
	const closed = await rect(page, DETAIL);
	// The 2020 conference's detail was 5,212 px tall with every place spelled out.
	assert.ok(closed.height < 3500, `the detail is ${closed.height} px tall`);
	await summary.focus();
	await page.keyboard.press('Enter');
	await waitInPage(
		page,
		(s) => !!document.querySelector(s)?.hasAttribute('open'),
		`${DETAIL} [data-testid="detail-linked"]`,
		{
			message: 'Enter opens the linked places'
		}
	);
	assert.equal(await linked.locator('li').count(), n);
	assert.ok(await linked.locator('li').first().isVisible());
	await page.context().close();
});

test('a source cited at several places is listed once with all its locators and its link', async () => {
	const id = 'khomeini-declares-quds-day-1979';
	const ev = events.find((e) => e.id === id);
	const cited = [...new Set(ev.sources.map((/** @type {any} */ r) => r.source))];
	assert.ok(cited.length < ev.sources.length, 'fixture: a source cited more than once');
	const page = await site.newPage();
	await openExplorer(page, site.url, `?event=${id}`);
	const items = page.locator(`${DETAIL} [data-testid="detail-sources"] > li`);
	assert.deepEqual(
		await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-source-id'))),
		cited,
		'one entry per source, in first-cited order'
	);
	for (const sid of cited) {
		const item = items.filter({ has: page.locator(`xpath=self::*[@data-source-id="${sid}"]`) });
		const want = ev.sources
			.filter((/** @type {any} */ r) => r.source === sid)
			.map((/** @type {any} */ r) => r.locator);
		const got = await item.locator('[data-testid="detail-locators"] .locator').allTextContents();
		assert.deepEqual(got, want, `${sid}: every locator`);
		const src = sources.find((s) => s.id === sid);
		const link = item.locator('[data-testid="detail-source-link"] a');
		if (src?.url && /^https?:/.test(src.url)) {
			assert.equal(new URL((await link.getAttribute('href')) ?? '').href, new URL(src.url).href);
		} else {
			assert.equal(await link.count(), 0, `${sid}: no link without an http(s) address`);
		}
	}
	await page.context().close();
});

test('at 1280×800 the detail has room and the map at least the timeline’s height', async () => {
	const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
	await openExplorer(page, site.url, '?event=toronto-rally-2013');
	const detail = await rect(page, '#detail-view');
	// Before: 417×242 px.
	assert.ok(detail.width >= 400 && detail.height >= 400, `detail ${detail.width}×${detail.height}`);
	const tl = await rect(page, '#timeline-view');
	const map = await rect(page, '#map-view');
	assert.ok(map.height >= tl.height, `map ${map.height} px, timeline ${tl.height} px`);
	await page.context().close();
});

test('the splitter moves the split with the keyboard and a drag, and is remembered', async () => {
	const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
	const errors = collectConsoleErrors(page);
	await openExplorer(page, site.url);
	const handle = page.getByRole('separator', { name: 'Resize the timeline and the map' });
	const now = async () => Number(await handle.getAttribute('aria-valuenow'));
	const start = await now();
	const tl0 = (await rect(page, '#timeline-view')).height;
	await handle.focus();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	assert.ok((await now()) < start, 'ArrowUp gives the timeline less');
	const tl1 = (await rect(page, '#timeline-view')).height;
	assert.ok(tl1 < tl0, `timeline ${tl0} → ${tl1} px`);
	// End is the most the timeline may have: never more than the map.
	await page.keyboard.press('End');
	assert.equal(await now(), Number(await handle.getAttribute('aria-valuemax')));
	const tl = await rect(page, '#timeline-view');
	const map = await rect(page, '#map-view');
	assert.ok(map.height >= tl.height, `at the end: map ${map.height}, timeline ${tl.height}`);
	// The arrows moved the split, not the selection.
	assert.equal(await page.locator(EXPLORER).getAttribute('data-selected'), '');

	// A drag to a third of the way down the shared height.
	const h = await handle.boundingBox();
	const top = (await rect(page, '#timeline-view')).y;
	const bottom = (await page.locator('#map-view').boundingBox())?.y ?? 0;
	const mapBox = await rect(page, '#map-view');
	const target = top + (bottom + mapBox.height - top) * 0.3;
	assert.ok(h);
	await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
	await page.mouse.down();
	await page.mouse.move(h.x + h.width / 2, target, { steps: 5 });
	await page.mouse.up();
	assert.ok(Math.abs((await now()) - 30) <= 1, `dragged to ${await now()}%`);

	// Remembered in this browser.
	const kept = await now();
	await page.reload();
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ state: 'attached' });
	await waitInPage(
		page,
		(v) =>
			document.querySelector('[data-testid="split-handle"]')?.getAttribute('aria-valuenow') ===
			String(v),
		kept,
		{ message: `the split is ${kept}% after a reload` }
	);
	assert.deepEqual(errors, []);
	await page.context().close();
});

for (const [label, value] of [
	['Map only', 'map'],
	['Timeline only', 'timeline']
]) {
	test(`${label}: a selection still shows its detail`, async () => {
		const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
		await openExplorer(page, site.url, `?event=toronto-rally-2013&layout=${value}`);
		await page.locator(`${EXPLORER}[data-layout="${value}"]`).waitFor();
		const title = page.getByTestId('detail-title');
		assert.equal((await title.textContent())?.trim(), 'Al-Quds Day rally in Toronto');
		const d = await rect(page, '#detail-view');
		assert.ok(d.width >= 300 && d.height >= 600, `${label}: detail ${d.width}×${d.height}`);
		const t = await title.boundingBox();
		assert.ok(t && t.y >= 0 && t.y + t.height <= 800, `${label}: the title is in view`);
		await page.context().close();
	});
}
