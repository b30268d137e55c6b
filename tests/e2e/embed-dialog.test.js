/**
 * The explorer's Embed dialog: its snippet embeds what the reader sees (filters, window, view),
 * the view choice changes the snippet and the live preview, Copy puts the snippet on the
 * clipboard, and the dialog is a keyboard-friendly modal (Escape closes it, focus returns to the
 * button) that axe finds nothing serious in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeScan, formatViolations } from './browser.js';
import { EXPLORER, READY_TIMEOUT, eventually, openExplorer, useSite } from './helpers.js';

const site = useSite();

/**
 * Open the explorer at `query` and its Embed dialog.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} query
 */
async function openDialog(page, query) {
	await openExplorer(page, site.url, query);
	const button = page.getByRole('button', { name: 'Embed', exact: true });
	await button.click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await dialog.waitFor();
	return { button, dialog };
}

/**
 * The iframe's `src` in the snippet, as a URL.
 *
 * @param {import('playwright-core').Page} page
 */
async function snippetSrc(page) {
	const code = await page.getByTestId('embed-code').inputValue();
	const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&');
	assert.ok(src, `no iframe src in ${code}`);
	return new URL(src);
}

test('the snippet embeds what the reader sees, and the view choice changes it and the preview', async () => {
	const page = await site.newPage();
	const { dialog } = await openDialog(page, '?cat=rally&t=1990-01-01..2010-01-01');
	const code = await page.getByTestId('embed-code').inputValue();
	assert.match(code, /loading="lazy"/);
	assert.match(code, /title="[^"]+ — Chronoatlas"/);
	assert.match(
		code,
		/sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"/
	);
	assert.match(code, /allow="fullscreen" style="width:100%;border:0" height="\d+"/);
	assert.match(code, /<script src="[^"]+\/embed\.js" async><\/script>/);
	let src = await snippetSrc(page);
	assert.match(src.pathname, /\/embed$/);
	assert.equal(src.searchParams.get('cat'), 'rally');
	assert.equal(src.searchParams.get('t'), '1990-01-01..2010-01-01');
	assert.equal(src.searchParams.get('view'), null);

	const preview = page.frameLocator('[data-testid="embed-preview"]');
	await preview.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	await dialog.getByRole('radio', { name: 'Map only' }).check();
	src = await snippetSrc(page);
	assert.equal(src.searchParams.get('view'), 'map');
	await preview
		.locator(`${EXPLORER}[data-view="map"][data-ready="true"]`)
		.waitFor({ timeout: READY_TIMEOUT });
	assert.equal(await preview.locator('[data-testid="timeline"]').count(), 0);
	assert.equal(
		await preview
			.getByTestId('result-count')
			.textContent()
			.then((t) => t?.trim()),
		await page
			.locator(`${EXPLORER} [data-testid="result-count"]`)
			.first()
			.textContent()
			.then((t) => t?.trim())
	);

	// The preview takes the phone's width, and its height from the embed's own messages.
	await dialog.getByRole('radio', { name: 'Phone' }).check();
	await eventually(
		async () => {
			const inner = await preview.locator(EXPLORER).evaluate(() => ({
				width: innerWidth,
				scroll: document.documentElement.scrollHeight,
				view: innerHeight
			}));
			return inner.width === 375 && inner.scroll <= inner.view + 1;
		},
		{ message: 'the preview is not 375 px wide and fitted to its content' }
	);

	// Without the resizer, the snippet is the iframe alone.
	await dialog.getByRole('checkbox', { name: /Resize to fit/ }).uncheck();
	assert.doesNotMatch(await page.getByTestId('embed-code').inputValue(), /<script/);
	await page.context().close();
});

test('Copy puts the snippet on the clipboard', async () => {
	const page = await site.newPage();
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	const { dialog } = await openDialog(page, '?layout=timeline');
	assert.equal(await dialog.getByRole('radio', { name: 'Timeline only' }).isChecked(), true);
	await dialog.getByRole('button', { name: 'Copy' }).click();
	await dialog.getByRole('status').getByText('Copied').waitFor();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	assert.equal(copied, await page.getByTestId('embed-code').inputValue());
	assert.match(copied, /view=timeline/);
	await page.context().close();
});

test('the dialog is an accessible modal: axe passes, Escape closes, focus returns', async () => {
	const page = await site.newPage();
	const { button, dialog } = await openDialog(page, '');
	await page.getByTestId('embed-preview').waitFor();
	const violations = await axeScan(page, { include: '[data-testid="embed-dialog"]' });
	assert.deepEqual(
		violations.map((v) => v.id),
		[],
		formatViolations(violations)
	);
	await dialog.getByRole('radio', { name: 'List only' }).focus();
	await page.keyboard.press('Escape');
	await dialog.waitFor({ state: 'hidden' });
	await eventually(() => button.evaluate((b) => document.activeElement === b), {
		message: 'focus did not return to the Embed button'
	});
	await page.context().close();
});
