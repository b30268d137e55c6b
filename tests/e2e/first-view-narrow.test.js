/**
 * The first view on small screens and what frames it: a deep link at 375×812 and 640×480 opens
 * with the event's detail and its place on the timeline in view without scrolling, and a
 * selection below 1,100 px never scrolls the page; the count separates sourced events and
 * computed dates and counts what is shown; /about names sources by title and publisher and its
 * way back keeps the explorer's state; filters refit the views (unless pinned) and an empty
 * result says so in every view with its way out; the page carries a social preview image.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import {
	EXPLORER,
	collectConsoleErrors,
	listIds,
	openExplorer,
	resultCount,
	timelineItem,
	useSite,
	waitForCount,
	waitForSelected,
	waitInPage
} from './helpers.js';
import { readBundledDataset } from './testData.js';

const site = useSite();

/** @type {any} */
let dataset;
before(async () => {
	dataset = await readBundledDataset();
});

/**
 * True when a locator's box lies wholly inside the viewport.
 *
 * @param {import('playwright-core').Locator} loc
 * @param {{ width: number, height: number }} vp
 */
async function inView(loc, vp) {
	const b = await loc.first().boundingBox();
	return !!b && b.y >= 0 && b.x >= 0 && b.y + b.height <= vp.height && b.x + b.width <= vp.width;
}

for (const vp of [
	{ width: 375, height: 812 },
	{ width: 640, height: 480 }
]) {
	test(`?event=toronto-rally-2013 at ${vp.width}×${vp.height}: detail and timeline item in view`, async () => {
		const page = await site.newPage({ viewport: vp });
		const errors = collectConsoleErrors(page);
		await openExplorer(page, site.url, '?event=toronto-rally-2013');
		await waitForSelected(page, 'toronto-rally-2013');
		const item = timelineItem(page, 'toronto-rally-2013');
		await item.waitFor();
		assert.equal(await page.evaluate(() => scrollY), 0, 'the page is not scrolled');
		assert.ok(await inView(page.getByTestId('detail-title'), vp), 'the detail title is in view');
		// Its dot: the label may run on past the edge (the timeline's own business).
		assert.ok(await inView(item.locator('.vis-dot'), vp), 'the item is in view');
		assert.deepEqual(errors, []);
		await page.context().close();
	});
}

test('below 1,100 px a selection on the timeline does not scroll the page', async () => {
	const vp = { width: 375, height: 812 };
	const page = await site.newPage({ viewport: vp });
	await openExplorer(page, site.url, '?event=toronto-rally-2013');
	// At 375 px most titles are in "+N" chips: choose another event from one.
	const before = await page.evaluate(() => scrollY);
	await page.locator('[data-testid="timeline"] .item-label[data-fold]').first().click();
	const choice = page.getByTestId('fold-list').locator('li button').first();
	const id = (await choice.getAttribute('data-event-id')) ?? '';
	const title = ((await choice.locator('.title').textContent()) ?? '').slice(0, 20);
	await choice.click();
	await waitForSelected(page, id);
	await page.getByTestId('detail-title').filter({ hasText: title }).waitFor();
	assert.equal(await page.evaluate(() => scrollY), before);
	assert.ok(await inView(page.getByTestId('detail-title'), vp));
	await page.context().close();
});

test('the count separates sourced events and computed dates, and counts what is shown', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	const sourced = dataset.events.length;
	const { total, text } = await resultCount(page);
	const computed = total - sourced;
	assert.ok(computed > 0, 'fixture: the computed series');
	assert.equal(text, `${sourced} events · ${computed} computed dates`);
	// Hide what lies outside a window of 2013–2018: the count is what the list shows.
	await page.context().close();
	const hidden = await site.newPage();
	await openExplorer(hidden, site.url, '?t=2013-01-01..2018-12-31&mode=hide');
	await waitInPage(
		hidden,
		() =>
			/^\d+ of \d+ events · \d+ of \d+ computed dates$/.test(
				document.querySelector('[data-testid="result-count"]')?.textContent?.trim() ?? ''
			),
		null,
		{
			message: 'the count counts a part',
			describe: () => document.querySelector('[data-testid="result-count"]')?.textContent
		}
	);
	const shown = await resultCount(hidden);
	assert.ok(shown.shown < total, shown.text);
	assert.equal((await listIds(hidden)).length, shown.shown, 'the list shows what the count says');
	await hidden.context().close();
});

test('/about lists sources by title and publisher with links; its way back keeps the state', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	const query = '?event=toronto-rally-2013&q=rally';
	await openExplorer(page, site.url, query);
	await waitForSelected(page, 'toronto-rally-2013');
	await page.getByTestId('about-link').click();
	await page.waitForURL(/\/about/);
	const articles = page.getByTestId('about-source');
	assert.equal(await articles.count(), dataset.sources.length);
	const text = (await page.locator('main').textContent()) ?? '';
	for (const s of dataset.sources) {
		const a = articles.filter({ has: page.getByRole('heading', { name: s.title, exact: true }) });
		assert.equal(await a.count(), 1, `${s.id}: listed by its title`);
		assert.ok(((await a.textContent()) ?? '').includes(s.publisher), `${s.id}: its publisher`);
		if (s.file) assert.ok(!text.includes(s.file), `${s.id}: never its file name`);
		const link = a.getByTestId('about-source-link');
		if (/^https?:/.test(s.url ?? '')) {
			assert.equal(await link.getAttribute('href'), new URL(s.url).href);
		} else assert.equal(await link.count(), 0);
	}
	await page.getByTestId('about-back').click();
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ state: 'attached' });
	await waitForSelected(page, 'toronto-rally-2013');
	assert.equal(await page.getByTestId('search').inputValue(), 'rally');
	assert.deepEqual(errors, []);
	await page.context().close();
});

/** The timeline's window and the map's zoom from the URL. */
async function views(/** @type {import('playwright-core').Page} */ page) {
	const u = new URL(page.url());
	return { t: u.searchParams.get('t'), zoom: Number(u.searchParams.get('map')?.split(',')[2]) };
}

test('a search refits the timeline and the map, unless the reader pinned them', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	await waitInPage(page, () => new URL(location.href).searchParams.has('t'), null, {
		message: 'the first window reaches the URL'
	});
	const first = await views(page);
	await page.getByTestId('search').fill('toronto');
	await waitInPage(page, (t) => new URL(location.href).searchParams.get('t') !== t, first.t, {
		message: 'the window refits'
	});
	const fitted = await views(page);
	/** @param {string | null} t */
	const span = (t) => {
		const [a = '', b = ''] = (t ?? '').split('..');
		return Date.parse(b) - Date.parse(a);
	};
	assert.ok(
		span(fitted.t) < span(first.t) / 3,
		`the window ${fitted.t} frames the matches (was ${first.t})`
	);
	assert.ok(fitted.zoom > first.zoom, `the map zooms in: ${first.zoom} → ${fitted.zoom}`);

	await page.getByTestId('filter-pinned').check();
	await page.getByTestId('search').fill('tehran');
	// The search reaches the URL in the same write as any window change would.
	await waitInPage(page, () => new URL(location.href).searchParams.get('q') === 'tehran', null, {
		message: 'the new search reaches the URL'
	});
	const pinned = await views(page);
	assert.deepEqual(pinned, fitted, 'pinned: the views stay');
	await page.context().close();
});

test('an empty result says so in every view, with the way out in sight', async () => {
	const vp = { width: 1280, height: 800 };
	const page = await site.newPage({ viewport: vp });
	await openExplorer(page, site.url);
	const total = (await resultCount(page)).total;
	await page.getByTestId('search').fill('zzzz-no-such-event');
	await waitForCount(page, 0, total);
	for (const view of ['timeline', 'map', 'list']) {
		const empty = page.getByTestId(`empty-${view}`);
		assert.match((await empty.textContent()) ?? '', /No events match/);
		assert.ok(
			await inView(empty.getByRole('button', { name: 'Clear all filters' }), vp),
			`${view}: the button is in view`
		);
	}
	await page.getByTestId('empty-map').getByRole('button', { name: 'Clear all filters' }).click();
	await waitForCount(page, total, total);
	assert.equal(await page.getByTestId('search').inputValue(), '');
	assert.equal(await page.getByTestId('empty-map').count(), 0);
	await page.context().close();
});

test('the page has a social preview image that loads', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	const content = await page.locator('meta[property="og:image"]').getAttribute('content');
	assert.ok(content && /^https?:\/\//.test(content), `an absolute address: ${content}`);
	const res = await page.request.get(content);
	assert.equal(res.status(), 200);
	assert.equal(res.headers()['content-type'], 'image/png');
	await page.context().close();
});
