/**
 * A dataset loaded with `?data=` is credited as itself: its licence and attribution in the
 * explorer, and "Sources and method" (/about?data=…) describing it, not the bundled dataset.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { collectConsoleErrors, EXPLORER, openExplorer, READY_TIMEOUT, useSite } from './helpers.js';
import { serveData } from './testData.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const site = useSite();
/** @type {string} */
let dir;
/** @type {{ url: string, close: () => Promise<void> }} */
let data;

before(async () => {
	dir = await mkdtemp(join(tmpdir(), 'chronoatlas-credit-'));
	const raw = JSON.parse(await readFile(join(FIXTURES, 'small-dataset.json'), 'utf8'));
	raw.meta.licence = 'ODbL-1.0';
	raw.meta.attribution = 'Harbour Authority archive, 2024';
	await writeFile(join(dir, 'credited.json'), JSON.stringify(raw));
	data = await serveData(dir);
});
after(async () => {
	await data?.close();
	await rm(dir, { recursive: true, force: true });
});

test("a ?data= dataset's licence, attribution and description are shown, on /about too", async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	const url = `${data.url}credited.json`;
	await openExplorer(page, site.url, `?data=${encodeURIComponent(url)}`);
	const credit = page.getByTestId('dataset-credit');
	await credit.waitFor();
	assert.equal(
		(await credit.innerText()).trim(),
		'Data: Harbour Authority archive, 2024. Licence: ODbL-1.0.'
	);
	assert.match(await page.getByTestId('dataset-intro').innerText(), /A small dataset for the/);

	const link = page.getByRole('link', { name: 'Sources and method' });
	assert.equal(
		new URL(/** @type {string} */ (await link.getAttribute('href')), page.url()).searchParams.get(
			'data'
		),
		url
	);
	await link.click();
	const about = page.getByTestId('loaded-about');
	await about.getByText('Harbour fixture: five events').waitFor();
	assert.equal(await page.getByTestId('loaded-licence').innerText(), 'ODbL-1.0');
	assert.equal(
		await page.getByTestId('loaded-attribution').innerText(),
		'Harbour Authority archive, 2024'
	);
	assert.match(await about.innerText(), /A small dataset for the explorer's browser tests/);
	assert.match(await about.innerText(), /Harbour log/, 'its own sources');
	// The bundled dataset's method is not shown as this one's.
	assert.equal(await page.getByText('Five documents, each read in full').isVisible(), false);
	assert.match(await page.title(), /Harbour fixture: five events/);
	assert.equal(await page.locator('main:visible').count(), 1, 'one main landmark');

	// Back to the explorer, with the same data.
	await about.getByRole('link', { name: '← Back to the explorer' }).first().click();
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	await page.getByRole('heading', { level: 1, name: 'Harbour fixture: five events' }).waitFor();
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('/about opened directly with ?data= describes that dataset; without, the bundled one', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	const url = `${data.url}credited.json`;
	await page.goto(`${site.url}about?data=${encodeURIComponent(url)}`);
	await page.getByTestId('loaded-licence').waitFor();
	assert.equal(await page.getByTestId('loaded-licence').innerText(), 'ODbL-1.0');
	await page.goto(`${site.url}about`);
	await page.getByText('Five documents, each read in full').waitFor();
	assert.equal(await page.getByTestId('loaded-about').count(), 0);
	await page.goto(`${site.url}about?data=${encodeURIComponent(`${data.url}missing.json`)}`);
	const alert = page.getByTestId('loaded-about').getByRole('alert');
	await alert.waitFor();
	assert.match(await alert.innerText(), /404/);
	assert.equal(await page.getByText('Five documents, each read in full').isVisible(), false);
	assert.ok(
		errors.every((e) => /404/.test(e)),
		errors.join('\n')
	);
	await page.context().close();
});
