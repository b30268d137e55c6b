/**
 * A page rendering a TimelineJS document with TimelineJS itself (the devDependency
 * @knight-lab/timelinejs), as a site publishing our TimelineJS export would: its script and
 * style sheet from node_modules, the document from `/doc.json`, no web fonts or analytics.
 * `window.__timeline` is the timeline, `window.__ready` true once it has drawn.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { listenLocal } from './browser.js';
import { REPO_ROOT } from './helpers.js';

const DIST = join(REPO_ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist');

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TimelineJS</title>
<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script>
<script>
addEventListener('DOMContentLoaded', async () => {
	const doc = await (await fetch('/doc.json')).json();
	const timeline = new TL.Timeline('timeline-embed', doc, {
		script_path: new URL('/tl/js/', location.href).href,
		font: '',
		ga_measurement_id: null,
		hash_bookmark: false
	});
	window.__timeline = timeline;
	if (timeline.ready) window.__ready = true;
	else timeline.on('ready', () => (window.__ready = true));
});
</script>
</head>
<body><div id="timeline-embed" style="width: 960px; height: 600px"></div></body>
</html>`;

const TYPES = /** @type {Record<string, string>} */ ({
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json'
});

/**
 * Serve the TimelineJS page at `/` for the document `doc` (its JSON text).
 *
 * @param {string} doc
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveTimelineJs(doc) {
	const server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		/** @param {string} type @param {string | Buffer} body */
		const send = (type, body) => {
			res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` });
			res.end(body);
		};
		if (path === '/') return send('text/html', PAGE);
		if (path === '/doc.json') return send('application/json', doc);
		const file = normalize(join(DIST, decodeURIComponent(path.replace(/^\/tl\//, ''))));
		try {
			if (!path.startsWith('/tl/') || !file.startsWith(DIST + sep)) throw new Error('outside');
			send(TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
		} catch {
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('not found');
		}
	});
	return listenLocal(server);
}
