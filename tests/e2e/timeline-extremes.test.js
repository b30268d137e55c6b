/**
 * Windows at the edges of time: data spanning more than 400 years, a window asked for from year
 * 0 to 9999, and a date 270,000 years ago. Each opens on a window with its events in it, and
 * nothing throws inside vis-timeline.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { collectConsoleErrors, openExplorer, useSite, waitInPage } from './helpers.js';
import { serveData } from './testData.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const site = useSite();
/** @type {string} */
let dir;
/** @type {{ url: string, close: () => Promise<void> }} */
let data;

/** The five fixture events, dated by `starts`. */
const DATASETS = {
	centuries: ['1400', '1500-06', '1700', '1850', '1900-01-01'],
	deep: ['Y-270000', '1500', '1700', '1850', '1900'],
	millennia: ['-9999', '0001', '1700', '5000', '9999-12-31']
};

before(async () => {
	dir = await mkdtemp(join(tmpdir(), 'chronoatlas-extremes-'));
	const raw = JSON.parse(await readFile(join(FIXTURES, 'small-dataset.json'), 'utf8'));
	for (const [name, starts] of Object.entries(DATASETS)) {
		const copy = structuredClone(raw);
		/** @type {{ start: string, end?: string }[]} */
		const events = copy.events;
		events.forEach((e, i) => {
			e.start = starts[i] ?? '2000';
			delete e.end;
		});
		await writeFile(join(dir, `${name}.json`), JSON.stringify(copy));
	}
	data = await serveData(dir);
});
after(async () => {
	await data?.close();
	await rm(dir, { recursive: true, force: true });
});

/**
 * Open `query` and wait until the timeline says how many events are in view: at least `min`.
 * @param {string} query
 * @param {number} min
 */
async function opensWith(query, min) {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	await openExplorer(page, site.url, query);
	await waitInPage(
		page,
		(min) => {
			const text = document.querySelector('[data-testid="timeline-status"]')?.textContent ?? '';
			const n = Number(text.match(/([\d,]+) in view/)?.[1]?.replace(/,/g, '') ?? 0);
			const items = document.querySelectorAll('[data-testid="timeline"] .vis-item').length;
			return n >= min && items > 0;
		},
		min,
		{ message: `expected at least ${min} events in view for ${query}` }
	);
	assert.deepEqual(errors, []);
	await page.context().close();
}

for (const name of Object.keys(DATASETS)) {
	test(`${name}: opens with all five events in view`, async () => {
		await opensWith(`?data=${encodeURIComponent(`${data.url}${name}.json`)}`, 5);
	});
}

test('t=0000-01-01..9999-12-31 opens on the data, not on the empty year 5000', async () => {
	await opensWith('?t=0000-01-01..9999-12-31', 50);
});
