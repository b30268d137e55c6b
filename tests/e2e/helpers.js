/**
 * Shared helpers for the explorer's browser tests. The contract they rely on (test ids and data
 * attributes) is documented in tests/README.md.
 */
import { mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve } from './browser.js';

/** The repository's root folder. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where `screenshot()` writes (git-ignored). */
export const RESULTS_DIR = join(REPO_ROOT, 'test-results');

/** The explorer root element. */
export const EXPLORER = '[data-testid="explorer"]';

/** How long to wait for the explorer to draw before failing (CI has 2 slow cores). */
export const READY_TIMEOUT = 20_000;

/**
 * @typedef {object} Site
 * @property {string} url the served site root with a trailing slash (set once `before` has run)
 * @property {import('playwright-core').Browser} browser the file's shared browser
 * @property {(options?: import('playwright-core').BrowserContextOptions) =>
 *   Promise<import('playwright-core').Page>} newPage a page in a fresh context (own storage)
 */

/**
 * Register `before`/`after` hooks that serve build/ and launch one browser for this test file,
 * and close both afterwards. Call it at the top level of a test file.
 *
 * @param {object} [options]
 * @param {string} [options.dir] directory to serve (default: the repo's build/)
 * @param {string} [options.base] path prefix, default `BASE_PATH` from the environment
 *   (must match the BASE_PATH the site was built with)
 * @returns {Site} filled in when `before` has run; read its fields inside tests only
 */
export function useSite({
	dir = join(REPO_ROOT, 'build'),
	base = process.env.BASE_PATH ?? ''
} = {}) {
	/** @type {{ url: string, close: () => Promise<void> } | undefined} */
	let server;
	/** @type {import('playwright-core').Browser | undefined} */
	let browser;

	before(async () => {
		// One at a time, so a failed launch still leaves `server` set for after() to close.
		server = await serve(dir, { base });
		browser = await launch();
	});
	after(async () => {
		await Promise.all([browser?.close(), server?.close()]);
	});

	/** @type {Site} */
	const site = {
		get url() {
			if (!server) throw new Error('useSite(): the server starts in before(); use it in tests');
			return server.url;
		},
		get browser() {
			if (!browser) throw new Error('useSite(): the browser starts in before(); use it in tests');
			return browser;
		},
		async newPage(options = {}) {
			const context = await site.browser.newContext({
				viewport: { width: 1280, height: 800 },
				...options
			});
			return context.newPage();
		}
	};
	return site;
}

/**
 * Join the site root and a path/query, e.g. `siteUrl('http://h/base/', '?event=x')`.
 *
 * @param {string} baseUrl site root (from `serve()`), with or without a trailing slash
 * @param {string} [path] e.g. `''`, `?event=abc`, `embed?theme=dark`, `/about`
 * @returns {string}
 */
export function siteUrl(baseUrl, path = '') {
	return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * Open the explorer and wait until it reports `data-ready="true"` (timeline and map drawn).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} baseUrl site root (from `serve()` / `useSite().url`)
 * @param {string} [query] appended after the root, e.g. `?event=moon-landing`
 * @param {{ timeout?: number }} [options]
 * @returns {Promise<import('playwright-core').Locator>} the explorer root
 */
export async function openExplorer(page, baseUrl, query = '', { timeout = READY_TIMEOUT } = {}) {
	const url = siteUrl(baseUrl, query);
	const response = await page.goto(url);
	if (!response?.ok()) {
		throw new Error(`openExplorer: GET ${url} answered ${response?.status() ?? 'nothing'}`);
	}
	const explorer = page.locator(`${EXPLORER}[data-ready="true"]`).first();
	try {
		await explorer.waitFor({ state: 'attached', timeout });
	} catch (error) {
		const found = await page.locator(EXPLORER).count();
		const ready = found
			? await page.locator(EXPLORER).first().getAttribute('data-ready')
			: undefined;
		throw new Error(
			`openExplorer: ${url} never became ready within ${timeout} ms ` +
				(found
					? `(${EXPLORER} exists with data-ready=${JSON.stringify(ready)})`
					: `(no ${EXPLORER} on the page)`),
			{ cause: error }
		);
	}
	return explorer;
}

/**
 * Open the presentation (`/present<query>`) and wait until it is drawn.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} baseUrl site root
 * @param {string} [query] e.g. `?step=3`
 */
export async function openPresent(page, baseUrl, query = '') {
	await page.goto(siteUrl(baseUrl, `present${query}`));
	await page
		.locator('[data-testid="present"][data-ready="true"]')
		.waitFor({ timeout: READY_TIMEOUT });
}

/**
 * Wait until the presentation shows step `n` (0 the title slide).
 *
 * @param {import('playwright-core').Page} page
 * @param {number} n
 */
export async function waitForStep(page, n) {
	await page.waitForFunction(
		(n) =>
			document.querySelector('[data-testid="present"]')?.getAttribute('data-step') === String(n),
		n,
		{ timeout: 5_000 }
	);
}

/**
 * The selected event id from the explorer root's `data-selected` (`''` when none).
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string>}
 */
export async function selectedId(page) {
	return (await page.locator(EXPLORER).first().getAttribute('data-selected')) ?? '';
}

/**
 * Wait until the explorer's selection is `id` (`''` for none); web-first, no sleeps.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} id
 * @param {{ timeout?: number }} [options]
 * @returns {Promise<void>}
 */
export async function waitForSelected(page, id, { timeout = 5_000 } = {}) {
	try {
		await page.waitForFunction(
			({ selector, id }) =>
				(document.querySelector(selector)?.getAttribute('data-selected') ?? '') === id,
			{ selector: EXPLORER, id },
			{ timeout }
		);
	} catch (error) {
		throw new Error(
			`waitForSelected: expected data-selected=${JSON.stringify(id)} within ${timeout} ms, ` +
				`still ${JSON.stringify(await selectedId(page))}`,
			{ cause: error }
		);
	}
}

/**
 * Save a screenshot to `test-results/<name>.png` (directory created as needed). Look at it.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} name file name without extension; characters outside [\w.-] become `-`
 * @param {{ fullPage?: boolean }} [options]
 * @returns {Promise<string>} the absolute path written
 */
export async function screenshot(page, name, { fullPage = false } = {}) {
	await mkdir(RESULTS_DIR, { recursive: true });
	const path = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
	await page.screenshot({ path, fullPage });
	return path;
}

/**
 * Start recording uncaught page errors and `console.error` messages (including the browser's
 * own "Failed to load resource" lines). Call before `goto`; assert the array is empty at the end:
 * `assert.deepEqual(errors, [])`.
 *
 * @param {import('playwright-core').Page} page
 * @returns {string[]} filled as errors happen
 */
export function collectConsoleErrors(page) {
	/** @type {string[]} */
	const errors = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const { url, lineNumber } = message.location();
		errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
	});
	return errors;
}

/**
 * Drop a file on the explorer as a browser does: dragenter (the drop target shows), then drop.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {string} text
 */
export async function dropFile(page, name, text) {
	const dataTransfer = await page.evaluateHandle(
		({ name, text }) => {
			const dt = new DataTransfer();
			dt.items.add(new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : '' }));
			return dt;
		},
		{ name, text }
	);
	await page.dispatchEvent('[data-testid="explorer"]', 'dragenter', { dataTransfer });
	await page.getByTestId('drop-target').waitFor();
	await page.dispatchEvent('[data-testid="explorer"]', 'drop', { dataTransfer });
	await page.getByTestId('drop-target').waitFor({ state: 'detached' });
}

export * from './views.js';
