/**
 * One origin for everything the benchmark loads: the built site (through `serve()` from the e2e
 * harness, behind a small proxy) plus the benchmark's own paths, so `?data=/bench-data/…` is a
 * same-origin fetch and the comparison pages load their libraries from node_modules.
 *
 * | path                      | served from                                              |
 * | ------------------------- | -------------------------------------------------------- |
 * | `/bench-data/*`           | the generated datasets (bench/results/data)              |
 * | `/bench-pages/*`          | bench/pages                                              |
 * | `/bench-lib/vis-timeline/*` | node_modules/vis-timeline/standalone/umd               |
 * | `/bench-lib/timelinejs/*` | node_modules/@knight-lab/timelinejs/dist                 |
 * | `/bench-lib/leaflet/*`    | node_modules/leaflet/dist                                |
 * | anything else             | the build, as a static host serves it                    |
 *
 * Like a static host (GitHub Pages, Netlify), it gzips text (HTML, JS, CSS, JSON) for clients
 * that accept it, so download sizes and Lighthouse's simulated network see what a reader's
 * browser gets. Compressed bodies are cached in memory (`warm()` fills the cache up front, so
 * compressing a 60 MB dataset never lands inside a measurement).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { serve } from '../../tests/e2e/browser.js';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.eot': 'application/vnd.ms-fontobject',
	'.txt': 'text/plain; charset=utf-8'
};

const gzip = promisify(gzipCallback);

/** Types worth compressing. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|geo\+json|manifest\+json)|image\/svg)/;

/** @type {Map<string, { mtimeMs: number, body: Buffer, gz: Buffer }>} */
const cache = new Map();

/**
 * A file's body and its gzipped form, cached while the file does not change.
 *
 * @param {string} file
 * @param {number} mtimeMs
 * @returns {Promise<{ body: Buffer, gz: Buffer }>}
 */
async function compressed(file, mtimeMs) {
	const hit = cache.get(file);
	if (hit && hit.mtimeMs === mtimeMs) return hit;
	const body = await readFile(file);
	const entry = { mtimeMs, body, gz: await gzip(body) };
	cache.set(file, entry);
	return entry;
}

/**
 * Start the server.
 *
 * @param {object} options
 * @param {string} options.build the built site (build/)
 * @param {Record<string, string>} options.mounts URL prefix (e.g. `/bench-data/`) → directory
 * @param {boolean} [options.compress] gzip text for clients that accept it (default true)
 * @returns {Promise<{ url: string, warm: (paths: string[]) => Promise<void>,
 *   close: () => Promise<void> }>} `url` ends with a slash; `warm(paths)` compresses the files
 *   behind these site paths now
 */
export async function startServer({ build, mounts, compress = true }) {
	const site = await serve(build);
	const buildRoot = resolve(build);
	const upstream = new URL(site.url);
	const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);

	/**
	 * The file behind a site path: in a mount, or in the build (exact files only; the build's
	 * directory indexes go through the proxy).
	 *
	 * @param {string} pathname
	 * @returns {Promise<{ file: string, info: import('node:fs').Stats } | null>}
	 */
	async function locate(pathname) {
		const hit = roots.find(([prefix]) => pathname.startsWith(prefix));
		const [prefix, dir] = hit ?? ['/', buildRoot];
		const file = normalize(join(dir, pathname.slice(prefix.length)));
		if (!file.startsWith(dir + sep)) return null;
		const info = await stat(file).catch(() => null);
		return info?.isFile() ? { file, info } : null;
	}

	/**
	 * Serve a mounted file, or a build file to a client that accepts gzip.
	 *
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @returns {Promise<boolean>} whether it answered
	 */
	async function direct(req, res) {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const mounted = roots.some(([prefix]) => pathname.startsWith(prefix));
		const gz = compress && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		if (!mounted && !gz) return false;
		// Pages are `name.html` behind an extensionless path, as static hosts serve them.
		const found =
			(await locate(pathname === '/' ? '/index.html' : pathname)) ??
			(extname(pathname) ? null : await locate(`${pathname.replace(/\/$/, '')}.html`));
		if (!found) {
			if (!mounted) return false;
			res.writeHead(404, { 'Content-Type': 'text/plain' });
			res.end('Not found');
			return true;
		}
		const type = TYPES[extname(found.file)] ?? 'application/octet-stream';
		const zip = gz && COMPRESSIBLE.test(type);
		const { body, gz: packed } = zip
			? await compressed(found.file, found.info.mtimeMs)
			: { body: await readFile(found.file), gz: null };
		const out = zip && packed ? packed : body;
		res.writeHead(200, {
			'Content-Type': type,
			'Content-Length': out.length,
			'Cache-Control': 'no-store',
			...(zip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {})
		});
		res.end(req.method === 'HEAD' ? undefined : out);
		return true;
	}

	/**
	 * Hand the request to the static build server.
	 *
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 */
	function proxy(req, res) {
		const out = request(
			{
				host: upstream.hostname,
				port: upstream.port,
				path: req.url,
				method: req.method,
				headers: req.headers
			},
			(up) => {
				res.writeHead(up.statusCode ?? 502, up.headers);
				up.pipe(res);
			}
		);
		out.on('error', (error) => {
			if (!res.headersSent) res.writeHead(502);
			res.end(String(error));
		});
		req.pipe(out);
	}

	const server = createServer((req, res) => {
		direct(req, res)
			.then((done) => {
				if (!done) proxy(req, res);
			})
			.catch((error) => {
				if (!res.headersSent) res.writeHead(500);
				res.end(String(error));
			});
	});
	const port = await listenOnLoopback(server);
	return {
		url: `http://127.0.0.1:${port}/`,
		warm: async (paths) => {
			for (const p of paths) {
				const found = await locate(p);
				if (found) await compressed(found.file, found.info.mtimeMs);
			}
		},
		close: async () => {
			server.closeAllConnections();
			await new Promise((r) => server.close(() => r(undefined)));
			await site.close();
		}
	};
}

/**
 * Listen on a free port of 127.0.0.1 (never on the network).
 *
 * @param {import('node:net').Server} server
 * @returns {Promise<number>} the port
 */
export async function listenOnLoopback(server) {
	await new Promise((resolveListen, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolveListen(undefined));
	});
	return /** @type {import('node:net').AddressInfo} */ (server.address()).port;
}
