/**
 * No leaks: the timeline and map are mounted and unmounted 200 times (switching the layout to
 * the list and back, which destroys and recreates vis-timeline and Leaflet), and the JS heap ends
 * within 10 % of where it began, with no more event listeners than before, on window and
 * document and in all (CDP `Memory.getDOMCounters`, `DOMDebugger.getEventListeners`).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectConsoleErrors, EXPLORER, openExplorer, useSite } from './helpers.js';

const site = useSite();
const CYCLES = 200;

/**
 * Switch the layout `n` times to the list and back, each time until the views say they have
 * drawn (data-ready), inside the page.
 * @param {import('playwright-core').Page} page
 * @param {number} n
 */
function cycle(page, n) {
	return page.evaluate(
		async ({ n, root }) => {
			const select = /** @type {HTMLSelectElement} */ (
				document.querySelector('select[aria-label="Layout"]')
			);
			const explorer = /** @type {HTMLElement} */ (document.querySelector(root));
			/** @param {string} layout */
			const show = async (layout) => {
				select.value = layout;
				select.dispatchEvent(new Event('change', { bubbles: true }));
				const t0 = performance.now();
				while (
					explorer.dataset.layout !== layout ||
					explorer.dataset.ready !== 'true' ||
					(layout === 'split' && !explorer.querySelector('.vis-timeline, .leaflet-container'))
				) {
					if (performance.now() - t0 > 20_000) throw new Error(`layout ${layout} never drew`);
					await new Promise((r) => setTimeout(r, 5));
				}
			};
			for (let i = 0; i < n; i++) {
				await show('list');
				await show('split');
			}
		},
		{ n, root: EXPLORER }
	);
}

/**
 * The JS heap's objects, in bytes, from a heap snapshot: V8's whole heap (`Runtime.getHeapUsage`,
 * reported too) also counts compiled code, which V8 keeps optimising for many cycles, and the
 * browser's timing entries (long frames, layout shifts): neither is the app's to free.
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<number>}
 */
async function objectHeap(cdp) {
	/** @type {string[]} */
	const chunks = [];
	/** @param {{ chunk: string }} e */
	const onChunk = (e) => chunks.push(e.chunk);
	cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
	await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
	cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
	const snap = JSON.parse(chunks.join(''));
	const fields = snap.snapshot.meta.node_fields;
	const types = snap.snapshot.meta.node_types[0];
	const type = fields.indexOf('type');
	const size = fields.indexOf('self_size');
	let total = 0;
	for (let i = 0; i < snap.nodes.length; i += fields.length) {
		const t = types[snap.nodes[i + type]];
		if (t !== 'code' && t !== 'native') total += snap.nodes[i + size];
	}
	return total;
}

// About 0.6 s a cycle on two shared cores: longer than the runner's default per-test limit.
const options = { timeout: 400_000 };

test(
	`mounting the timeline and map ${CYCLES} times leaks neither memory nor listeners`,
	options,
	async () => {
		const page = await site.newPage();
		const errors = collectConsoleErrors(page);
		await openExplorer(page, site.url);
		const cdp = await page.context().newCDPSession(page);
		const measure = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			await cdp.send('HeapProfiler.collectGarbage');
			const { usedSize } = await cdp.send('Runtime.getHeapUsage');
			const objects = await objectHeap(cdp);
			const counters = await cdp.send('Memory.getDOMCounters');
			/** @param {string} expression */
			const listenersOn = async (expression) => {
				const { result } = await cdp.send('Runtime.evaluate', { expression });
				const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
					objectId: /** @type {string} */ (result.objectId)
				});
				return listeners.length;
			};
			return {
				heap: objects,
				v8: usedSize,
				listeners: counters.jsEventListeners,
				nodes: counters.nodes,
				window: await listenersOn('window'),
				document: await listenersOn('document')
			};
		};
		// Warm up: the libraries' modules, caches and the first lazy chunks are loaded once.
		await cycle(page, 5);
		const before = await measure();
		await cycle(page, CYCLES);
		const after = await measure();
		const report = JSON.stringify({ before, after });
		assert.ok(after.heap <= before.heap * 1.1, `heap objects grew more than 10 %: ${report}`);
		assert.ok(after.listeners <= before.listeners, `listeners grew: ${report}`);
		assert.ok(after.window <= before.window, `window listeners grew: ${report}`);
		assert.ok(after.document <= before.document, `document listeners grew: ${report}`);
		console.log(`leaks: ${report}`);
		assert.deepEqual(errors, []);
		await page.context().close();
	}
);
