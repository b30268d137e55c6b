/**
 * `--profile`: CPU profiles (CDP `Profiler`) of one extra explorer load and of its timeline and
 * map gestures per size, written as .cpuprofile files (open them in Chromium's DevTools,
 * Performance panel) with a summary of the functions that cost the most.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWPORT, explorerUrl } from './explorer-page.js';
import { GESTURES } from './gestures.js';
import { runGesture } from './gesture-probe.js';
import { installLoadProbe, loadResult } from './load-probe.js';

/**
 * Self and total time per function of a CPU profile, the costliest first.
 *
 * @param {any} profile a CDP `Profiler.Profile`
 * @param {number} [top]
 * @returns {{ fn: string, where: string, selfMs: number, totalMs: number }[]}
 */
export function topFunctions(profile, top = 15) {
	const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
	/** @type {Map<number, number>} */
	const self = new Map();
	const dts = profile.timeDeltas;
	for (let i = 0; i < profile.samples.length; i++) {
		const id = profile.samples[i];
		self.set(id, (self.get(id) ?? 0) + (dts[i + 1] ?? 0) / 1000);
	}
	/** @type {Map<number, number>} total time per node, children included */
	const total = new Map();
	/** @param {any} n @returns {number} */
	const sum = (n) => {
		let t = self.get(n.id) ?? 0;
		for (const c of n.children ?? []) t += sum(nodes.get(c));
		total.set(n.id, t);
		return t;
	};
	sum(profile.nodes[0]);
	/** @type {Map<string, { fn: string, where: string, selfMs: number, totalMs: number }>} */
	const byFn = new Map();
	/** @param {any} n @param {Set<string>} seen keys on the stack (recursion counts once) */
	const walk = (n, seen) => {
		const cf = n.callFrame;
		const file = (cf.url || '').split('/').pop() || '(native)';
		const key = `${cf.functionName || '(anonymous)'} ${file}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`;
		const row = byFn.get(key) ?? {
			fn: cf.functionName || '(anonymous)',
			where: `${file}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`,
			selfMs: 0,
			totalMs: 0
		};
		row.selfMs += self.get(n.id) ?? 0;
		if (!seen.has(key)) row.totalMs += total.get(n.id) ?? 0;
		byFn.set(key, row);
		const next = new Set(seen).add(key);
		for (const c of n.children ?? []) walk(nodes.get(c), next);
	};
	walk(profile.nodes[0], new Set());
	return [...byFn.values()]
		.filter((r) => !['(root)', '(program)', '(idle)'].includes(r.fn))
		.sort((a, b) => b.selfMs - a.selfMs)
		.slice(0, top);
}

/**
 * Profile one load and the gestures of the explorer on a dataset.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {number} size
 * @param {string} outDir where the .cpuprofile files go
 * @returns {Promise<Record<string, { file: string, top: ReturnType<typeof topFunctions> }>>}
 */
export async function profileExplorer(browser, base, size, outDir) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	/** @type {Record<string, { file: string, top: ReturnType<typeof topFunctions> }>} */
	const out = {};
	try {
		// A same-origin page first, so the profiled navigation stays in this renderer.
		await page.goto(`${base}bench-pages/common.js`);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		/**
		 * @param {string} name
		 * @param {() => Promise<unknown>} work
		 */
		const record = async (name, work) => {
			await cdp.send('Profiler.start');
			await work();
			const { profile } = await cdp.send('Profiler.stop');
			const file = join(outDir, `profile-${size}-${name}.cpuprofile`);
			writeFileSync(file, JSON.stringify(profile));
			out[name] = { file, top: topFunctions(profile) };
		};
		await page.addInitScript(installLoadProbe, { n: size });
		await record('load', async () => {
			await page.goto(explorerUrl(base, size), { waitUntil: 'domcontentloaded' });
			await page.evaluate(loadResult, { timeoutMs: 120_000 });
		});
		for (const [name, g] of Object.entries(GESTURES)) {
			const target = name.startsWith('timeline')
				? '[data-testid="timeline"] .vis-center'
				: '[data-testid="map"] .map-canvas';
			await record(name, () => page.evaluate(runGesture, { ...g, target, maxMs: 20_000 }));
		}
		await cdp.detach();
	} finally {
		await context.close();
	}
	return out;
}
