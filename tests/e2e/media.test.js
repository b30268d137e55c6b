/**
 * Media: an event's image shows with its caption and credit in the detail panel and on the
 * presentation step; an image that cannot load gives way to its alt text (no broken icon); a
 * video is a titled link, not an embed. A dataset's stories (meta.stories) are presented, and
 * autoplay moves on by itself until a key pauses it. Nothing but the site itself is requested.
 */
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { collectConsoleErrors, openExplorer, screenshot, useSite } from './helpers.js';
import { serveData } from './testData.js';

const site = useSite();
/** @type {{ url: string, close: () => Promise<void> } | undefined} */
let host;
let dataUrl = '';

/**
 * @param {string} id
 * @param {string} start
 * @param {Record<string, unknown>} [extra]
 */
const event = (id, start, extra = {}) => ({
	id,
	title: `Event ${id}`,
	summary: `What happened at ${id}.`,
	start,
	category: 'c',
	place: { name: 'Toronto', precision: 'city', lat: 43.65, lon: -79.38, country: 'CA' },
	sources: [{ source: 's', locator: 'p. 1' }],
	...extra
});

before(async () => {
	const dir = await mkdtemp(join(tmpdir(), 'chronoatlas-media-'));
	const image = `${site.url.replace(/\/?$/, '/')}favicon.svg`;
	const dataset = {
		meta: {
			title: 'Media test',
			licence: 'CC0',
			categories: [{ id: 'c', label: 'Rally', colour: '#1f77b4' }],
			stories: [
				{
					id: 'pictures',
					title: 'A story with pictures',
					intro: 'Three steps.',
					steps: [
						{ event: 'with-image', note: 'Show the picture.' },
						{ event: 'broken' },
						{ event: 'video' }
					]
				}
			]
		},
		sources: [
			{
				id: 's',
				title: 'A report',
				publisher: 'A publisher',
				type: 'report',
				perspective: 'A view'
			}
		],
		events: [
			event('with-image', '2001-05-01', {
				media: {
					url: image,
					kind: 'image',
					alt: 'The Chronoatlas logo',
					caption: 'A caption for the image',
					credit: 'A photographer',
					licence: 'CC BY 4.0'
				}
			}),
			event('broken', '2002-05-01', {
				media: {
					url: `${image}.missing`,
					kind: 'image',
					alt: 'A crowd in a square',
					credit: 'Someone'
				}
			}),
			event('video', '2003-05-01', {
				media: { url: 'https://video.example.org/watch?v=1', kind: 'video', caption: 'The speech' }
			})
		]
	};
	await writeFile(join(dir, 'media.json'), JSON.stringify(dataset));
	host = await serveData(dir);
	dataUrl = `${host.url}media.json`;
});
after(async () => host?.close());

test('the detail panel shows an image with its caption and credit, or its alt text', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url, `?data=${encodeURIComponent(dataUrl)}&event=with-image`);
	const figure = page.locator('[data-testid="event-detail"] [data-testid="event-media"]');
	await figure.locator('img').waitFor();
	assert.equal(await figure.locator('img').getAttribute('alt'), 'The Chronoatlas logo');
	await page.waitForFunction(() => {
		const img = document.querySelector('[data-testid="event-media"] img');
		return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
	});
	const caption = (await figure.locator('figcaption').textContent()) ?? '';
	assert.match(caption, /A caption for the image/);
	assert.match(caption, /Credit: A photographer · CC BY 4.0/);

	await page.goto(`${site.url}?data=${encodeURIComponent(dataUrl)}&event=broken`);
	const broken = page.locator('[data-testid="event-detail"] [data-testid="media-broken"]');
	await broken.waitFor();
	assert.match((await broken.textContent()) ?? '', /Image not available: A crowd in a square/);
	assert.equal(
		await page.locator('[data-testid="event-detail"] [data-testid="event-media"] img').count(),
		0
	);
	assert.match(
		(await page.locator('[data-testid="event-media"] figcaption').textContent()) ?? '',
		/Someone/
	);

	await page.goto(`${site.url}?data=${encodeURIComponent(dataUrl)}&event=video`);
	const link = page.locator('[data-testid="event-detail"] [data-testid="event-media"] a');
	await link.waitFor();
	assert.equal(await link.getAttribute('href'), 'https://video.example.org/watch?v=1');
	assert.match((await link.textContent()) ?? '', /Video:\s*The speech/);
	assert.equal(await page.locator('iframe, video').count(), 0, 'nothing embedded');
	await page.context().close();
});

test('a dataset story presents with media; autoplay moves on until a key pauses it', async () => {
	const page = await site.newPage({ viewport: { width: 1920, height: 1080 } });
	const errors = collectConsoleErrors(page);
	/** @type {string[]} */
	const foreign = [];
	const allowed = [new URL(site.url).origin, new URL(dataUrl).origin];
	page.on('request', (r) => {
		if (!allowed.includes(new URL(r.url()).origin)) foreign.push(r.url());
	});
	await page.clock.install();
	await page.goto(`${site.url}present?data=${encodeURIComponent(dataUrl)}`);
	await page.locator('[data-testid="present"][data-ready="true"]').waitFor({ timeout: 20_000 });
	assert.equal(await page.getByTestId('present-deck-title').textContent(), 'A story with pictures');
	await page.keyboard.press('ArrowRight');
	const img = page.locator('[data-testid="present-step"] [data-testid="event-media"] img');
	await img.waitFor();
	await screenshot(page, 'present-step-media-1920');

	await page.getByTestId('present-autoplay').selectOption('5');
	await page.clock.runFor(5_100);
	await page.waitForFunction(
		() => document.querySelector('[data-testid="present"]')?.getAttribute('data-step') === '2'
	);
	// Any key pauses it: the step stays however long we wait.
	await page.keyboard.press('x');
	await page.clock.runFor(20_000);
	assert.equal(await page.locator('[data-testid="present"]').getAttribute('data-step'), '2');
	assert.equal(await page.getByTestId('present-autoplay').inputValue(), '0');
	assert.deepEqual(foreign, [], 'no request leaves the site and the data host');
	// The missing image of step 2 is expected to fail to load; nothing else may.
	assert.deepEqual(
		errors.filter((e) => !e.includes('favicon.svg.missing') && !/404/.test(e)),
		[]
	);
	await page.context().close();
});
