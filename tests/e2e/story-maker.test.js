/**
 * A teacher makes a story in the explorer: adds events, reorders them, writes a note and a title;
 * the story survives a reload through its URL and a download and import, and presents.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { axeScan, formatViolations } from './browser.js';
import {
	collectConsoleErrors,
	openExplorer,
	screenshot,
	useSite,
	waitForSelected
} from './helpers.js';

const site = useSite();

test('a story made in the explorer survives a reload, a download and an import, and presents', async () => {
	const page = await site.newPage({
		viewport: { width: 1280, height: 800 },
		acceptDownloads: true
	});
	const errors = collectConsoleErrors(page);
	await openExplorer(page, site.url, '?event=toronto-rally-2013');
	await page.getByTestId('story-toggle').click();
	const panel = page.getByTestId('story-panel');
	await panel.waitFor();
	await page.getByTestId('story-add').click();
	// Another event: the next one in the story order, by the explorer's own keys.
	await page
		.locator('body')
		.click({ position: { x: 2, y: 2 } })
		.catch(() => {});
	await page.getByTestId('story-title').fill('Rallies abroad');
	await page.evaluate(() =>
		document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null
	);
	await page.keyboard.press('ArrowRight');
	const second = await page.locator('[data-testid="explorer"]').getAttribute('data-selected');
	assert.ok(second && second !== 'toronto-rally-2013');
	await page.getByTestId('story-add').click();
	const steps = page.getByTestId('story-steps').locator('li');
	assert.equal(await steps.count(), 2);
	// Reorder with the keyboard-reachable button, and write a note.
	await panel.getByRole('button', { name: 'Move step 2 up' }).click();
	await steps.nth(0).locator('input').fill('Ask: where is this?');
	await page.waitForFunction(() => new URLSearchParams(location.search).has('tour'));
	await page.waitForFunction(
		() => (new URLSearchParams(location.search).get('tour') ?? '').length > 40,
		null,
		{ timeout: 3_000 }
	);
	const violations = await axeScan(page, { include: '[data-testid="story-panel"]' });
	assert.equal(violations.length, 0, formatViolations(violations));
	await screenshot(page, 'story-maker-1280');

	// A reload keeps it (it is in the URL), panel open, same order and note.
	await page.waitForTimeout(400);
	await page.reload();
	await page.locator('[data-testid="explorer"][data-ready="true"]').waitFor({ timeout: 20_000 });
	await panel.waitFor();
	assert.equal(await page.getByTestId('story-title').inputValue(), 'Rallies abroad');
	const titles = async () =>
		(await page.getByTestId('story-steps').locator('.title').allTextContents()).map((t) =>
			t.trim()
		);
	const order = await titles();
	assert.equal(order.length, 2);
	assert.equal(order[1], 'Al-Quds Day rally in Toronto');
	assert.equal(await steps.nth(0).locator('input').inputValue(), 'Ask: where is this?');

	// Download, clear, import: the same story.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('story-download').click()
	]);
	const file = await download.path();
	const json = JSON.parse(await readFile(file, 'utf8'));
	assert.equal(json.title, 'Rallies abroad');
	assert.equal(json.steps.length, 2);
	await panel.getByRole('button', { name: 'Clear', exact: true }).click();
	assert.equal(await steps.count(), 0);
	await page.getByTestId('story-import').setInputFiles(file);
	await page.waitForFunction(
		() => document.querySelectorAll('[data-testid="story-steps"] li').length === 2
	);
	assert.deepEqual(await titles(), order);

	// Present it: the title slide names it; the first step is the one moved up.
	await page.getByTestId('story-present').click();
	await page.locator('[data-testid="present"][data-ready="true"]').waitFor({ timeout: 20_000 });
	assert.equal(await page.getByTestId('present-deck-title').textContent(), 'Rallies abroad');
	await page.keyboard.press('ArrowRight');
	await page.getByTestId('present-step').waitFor();
	assert.equal((await page.getByTestId('present-title').textContent())?.trim(), order[0]);
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('Present starts from the selected event', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url, '?event=toronto-rally-2013');
	await waitForSelected(page, 'toronto-rally-2013');
	await page.getByTestId('present-action').click();
	await page.locator('[data-testid="present"][data-ready="true"]').waitFor({ timeout: 20_000 });
	assert.equal(
		await page.getByTestId('present-step').getAttribute('data-event-id'),
		'toronto-rally-2013'
	);
	await page.context().close();
});

test('steps reorder by dragging', async () => {
	const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
	await openExplorer(page, site.url, '?event=toronto-rally-2013');
	await page.getByTestId('story-toggle').click();
	await page.getByTestId('story-add').click();
	await page.evaluate(() =>
		document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null
	);
	await page.keyboard.press('ArrowRight');
	await page.getByTestId('story-add').click();
	const titles = () => page.getByTestId('story-steps').locator('.title').allTextContents();
	const before = (await titles()).map((t) => t.trim());
	assert.equal(before.length, 2);
	const items = page.getByTestId('story-steps').locator('li');
	await items.nth(1).locator('.handle').dragTo(items.nth(0));
	await page.waitForFunction(
		(first) =>
			document.querySelector('[data-testid="story-steps"] li .title')?.textContent?.trim() ===
			first,
		before[1]
	);
	assert.deepEqual(
		(await titles()).map((t) => t.trim()),
		[before[1], before[0]]
	);
	await page.context().close();
});
