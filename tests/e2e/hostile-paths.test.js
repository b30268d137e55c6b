/**
 * The hostile dataset (hostileData.js) through every other way in than `?data=` on the explorer:
 * built into a site as its default dataset, dropped on the explorer, in the embed (each view, and
 * with an event's details open), presented step by step with its presenter view, and printed as the
 * handout. On every page: no script runs (the canary stays unset, no dialog opens), no element
 * carries an event handler, links are only http(s), and titles, notes and introductions show as
 * written.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serve } from './browser.js';
import {
	EXPLORER,
	READY_TIMEOUT,
	dropFile,
	openExplorer,
	openPresent,
	siteUrl,
	useSite,
	waitForStep
} from './helpers.js';
import {
	EVENTS,
	STORY_EVENTS,
	STORY_ID,
	assertClean,
	assertTitles,
	guard,
	paragraphs,
	useHostileData
} from './hostileData.js';
import { runData } from './testData.js';

const site = useSite();
const hostile = useHostileData();
const story = hostile.dataset.meta.stories[0];
/** @param {string} id */
const titleOf = (id) => /** @type {string} */ (hostile.titles.get(id));

/**
 * The explorer's list, then the details of a few events, then the timeline and the map: clean,
 * with every title as written.
 *
 * @param {import('playwright-core').Page} page
 * @param {{ dialogs: string[], outside: string[] }} seen
 * @param {string} what
 */
async function checkExplorer(page, seen, what) {
	await page.getByRole('combobox', { name: 'Layout' }).selectOption('list');
	assert.equal(await assertTitles(page, hostile.titles, 'list'), EVENTS, what);
	for (const k of [1, 9, EVENTS - 2]) {
		await page.locator(`[data-testid="event-list"] [data-event-id="e-${k}"] button.pick`).click();
		const title = page.getByTestId('detail-title');
		await title.waitFor();
		assert.equal(await title.textContent(), titleOf(`e-${k}`), `${what}: e-${k}`);
		await assertClean(page, seen, `${what}: details of e-${k}`);
	}
	await page.getByRole('combobox', { name: 'Layout' }).selectOption('split');
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	assert.ok((await assertTitles(page, hostile.titles, 'timeline')) > 0);
	await assertClean(page, seen, `${what}: timeline and map`);
}

describe('built into a site as its default dataset', () => {
	/** @type {{ url: string, close: () => Promise<void> } | undefined} */
	let built;
	before(async () => {
		// One build for the file (about a minute on two cores).
		const out = join(hostile.dir, 'site');
		const r = await runData(['site', join(hostile.dir, 'hostile.json'), '--out', out]);
		assert.equal(r.code, 0, r.output);
		built = await serve(out);
	});
	after(async () => {
		await built?.close();
	});

	test('the prerendered explorer and /about', async () => {
		const page = await site.newPage();
		const seen = await guard(page);
		await openExplorer(page, built?.url ?? '');
		await page.getByRole('heading', { level: 1, name: hostile.dataset.meta.title }).waitFor();
		assert.ok((await page.title()).includes(hostile.dataset.meta.title), await page.title());
		await checkExplorer(page, seen, 'built site');
		await page.goto(siteUrl(built?.url ?? '', 'about'));
		await page.getByTestId('about-back').waitFor();
		assert.equal(await page.getByTestId('about-source').count(), hostile.dataset.sources.length);
		await assertClean(page, seen, 'built site: /about');
		assert.deepEqual(seen.errors, []);
		await page.context().close();
	});

	test('the prerendered presentation', async () => {
		const page = await site.newPage();
		const seen = await guard(page);
		await openPresent(page, built?.url ?? '', '?step=2');
		assert.equal(
			await page.getByTestId('present-title').textContent(),
			titleOf(STORY_EVENTS[1] ?? '')
		);
		await assertClean(page, seen, 'built site: /present');
		assert.deepEqual(seen.errors, []);
		await page.context().close();
	});
});

test('dropped on the explorer', async () => {
	const page = await site.newPage();
	const seen = await guard(page);
	await openExplorer(page, site.url);
	await dropFile(page, 'hostile.json', hostile.text);
	await page.getByTestId('file-report').waitFor();
	await page.getByRole('heading', { level: 1, name: hostile.dataset.meta.title }).waitFor();
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	await checkExplorer(page, seen, 'dropped file');
	assert.deepEqual(seen.errors, []);
	await page.context().close();
});

test('in the embed: every view, with an event open, and with a story open', async () => {
	const page = await site.newPage();
	const seen = await guard(page);
	const data = `data=${encodeURIComponent(hostile.url())}`;
	for (const view of ['both', 'map', 'timeline', 'list']) {
		await page.goto(siteUrl(site.url, `embed?${data}&view=${view}`));
		await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
		if (view === 'list') assert.equal(await assertTitles(page, hostile.titles, 'list'), EVENTS);
		if (view === 'both' || view === 'timeline')
			assert.ok((await assertTitles(page, hostile.titles, 'timeline')) > 0);
		await assertClean(page, seen, `embed, view=${view}`);
	}
	await page.goto(siteUrl(site.url, `embed?${data}&view=both&event=e-6`));
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	await page.getByTestId('detail-title').waitFor();
	assert.equal(await page.getByTestId('detail-title').textContent(), titleOf('e-6'));
	await assertClean(page, seen, 'embed with an event open');
	// A story opened by the embed's own parameters: its hostile title beside the step's.
	const step = STORY_EVENTS[2] ?? '';
	await page.goto(siteUrl(site.url, `embed?${data}&story=${STORY_ID}&step=3`));
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	await page.getByText(`step 3 of ${STORY_EVENTS.length}`).first().waitFor();
	assert.equal(await page.getByTestId('detail-title').textContent(), titleOf(step));
	await assertClean(page, seen, 'embed with a story open');
	assert.deepEqual(seen.errors, []);
	await page.context().close();
});

test('presented step by step, with the presenter view following', async () => {
	const page = await site.newPage();
	const seen = await guard(page);
	await openPresent(page, site.url, `?data=${encodeURIComponent(hostile.url())}`);
	await page.getByTestId('present-title-slide').waitFor();
	assert.equal(await page.getByTestId('present-deck-title').textContent(), story.title);
	assert.deepEqual(
		await page.locator('[data-testid="present-title-slide"] .intro p').allTextContents(),
		paragraphs(story.intro)
	);
	await assertClean(page, seen, 'title slide');

	const [presenter] = await Promise.all([
		page.context().waitForEvent('page'),
		page.keyboard.press('p')
	]);
	await presenter
		.locator('[data-testid="presenter"][data-ready="true"]')
		.waitFor({ timeout: READY_TIMEOUT });
	for (let n = 1; n <= STORY_EVENTS.length; n++) {
		await page.keyboard.press('ArrowRight');
		await waitForStep(page, n);
		const id = STORY_EVENTS[n - 1] ?? '';
		assert.equal(await page.getByTestId('present-step').getAttribute('data-event-id'), id);
		assert.equal(await page.getByTestId('present-title').textContent(), titleOf(id));
		await assertClean(page, seen, `step ${n}`);

		// The presenter view: this step's title and its note, paragraph by paragraph.
		await presenter.waitForFunction(
			(n) =>
				document.querySelector('[data-testid="presenter"]')?.getAttribute('data-step') ===
				String(n),
			n
		);
		assert.equal(
			(await presenter.getByTestId('presenter-current').textContent())?.trim(),
			titleOf(id).trim()
		);
		const note = paragraphs(story.steps[n - 1].note);
		assert.ok(note.length > 0, `step ${n} has a note`);
		assert.deepEqual(
			await presenter.getByTestId('presenter-note').locator('p').allTextContents(),
			note
		);
		await assertClean(presenter, seen, `presenter view at step ${n}`);
	}
	assert.deepEqual(seen.errors, []);
	await page.context().close();
});

test('printed: the handout', async () => {
	const page = await site.newPage();
	const seen = await guard(page);
	await openPresent(page, site.url, `?data=${encodeURIComponent(hostile.url())}&step=1`);
	await page.emulateMedia({ media: 'print' });
	const handout = page.getByTestId('handout');
	assert.equal(await handout.isVisible(), true);
	assert.equal(await handout.locator('h1').textContent(), story.title);
	const cards = handout.getByTestId('handout-card');
	assert.equal(await cards.count(), STORY_EVENTS.length);
	for (let k = 0; k < STORY_EVENTS.length; k++) {
		const card = cards.nth(k);
		assert.equal(await card.locator('h2').textContent(), titleOf(STORY_EVENTS[k] ?? ''));
		assert.equal(await card.locator('.note').textContent(), `Note: ${story.steps[k].note}`);
	}
	const pdf = await page.pdf({ format: 'A4' });
	assert.ok((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length >= 2, 'pages');
	await assertClean(page, seen, 'the handout');
	assert.deepEqual(seen.errors, []);
	await page.context().close();
});
