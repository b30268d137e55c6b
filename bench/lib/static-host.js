/**
 * The built site as a static host serves it to a reader, for Lighthouse: HTTP/2 over TLS (what
 * GitHub Pages, Netlify or Cloudflare Pages speak), text gzipped, `name.html` behind `/name`.
 * Lighthouse's simulated network follows the protocol it observes: over HTTP/1.1 a page's two
 * dozen module chunks queue on six connections, each wait a simulated 150 ms round trip, which no
 * reader's browser pays on such a host.
 *
 * The certificate (static-host.pem, self-signed for 127.0.0.1) serves this local benchmark only;
 * Lighthouse's Chromium is told to accept it (LIGHTHOUSE_CHROME_FLAGS).
 */
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { listenOnLoopback } from './server.js';

const gzip = promisify(gzipCallback);

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * Serve `build` on 127.0.0.1 over HTTP/2 with TLS.
 *
 * @param {string} build the built site
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} `url` ends with a slash
 */
export async function startStaticHost(build) {
	const root = resolve(build);
	const pem = readFileSync(new URL('./static-host.pem', import.meta.url), 'utf8');
	/** @type {Map<string, Buffer>} */
	const packed = new Map();

	/**
	 * The file a path names, as static hosts resolve it (`/` → index.html, `/a` → a.html).
	 *
	 * @param {string} pathname
	 * @returns {Promise<string | null>}
	 */
	async function locate(pathname) {
		const base = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
		if (!base.startsWith(root + sep)) return null;
		for (const file of extname(base) ? [base] : [base, `${base}.html`]) {
			if ((await stat(file).catch(() => null))?.isFile()) return file;
		}
		return null;
	}

	const server = createSecureServer({ key: pem, cert: pem }, (req, res) => {
		void (async () => {
			const pathname = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
			const found = await locate(pathname);
			const file = found ?? (await locate('/404.html'));
			const status = found ? 200 : 404;
			if (!file) {
				res.writeHead(404);
				res.end();
				return;
			}
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const zip =
				COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			let body = zip ? packed.get(file) : undefined;
			if (!body) {
				body = await readFile(file);
				if (zip) {
					body = await gzip(body);
					packed.set(file, body);
				}
			}
			res.writeHead(status, {
				'content-type': type,
				'cache-control': 'no-store',
				...(zip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
			});
			res.end(body);
		})().catch((error) => {
			if (!res.headersSent) res.writeHead(500);
			res.end(String(error));
		});
	});
	/** @type {Set<import('node:http2').ServerHttp2Session>} */
	const sessions = new Set();
	server.on('session', (session) => {
		sessions.add(session);
		session.on('close', () => sessions.delete(session));
	});
	const port = await listenOnLoopback(server);
	return {
		url: `https://127.0.0.1:${port}/`,
		close: () =>
			new Promise((r) => {
				for (const session of sessions) session.destroy();
				server.close(() => r(undefined));
			})
	};
}
