/**
 * Accessibility of the explorer: axe-core finds no serious or critical violation (nothing
 * selected, an event selected, the filters open on a phone, the dark and high-contrast themes);
 * a keyboard alone reaches the search box, a facet, the list, the timeline's zoom buttons and
 * items and the map's markers, Enter selects, ←/→ step through the dataset's story, Escape
 * clears the selection, and the focused element always shows a visible focus indicator.
 */
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeScan, formatViolations } from './browser.js';
import { EXPLORER, openExplorer, useSite, waitForSelected, waitInPage } from './helpers.js';

const site = useSite();

/**
 * Scan the page and fail with a readable list of violations.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} what the state scanned, for the message
 */
async function expectNoSeriousViolations(page, what) {
	const violations = await axeScan(page);
	assert.deepEqual(
		violations.map((v) => `${v.id} (${v.nodes.length})`),
		[],
		`axe, ${what}: serious/critical violations\n${formatViolations(violations)}`
	);
}

test('axe: nothing selected, then an event selected', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	await expectNoSeriousViolations(page, 'nothing selected');

	await page
		.getByTestId('event-list')
		.getByRole('button', { name: /Tehran/ })
		.first()
		.click();
	await page.getByTestId('detail-title').waitFor();
	await expectNoSeriousViolations(page, 'an event selected');
	await page.context().close();
});

test('axe: filters open on a 375 px phone', async () => {
	const page = await site.newPage({ viewport: { width: 375, height: 812 }, hasTouch: true });
	await openExplorer(page, site.url);
	const toggle = page.getByRole('button', { name: 'Filters', exact: true });
	await toggle.click();
	assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
	await page.getByRole('searchbox', { name: 'Search events' }).waitFor();
	await expectNoSeriousViolations(page, 'filters open at 375 px');
	await page.context().close();
});

for (const [value, label] of [
	['dark', 'Dark'],
	['contrast', 'High contrast']
]) {
	test(`axe: the ${label} theme, nothing selected and an event selected`, async () => {
		const page = await site.newPage();
		await openExplorer(page, site.url);
		await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label });
		await waitInPage(page, (v) => document.documentElement.dataset.theme === v, value, {
			message: `expected <html data-theme="${value}">`
		});
		await expectNoSeriousViolations(page, `${label} theme`);
		await page
			.getByTestId('event-list')
			.getByRole('button', { name: /Tehran/ })
			.first()
			.click();
		await page.getByTestId('detail-title').waitFor();
		await expectNoSeriousViolations(page, `${label} theme, an event selected`);
		await page.context().close();
	});
}

test('the chosen theme is remembered: after a reload it applies before the app starts', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
	// The first script of the page applies it: it is there before any of the app's code ran.
	await page.route(/\/_app\//, (route) => route.abort());
	await page.reload();
	assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
	await page.unroute(/\/_app\//);
	await openExplorer(page, site.url);
	assert.equal(await page.getByRole('combobox', { name: 'Theme' }).inputValue(), 'dark');
	await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'System' });
	await openExplorer(page, site.url);
	assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
	await page.context().close();
});

/**
 * What has focus now, and whether it shows a focus indicator (an outline or a ring).
 *
 * @param {import('playwright-core').Page} page
 */
async function focused(page) {
	return page.evaluate(() => {
		const el = /** @type {HTMLElement | null} */ (document.activeElement);
		if (!el || el === document.body) return null;
		const cs = getComputedStyle(el);
		const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
		const ring = cs.boxShadow !== 'none';
		const kind = el.matches('[data-testid="search"]')
			? 'search'
			: el.matches('[data-testid^="facet-"] input[type="checkbox"]')
				? 'facet'
				: el.matches('[data-testid="event-list"] li button')
					? 'list'
					: el.matches('[data-testid="timeline"] [role="toolbar"] button')
						? 'zoom'
						: el.matches('[data-testid="timeline"] .vis-item [data-event-id]')
							? 'item'
							: el.matches('[data-testid="map-marker"]')
								? 'marker'
								: el.matches('[data-testid="map-cluster"]')
									? 'cluster'
									: 'other';
		return {
			kind,
			id: el.dataset.eventId ?? '',
			html: el.outerHTML.slice(0, 160),
			visible: outline || ring
		};
	});
}

/**
 * Press a key until the focused element satisfies `want`, checking at every stop that focus is
 * visible. Returns the kinds met on the way (first occurrence order) and the final element.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} key `Tab` or `Shift+Tab`
 * @param {(f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean} want
 * @param {number} [limit] most key presses
 */
async function tabUntil(page, key, want, limit = 500) {
	/** @type {string[]} */
	const met = [];
	/** @type {string[]} */
	const invisible = [];
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press(key);
		const f = await focused(page);
		if (!f) continue;
		if (!f.visible) invisible.push(f.html);
		if (!met.includes(f.kind)) met.push(f.kind);
		if (want(f)) {
			assert.deepEqual(invisible, [], 'focused elements without a visible focus indicator');
			return { met, el: f };
		}
	}
	throw new Error(`${key} ×${limit} never reached the wanted element; met ${met.join(', ')}`);
}

/**
 * Wait until the map is not flying, panning or zooming (as a reader would before pressing keys
 * on it): markers drawn mid-flight are redrawn a frame later.
 *
 * @param {import('playwright-core').Page} page
 */
async function mapSettled(page) {
	await waitInPage(
		page,
		() => document.querySelector('[data-testid="map"]')?.getAttribute('data-moving') !== 'true',
		null,
		{ message: 'expected the map to stop moving' }
	);
}

test('keyboard only: Tab reaches search, a facet, the list, the timeline and the map; Enter selects', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);

	// Forward from the top of the page to the first timeline item.
	const forward = await tabUntil(page, 'Tab', (f) => f.kind === 'item');
	const order = forward.met.filter((k) => k !== 'other');
	assert.deepEqual(
		order,
		['search', 'facet', 'zoom', 'item'],
		'Tab visits the search box, a facet, the zoom buttons, then the timeline items (the list comes after the map and details)'
	);
	await page.keyboard.press('Enter');
	await waitForSelected(page, forward.el.id);
	// Opening the detail panel by keyboard moves focus to its title.
	await waitInPage(
		page,
		() => document.activeElement?.getAttribute('data-testid') === 'detail-title',
		null,
		{ message: 'expected focus on the detail title after Enter' }
	);

	// Back (Shift+Tab) from the detail panel into the map, to a marker of another event. The map
	// has zoomed to the selection's place, so its neighbours may be in a cluster: Enter on it
	// zooms in (or spreads it), and the markers it held are then reached with Tab.
	const selected = forward.el.id;
	await mapSettled(page);
	const other = (/** @type {{ kind: string, id: string }} */ f) =>
		f.kind === 'marker' && f.id !== '' && f.id !== selected;
	let back = await tabUntil(page, 'Shift+Tab', (f) => other(f) || f.kind === 'cluster');
	// Enter on a cluster zooms in (or spreads it) and, once the map has settled, moves focus to
	// what now shows that place: a marker, or a smaller cluster to open again.
	for (let i = 0; back.el.kind === 'cluster' && i < 6; i++) {
		await mapSettled(page);
		const opened = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
		await page.keyboard.press('Enter');
		await waitInPage(
			page,
			(key) => {
				const el = document.activeElement;
				return (
					el instanceof HTMLElement &&
					el.dataset.key !== key &&
					el.matches('[data-testid="map-marker"], [data-testid="map-cluster"]')
				);
			},
			opened,
			{ message: 'expected focus to move into the opened cluster' }
		);
		const f = await focused(page);
		assert.ok(f);
		back =
			other(f) || f.kind === 'cluster'
				? { met: [], el: f }
				: await tabUntil(page, 'Tab', other, 50);
	}
	await page.keyboard.press('Enter');
	await waitForSelected(page, back.el.id);
	await page.context().close();
});

test('keyboard: ←/→ step through the story, Home/End jump, Escape clears', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	// The bundled dataset has a story (meta.story): stepping follows it.
	const order = JSON.parse(readFileSync('data/quds-day/dataset.json', 'utf8')).meta.story;
	assert.ok(order.length > 10);
	await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());

	await page.keyboard.press('ArrowRight');
	await waitForSelected(page, order[0] ?? '');
	for (let i = 1; i <= 5; i++) {
		await page.keyboard.press('ArrowRight');
		await waitForSelected(page, order[i] ?? '');
	}
	for (let i = 4; i >= 2; i--) {
		await page.keyboard.press('ArrowLeft');
		await waitForSelected(page, order[i] ?? '');
	}
	await page.keyboard.press('End');
	await waitForSelected(page, order.at(-1) ?? '');
	await page.keyboard.press('ArrowLeft');
	await waitForSelected(page, order.at(-2) ?? '');
	await page.keyboard.press('Home');
	await waitForSelected(page, order[0] ?? '');

	// Escape clears the selection and closes the detail.
	await page.keyboard.press('Escape');
	await waitForSelected(page, '');
	assert.equal(await page.getByTestId('detail-title').count(), 0);
	assert.equal(await page.locator(EXPLORER).getAttribute('data-selected'), '');
	await page.context().close();
});
