/**
 * What comes from the record is marked as such: the detail panel shows a "from the record" badge
 * on a date the record gives, a "From the record" section with each fact and its reference, the
 * references under a dispute's record value, and the links a source cites (a report's footnotes)
 * as cited by it. The /about page explains the mark. Expectations come from the bundled dataset.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import {
	collectConsoleErrors,
	openExplorer,
	siteUrl,
	useSite,
	waitForSelected
} from './helpers.js';
import { readBundledDataset } from './testData.js';

const site = useSite();
const DETAIL = '[data-testid="event-detail"]';

/** @type {any[]} */
let events = [];
before(async () => {
	({ events } = await readBundledDataset());
});

test('an event dated and placed from the record shows the mark and every reference', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	const id = 'toronto-rally-2013';
	const ev = events.find((e) => e.id === id);
	await openExplorer(page, site.url, `?event=${id}`);
	await waitForSelected(page, id);

	const badges = page.locator(`${DETAIL} [data-testid="detail-date"] .badge`);
	assert.ok((await badges.allTextContents()).includes('from the record'));

	const section = page.locator(`${DETAIL} [data-testid="detail-record"]`);
	await section.waitFor();
	assert.equal(
		await section.getByRole('heading', { name: 'From the record' }).count(),
		1,
		'the section has its heading'
	);
	const items = section.locator('li[data-about]');
	assert.equal(await items.count(), ev.record.length);
	for (let i = 0; i < ev.record.length; i++) {
		const text = await items.nth(i).textContent();
		assert.ok(text?.includes(ev.record[i].reference), `note ${i} names its reference`);
		assert.ok(text?.includes('From the record'), `note ${i} carries the mark`);
	}
	const links = await section
		.locator('a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	assert.ok(links.length > 0 && links.every((h) => /^https?:\/\//.test(h)), 'links are http(s)');

	const recordValue = page.locator(`${DETAIL} [data-testid="detail-disputes"] .value`, {
		hasText: 'the established record'
	});
	assert.ok((await recordValue.first().textContent())?.includes('JTA'));
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('a link a report cites is shown as cited by it', async () => {
	const page = await site.newPage();
	const id = 'khamenei-flag-collage-post-2020';
	const url = events.find((e) => e.id === id).sources.find((/** @type {any} */ s) => s.url).url;
	await openExplorer(page, site.url, `?event=${id}`);
	await waitForSelected(page, id);
	const cited = page.locator(`${DETAIL} [data-testid="detail-cited-link"]`);
	await cited.first().waitFor();
	assert.match((await cited.first().textContent()) ?? '', /Cited by this source \(footnote 8\)/);
	assert.equal(await cited.first().locator('a').getAttribute('href'), url);
	await page.context().close();
});

test('/about explains "from the record"', async () => {
	const page = await site.newPage();
	await page.goto(siteUrl(site.url, 'about'));
	const heading = page.getByRole('heading', { name: 'From the record' });
	await heading.waitFor();
	assert.equal(await heading.count(), 1);
	await page.context().close();
});
