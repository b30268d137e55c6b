/**
 * Place names without coordinates in a file opened in the browser: the gazetteer downloads then
 * (and only then), with a status while it does, and the file's places get the coordinates the
 * command line's `import` gives them; when it cannot be downloaded the rows load without
 * coordinates, as before.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT, collectConsoleErrors, openExplorer, useSite, waitForCount } from './helpers.js';

const site = useSite();

const NAMED = [
	'id,title,start,place,country,lat,lon,place_precision,category',
	'harbour-fair,Harbour fair,2021-07-03,Toronto,CA,,,,fair',
	'kl-rally,A rally,2020-05-22,"Kuala Lumpur, Malaysia",,,,,rally',
	'paris-strike,A strike,2019-11-02,Paris,FR,48.85,2.35,city,strike',
	'springfield,Somewhere,2018,Springfield,,,,,fair',
	'online-talk,A talk,2022,Online,,,,online,talk'
].join('\n');
const LOCATED = [
	'id,title,start,place,lat,lon,place_precision,category',
	'paris-strike,A strike,2019-11-02,Paris,48.85,2.35,city,strike'
].join('\n');

/** @type {string} */
let dir;
before(async () => {
	dir = await mkdtemp(join(tmpdir(), 'chronoatlas-gazetteer-'));
	await writeFile(join(dir, 'places.csv'), NAMED);
});
after(async () => {
	await rm(dir, { recursive: true, force: true });
});

/**
 * `npm run data -- import <file> --to <out.json>`: the events it writes.
 *
 * @param {string} file
 * @returns {Promise<{ id: string, place: Record<string, unknown> }[]>}
 */
async function cliImport(file) {
	const out = join(dir, 'cli.json');
	const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	const code = await new Promise((done) => {
		const child = spawn(
			process.execPath,
			[tsx, 'src/cli/main.ts', 'import', file, '--to', out, '--force'],
			{ cwd: REPO_ROOT, stdio: 'ignore' }
		);
		child.on('close', done);
	});
	assert.ok(code === 0 || code === 1, `import exited with ${code}`);
	return JSON.parse(await readFile(out, 'utf8')).events;
}

/**
 * Each event's place as compared: coordinates, precision, country.
 *
 * @param {{ id: string, place: Record<string, unknown> }[]} events
 */
function places(events) {
	return Object.fromEntries(
		events.map((e) => [e.id, [e.place.lat, e.place.lon, e.place.precision, e.place.country]])
	);
}

/**
 * Open `text` as a file named `name`, then export what loaded as our JSON: its events.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {string} text
 * @param {number} count events expected
 * @param {() => Promise<void>} [whileLoading] run once the file is being read
 */
async function openAndExport(page, name, text, count, whileLoading) {
	await page.getByTestId('open-file-input').setInputFiles({
		name,
		mimeType: 'text/csv',
		buffer: Buffer.from(text)
	});
	await whileLoading?.();
	await waitForCount(page, count, count, { timeout: 20_000 });
	await page.getByTestId('export').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-json').click()
	]);
	return JSON.parse(await readFile(await download.path(), 'utf8')).events;
}

test('names without coordinates get the coordinates `import` gives, the gazetteer fetched once', async () => {
	const expected = places(await cliImport(join(dir, 'places.csv')));
	assert.deepEqual(expected['harbour-fair']?.slice(0, 2), [43.71, -79.4]);
	assert.equal(expected['springfield']?.[0], undefined, 'Springfield is ambiguous');

	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	await openExplorer(page, site.url);
	/** @type {string[]} */
	const fetched = [];
	/** @type {() => void} */
	let release = () => {};
	const held = new Promise((r) => (release = () => r(undefined)));
	// Held until the reader has been told what is happening: the status is seen, not raced.
	await page.context().route('**/gazetteer.json', async (route) => {
		fetched.push(route.request().url());
		await held;
		await route.continue();
	});
	const events = await openAndExport(page, 'places.csv', NAMED, 5, async () => {
		await page.getByText('Looking up place names of “places.csv”…').waitFor();
		release();
	});
	assert.deepEqual(places(events), expected);
	assert.equal(fetched.length, 1);
	assert.equal(new URL(fetched[0] ?? '').pathname, new URL('gazetteer.json', site.url).pathname);

	// A file whose places all have coordinates does not need it.
	await openAndExport(page, 'located.csv', LOCATED, 1);
	assert.equal(fetched.length, 1);
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('when the gazetteer cannot be downloaded, the rows load without coordinates', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	await page.context().route('**/gazetteer.json', (route) => route.abort());
	const events = await openAndExport(page, 'places.csv', NAMED, 5);
	const got = places(events);
	assert.deepEqual(got['harbour-fair']?.slice(0, 2), [undefined, undefined]);
	assert.deepEqual(got['paris-strike']?.slice(0, 2), [48.85, 2.35]);
	await page.context().close();
});
