/**
 * Smoke tests: the built site loads in real Chromium, and the harness itself (Chromium lookup,
 * static server) behaves as documented in tests/README.md.
 */
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findChromium, serve } from './browser.js';
import { collectConsoleErrors, EXPLORER, useSite } from './helpers.js';

describe('built site', () => {
	const site = useSite();

	test('/ responds with a heading and the explorer, without errors', async () => {
		const page = await site.newPage();
		const errors = collectConsoleErrors(page);
		const response = await page.goto(site.url);
		assert.equal(response?.status(), 200);
		assert.match(response?.headers()['content-type'] ?? '', /^text\/html/);

		const h1 = page.locator('h1').first();
		await h1.waitFor({ state: 'attached', timeout: 10_000 });
		assert.notEqual((await h1.textContent())?.trim(), '', 'the <h1> has text');
		await page.locator(EXPLORER).first().waitFor({ state: 'attached', timeout: 10_000 });

		await page.waitForLoadState('load');
		assert.deepEqual(errors, [], 'no page errors or console errors while loading /');
		await page.context().close();
	});
});

describe('findChromium', () => {
	test('explains what was tried and how to fix it when no browser exists', () => {
		/** @type {string[]} */
		const warnings = [];
		assert.throws(
			() =>
				findChromium({
					env: { CHROME_PATH: '/nope/chrome' },
					candidates: ['/also/missing/chromium'],
					warn: (message) => warnings.push(message)
				}),
			(error) => {
				assert.ok(error instanceof Error);
				assert.match(error.message, /\/nope\/chrome \(from CHROME_PATH\)/);
				assert.match(error.message, /\/also\/missing\/chromium/);
				assert.match(error.message, /apt-get install -y chromium/);
				assert.match(error.message, /set CHROME_PATH/);
				return true;
			}
		);
		assert.equal(warnings.length, 1, 'a stale CHROME_PATH is reported');
	});

	test('says CHROME_PATH is unset when it is', () => {
		assert.throws(() => findChromium({ env: {}, candidates: [] }), /CHROME_PATH \(not set\)/);
	});

	test('prefers CHROME_PATH, then the first existing candidate', () => {
		const exists = new Set(['/env/chrome', '/b', '/c']);
		const isExecutable = (/** @type {string} */ path) => exists.has(path);
		const candidates = ['/a', '/b', '/c'];
		assert.equal(
			findChromium({ env: { CHROME_PATH: '/env/chrome' }, candidates, isExecutable }),
			'/env/chrome'
		);
		assert.equal(findChromium({ env: {}, candidates, isExecutable }), '/b');
		assert.equal(
			findChromium({ env: { CHROME_PATH: '/gone' }, candidates, isExecutable, warn: () => {} }),
			'/b'
		);
	});

	test('checks real files: an executable counts, a plain file does not', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'chronoatlas-chrome-'));
		try {
			const plain = join(dir, 'plain');
			const executable = join(dir, 'chrome');
			await writeFile(plain, '');
			await writeFile(executable, '#!/bin/sh\n');
			await chmod(executable, 0o755);
			assert.equal(findChromium({ env: {}, candidates: [plain, dir, executable] }), executable);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});

describe('serve', () => {
	/** @type {string} */
	let dir;
	/** @type {{ url: string, close: () => Promise<void> }} */
	let server;

	before(async () => {
		dir = await mkdtemp(join(tmpdir(), 'chronoatlas-serve-'));
		await mkdir(join(dir, '_app'));
		await mkdir(join(dir, 'embed'));
		await Promise.all([
			writeFile(join(dir, 'index.html'), '<h1>home</h1>'),
			writeFile(join(dir, '404.html'), '<h1>missing</h1>'),
			writeFile(join(dir, 'about.html'), '<h1>about</h1>'),
			writeFile(join(dir, 'embed', 'index.html'), '<h1>embed</h1>'),
			writeFile(join(dir, '_app', 'app.js'), 'export {};'),
			writeFile(join(dir, '_app', 'app.css'), 'body{}'),
			writeFile(join(dir, '_app', 'font.woff2'), ''),
			writeFile(join(dir, 'manifest.webmanifest'), '{}'),
			writeFile(join(dir, 'data.json'), '[]'),
			writeFile(join(dir, 'icon.svg'), '<svg/>')
		]);
		server = await serve(dir, { base: '/chronoatlas' });
	});
	after(async () => {
		await server?.close();
		await rm(dir, { recursive: true, force: true });
	});

	/**
	 * @param {string} path
	 * @returns {Promise<{ status: number, type: string | null, body: string, location: string | null }>}
	 */
	async function get(path) {
		const response = await fetch(new URL(path, server.url), { redirect: 'manual' });
		return {
			status: response.status,
			type: response.headers.get('content-type'),
			location: response.headers.get('location'),
			body: await response.text()
		};
	}

	test('listens on 127.0.0.1 under the base path', () => {
		assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/chronoatlas\/$/);
	});

	/** @type {[path: string, status: number, type: string, body: string][]} */
	const table = [
		['/chronoatlas/', 200, 'text/html', '<h1>home</h1>'],
		['/chronoatlas/about', 200, 'text/html', '<h1>about</h1>'],
		['/chronoatlas/embed/', 200, 'text/html', '<h1>embed</h1>'],
		['/chronoatlas/_app/app.js', 200, 'text/javascript', 'export {};'],
		['/chronoatlas/_app/app.css', 200, 'text/css', 'body{}'],
		['/chronoatlas/_app/font.woff2', 200, 'font/woff2', ''],
		['/chronoatlas/manifest.webmanifest', 200, 'application/manifest+json', '{}'],
		['/chronoatlas/data.json', 200, 'application/json', '[]'],
		['/chronoatlas/icon.svg', 200, 'image/svg+xml', '<svg/>'],
		['/chronoatlas/nowhere', 404, 'text/html', '<h1>missing</h1>'],
		['/chronoatlas/..%2f..%2f..%2fetc%2fpasswd', 404, 'text/html', '<h1>missing</h1>'],
		['/index.html', 404, 'text/html', '<h1>missing</h1>']
	];
	for (const [path, status, type, body] of table) {
		test(`GET ${path} → ${status} ${type}`, async () => {
			const response = await get(path);
			assert.equal(response.status, status);
			assert.ok(response.type?.startsWith(type), `content-type ${response.type}`);
			assert.equal(response.body, body);
		});
	}

	test('redirects directories and the bare base path to their trailing slash', async () => {
		assert.deepEqual(
			[await get('/chronoatlas'), await get('/chronoatlas/embed?x=1')].map((r) => [
				r.status,
				r.location
			]),
			[
				[301, '/chronoatlas/'],
				[301, '/chronoatlas/embed/?x=1']
			]
		);
	});
});
