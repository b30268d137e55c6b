/**
 * Layout: the explorer fits every width from a 320 px phone to a 4K projector without sideways
 * scrolling (screenshots in test-results/explorer-layout-*.png, to be looked at), a touch screen
 * can tap a list row to select it, and each layout option shows the views it names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkNoHorizontalOverflow } from './browser.js';
import {
	EXPLORER,
	LIST,
	MAP,
	TIMELINE,
	collectConsoleErrors,
	listRow,
	openExplorer,
	screenshot,
	useSite,
	waitForSelected,
	waitInPage
} from './helpers.js';

const site = useSite();

/** Widths a reader may bring: small and common phones, laptop, desktop, a 4K projector. */
const VIEWPORTS = [
	{ width: 320, height: 640 },
	{ width: 375, height: 812 },
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 },
	{ width: 3840, height: 2160 }
];

/**
 * Assert a view's box has a real size inside the viewport's width.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @param {string} what
 */
async function assertShown(page, selector, what) {
	const box = await page.locator(selector).first().boundingBox();
	assert.ok(
		box && box.width > 100 && box.height > 100,
		`${what} is shown (box ${JSON.stringify(box)})`
	);
	const width = page.viewportSize()?.width ?? 0;
	assert.ok(box.x >= 0 && box.x + box.width <= width + 1, `${what} fits the width`);
}

/**
 * Assert the page cannot be scrolled down past the explorer into blank space: the document is
 * no taller than the explorer root. Names the elements that stick out below it (typically an
 * absolutely positioned, visually hidden text whose scroll container is not its containing
 * block, so the container's overflow does not clip it).
 *
 * @param {import('playwright-core').Page} page
 */
async function checkNoBlankScroll(page) {
	const r = await page.evaluate((selector) => {
		const root = /** @type {HTMLElement} */ (document.querySelector(selector));
		const bottom = Math.ceil(root.getBoundingClientRect().bottom + scrollY);
		const height = document.documentElement.scrollHeight;
		/** @type {string[]} */
		const offenders = [];
		if (height > bottom + 1) {
			for (const el of document.body.querySelectorAll('*')) {
				const b = el.getBoundingClientRect().bottom + scrollY;
				const p = /** @type {HTMLElement} */ (el).offsetParent;
				const escapes =
					getComputedStyle(el).position === 'absolute' && (p === document.body || p === null);
				if (b > bottom + 1 && escapes && offenders.length < 5) {
					const parent = el.parentElement;
					offenders.push(
						`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ` +
							`"${(el.textContent ?? '').trim().slice(0, 30)}" in ` +
							`${parent?.tagName.toLowerCase()}.${[...(parent?.classList ?? [])].join('.')} ` +
							`(bottom ${Math.round(b)}px)`
					);
				}
			}
		}
		return { height, bottom, offenders };
	}, EXPLORER);
	assert.ok(
		r.height <= r.bottom + 1,
		`the page scrolls ${r.height - r.bottom}px past the explorer into blank space ` +
			`(document ${r.height}px, explorer ends at ${r.bottom}px). Sticking out:\n  ` +
			r.offenders.join('\n  ')
	);
}

for (const viewport of VIEWPORTS) {
	test(`${viewport.width}×${viewport.height}: no sideways or blank scrolling, every view shown (screenshot)`, async () => {
		const page = await site.newPage({ viewport });
		const errors = collectConsoleErrors(page);
		await openExplorer(page, site.url, '?event=tehran-rally-2018');
		await waitForSelected(page, 'tehran-rally-2018');
		await page.getByTestId('detail-title').waitFor();
		// The basemap is drawn (not just the markers) before the picture is taken.
		await page.locator(`${MAP} path.cx-land:not([d="M0 0"])`).first().waitFor();
		await checkNoHorizontalOverflow(page);
		await checkNoBlankScroll(page);
		await assertShown(page, TIMELINE, 'the timeline');
		await assertShown(page, MAP, 'the map');
		await assertShown(page, '[data-testid="event-detail"]', 'the detail panel');
		const list = await page.locator(LIST).boundingBox();
		assert.ok(list && list.width > 100, 'the list is shown');
		await screenshot(page, `explorer-layout-${viewport.width}x${viewport.height}`, {
			fullPage: viewport.width < 1100
		});
		assert.deepEqual(errors, []);
		await page.context().close();
	});
}

test('touch: tapping a list row selects the event', async () => {
	const page = await site.newPage({
		viewport: { width: 375, height: 812 },
		hasTouch: true,
		isMobile: true
	});
	await openExplorer(page, site.url);
	const id = 'copenhagen-rally-2018';
	await listRow(page, id).getByRole('button').first().tap();
	await waitForSelected(page, id);
	assert.match((await listRow(page, id).getAttribute('class')) ?? '', /\bselected\b/);
	await page.getByTestId('detail-title').waitFor();
	await checkNoHorizontalOverflow(page);
	await screenshot(page, 'explorer-layout-touch-375', { fullPage: true });
	await page.context().close();
});

/** @type {[label: string, value: string, timeline: boolean, map: boolean][]} */
const LAYOUTS = [
	['Timeline only', 'timeline', true, false],
	['Map only', 'map', false, true],
	['List only', 'list', false, false],
	['Timeline and map', 'split', true, true]
];

test('each layout option shows the views it names', async () => {
	const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
	await openExplorer(page, site.url, '?event=tehran-rally-2018');
	const select = page.getByRole('combobox', { name: 'Layout' });
	for (const [label, value, timeline, map] of LAYOUTS) {
		await select.selectOption({ label });
		await page.locator(`${EXPLORER}[data-layout="${value}"][data-ready="true"]`).waitFor();
		await waitInPage(
			page,
			({ value, timeline, map, t, m }) =>
				new URL(location.href).searchParams.get('layout') === (value === 'split' ? null : value) &&
				!!document.querySelector(t) === timeline &&
				!!document.querySelector(m) === map,
			{ value, timeline, map, t: TIMELINE, m: MAP },
			{
				message: `layout ${value}: timeline ${timeline ? 'shown' : 'absent'}, map ${map ? 'shown' : 'absent'}`,
				describe: ({ t, m }) => ({
					search: location.search,
					timeline: !!document.querySelector(t),
					map: !!document.querySelector(m)
				})
			}
		);
		if (timeline) await assertShown(page, TIMELINE, `${label}: the timeline`);
		if (map) await assertShown(page, MAP, `${label}: the map`);
		// The list is always there (it is the accessible fallback), and takes the stage when alone.
		const list = await page.locator(LIST).boundingBox();
		assert.ok(list && list.height > 100, `${label}: the list is shown`);
		if (value === 'list') {
			assert.ok(list.width > 400, `List only: the list gets the room (${list.width}px)`);
			await assertShown(page, '[data-testid="event-detail"]', 'List only: the detail panel');
		}
		await checkNoHorizontalOverflow(page);
		await checkNoBlankScroll(page);
		await screenshot(page, `explorer-layout-option-${value}`);
	}
	await page.context().close();
});
