/**
 * `?data=` against a server that misbehaves: one that never answers (a short time limit set by
 * the test on the page, never by a URL parameter), a 404, a web page instead of data, a refused
 * cross-origin request, a server that fails once. Each ends in a clear message with Retry and
 * Cancel; Cancel, while loading or after, goes back to the bundled dataset and drops `data=`.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { listenLocal } from './browser.js';
import { EXPLORER, READY_TIMEOUT, siteUrl, useSite, waitInPage } from './helpers.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const BUNDLED_TITLE = 'Quds Day, 1979–2025';
const site = useSite();

/** @type {{ url: string, close: () => Promise<void>, hits: Map<string, number> }} */
let faults;

/**
 * A data host with one route per fault. `/never` keeps the request open without a word.
 * @returns {Promise<typeof faults>}
 */
async function serveFaults() {
	const good = await readFile(join(FIXTURES, 'small-dataset.json'));
	/** @type {Map<string, number>} */
	const hits = new Map();
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		hits.set(path, (hits.get(path) ?? 0) + 1);
		const cors = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
		const json = { ...cors, 'Content-Type': 'application/json' };
		if (path === '/never.json') return;
		if (path === '/page.json') {
			res.writeHead(200, { ...cors, 'Content-Type': 'text/html' });
			return res.end('<!doctype html><html><body><h1>Sign in</h1></body></html>');
		}
		if (path === '/no-cors.json') {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			return res.end(good);
		}
		if (path === '/flaky.json' && hits.get(path) === 1) {
			res.writeHead(503, { ...cors, 'Content-Type': 'text/plain' });
			return res.end('busy');
		}
		if (path === '/flaky.json') {
			res.writeHead(200, json);
			return res.end(good);
		}
		res.writeHead(404, { ...cors, 'Content-Type': 'text/plain' });
		res.end('not found');
	});
	return { ...(await listenLocal(server)), hits };
}

before(async () => {
	faults = await serveFaults();
});
after(async () => {
	await faults?.close();
});

/**
 * Open `?data=<faults path>`, with a time limit in ms set on the page before it loads.
 * @param {string} path
 * @param {number} [timeoutMs]
 */
async function openFault(path, timeoutMs) {
	const page = await site.newPage();
	/** @type {string[]} */
	const errors = [];
	page.on('pageerror', (e) => errors.push(e.message));
	if (timeoutMs) {
		await page.addInitScript((ms) => {
			Reflect.set(window, '__chronoatlasFetchTimeoutMs', ms);
		}, timeoutMs);
	}
	await page.goto(siteUrl(site.url, `?data=${encodeURIComponent(faults.url + path)}`));
	return { page, errors };
}

/**
 * The error notice: its text, with Retry and Cancel.
 * @param {import('playwright-core').Page} page
 * @param {boolean} [retry]
 */
async function errorNotice(page, retry = true) {
	const notice = page.getByTestId('load-error');
	await notice.waitFor({ timeout: READY_TIMEOUT });
	assert.equal(await notice.getAttribute('role'), 'alert');
	assert.equal(await notice.getByRole('button', { name: 'Retry' }).count(), retry ? 1 : 0);
	assert.equal(await notice.getByRole('button', { name: 'Cancel' }).count(), 1);
	return notice;
}

/**
 * Cancel goes back to the bundled dataset, without the message and without `data=`.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} scope where the Cancel button is
 */
async function cancelToBundled(page, scope) {
	await scope.getByRole('button', { name: 'Cancel' }).click();
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor();
	assert.equal(await page.getByTestId('load-error').count(), 0);
	assert.equal(await page.getByTestId('load-progress').count(), 0);
	await waitInPage(page, () => !new URL(location.href).searchParams.has('data'), null, {
		message: 'expected data= to be dropped from the address'
	});
	// …and no queued write of the explorer's state puts it back.
	await page.waitForTimeout(600);
	assert.equal(new URL(page.url()).searchParams.get('data'), null, 'data= dropped');
}

test('a server that never answers: a time limit, then Retry and Cancel', async () => {
	const { page, errors } = await openFault('never.json', 700);
	await page.getByTestId('load-progress').getByRole('button', { name: 'Cancel' }).waitFor();
	const notice = await errorNotice(page);
	assert.match(await notice.innerText(), /did not answer within 0\.7 seconds/);
	// Retry asks again (and waits again).
	const before = faults.hits.get('/never.json') ?? 0;
	await notice.getByRole('button', { name: 'Retry' }).click();
	await page.getByTestId('load-progress').waitFor();
	await errorNotice(page);
	assert.equal(faults.hits.get('/never.json'), before + 1);
	await cancelToBundled(page, page.getByTestId('load-error'));
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('Cancel while a download waits goes back to the bundled dataset', async () => {
	const { page, errors } = await openFault('never.json');
	const progress = page.getByTestId('load-progress');
	await progress.waitFor();
	assert.match(await progress.innerText(), /Loading .*never\.json/);
	await cancelToBundled(page, progress);
	// A reload does not ask for the data again.
	await page.reload();
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	assert.equal(await page.getByTestId('load-progress').count(), 0);
	assert.deepEqual(errors, []);
	await page.context().close();
});

/** @type {[path: string, message: RegExp][]} */
const FAULTS = [
	['missing.json', /answered 404 Not Found\. There is no file at this address/],
	['page.json', /is a web page, not data/],
	['no-cors.json', /the request failed .*allows other sites to read it \(CORS\)/]
];
for (const [path, message] of FAULTS) {
	test(`${path}: a clear message, Retry and Cancel`, async () => {
		const { page, errors } = await openFault(path);
		const notice = await errorNotice(page);
		assert.match(await notice.innerText(), message);
		assert.match(await notice.innerText(), /Showing .* instead/);
		await cancelToBundled(page, notice);
		assert.deepEqual(errors, []);
		await page.context().close();
	});
}

test('Retry loads a dataset whose server failed once', async () => {
	const { page, errors } = await openFault('flaky.json');
	const notice = await errorNotice(page);
	assert.match(await notice.innerText(), /answered 503/);
	await notice.getByRole('button', { name: 'Retry' }).click();
	await page.getByRole('heading', { level: 1, name: 'Harbour fixture: five events' }).waitFor();
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	assert.equal(await page.getByTestId('load-error').count(), 0);
	assert.deepEqual(errors, []);
	await page.context().close();
});
