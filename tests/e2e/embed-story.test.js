/**
 * A story in an embed (`/embed?story=<id>&step=<n>`): the embed opens the story at that step,
 * Next and → walk on through it, "Open in Chronoatlas" keeps it open in the explorer, whose Embed
 * dialog writes the story and the step reached into its snippet; an unknown story or a step the
 * story does not have falls back with a note the reader can dismiss.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeScan, formatViolations } from './browser.js';
import {
	EXPLORER,
	READY_TIMEOUT,
	collectConsoleErrors,
	openExplorer,
	screenshot,
	selectedId,
	useSite,
	waitForSelected
} from './helpers.js';
import { readBundledDataset } from './testData.js';

const site = useSite();
const STORY = 'online-and-back';

/**
 * The event ids of the bundled story `STORY`, in order (it has more than four).
 *
 * @returns {Promise<[string, string, string, string, ...string[]]>}
 */
async function storySteps() {
	const { meta } = await readBundledDataset();
	const stories = /** @type {{ id: string, steps: { event: string }[] }[]} */ (meta.stories);
	const story = stories.find((s) => s.id === STORY);
	assert.ok(story, `the bundled dataset has no story ${STORY}`);
	const ids = story.steps.map((s) => s.event);
	assert.ok(ids.length > 4);
	return /** @type {[string, string, string, string, ...string[]]} */ (ids);
}

test('the embed opens the story at the step asked for, and Next and → walk on', async () => {
	const steps = await storySteps();
	const page = await site.newPage({ viewport: { width: 640, height: 800 } });
	const errors = collectConsoleErrors(page);
	await openExplorer(page, site.url, `embed?story=${STORY}&step=2`);
	await waitForSelected(page, steps[1]);
	const where = page.getByTestId('detail-story');
	assert.equal(await where.getAttribute('data-step'), '2');
	await where.getByText(`step 2 of ${steps.length}`).waitFor();
	assert.equal(await page.getByTestId('url-issues').count(), 0);

	await page.getByTestId('detail-next').click();
	await waitForSelected(page, steps[2]);
	assert.equal(await where.getAttribute('data-step'), '3');
	await page.keyboard.press('ArrowRight');
	await waitForSelected(page, steps[3]);
	await page.getByTestId('detail-prev').click();
	await waitForSelected(page, steps[2]);
	await screenshot(page, 'embed-story');

	const violations = await axeScan(page);
	assert.deepEqual(violations, [], formatViolations(violations));

	// The full explorer keeps the story open at the event reached.
	const link = page.getByRole('link', { name: /Open in Chronoatlas/ });
	const href = new URL((await link.getAttribute('href')) ?? '', page.url());
	assert.equal(href.searchParams.get('story'), STORY);
	assert.equal(href.searchParams.get('step'), '3');
	const tab = await site.newPage();
	await openExplorer(tab, site.url, href.search);
	await waitForSelected(tab, steps[2]);
	assert.equal(await tab.getByTestId('detail-story').getAttribute('data-step'), '3');
	await tab.getByTestId('detail-next').click();
	await waitForSelected(tab, steps[3]);
	await tab.context().close();
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('an unknown story or a step too far falls back with a note the reader can dismiss', async () => {
	const steps = await storySteps();
	const page = await site.newPage({ viewport: { width: 640, height: 800 } });
	await openExplorer(page, site.url, 'embed?story=no-such-story&step=2');
	const notes = page.getByTestId('url-issues');
	await notes.getByText(/story=no-such-story is not a story of this dataset/).waitFor();
	assert.equal(await selectedId(page), '');
	assert.equal(await page.getByTestId('detail-story').count(), 0);
	await notes.getByRole('button', { name: 'Dismiss' }).click();
	await notes.waitFor({ state: 'detached' });

	await openExplorer(page, site.url, `embed?story=${STORY}&step=99`);
	await waitForSelected(page, steps[0]);
	await page
		.getByTestId('url-issues')
		.getByText(`step=99: this story has ${steps.length} steps; starting at the first`)
		.waitFor();
	await page.context().close();
});

test("the Embed dialog's snippet carries the open story at the step reached", async () => {
	const steps = await storySteps();
	const page = await site.newPage();
	await openExplorer(page, site.url, `?story=${STORY}&step=3`);
	await waitForSelected(page, steps[2]);
	await page.getByTestId('detail-next').click();
	await waitForSelected(page, steps[3]);
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await dialog.waitFor();
	const code = await page.getByTestId('embed-code').inputValue();
	const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&');
	assert.ok(src, `no iframe src in ${code}`);
	const q = new URL(src).searchParams;
	assert.equal(q.get('story'), STORY);
	assert.equal(q.get('step'), '4');
	const preview = page.frameLocator('[data-testid="embed-preview"]');
	await preview
		.locator(`${EXPLORER}[data-ready="true"][data-selected="${steps[3]}"]`)
		.waitFor({ timeout: READY_TIMEOUT });
	await preview.getByTestId('detail-story').getByText(`step 4 of ${steps.length}`).waitFor();
	await dialog.getByRole('button', { name: 'Close', exact: true }).click();

	// Leaving the story: the snippet no longer carries it.
	await page.getByRole('button', { name: 'Leave the story' }).click();
	await page.getByTestId('detail-story').waitFor({ state: 'detached' });
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const after = await page.getByTestId('embed-code').inputValue();
	assert.doesNotMatch(after, /story=/);
	await page.context().close();
});
