/**
 * `npm run data -- site <file> --out <dir>` builds a static Chronoatlas whose default dataset is
 * the file: served from a plain static host under a sub-path, with every request outside it
 * refused (offline), it shows the file's events. One real build (about a minute on 2 cores).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, serve } from './browser.js';
import { collectConsoleErrors, listIds, openExplorer, waitForCount } from './helpers.js';
import { runData } from './testData.js';

const CSV = [
	'id,title,start,place,country,lat,lon,place_precision,category',
	'harbour-fair,Harbour fair,2021-07-03,Toronto,CA,,,city,fair',
	'bridge-opening,Bridge opening,2019-05-22,Online,,,,online,opening',
	'bad-row,Bad date,2020-13-45,Paris,FR,48.85,2.35,city,fair'
].join('\n');

/** @type {string} */
let dir;
/** @type {{ url: string, close: () => Promise<void> } | undefined} */
let server;
/** @type {import('playwright-core').Browser | undefined} */
let browser;

before(async () => {
	dir = await mkdtemp(join(tmpdir(), 'chronoatlas-site-test-'));
	await writeFile(join(dir, 'harbour-events.csv'), CSV);
});
after(async () => {
	await Promise.all([browser?.close(), server?.close()]);
	await rm(dir, { recursive: true, force: true });
});

test('site builds a static copy with the file as its default dataset, working offline', async () => {
	const out = join(dir, 'site');
	const built = await runData(['site', join(dir, 'harbour-events.csv'), '--out', out]);
	assert.equal(built.code, 1, built.output); // one row rejected, the rest built
	assert.match(built.output, /harbour-events\.csv:4:start/);
	assert.match(built.output, /wrote .*site: Chronoatlas with 2 events/);

	// A second run refuses the folder it wrote, unless told to replace it.
	const again = await runData(['site', join(dir, 'harbour-events.csv'), '--out', out]);
	assert.equal(again.code, 2);
	assert.match(again.output, /not empty; add --force/);

	server = await serve(out, { base: '/somewhere' });
	browser = await launch();
	const page = await browser.newPage();
	const errors = collectConsoleErrors(page);
	const origin = new URL(server.url).origin;
	/** @type {string[]} */
	const outside = [];
	await page.route('**/*', (route) => {
		if (new URL(route.request().url()).origin === origin) return route.continue();
		outside.push(route.request().url());
		return route.abort();
	});
	await openExplorer(page, server.url);
	await page.getByRole('heading', { level: 1, name: 'harbour events' }).waitFor();
	await waitForCount(page, 2, 2);
	assert.deepEqual(await listIds(page), ['bridge-opening', 'harbour-fair']);
	// Placed by the gazetteer at build time: on the map without any network.
	assert.equal(await page.locator('[data-testid="map"] [data-event-id="harbour-fair"]').count(), 1);
	assert.deepEqual(outside, []);
	assert.deepEqual(errors, []);
});
