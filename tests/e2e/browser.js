/**
 * Browser-test harness: find a system Chromium, launch it headless through playwright-core,
 * serve the static build the way a static host would, and run axe / layout checks.
 *
 * Plain ESM with JSDoc types so Node runs it without a build step. playwright-core is imported
 * lazily in `launch()`, so `findChromium()` also works before `npm ci` (used by `.ci/run`).
 */
import { accessSync, constants, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * Where Chromium or Chrome usually lives, in the order tried after `CHROME_PATH`.
 * Debian's package comes first: it is what CI installs.
 */
export const CHROMIUM_CANDIDATES = Object.freeze([
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/opt/google/chrome/chrome',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
]);

/**
 * Flags for a quiet, deterministic headless run in containers: no sandbox (CI runs as root),
 * no GPU, no QUIC, and no background traffic (updates, sync, component downloads).
 * `--disable-dev-shm-usage` because containers often give /dev/shm only 64 MB.
 */
export const CHROMIUM_ARGS = Object.freeze([
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
]);

/**
 * @param {string} path
 * @returns {boolean} whether `path` is an executable regular file
 */
function isExecutableFile(path) {
	try {
		accessSync(path, constants.X_OK);
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/**
 * Find a Chromium/Chrome executable: `CHROME_PATH` first, then {@link CHROMIUM_CANDIDATES}.
 * A `CHROME_PATH` that points at nothing is reported on stderr and the usual paths are tried.
 *
 * @param {object} [options] overrides, for tests
 * @param {Record<string, string | undefined>} [options.env] environment to read `CHROME_PATH` from
 *   (default `process.env`)
 * @param {readonly string[]} [options.candidates] paths tried after `CHROME_PATH`
 *   (default {@link CHROMIUM_CANDIDATES})
 * @param {(path: string) => boolean} [options.isExecutable] existence check (default: an
 *   executable regular file)
 * @param {(message: string) => void} [options.warn] where the stale-`CHROME_PATH` notice goes
 * @returns {string} the absolute path of the browser executable
 * @throws {Error} when no candidate exists; the message lists every path tried and how to fix it
 */
export function findChromium({
	env = process.env,
	candidates = CHROMIUM_CANDIDATES,
	isExecutable = isExecutableFile,
	warn = (message) => console.warn(message)
} = {}) {
	const fromEnv = env.CHROME_PATH?.trim();
	if (fromEnv) {
		if (isExecutable(fromEnv)) return fromEnv;
		warn(`CHROME_PATH=${fromEnv} is not an executable file; trying the usual paths.`);
	}
	const found = candidates.find((path) => isExecutable(path));
	if (found) return found;

	const tried = [
		fromEnv ? `${fromEnv} (from CHROME_PATH)` : 'CHROME_PATH (not set)',
		...candidates
	];
	throw new Error(
		[
			'No Chromium or Chrome executable found for the browser tests.',
			'Tried:',
			...tried.map((path) => `  - ${path}`),
			'Fix: install Chromium (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`)',
			'     or set CHROME_PATH to an existing Chrome/Chromium binary,',
			'     e.g. CHROME_PATH=/path/to/chrome npm run test:e2e'
		].join('\n')
	);
}

/**
 * Launch headless Chromium through playwright-core (which never downloads a browser).
 *
 * @param {import('playwright-core').LaunchOptions} [options] merged over the defaults;
 *   `args` are appended to {@link CHROMIUM_ARGS}
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launch(options = {}) {
	const { chromium } = await import('playwright-core');
	const { args = [], ...rest } = options;
	return chromium.launch({
		executablePath: rest.executablePath ?? findChromium(),
		headless: true,
		...rest,
		args: [...CHROMIUM_ARGS, ...args]
	});
}

/** Content types for what a SvelteKit static build (and our data files) contains. */
const MIME_TYPES = /** @type {Record<string, string>} */ ({
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.topojson': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf'
});

/**
 * @param {string} path
 * @returns {Promise<import('node:fs').Stats | undefined>}
 */
async function statOrUndefined(path) {
	try {
		return await stat(path);
	} catch {
		return undefined;
	}
}

/**
 * @param {string | undefined} base e.g. `/chronoatlas`, `chronoatlas/` or `''`
 * @returns {string} `''` or a prefix with a leading and no trailing slash
 */
function normalizeBase(base) {
	const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}` : '';
}

/**
 * Serve a static directory like a static host (GitHub Pages, Netlify) serves a SvelteKit
 * adapter-static build: `index.html` for directories (redirecting `/dir` to `/dir/`),
 * `<path>.html` for extensionless paths, and `404.html` with status 404 for anything else.
 * Listens on 127.0.0.1 only; port 0 picks a free port.
 *
 * @param {string} dir the directory to serve (e.g. `build`)
 * @param {object} [options]
 * @param {number} [options.port] default 0 (ephemeral)
 * @param {string} [options.base] path prefix the site lives under, e.g. `/chronoatlas`
 *   (match the build's BASE_PATH); requests outside it get the 404 page
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} `url` is the site root with a
 *   trailing slash, e.g. `http://127.0.0.1:41234/chronoatlas/`
 */
export async function serve(dir, { port = 0, base = '' } = {}) {
	const root = resolve(dir);
	const prefix = normalizeBase(base);

	/**
	 * @param {import('node:http').ServerResponse} res
	 * @param {number} status
	 * @param {string} file
	 * @param {boolean} head
	 */
	async function sendFile(res, status, file, head) {
		const body = await readFile(file);
		res.writeHead(status, {
			'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
			'Content-Length': body.length,
			'Cache-Control': 'no-store'
		});
		res.end(head ? undefined : body);
	}

	/**
	 * @param {import('node:http').ServerResponse} res
	 * @param {boolean} head
	 */
	async function notFound(res, head) {
		const page = join(root, '404.html');
		if ((await statOrUndefined(page))?.isFile()) return sendFile(res, 404, page, head);
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
		res.end(head ? undefined : 'Not found');
	}

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 */
	async function handle(req, res) {
		const head = req.method === 'HEAD';
		if (req.method !== 'GET' && !head) {
			res.writeHead(405, { Allow: 'GET, HEAD' });
			return res.end();
		}
		const url = new URL(req.url ?? '/', 'http://localhost');
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400);
			return res.end();
		}
		if (prefix && pathname === prefix) {
			res.writeHead(301, { Location: `${prefix}/${url.search}` });
			return res.end();
		}
		if (prefix && !pathname.startsWith(`${prefix}/`)) return notFound(res, head);
		const relative = pathname.slice(prefix.length);
		const file = normalize(join(root, relative));
		if (file !== root && !file.startsWith(root + sep)) return notFound(res, head);

		const info = await statOrUndefined(file);
		if (info?.isFile()) return sendFile(res, 200, file, head);
		if (!relative.endsWith('/')) {
			const html = `${file}.html`;
			if ((await statOrUndefined(html))?.isFile()) return sendFile(res, 200, html, head);
		}
		if (info?.isDirectory()) {
			if (!relative.endsWith('/')) {
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
				return res.end();
			}
			const index = join(file, 'index.html');
			if ((await statOrUndefined(index))?.isFile()) return sendFile(res, 200, index, head);
		}
		return notFound(res, head);
	}

	const server = createServer((req, res) => {
		handle(req, res).catch((error) => {
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(String(error));
		});
	});
	return listenLocal(server, { port, prefix });
}

/**
 * Start `server` on 127.0.0.1 (`port` 0: any free one) and give its URL (with `prefix`) and a
 * close() that does not wait for the browser's keep-alive sockets.
 *
 * @param {import('node:http').Server} server
 * @param {{ port?: number, prefix?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function listenLocal(server, { port = 0, prefix = '' } = {}) {
	await new Promise((resolveListen, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolveListen(undefined));
	});
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}${prefix}/`,
		close: () =>
			new Promise((resolveClose, reject) => {
				// Keep-alive sockets from the browser would otherwise hold close() open.
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolveClose(undefined)));
			})
	};
}

export { axeScan, formatViolations } from './axe.js';

/**
 * Assert the page does not scroll sideways (`scrollWidth <= clientWidth` on the root element).
 * Throws with the widths and the elements sticking out, so a failure says what to fix.
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ scrollWidth: number, clientWidth: number }>}
 */
export async function checkNoHorizontalOverflow(page) {
	const result = await page.evaluate(() => {
		const { scrollWidth, clientWidth } = document.documentElement;
		/** @type {string[]} */
		const offenders = [];
		if (scrollWidth > clientWidth) {
			for (const el of document.body.querySelectorAll('*')) {
				const rect = el.getBoundingClientRect();
				if (rect.right > clientWidth + 0.5 && rect.width > 0) {
					const id = el.id ? `#${el.id}` : '';
					const testId = el.getAttribute('data-testid');
					const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
					offenders.push(
						`${el.tagName.toLowerCase()}${id}${testId ? `[data-testid=${testId}]` : ''}${cls} ` +
							`(right edge ${Math.round(rect.right)}px)`
					);
					if (offenders.length >= 10) break;
				}
			}
		}
		return { scrollWidth, clientWidth, offenders };
	});
	if (result.scrollWidth > result.clientWidth) {
		throw new Error(
			`Horizontal overflow at ${page.url()}: document scrollWidth ${result.scrollWidth}px > ` +
				`clientWidth ${result.clientWidth}px. Elements past the right edge:\n  ` +
				result.offenders.join('\n  ')
		);
	}
	return { scrollWidth: result.scrollWidth, clientWidth: result.clientWidth };
}
