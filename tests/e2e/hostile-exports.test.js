/**
 * The hostile dataset (hostileData.js), opened with the explorer's Open file button and
 * downloaded through every export: our JSON, CSV and GeoJSON from the Export menu, and the
 * TimelineJS JSON the command line writes from the JSON download. Each export opened again in the
 * explorer runs nothing and shows its titles as written; the CSV runs no formula in a
 * spreadsheet; TimelineJS itself, rendering the TimelineJS export slide by slide, runs nothing,
 * gets no handler attribute, script or link other than http(s), and shows each headline as the
 * export wrote it.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXPLORER, READY_TIMEOUT, openExplorer, useSite } from './helpers.js';
import {
	EVENTS,
	STRINGS,
	assertClean,
	assertTitles,
	guard,
	squash,
	useHostileData
} from './hostileData.js';
import { runData } from './testData.js';
import { serveTimelineJs } from './timelineJsHost.js';

const site = useSite();
const hostile = useHostileData();
const FORMATS = ['json', 'csv', 'geojson'];
/** Each export's file name and text, by format (`timelinejs` from the command line). */
const exported = /** @type {Map<string, { name: string, text: string }>} */ (new Map());

/**
 * The cells of a CSV (RFC 4180, comma-separated), for looking at them as a spreadsheet would.
 *
 * @param {string} csv
 * @returns {string[]}
 */
function csvCells(csv) {
	const cells = [];
	for (const m of csv.matchAll(/(?:^|,|\r?\n)(?:"((?:[^"]|"")*)"|([^,\r\n]*))/g))
		cells.push(m[1] === undefined ? (m[2] ?? '') : m[1].replaceAll('""', '"'));
	return cells;
}

/**
 * Open a file with the explorer's Open file button and wait until it is drawn.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {string} text
 */
async function openFile(page, name, text) {
	await page.getByTestId('open-file-input').setInputFiles({
		name,
		mimeType: '',
		buffer: Buffer.from(text)
	});
	await page.getByTestId('file-report').filter({ hasText: name }).waitFor();
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
}

describe('every export of the hostile dataset', () => {
	before(async () => {
		const page = await site.newPage();
		const seen = await guard(page);
		await openExplorer(page, site.url);
		await openFile(page, 'hostile.json', hostile.text);
		for (const format of FORMATS) {
			await page.getByTestId('export').click();
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByTestId(`export-${format}`).click()
			]);
			const text = await readFile(await download.path(), 'utf8');
			exported.set(format, { name: download.suggestedFilename(), text });
		}
		await assertClean(page, seen, 'the explorer, exporting');
		await page.context().close();

		const json = join(hostile.dir, 'export.json');
		const tjs = join(hostile.dir, 'export.timelinejs.json');
		await writeFile(json, exported.get('json')?.text ?? '');
		const r = await runData(['export', json, '--to', 'timelinejs', '--out', tjs]);
		assert.equal(r.code, 0, r.output);
		exported.set('timelinejs', { name: 'timeline.json', text: await readFile(tjs, 'utf8') });
	});

	for (const format of [...FORMATS, 'timelinejs']) {
		test(`the ${format} export, opened again: nothing runs, titles as written`, async () => {
			const file = exported.get(format);
			assert.ok(file && file.text.length > 1000, `an export as ${format}`);
			const page = await site.newPage();
			const seen = await guard(page);
			await openExplorer(page, site.url, '?layout=list');
			await openFile(page, file.name, file.text);
			if (format === 'timelinejs') {
				// TimelineJS text has look-alikes for < > & ' (the export's headlines): compare with those.
				const doc = JSON.parse(file.text);
				const headlines = new Map(
					doc.events.map((/** @type {any} */ e) => [e.unique_id, squash(e.text.headline)])
				);
				const shown = await page
					.locator('[data-testid="event-list"] [data-event-id]')
					.evaluateAll((rows) =>
						rows.map((r) => [
							r.getAttribute('data-event-id'),
							r.querySelector('.title')?.textContent
						])
					);
				assert.equal(shown.length, EVENTS);
				for (const [id, text] of shown)
					assert.equal(squash(text ?? ''), headlines.get(id), id ?? '');
			} else {
				assert.equal(await assertTitles(page, hostile.titles, 'list'), EVENTS);
			}
			for (const k of [0, 5, EVENTS - 1]) {
				await page
					.locator(`[data-testid="event-list"] [data-event-id="e-${k}"] button.pick`)
					.click();
				await page.getByTestId('detail-title').waitFor();
				await assertClean(page, seen, `${format} export: e-${k}`);
			}
			await page.getByRole('combobox', { name: 'Layout' }).selectOption('split');
			await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
			await assertClean(page, seen, `${format} export: timeline and map`);
			assert.deepEqual(seen.errors, []);
			await page.context().close();
		});
	}

	test('the CSV export runs no formula in a spreadsheet', () => {
		const cells = csvCells(exported.get('csv')?.text ?? '');
		assert.ok(cells.length > EVENTS * 10, `${cells.length} cells`);
		// The same rule as the exporter's: = + - @, tab or return first, and not a plain number.
		const formulas = cells.filter(
			(c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(c)
		);
		assert.deepEqual(formulas, []);
		// The corpus's formulas are there, each behind the quote that stops a spreadsheet running it.
		const neutralised = cells.filter((c) => c.startsWith("'") && STRINGS.includes(c.slice(1)));
		assert.ok(neutralised.length >= 5, neutralised.join(' '));
	});

	describe('TimelineJS rendering the TimelineJS export', () => {
		/** @type {{ url: string, close: () => Promise<void> } | undefined} */
		let host;
		before(async () => {
			host = await serveTimelineJs(exported.get('timelinejs')?.text ?? '');
		});
		after(async () => {
			await host?.close();
		});

		test('slide by slide: nothing runs, headlines as exported', async () => {
			const doc = JSON.parse(exported.get('timelinejs')?.text ?? '{}');
			const page = await site.newPage();
			const seen = await guard(page);
			await page.goto(host?.url ?? '');
			await page.waitForFunction(() => Reflect.get(window, '__ready') === true, null, {
				timeout: READY_TIMEOUT
			});
			const scripts = await page.locator('script').count();
			assert.equal(
				squash((await page.locator('.tl-slide-titleslide .tl-headline').textContent()) ?? ''),
				squash(doc.title.text.headline)
			);
			const slides = new Map(doc.events.map((/** @type {any} */ e) => [e.unique_id, e]));
			/** @type {string[]} */
			const visited = [];
			// TimelineJS orders the slides by date: follow its order, eight slides on.
			for (let n = 0; n < 8; n++) {
				await page.evaluate(() => Reflect.get(window, '__timeline').goToNext());
				const id = String(
					await (
						await page.waitForFunction(
							(before) => {
								const current = Reflect.get(window, '__timeline').current_id;
								return current !== before && current;
							},
							visited.at(-1) ?? ''
						)
					).jsonValue()
				);
				visited.push(id);
				const headline = page.locator(`[id=${JSON.stringify(id)}] .tl-headline`);
				// TimelineJS writes headlines as markup, whose parser drops NUL characters.
				assert.equal(
					squash((await headline.textContent()) ?? ''),
					squash(slides.get(id).text.headline.replaceAll('\0', ''))
				);
				await assertClean(page, seen, `TimelineJS, slide ${id}`);
				assert.equal(await page.locator('script').count(), scripts, 'no script added');
			}
			assert.equal(new Set(visited).size, 8, visited.join(' '));
			assert.deepEqual(seen.errors, []);
			await page.context().close();
		});
	});
});
