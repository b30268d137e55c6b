/**
 * The embed (`/embed`): in an article-like host page on another origin, a map-only and a
 * timeline-only embed each show their view, download only its library, are resized by their own
 * messages through `/embed.js`, and keep separate selections; a host using the real pym.js
 * resizes one with no code of ours; a bad parameter falls back with a note the reader can
 * dismiss; axe finds nothing serious.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { axeScan, formatViolations } from './browser.js';
import { libraryFiles, serveHost } from './embedHost.js';
import { EXPLORER, READY_TIMEOUT, eventually, openExplorer, siteUrl, useSite } from './helpers.js';

const site = useSite();
/** @type {Promise<{ url: string, close: () => Promise<void> }> | undefined} */
let host;
/** The host pages' server, started by the first test that needs it (the site must be up). */
async function hostUrl() {
	host ??= serveHost(site.url);
	return (await host).url;
}
after(async () => {
	await (await host)?.close();
});

/**
 * An embed's frame, once its explorer has drawn.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector the iframe
 * @returns {Promise<import('playwright-core').Frame>}
 */
async function readyFrame(page, selector) {
	const iframe = page.locator(selector);
	await iframe.scrollIntoViewIfNeeded();
	const handle = await iframe.elementHandle();
	const frame = await handle?.contentFrame();
	assert.ok(frame, `${selector} has no frame`);
	await frame
		.locator(`${EXPLORER}[data-ready="true"]`)
		.waitFor({ state: 'attached', timeout: READY_TIMEOUT });
	return frame;
}

/**
 * The iframe's height on the page, and what the embed inside wants: its content fits the frame
 * with nothing to scroll.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @param {import('playwright-core').Frame} frame
 */
async function sizes(page, selector, frame) {
	const frameHeight = await page
		.locator(selector)
		.evaluate((el) => el.getBoundingClientRect().height);
	const inner = await frame.evaluate(() => ({
		scroll: document.documentElement.scrollHeight,
		view: innerHeight
	}));
	return { frameHeight, ...inner };
}

/**
 * Wait until the iframe was resized from its 300 px and its content fits it exactly.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @param {import('playwright-core').Frame} frame
 */
async function waitResized(page, selector, frame) {
	return eventually(
		async () => {
			const s = await sizes(page, selector, frame);
			return Math.round(s.frameHeight) !== 300 && s.scroll <= s.view + 1 ? s : null;
		},
		{ message: `${selector} was not resized to its content`, timeout: 10_000 }
	);
}

test('an article with a map-only and a timeline-only embed: each its view, its library, its height', async () => {
	const page = await site.newPage({ viewport: { width: 700, height: 900 } });
	const { timeline, map } = await libraryFiles();
	assert.ok(timeline.length >= 2 && map.length >= 2, 'the manifest names both libraries');
	/** @type {Map<string, string[]>} what each frame downloaded, by its view */
	const fetched = new Map();
	page.on('request', (r) => {
		const view = new URL(r.frame().url(), 'http://x').searchParams.get('view') ?? '';
		fetched.set(view, [...(fetched.get(view) ?? []), new URL(r.url()).pathname]);
	});
	await page.goto(`${await hostUrl()}article.html`);

	const mapFrame = await readyFrame(page, '#map-embed');
	assert.equal(await mapFrame.locator('[data-testid="map"]').count(), 1);
	assert.equal(await mapFrame.locator('[data-testid="timeline"]').count(), 0);
	const timelineFrame = await readyFrame(page, '#timeline-embed');
	assert.equal(await timelineFrame.locator('[data-testid="timeline"]').count(), 1);
	assert.equal(await timelineFrame.locator('[data-testid="map"]').count(), 0);
	assert.equal(await timelineFrame.evaluate(() => document.documentElement.dataset.theme), 'dark');

	const downloaded = (/** @type {string} */ view, /** @type {string[]} */ files) =>
		files.filter((f) => (fetched.get(view) ?? []).some((p) => p.endsWith(`/${f}`)));
	assert.deepEqual(downloaded('map', timeline), [], 'the map-only embed fetched vis-timeline');
	assert.deepEqual(downloaded('timeline', map), [], 'the timeline-only embed fetched Leaflet');
	// And each did fetch its own (the check above cannot pass by recording nothing).
	assert.ok(downloaded('map', map).length > 0, 'the map-only embed fetched no Leaflet');
	assert.ok(
		downloaded('timeline', timeline).length > 0,
		'the timeline embed fetched no vis-timeline'
	);

	// Resized by /embed.js from their own messages, each to its own height.
	const m = await waitResized(page, '#map-embed', mapFrame);
	const t = await waitResized(page, '#timeline-embed', timelineFrame);
	assert.notEqual(Math.round(m.frameHeight), Math.round(t.frameHeight));
	await page.context().close();
});

test('two embeds on one page keep separate selections', async () => {
	const page = await site.newPage({ viewport: { width: 700, height: 900 } });
	await page.goto(`${await hostUrl()}article.html`);
	const mapFrame = await readyFrame(page, '#map-embed');
	const timelineFrame = await readyFrame(page, '#timeline-embed');
	// By keyboard: vis-timeline's stacked items overlap at this width, which a click would hit.
	const item = timelineFrame.locator('[data-testid="timeline"] .vis-item [data-event-id]').first();
	const id = await item.getAttribute('data-event-id');
	assert.ok(id);
	await item.focus();
	await item.press('Enter');
	await timelineFrame
		.locator(`${EXPLORER}[data-selected="${id}"]`)
		.waitFor({ state: 'attached', timeout: 5_000 });
	await timelineFrame.getByTestId('detail-title').waitFor();
	assert.equal(await mapFrame.locator(EXPLORER).getAttribute('data-selected'), '');

	// The detail made the timeline embed taller; /embed.js followed.
	await waitResized(page, '#timeline-embed', timelineFrame);
	await page.context().close();
});

test('a page using pym.js 1.3.2 resizes the embed with no code of ours', async () => {
	const page = await site.newPage({ viewport: { width: 700, height: 900 } });
	await page.goto(`${await hostUrl()}pym.html`);
	const frame = await readyFrame(page, '#pym-embed iframe');
	const height = await eventually(
		async () => {
			const attr = await page.locator('#pym-embed iframe').getAttribute('height');
			const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
			// pym.Parent sets the attribute to the child's height in px.
			return attr === `${inner}px` ? inner : null;
		},
		{ message: 'pym.js did not set the iframe to the embed height', timeout: 10_000 }
	);
	assert.ok(height > 150, `${height} px, more than an iframe's default 150`);
	assert.ok(
		(await page.locator('#pym-embed iframe').getAttribute('src'))?.includes('childId=pym-embed')
	);
	await page.context().close();
});

test('a bad parameter falls back to its default with a note the reader can dismiss', async () => {
	const page = await site.newPage({ viewport: { width: 640, height: 700 } });
	const embed = await openExplorer(page, site.url, 'embed?view=grid&theme=plaid');
	assert.equal(await embed.getAttribute('data-view'), 'both');
	assert.equal(await page.locator('[data-testid="timeline"]').count(), 1);
	assert.equal(await page.locator('[data-testid="map"]').count(), 1);
	const notes = page.getByTestId('url-issues');
	await notes.getByText('view=grid is not a view; showing both').waitFor();
	await notes.getByText(/theme=plaid is not a theme/).waitFor();
	await notes.getByRole('button', { name: 'Dismiss' }).click();
	await notes.waitFor({ state: 'detached' });
	await page.context().close();
});

test('"Open in Chronoatlas" opens the full explorer at the same state, in a new tab', async () => {
	const page = await site.newPage({ viewport: { width: 640, height: 700 } });
	await openExplorer(page, site.url, 'embed?view=map&t=1990-01-01..2000-01-01&cat=rally');
	const link = page.getByRole('link', { name: /Open in Chronoatlas/ });
	assert.equal(await link.getAttribute('target'), '_blank');
	assert.match((await link.getAttribute('rel')) ?? '', /noopener/);
	const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
	await tab.waitForLoadState();
	const url = new URL(tab.url());
	assert.equal(url.pathname, new URL(siteUrl(site.url, '')).pathname);
	assert.equal(url.searchParams.get('layout'), 'map');
	assert.equal(url.searchParams.get('t'), '1990-01-01..2000-01-01');
	assert.equal(url.searchParams.get('cat'), 'rally');
	await page.context().close();
});

test('an embed whose data cannot be loaded says so under a title, never a blank box', async () => {
	const page = await site.newPage({ viewport: { width: 640, height: 700 } });
	await page.goto(siteUrl(site.url, 'embed?dataset=no-such-dataset'));
	const alert = page.getByRole('alert');
	await alert.getByText(/Could not load dataset "no-such-dataset"/).waitFor();
	assert.ok((await page.locator('h1').textContent())?.trim());
	await page.context().close();
});

test('axe: /embed has no serious or critical violations (both views, then the list)', async () => {
	const page = await site.newPage({ viewport: { width: 640, height: 800 } });
	await openExplorer(page, site.url, 'embed');
	let violations = await axeScan(page);
	assert.deepEqual(
		violations.map((v) => v.id),
		[],
		formatViolations(violations)
	);
	await openExplorer(page, site.url, 'embed?view=list&theme=dark');
	violations = await axeScan(page);
	assert.deepEqual(
		violations.map((v) => v.id),
		[],
		formatViolations(violations)
	);
	await page.context().close();
});
