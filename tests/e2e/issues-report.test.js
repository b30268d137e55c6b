/**
 * The issues report of a file with many bad rows: counts by field, the list a page at a time
 * ("Show 200 more" until every issue is listed), and every issue in a downloaded CSV.
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
	waitForCount
} from './helpers.js';

const site = useSite();

const BAD_DATES = 300;
const BAD_LATS = 150;
/** The last row's line (after the header). */
const LAST = 3 + BAD_DATES + BAD_LATS;

/** Two good rows, then 300 rows with a date that is none and 150 with latitude 95. */
function manyBadRows() {
	const lines = [
		'id,title,start,place,lat,lon,place_precision,category',
		'good-1,A rally,2020-05-22,Toronto,43.65,-79.38,city,protest',
		'good-2,A strike,2019-11-02,Paris,48.85,2.35,city,strike'
	];
	for (let k = 0; k < BAD_DATES; k++) {
		lines.push(`bad-date-${k},Bad date,2020-13-45,Toronto,43.65,-79.38,city,protest`);
	}
	for (let k = 0; k < BAD_LATS; k++) {
		lines.push(`bad-lat-${k},Bad latitude,2020,Nowhere,95,10,site,protest`);
	}
	return lines.join('\n');
}

test('a file with 450 bad rows: counts by field, every issue listed by pages, all in a CSV', async () => {
	const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
	const errors = collectConsoleErrors(page);
	await openExplorer(page, site.url);
	await page.getByTestId('open-file-input').setInputFiles({
		name: 'big.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(manyBadRows())
	});
	await waitForCount(page, 2, 2);
	const report = page.getByTestId('dataset-issues');
	await report.getByText(`${BAD_DATES + BAD_LATS} rows could not be loaded`).waitFor();

	// The counts by field: every bad row is in one of them.
	const groups = report.getByTestId('issue-groups');
	const rows = await groups.locator('tbody tr').allInnerTexts();
	assert.equal(rows.length, 3, rows.join('\n'));
	// The rows without a source are warned about too (the file has no sources column).
	const warned = /^sources \(warning\)\s+(\d+)\s+row 2: expected at least one source/.exec(
		rows[2] ?? ''
	);
	assert.ok(warned, rows[2]);
	assert.match(rows[0] ?? '', new RegExp(`^start\\s+${BAD_DATES}\\s+row 4: expected`));
	assert.match(rows[1] ?? '', new RegExp(`^place\\.lat\\s+${BAD_LATS}\\s+row ${4 + BAD_DATES}:`));
	const TOTAL = BAD_DATES + BAD_LATS + Number(warned[1]);
	assert.ok(TOTAL > 600 && TOTAL < 800, `${TOTAL} issues`);

	// A page at a time, until every issue is listed.
	const items = report.locator('li');
	assert.equal(await items.count(), 200);
	await report.getByText(`Showing 200 of ${TOTAL}.`).waitFor();
	await report.getByRole('button', { name: 'Show 200 more' }).click();
	await report.getByText(`Showing 400 of ${TOTAL}.`).waitFor();
	assert.equal(await items.count(), 400);
	await screenshot(page, 'issues-report');
	const violations = await axeScan(page, { include: '[data-testid="dataset-issues"]' });
	assert.deepEqual(violations, [], formatViolations(violations));
	await report.getByRole('button', { name: 'Show 200 more' }).click();
	await report.getByRole('button', { name: `Show ${TOTAL - 600} more` }).click();
	await report.getByRole('button', { name: /Show \d+ more/ }).waitFor({ state: 'detached' });
	assert.equal(await items.count(), TOTAL);
	await report.getByText(`big.csv:${LAST}:place.lat: [bad-lat-149]`, { exact: false }).waitFor();

	// Every issue, with its row and field, in the downloaded CSV.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		report.getByRole('button', { name: 'Download all issues (CSV)' }).click()
	]);
	assert.equal(download.suggestedFilename(), 'big-csv-issues.csv');
	const csv = (await readFile(await download.path(), 'utf8')).trimEnd().split('\n');
	assert.equal(csv[0], 'file,row,field,severity,id,expected,received');
	assert.equal(csv.length, TOTAL + 1);
	assert.ok(csv.some((l) => l.startsWith('big.csv,4,start,error,bad-date-0,')));
	assert.ok(csv.some((l) => l.startsWith(`big.csv,${LAST},place.lat,error,bad-lat-149,`)));
	assert.deepEqual(errors, []);
	await page.context().close();
});
