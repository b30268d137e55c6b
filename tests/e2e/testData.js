/**
 * Test data for the browser tests: the bundled dataset as a file, a CORS data host that serves
 * a folder the way a site allowing `?data=<url>` must, and the data command line.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { before } from 'node:test';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { listenLocal } from './browser.js';
import { REPO_ROOT } from './helpers.js';

/**
 * Read a bundled dataset's source JSON (`data/<name>/dataset.json`), for expected titles,
 * categories and places.
 *
 * @param {string} [name] default `quds-day`
 * @returns {Promise<{ meta: Record<string, unknown>, sources: unknown[],
 *   events: { id: string, title: string, summary: string, actors?: string[], start: string,
 *     category: string,
 *     place: { name: string, lat?: number, lon?: number, precision: string,
 *       linked?: { name: string, lat?: number, lon?: number, note?: string }[] } }[] }>}
 */
export async function readBundledDataset(name = 'quds-day') {
	return JSON.parse(await readFile(join(REPO_ROOT, 'data', name, 'dataset.json'), 'utf8'));
}

/**
 * The bundled dataset's events by id, for a test file: read in its `before`, then
 * `eventById(id)` (which throws for an id the dataset does not have).
 *
 * @param {string} [name]
 */
export function useBundledEvents(name = 'quds-day') {
	/** @type {Awaited<ReturnType<typeof readBundledDataset>>['events']} */
	let events = [];
	before(async () => {
		events = (await readBundledDataset(name)).events;
	});
	/** @param {string} id */
	return (id) => {
		const e = events.find((x) => x.id === id);
		if (!e) throw new Error(`no event ${id} in the bundled dataset`);
		return e;
	};
}

/**
 * Serve files from a directory on 127.0.0.1 with CORS (`Access-Control-Allow-Origin: *`), the
 * way a data host that allows `?data=<url>` must. `serve()` sends no CORS headers (it mimics a
 * plain static host), so a page on another port could not read its files.
 *
 * @param {string} dir
 * @param {{ cors?: boolean }} [options] `cors: false` serves the same files without the header
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} `url` ends with a slash
 */
export async function serveData(dir, { cors = true } = {}) {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		const headers = /** @type {Record<string, string>} */ ({ 'Cache-Control': 'no-store' });
		if (cors) headers['Access-Control-Allow-Origin'] = '*';
		const path = normalize(
			join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
		);
		if (!path.startsWith(root + sep)) {
			res.writeHead(404, headers);
			return res.end('not found');
		}
		try {
			const body = await readFile(path);
			const type = extname(path) === '.json' ? 'application/json' : 'text/plain';
			res.writeHead(200, { ...headers, 'Content-Type': `${type}; charset=utf-8` });
			res.end(body);
		} catch {
			res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('not found');
		}
	});
	return listenLocal(server);
}

/**
 * Run the data command line (`npm run data -- <args>`); resolves to its exit code and output.
 *
 * @param {string[]} args
 * @returns {Promise<{ code: number | null, output: string }>}
 */
export function runData(args) {
	return new Promise((done) => {
		const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
		const child = spawn(process.execPath, [tsx, 'src/cli/main.ts', ...args], { cwd: REPO_ROOT });
		let output = '';
		child.stdout.on('data', (b) => (output += b));
		child.stderr.on('data', (b) => (output += b));
		child.on('close', (code) => done({ code, output }));
	});
}
