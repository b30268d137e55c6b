/**
 * Timeline labels, measured: every drawn title is whole (inside the panel that clips it, and
 * clear of every other title), every event in the window is either drawn that way or counted in
 * a "+N" chip the reader can open, nothing is stacked out of sight, and an outlier year is reached
 * by an edge cue instead of costing a third of the axis.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeScan, formatViolations } from './browser.js';
import { EXPLORER, openExplorer, useSite, waitForSelected, waitInPage } from './helpers.js';

const site = useSite();
const TIMELINE = '[data-testid="timeline"]';

/**
 * What the timeline draws now: the titles (whole or not, overlapping or not), the chips and
 * their counts, the items outside the visible panel, and the events in the window.
 *
 * @param {import('playwright-core').Page} page
 */
function measure(page) {
	return page.evaluate((sel) => {
		const host = /** @type {HTMLElement} */ (document.querySelector(sel));
		const panel = /** @type {HTMLElement} */ (host.querySelector('.vis-panel.vis-center'));
		const p = panel.getBoundingClientRect();
		const inside = (/** @type {DOMRect} */ r) =>
			r.left >= p.left - 1 &&
			r.right <= p.right + 1 &&
			r.top >= p.top - 1 &&
			r.bottom <= p.bottom + 1;
		const labels = [...host.querySelectorAll('.vis-item .item-label[data-event-id]')]
			.filter((el) => el.textContent)
			.map((el) => {
				// The text itself, not the button's padding.
				const range = document.createRange();
				range.selectNodeContents(el);
				const r = range.getBoundingClientRect();
				return { id: /** @type {HTMLElement} */ (el).dataset.eventId ?? '', r, whole: inside(r) };
			});
		/** @type {string[]} */
		const overlapping = [];
		labels.forEach((a, i) => {
			for (const b of labels.slice(i + 1)) {
				const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
				const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
				if (x > 1 && y > 1) overlapping.push(`${a.id} × ${b.id}`);
			}
		});
		const chips = [...host.querySelectorAll('.item-label[data-fold]')].map((el) => ({
			n: (el.getAttribute('data-holds') ?? '').split(' ').filter(Boolean).length,
			whole: inside(el.getBoundingClientRect())
		}));
		const outOfSight = [
			...host.querySelectorAll('.vis-foreground .vis-group:not(.row-computed) .vis-item')
		]
			.filter((el) => {
				const r = el.getBoundingClientRect();
				return r.width > 0 && (r.bottom < p.top + 1 || r.top > p.bottom - 1);
			})
			.map((el) => el.textContent);
		// One height for every item, so the rows stack evenly (buckets aside).
		const heights = new Set(
			[
				...host.querySelectorAll(
					'.vis-foreground .vis-group:not(.row-computed) .vis-item:not(.vis-dot):not(.bucket)'
				)
			]
				.map((el) => /** @type {HTMLElement} */ (el).offsetHeight)
				.filter((h) => h > 0)
		);
		return {
			heights: [...heights],
			drawn: labels.map((l) => l.id),
			cut: labels.filter((l) => !l.whole).map((l) => l.id),
			overlapping,
			chips,
			outOfSight
		};
	}, TIMELINE);
}

/** @type {[number, number][]} */
const SIZES = [
	[1280, 800],
	[375, 812],
	[1920, 1080]
];
for (const [width, height] of SIZES) {
	test(`${width}×${height}: every drawn title is whole, the rest are counted in chips`, async () => {
		const page = await site.newPage({ viewport: { width, height } });
		await openExplorer(page, site.url);
		const m = await measure(page);
		assert.deepEqual(m.cut, [], 'titles cut by the panel');
		assert.deepEqual(m.overlapping, [], 'titles over one another');
		assert.deepEqual(m.outOfSight, [], 'items stacked out of sight');
		assert.equal(m.heights.length, 1, `item heights: ${m.heights.join(', ')}`);
		assert.ok(
			m.chips.every((c) => c.whole),
			'every chip inside the panel'
		);
		// Of what is drawn, at least 90% reads whole (here, all of it); what is not drawn is
		// counted in a chip (the unit tests check that every event in view is one or the other).
		assert.ok(m.drawn.length - m.cut.length >= 0.9 * m.drawn.length);
		assert.ok(m.drawn.length >= (width < 640 ? 1 : 5), `whole titles: ${m.drawn.length}`);
		const folded = m.chips.reduce((s, c) => s + c.n, 0);
		console.log(
			`${width}×${height}: ${m.drawn.length} whole titles; ${m.chips.length} chips hold ${folded}`
		);
		await page.context().close();
	});
}

test('the first window frames 1979–2025; the 1948 event is one edge cue away', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	const cue = page.getByTestId('timeline-earlier');
	assert.match(await cue.innerText(), /1 earlier/);
	assert.equal(await page.getByTestId('timeline-later').count(), 0);
	await cue.click();
	await page.locator(`${TIMELINE} [data-event-id="palestine-1948"]`).waitFor();
	await waitInPage(page, () => !document.querySelector('[data-testid="timeline-earlier"]'), null, {
		message: 'expected no earlier events once 1948 is in view'
	});
	await page.context().close();
});

test('a chip lists its events; choosing one selects it and draws its whole title', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	const chip = page.locator(`${TIMELINE} .item-label[data-fold]`).last();
	const holds = ((await chip.getAttribute('data-holds')) ?? '').split(' ');
	assert.ok(holds.length >= 1);
	// By keyboard: Enter opens the list, Escape closes it and gives focus back to the chip.
	await chip.focus();
	await page.keyboard.press('Enter');
	const list = page.getByTestId('fold-list');
	await list.waitFor();
	assert.equal(await list.locator('li button').count(), holds.length);
	await page.keyboard.press('Escape');
	await list.waitFor({ state: 'hidden' });
	assert.equal(await chip.evaluate((el) => el === document.activeElement), true);
	// By pointer: choose the last event listed (axe first, with the list open over the page).
	await chip.click();
	await list.waitFor();
	const violations = await axeScan(page);
	assert.deepEqual(
		violations.map((v) => v.id),
		[],
		formatViolations(violations)
	);
	const id = (await list.locator('li button').last().getAttribute('data-event-id')) ?? '';
	await list.locator('li button').last().click();
	await waitForSelected(page, id);
	const label = page.locator(`${TIMELINE} .vis-item .item-label[data-event-id="${id}"]`);
	await label.waitFor();
	await waitInPage(
		page,
		(id) => {
			const el = document.querySelector(
				`[data-testid="timeline"] .item-label[data-event-id="${id}"]`
			);
			const p = document.querySelector('[data-testid="timeline"] .vis-panel.vis-center');
			if (!el || !p) return false;
			const r = el.getBoundingClientRect();
			const q = p.getBoundingClientRect();
			return r.left >= q.left - 1 && r.right <= q.right + 1;
		},
		id,
		{ message: 'expected the chosen title whole in the panel' }
	);
	assert.equal(await page.locator(EXPLORER).getAttribute('data-selected'), id);
	await page.context().close();
});

test('the timeline is one tab stop; arrows, Home and End move between its items', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	const labels = page.locator(`${TIMELINE} .vis-item .item-label[role="button"]`);
	await waitInPage(
		page,
		() =>
			document.querySelectorAll('[data-testid="timeline"] .item-label[tabindex="0"]').length === 1,
		null,
		{ message: 'expected exactly one timeline item in the tab order' }
	);
	const n = await labels.count();
	assert.ok(n >= 3, `items: ${n}`);
	const focusedLabel = () =>
		page.evaluate(() => {
			const el = /** @type {HTMLElement | null} */ (document.activeElement);
			return el?.classList.contains('item-label')
				? (el.dataset.eventId ?? el.dataset.fold ?? '')
				: null;
		});
	await page.locator(`${TIMELINE} .item-label[tabindex="0"]`).focus();
	await page.keyboard.press('Home');
	const first = await focusedLabel();
	await page.keyboard.press('ArrowRight');
	const second = await focusedLabel();
	assert.ok(first && second && first !== second, `→ moves on (${first} → ${second})`);
	await page.keyboard.press('ArrowLeft');
	assert.equal(await focusedLabel(), first);
	await page.keyboard.press('End');
	const last = await focusedLabel();
	assert.ok(last && last !== first);
	// Arrows stayed inside the timeline: nothing was selected by stepping through the story.
	assert.equal(await page.locator(EXPLORER).getAttribute('data-selected'), '');
	// Tab leaves the timeline instead of visiting every item.
	await page.keyboard.press('Tab');
	assert.equal(await focusedLabel(), null);
	await page.context().close();
});

test('bringing the latest event into view never runs the window far past the data', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url, '?t=1985-01-01..2005-01-01');
	const latest = 'budgam-magam-rally-2025';
	await page
		.locator(`[data-testid="event-list"] li[data-event-id="${latest}"] button`)
		.first()
		.click();
	await waitForSelected(page, latest);
	await waitInPage(
		page,
		() => {
			const t = new URL(location.href).searchParams.get('t') ?? '';
			const end = Date.parse(t.split('..')[1] ?? '');
			return Number.isFinite(end) && end > Date.parse('2025-01-01');
		},
		null,
		{ message: 'expected the window to reach 2025' }
	);
	// The window slides back inside the data (plus room for a title), not centred on 2025.
	await page.waitForTimeout(800);
	const t = new URL(page.url()).searchParams.get('t') ?? '';
	const end = new Date(Date.parse(t.split('..')[1] ?? '')).getUTCFullYear();
	assert.ok(end <= 2029, `window ends in ${end}`);
	await page.context().close();
});
