/**
 * The reader's own data: `?data=` in every format we read (our CSV, GeoJSON, TimelineJS), a file
 * opened with the picker or dropped on the explorer (bad rows reported with row and field while
 * the good ones load), kept over a reload until closed, exported and opened again; and a clear
 * message for a 404, an HTML page and a file that is not a dataset.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
	REPO_ROOT,
	collectConsoleErrors,
	dropFile,
	listIds,
	openExplorer,
	resultCount,
	screenshot,
	useSite,
	waitForCount,
	waitInPage
} from './helpers.js';
import { serveData } from './testData.js';
import { axeScan, formatViolations } from './browser.js';

const BUNDLED_TITLE = 'Quds Day, 1979–2025';
const TIMELINEJS = join(REPO_ROOT, 'tests/fixtures/timelinejs');

/** Our CSV template with two bad rows: line 3 (a date that is none) and line 5 (latitude 95). */
const BAD_ROWS_CSV = [
	'id,title,start,place,lat,lon,place_precision,category',
	'a-rally,A rally,2020-05-22,Toronto,43.65,-79.38,city,protest',
	'b-bad-date,Bad date,2020-13-45,Toronto,43.65,-79.38,city,protest',
	'c-online,An online petition,2021-03,Online,,,online,petition',
	'd-bad-lat,Bad latitude,2020,Nowhere,95,10,site,protest',
	'e-strike,A strike,2019-11-02,Paris,48.85,2.35,city,strike'
].join('\n');
const GOOD_IDS = ['e-strike', 'a-rally', 'c-online'];

const GEOJSON = JSON.stringify({
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [2.35, 48.85] },
			properties: { id: 'paris', title: 'In Paris', start: '2001-05-01', place: 'Paris' }
		},
		{
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [139.69, 35.69] },
			properties: { id: 'tokyo', title: 'In Tokyo', start: '2003', place: 'Tokyo' }
		}
	]
});

const site = useSite();

/** @param {string} url */
const dataQuery = (url) => `?data=${encodeURIComponent(url)}`;

/**
 * The report of the opened file: wait for it and return its text.
 *
 * @param {import('playwright-core').Page} page
 */
async function fileReport(page) {
	const report = page.getByTestId('file-report');
	await report.waitFor();
	return (await report.innerText()).replace(/\s+/g, ' ');
}

/** @param {import('playwright-core').Page} page */
async function waitReady(page) {
	await page.locator('[data-testid="explorer"][data-ready="true"]').waitFor({ timeout: 20_000 });
}

describe('?data= in every format', () => {
	/** @type {string} */
	let dir;
	/** @type {{ url: string, close: () => Promise<void> }} */
	let data;

	before(async () => {
		dir = await mkdtemp(join(tmpdir(), 'chronoatlas-own-'));
		await writeFile(join(dir, 'events.csv'), BAD_ROWS_CSV);
		await writeFile(join(dir, 'events.geojson'), GEOJSON);
		await copyFile(join(TIMELINEJS, 'my-own-timeline.csv'), join(dir, 'sheet'));
		await copyFile(join(TIMELINEJS, 'houston-timeline3.json'), join(dir, 'houston.json'));
		await writeFile(join(dir, 'page.html'), '<!DOCTYPE html><html><body>Sign in</body></html>');
		await writeFile(join(dir, 'package.json'), '{ "name": "x", "version": "1.0.0" }');
		data = await serveData(dir);
	});
	after(async () => {
		await data?.close();
		await rm(dir, { recursive: true, force: true });
	});

	test('a CSV in our template loads its good rows and lists the bad ones', async () => {
		const page = await site.newPage();
		const errors = collectConsoleErrors(page);
		await openExplorer(page, site.url, dataQuery(`${data.url}events.csv`));
		await waitForCount(page, 3, 3);
		assert.deepEqual(await listIds(page), GOOD_IDS);
		const issues = await page.getByTestId('dataset-issues').innerText();
		assert.match(issues, /2 rows could not be loaded/);
		assert.match(issues, /events\.csv:3:start/);
		assert.match(issues, /events\.csv:5:place\.lat/);
		assert.deepEqual(errors, []);
		await page.context().close();
	});

	test('GeoJSON loads', async () => {
		const page = await site.newPage();
		await openExplorer(page, site.url, dataQuery(`${data.url}events.geojson`));
		await waitForCount(page, 2, 2);
		assert.deepEqual(await listIds(page), ['paris', 'tokyo']);
		await page.context().close();
	});

	test('a TimelineJS sheet (no extension, as a published Google Sheet) and JSON load', async () => {
		const page = await site.newPage();
		await openExplorer(page, site.url, dataQuery(`${data.url}sheet`));
		await page.getByRole('heading', { level: 1, name: 'MY OWN CSV' }).waitFor();
		assert.ok((await resultCount(page)).total > 5);
		await openExplorer(page, site.url, dataQuery(`${data.url}houston.json`));
		assert.ok((await resultCount(page)).total > 5);
		assert.equal(await page.getByRole('alert').count(), 0);
		await page.context().close();
	});

	test('format= forces a format; a bad one falls back to detection with a note', async () => {
		const page = await site.newPage();
		await openExplorer(page, site.url, `${dataQuery(`${data.url}events.csv`)}&format=xlsx`);
		await waitForCount(page, 3, 3);
		assert.match(await page.getByTestId('url-issues').innerText(), /"xlsx" is not one of/);
		await openExplorer(page, site.url, `${dataQuery(`${data.url}events.csv`)}&format=geojson`);
		assert.match(await page.getByRole('alert').innerText(), /not valid JSON/);
		await page.context().close();
	});

	/** @type {[string, string, RegExp][]} */
	const failures = [
		['a 404', 'missing.csv', /answered 404/],
		['an HTML page', 'page.html', /is a web page, not data/],
		['a file that is not a dataset', 'package.json', /JSON that is not a dataset/]
	];
	for (const [name, file, message] of failures) {
		test(`${name} gives a clear message and keeps the bundled dataset`, async () => {
			const page = await site.newPage();
			await openExplorer(page, site.url, dataQuery(`${data.url}${file}`));
			const text = await page.getByRole('alert').innerText();
			assert.match(text, message);
			assert.ok(text.includes(file), text);
			await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor();
			await page.context().close();
		});
	}
});

describe('a file of your own', () => {
	test('dropped with bad rows: the good ones load, the bad are listed; reload keeps it; close returns', async () => {
		const page = await site.newPage();
		const errors = collectConsoleErrors(page);
		await openExplorer(page, site.url);
		await dropFile(page, 'events.csv', BAD_ROWS_CSV);
		assert.match(
			await fileReport(page),
			/Your file “events\.csv”: 3 events loaded, 2 rows left out/
		);
		await waitForCount(page, 3, 3);
		await waitReady(page);
		assert.deepEqual(await listIds(page), GOOD_IDS);
		const issues = await page.getByTestId('dataset-issues').innerText();
		assert.match(issues, /events\.csv:3:start: \[b-bad-date\]/);
		assert.match(issues, /events\.csv:5:place\.lat: \[d-bad-lat\]/);
		assert.equal(new URL(page.url()).searchParams.get('file'), 'events.csv');
		await page.setViewportSize({ width: 1280, height: 900 });
		await screenshot(page, 'own-data-report-1280');
		// The report, the issues and the open Export menu: nothing serious for axe.
		await page.getByTestId('export').click();
		const violations = await axeScan(page);
		assert.equal(violations.length, 0, formatViolations(violations));
		await page.getByTestId('export').click();
		await page.setViewportSize({ width: 375, height: 800 });
		await screenshot(page, 'own-data-report-375', { fullPage: true });

		// Copy link cannot carry a local file, and says so.
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.getByTestId('copy-link').click();
		await page.getByText('A link cannot carry a file').waitFor();

		await page.reload();
		await waitReady(page);
		await waitForCount(page, 3, 3);
		assert.match(await fileReport(page), /3 events loaded/);
		assert.deepEqual(await listIds(page), GOOD_IDS);

		await page.getByTestId('close-file').click();
		await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor();
		await waitInPage(page, () => !new URL(location.href).searchParams.has('file'), null, {
			message: 'the address no longer names the file'
		});
		assert.equal(await page.getByTestId('file-report').count(), 0);
		await page.reload();
		await waitReady(page);
		await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor();
		assert.ok((await resultCount(page)).total > 100);
		assert.deepEqual(errors, []);
		await page.context().close();
	});

	test('a link naming a file this browser does not have shows the bundled dataset, with a note', async () => {
		const page = await site.newPage();
		await openExplorer(page, site.url, '?file=elsewhere.csv');
		await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor();
		assert.match(
			await page.getByTestId('url-issues').innerText(),
			/"elsewhere\.csv" was opened in another browser/
		);
		await page.context().close();
	});

	test('a file that is not a dataset gives a clear message', async () => {
		const page = await site.newPage();
		await openExplorer(page, site.url);
		await page.getByTestId('open-file-input').setInputFiles({
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('just some words')
		});
		assert.match(
			await page.getByRole('alert').innerText(),
			/“notes\.txt” cannot be read: expected the template's columns/
		);
		await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor();
		await page.context().close();
	});

	for (const format of ['json', 'csv', 'geojson']) {
		test(`export as ${format}, then open the export: the same events`, async () => {
			const page = await site.newPage();
			await openExplorer(page, site.url);
			await page.getByTestId('open-file-input').setInputFiles({
				name: 'events.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(BAD_ROWS_CSV)
			});
			await waitForCount(page, 3, 3);
			const before = await page
				.locator('[data-testid="event-list"] [data-event-id]')
				.allInnerTexts();
			await page.getByTestId('export').click();
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByTestId(`export-${format}`).click()
			]);
			const path = await download.path();
			const text = await readFile(path, 'utf8');
			assert.equal(download.suggestedFilename(), `events.${format}`);
			await page.getByTestId('open-file-input').setInputFiles({
				name: download.suggestedFilename(),
				mimeType: '',
				buffer: Buffer.from(text)
			});
			// The export holds only the good rows (the CSV one even has the original's name).
			await waitInPage(
				page,
				(name) => {
					const t = document.querySelector('[data-testid="file-report"]')?.textContent ?? '';
					return t.includes(name) && !t.includes('left out');
				},
				`“events.${format}”`,
				{ message: 'expected the report of the export, with no rows left out' }
			);
			await waitForCount(page, 3, 3);
			assert.deepEqual(await listIds(page), GOOD_IDS);
			const after = await page
				.locator('[data-testid="event-list"] [data-event-id]')
				.allInnerTexts();
			assert.deepEqual(after, before);
			// Warnings (no sources cited) as before; no row left out.
			const issues = await page.getByTestId('dataset-issues').innerText();
			assert.doesNotMatch(issues, /could not be loaded/);
			await page.context().close();
		});
	}

	test('only the filtered events are exported when asked', async () => {
		const page = await site.newPage();
		await openExplorer(page, site.url, '?cat=rally');
		const { shown } = await resultCount(page);
		await page.getByTestId('export').click();
		await page.getByLabel(/Only the .* filtered/).check();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-geojson').click()
		]);
		const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
		assert.equal(doc.features.length, shown);
		assert.ok(doc.features.every((/** @type {any} */ f) => f.properties.category === 'rally'));
		await page.context().close();
	});

	test('where no worker may start, the file is parsed on the page', async () => {
		const page = await site.newPage();
		await page.addInitScript(() => {
			/** @type {any} */ (window).Worker = function () {
				throw new Error('workers are not available');
			};
		});
		await openExplorer(page, site.url);
		await page.getByTestId('open-file-input').setInputFiles({
			name: 'events.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(BAD_ROWS_CSV)
		});
		assert.match(await fileReport(page), /3 events loaded, 2 rows left out/);
		await page.context().close();
	});

	test('a large file is parsed in a worker, with progress, and loads', async () => {
		const page = await site.newPage();
		await openExplorer(page, site.url);
		const rows = ['id,title,summary,start,place,lat,lon,place_precision,category'];
		const filler = 'x'.repeat(200);
		for (let i = 0; i < 5000; i++)
			rows.push(
				`e-${i},Event ${i},${filler},${1900 + (i % 120)},Somewhere,${(i % 160) - 80},${(i % 340) - 170},site,c${i % 5}`
			);
		const text = rows.join('\n');
		assert.ok(text.length > 1_000_000);
		const workers = /** @type {string[]} */ ([]);
		page.on('worker', (w) => workers.push(w.url()));
		await page.getByTestId('open-file-input').setInputFiles({
			name: 'big.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(text)
		});
		await page.getByTestId('file-progress').waitFor();
		assert.match(await fileReport(page), /5,000 events loaded/);
		await waitForCount(page, 5000, 5000);
		assert.ok(
			workers.some((u) => /parseFile\.worker/.test(u)),
			workers.join(', ')
		);
		await page.context().close();
	});
});
