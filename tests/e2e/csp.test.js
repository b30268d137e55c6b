/**
 * The Content-Security-Policy is in every built page, allows no inline script but the hashed
 * ones and no eval, and the app works under it: every page of the build (found by listing the
 * build, so routes added later are covered), the explorer with a `?data=` dataset, online tiles,
 * a selection and the filters, with no violation reported and no console error.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { collectConsoleErrors, EXPLORER, READY_TIMEOUT, REPO_ROOT, useSite } from './helpers.js';
import { serveData } from './testData.js';
import { BUILD, builtPages, routeOf } from './builtPages.js';

const site = useSite();
/** @type {{ url: string, close: () => Promise<void> }} */
let data;
before(async () => {
	data = await serveData(join(REPO_ROOT, 'tests', 'e2e', 'fixtures'));
});
after(async () => {
	await data?.close();
});

/** The policy's directives, from a page's meta tag. */
const POLICY = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

/**
 * @param {string} policy
 * @returns {Map<string, string[]>}
 */
function directives(policy) {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [/** @type {string} */ (name), values])
	);
}

/**
 * A page that records policy violations (from before the first script runs) and console errors.
 * @returns {Promise<{ page: import('playwright-core').Page, problems: () => Promise<string[]> }>}
 */
async function watchedPage() {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	await page.addInitScript(() => {
		/** @type {string[]} */
		const seen = [];
		Reflect.set(window, '__cspViolations', seen);
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`
			)
		);
	});
	const problems = async () => [
		...errors,
		...(await page.evaluate(
			() => /** @type {string[]} */ (Reflect.get(window, '__cspViolations') ?? [])
		))
	];
	return { page, problems };
}

test('every built page carries the policy: hashed scripts only, no eval', async () => {
	const files = await builtPages();
	assert.ok(files.includes('index.html') && files.includes('about.html'), files.join(', '));
	for (const file of files) {
		const html = await readFile(join(BUILD, file), 'utf8');
		const policy = html.match(POLICY)?.[1];
		assert.ok(policy, `${file}: no Content-Security-Policy meta tag`);
		const d = directives(policy);
		const scripts = d.get('script-src') ?? [];
		assert.ok(scripts.includes("'self'"), `${file}: ${policy}`);
		for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'", 'data:', '*'])
			assert.ok(!scripts.includes(bad), `${file}: script-src allows ${bad}`);
		assert.ok(!(d.get('default-src') ?? []).includes("'unsafe-eval'"));
		assert.deepEqual(d.get('object-src'), ["'none'"], file);
		assert.ok((d.get('img-src') ?? []).includes('https:'), `${file}: dataset images`);
		assert.ok((d.get('connect-src') ?? []).includes('https:'), `${file}: ?data= from anywhere`);
		// Every inline script in the page is allowed by one of the hashes.
		const inline = [
			...html.matchAll(
				/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g
			)
		];
		const { createHash } = await import('node:crypto');
		for (const [, body] of inline) {
			const hash = `'sha256-${createHash('sha256')
				.update(body ?? '')
				.digest('base64')}'`;
			assert.ok(scripts.includes(hash), `${file}: an inline script is not in script-src`);
		}
	}
});

test('every built page works under the policy, with nothing reported', async () => {
	for (const file of await builtPages()) {
		const { page, problems } = await watchedPage();
		const route = routeOf(file);
		await page.goto(site.url + route);
		await page.waitForLoadState('load');
		if (await page.locator(EXPLORER).count()) {
			await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
		} else {
			await page.locator('main').first().waitFor();
		}
		assert.equal(await page.locator('meta[http-equiv="content-security-policy"]').count(), 1, file);
		// The 404 page says so itself (the status, and SvelteKit's router naming the path).
		const expected = file === '404.html' ? /status of 404|Not found: \/no-such-page/ : null;
		const found = (await problems()).filter((p) => !expected?.test(p));
		assert.deepEqual(found, [], `${file} (${route || '/'})`);
		await page.context().close();
	}
});

test('the explorer works under the policy: ?data=, online tiles, a selection, the filters', async () => {
	const { page, problems } = await watchedPage();
	await page.context().route(/tile\.openstreetmap\.org/, (route) =>
		route.fulfill({
			status: 200,
			contentType: 'image/png',
			body: Buffer.from(
				'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
				'base64'
			)
		})
	);
	await page.goto(`${site.url}?data=${encodeURIComponent(`${data.url}small-dataset.json`)}`);
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	await page.getByRole('heading', { level: 1, name: 'Harbour fixture: five events' }).waitFor();
	await page.getByRole('checkbox', { name: 'Online map tiles' }).check();
	await page.waitForFunction(() => document.querySelector('.leaflet-tile-loaded') !== null);
	await page.locator('[data-testid="event-list"] [data-event-id] button').first().click();
	await page.waitForFunction(
		(sel) => document.querySelector(sel)?.getAttribute('data-selected') !== '',
		EXPLORER
	);
	await page.getByRole('searchbox').first().fill('harbour');
	await page.getByRole('link', { name: 'Sources and method' }).click();
	await page.getByTestId('loaded-licence').waitFor();
	assert.deepEqual(await problems(), []);
	await page.context().close();
});

// The check above can fail: an inline script injected into the page is blocked and reported.
test('an injected inline script is blocked and reported', async () => {
	const { page, problems } = await watchedPage();
	await page.goto(site.url);
	await page.locator(`${EXPLORER}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT });
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__cspCanary = 1';
		document.body.append(s);
		const img = document.createElement('img');
		img.setAttribute('onerror', 'window.__cspCanary = 2');
		img.src = 'data:,x';
		document.body.append(img);
	});
	await page.waitForFunction(
		() => /** @type {string[]} */ (Reflect.get(window, '__cspViolations')).length >= 2
	);
	assert.equal(await page.evaluate(() => Reflect.get(window, '__cspCanary')), undefined);
	assert.ok((await problems()).some((p) => /script-src/.test(p)));
	await page.context().close();
});
