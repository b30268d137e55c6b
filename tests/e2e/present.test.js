/**
 * Presenting in class: /present walks through the bundled dataset's story with the keys
 * presenters and clickers use, the map and the timeline follow each step, the step lives in the
 * URL (replaced, so Back leaves), the presenter window follows and drives the main one, printing
 * gives the handout, and axe finds nothing serious on any of its screens.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { axeScan, formatViolations } from './browser.js';
import {
	collectConsoleErrors,
	openPresent as open,
	screenshot,
	siteUrl,
	useSite,
	waitForStep
} from './helpers.js';
import { readBundledDataset } from './testData.js';

const site = useSite();
const PRESENT = '[data-testid="present"]';

/**
 * Open /present with a query and wait until it is drawn.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} [query]
 */
function openPresent(page, query = '') {
	return open(page, site.url, query);
}

/** @type {string[]} */
let story = [];
/** @type {Map<string, any>} */
const byId = new Map();
before(async () => {
	const d = await readBundledDataset();
	story = /** @type {string[]} */ (d.meta.story);
	for (const e of d.events) byId.set(e.id, e);
});

/**
 * The title of the story's step i (0-based).
 *
 * @param {number} i
 * @returns {string}
 */
function titleAt(i) {
	return byId.get(story[i] ?? '')?.title ?? '';
}

/** @param {import('playwright-core').Page} page */
async function stepOf(page) {
	return Number(await page.locator(PRESENT).getAttribute('data-step'));
}

test('keys and clicker keys move through the story; map and timeline follow', async () => {
	const page = await site.newPage({ viewport: { width: 1920, height: 1080 } });
	const errors = collectConsoleErrors(page);
	await openPresent(page);
	assert.equal(await stepOf(page), 0);
	await page.getByTestId('present-title-slide').waitFor();
	assert.equal(await page.getByTestId('present-deck-title').textContent(), 'Quds Day, 1979–2025');
	assert.match((await page.getByTestId('present-credit').textContent()) ?? '', /Licence:/);

	const keys = [
		['ArrowRight', 1],
		['Space', 2],
		['PageDown', 3],
		['PageUp', 2],
		['ArrowLeft', 1],
		['End', story.length],
		['Home', 0]
	];
	for (const [key, n] of keys) {
		await page.keyboard.press(String(key));
		await waitForStep(page, Number(n));
	}
	// A number, then Enter.
	await page.keyboard.press('1');
	await page.keyboard.press('2');
	await page.keyboard.press('Enter');
	await waitForStep(page, 12);
	const id = story[11] ?? '';
	const ev = byId.get(id);
	const step = page.getByTestId('present-step');
	assert.equal(await step.getAttribute('data-event-id'), id);
	assert.equal((await page.getByTestId('present-title').textContent())?.trim(), ev.title);
	assert.equal(
		(await page.getByTestId('present-progress').textContent())?.trim(),
		`12 / ${story.length}`
	);
	assert.match(page.url(), /[?&]step=12(&|$)/);

	// The map shows the step's event (its marker, selected, inside the map) and nothing else.
	const map = page.locator('[data-testid="map"]');
	const marker = map.locator('.cx-marker.is-selected');
	await marker.waitFor();
	const [mb, kb] = [await map.boundingBox(), await marker.boundingBox()];
	assert.ok(mb && kb && kb.x >= mb.x && kb.x + kb.width <= mb.x + mb.width, 'marker in view');
	assert.ok(kb && mb && kb.y >= mb.y && kb.y + kb.height <= mb.y + mb.height, 'marker in view');
	// The trail: every earlier located stop, numbered.
	const numbers = await map.locator('.cx-trail-stop').allTextContents();
	assert.ok(numbers.length > 3 && numbers.every((n) => Number(n) < 12), `trail ${numbers}`);
	// The timeline selects the step's event and marks the story's.
	const selected = page.locator('[data-testid="timeline"] .vis-item.vis-selected').first();
	await selected.waitFor();
	assert.ok((await page.locator('[data-testid="timeline"] .vis-item.is-marked').count()) > 1);
	await screenshot(page, 'present-step-1920');
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('the step is in the URL: a reload keeps it, and Back leaves the presentation', async () => {
	const page = await site.newPage();
	await page.goto(siteUrl(site.url, ''));
	await page.locator('[data-testid="explorer"][data-ready="true"]').waitFor({ timeout: 20_000 });
	await openPresent(page, '?step=3');
	await waitForStep(page, 3);
	const entries = await page.evaluate(() => history.length);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await waitForStep(page, 5);
	await page.waitForFunction(() => /[?&]step=5(&|$)/.test(location.search));
	assert.equal(await page.evaluate(() => history.length), entries, 'steps replace the entry');
	await page.reload();
	await page.locator(`${PRESENT}[data-ready="true"]`).waitFor({ timeout: 20_000 });
	assert.equal(await stepOf(page), 5);
	await page.goBack();
	await page.locator('[data-testid="explorer"][data-ready="true"]').waitFor({ timeout: 20_000 });
	assert.equal(
		new URL(page.url()).pathname.replace(/\/$/, ''),
		new URL(site.url).pathname.replace(/\/$/, '')
	);
	await page.context().close();
});

test('Escape leaves for the explorer at the same event', async () => {
	const page = await site.newPage();
	await openPresent(page, '?step=4');
	await page.keyboard.press('Escape');
	await page.locator('[data-testid="explorer"][data-ready="true"]').waitFor({ timeout: 20_000 });
	assert.equal(
		await page.locator('[data-testid="explorer"]').getAttribute('data-selected'),
		story[3]
	);
	await page.context().close();
});

test('the presenter window follows the presentation and drives it', async () => {
	const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
	const errors = collectConsoleErrors(page);
	await openPresent(page, '?step=2');
	const [popup] = await Promise.all([
		page.context().waitForEvent('page'),
		page.keyboard.press('p')
	]);
	await popup.locator('[data-testid="presenter"][data-ready="true"]').waitFor({ timeout: 20_000 });
	const current = popup.getByTestId('presenter-current');
	assert.equal((await current.textContent())?.trim(), titleAt(1));
	assert.equal(
		(await popup.getByTestId('presenter-next').textContent())?.trim().startsWith(titleAt(2)),
		true
	);

	// The main window moves: the presenter follows.
	await page.keyboard.press('ArrowRight');
	await popup.waitForFunction(
		(t) => document.querySelector('[data-testid="presenter-current"]')?.textContent?.trim() === t,
		titleAt(2),
		{ timeout: 5_000 }
	);
	// The presenter moves: the main window follows.
	await popup.getByTestId('presenter-next-button').click();
	await waitForStep(page, 4);
	await popup.keyboard.press('PageUp');
	await waitForStep(page, 3);

	const violations = await axeScan(popup);
	assert.equal(violations.length, 0, formatViolations(violations));
	await screenshot(popup, 'present-presenter-view');
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('printing gives the handout: the title, a map of the stops and every step', async () => {
	const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
	await openPresent(page, '?step=1');
	await page.emulateMedia({ media: 'print' });
	assert.equal(await page.locator(PRESENT).isVisible(), false, 'no interface in print');
	const handout = page.getByTestId('handout');
	assert.equal(await handout.isVisible(), true);
	assert.equal(await handout.getByTestId('handout-card').count(), story.length);
	await page.waitForFunction(
		() => document.querySelectorAll('[data-testid="stops-map"] path.land').length > 100,
		null,
		{ timeout: 10_000 }
	);
	const text = (await handout.textContent()) ?? '';
	for (const id of story) assert.ok(text.includes(byId.get(id).title), `handout has ${id}`);
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	assert.ok(pdf.length > 10_000, `a PDF of ${pdf.length} bytes`);
	assert.ok((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length >= 2, 'pages');
	await screenshot(page, 'present-handout', { fullPage: true });
	await page.context().close();
});

test('axe finds nothing serious on the title slide, a step, the help and follow-along', async () => {
	const page = await site.newPage({ viewport: { width: 1920, height: 1080 } });
	await openPresent(page);
	/** @param {string} what */
	const check = async (what) => {
		const v = await axeScan(page);
		assert.equal(v.length, 0, `${what}: ${formatViolations(v)}`);
	};
	await check('title slide');
	await page.keyboard.press('ArrowRight');
	await waitForStep(page, 1);
	await check('step');
	await page.keyboard.press('?');
	await page.getByTestId('present-help').waitFor();
	await check('help overlay');
	await page.keyboard.press('Escape');
	// Keys go to the presentation again once the dialog has closed.
	await page.getByTestId('present-help').waitFor({ state: 'hidden' });
	await page.keyboard.press('q');
	await page.getByTestId('present-qr').waitFor();
	assert.match((await page.getByTestId('present-follow-url').textContent()) ?? '', /\/present/);
	await check('follow along');
	await page.keyboard.press('Escape');
	assert.equal(await stepOf(page), 1, 'Escape closed the dialog, it did not leave');
	await page.context().close();
});

test('on a phone the presentation is a card deck that swipes', async () => {
	const page = await site.newPage({ viewport: { width: 375, height: 812 }, hasTouch: true });
	await openPresent(page, '?step=1');
	const card = page.locator('[data-testid="present"] .card');
	const box = await card.boundingBox();
	assert.ok(box);
	assert.equal(await page.locator('[data-testid="timeline"]').count(), 0, 'no timeline');
	// A swipe to the left: pointer events as a touch screen sends them.
	const cdp = await page.context().newCDPSession(page);
	const y = box.y + box.height / 2;
	/** @param {'touchStart' | 'touchMove' | 'touchEnd'} type @param {number} x */
	const touch = (type, x) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: type === 'touchEnd' ? [] : [{ x, y }]
		});
	await touch('touchStart', box.x + box.width - 30);
	await touch('touchMove', box.x + box.width / 2);
	await touch('touchMove', box.x + 30);
	await touch('touchEnd', box.x + 30);
	await waitForStep(page, 2);
	const font = await page
		.getByTestId('present-title')
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	assert.ok(font >= 24, `title ${font}px`);
	await screenshot(page, 'present-phone');
	await page.context().close();
});

test('projector text: body at least 28 px at 1920×1080', async () => {
	const page = await site.newPage({ viewport: { width: 1920, height: 1080 } });
	await openPresent(page, '?step=4');
	const size = await page
		.locator('[data-testid="present-step"] .summary p')
		.first()
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	assert.ok(size >= 28, `summary text ${size}px`);
	const title = await page
		.getByTestId('present-title')
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	assert.ok(title >= 40, `title ${title}px`);
	await page.context().close();
});
