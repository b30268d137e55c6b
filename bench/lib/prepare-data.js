/**
 * Writes the benchmark datasets: `synth-<n>.json` (our format, what `?data=` loads) and
 * `items-<n>.json` (the same events reduced to what the comparison pages need), for each size.
 *
 * Runs under tsx so it can use the project's own generator and loader (TypeScript):
 *   node --import tsx bench/lib/prepare-data.js <outDir> <seed> <size>...
 * Prints a JSON summary per size on stdout. Files already written for the same size, seed and
 * generator source are reused (the generator is deterministic).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthDataset } from '../../src/lib/model/synth.ts';
import { datasetToJson } from '../../src/lib/model/formats/json.ts';
import { parseDataset } from '../../src/lib/model/parseDataset.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A fingerprint of the code that shapes the files, so a changed generator or loader means new files.
 *
 * @returns {string}
 */
function sourceStamp() {
	const hash = createHash('sha256');
	for (const f of [
		'src/lib/model/synth.ts',
		'src/lib/model/formats/json.ts',
		'src/lib/model/parseDataset.ts',
		'bench/lib/prepare-data.js'
	]) {
		hash.update(readFileSync(join(root, f)));
	}
	return hash.digest('hex').slice(0, 16);
}

/**
 * One comparison item per event: `[id, start, end | null, title, located]`, times in UTC ms.
 * A point event has no end; other events span earliest..latest, as our timeline draws them.
 *
 * @param {import('../../src/lib/model/types.ts').AtlasEvent[]} events
 * @returns {[string, number, number | null, string, 0 | 1][]}
 */
function comparisonItems(events) {
	return events.map((e) => [
		e.id,
		e.time.earliest,
		e.time.kind === 'point' ? null : e.time.latest + 1,
		e.title,
		e.place.lat != null && e.place.lon != null && e.place.precision !== 'online' ? 1 : 0
	]);
}

/**
 * Events to select in the selection benchmark: exact days at region-level places (scattered
 * worldwide, so each stands alone on the map at a regional zoom), taken from the middle of the
 * time span.
 *
 * @param {import('../../src/lib/model/types.ts').AtlasEvent[]} events sorted by time
 * @returns {{ id: string, earliest: number, lat: number, lon: number }[]}
 */
function selectionTargets(events) {
	const pool = events.filter(
		(e) =>
			e.time.kind === 'point' &&
			e.time.precision === 'day' &&
			!e.time.approximate &&
			!e.time.uncertain &&
			!e.computed &&
			e.place.precision === 'region' &&
			e.place.lat != null &&
			e.place.lon != null &&
			Math.abs(e.place.lat) < 60
	);
	const out = [];
	for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35]) {
		const e = pool[Math.floor(pool.length * f)];
		if (e && !out.some((o) => o.id === e.id)) {
			out.push({
				id: e.id,
				earliest: e.time.earliest,
				lat: e.place.lat ?? 0,
				lon: e.place.lon ?? 0
			});
		}
	}
	return out;
}

/**
 * Writes (or reuses) the files for one size.
 *
 * @param {string} outDir
 * @param {number} seed
 * @param {number} size
 * @param {string} stamp
 * @returns {Promise<object>} summary: file names, bytes and the mix of dates and places
 */
async function prepare(outDir, seed, size, stamp) {
	const data = join(outDir, `synth-${size}.json`);
	const items = join(outDir, `items-${size}.json`);
	const info = join(outDir, `synth-${size}.info.json`);
	const key = `${seed}:${size}:${stamp}`;
	if (existsSync(data) && existsSync(items) && existsSync(info)) {
		const old = JSON.parse(readFileSync(info, 'utf8'));
		if (old.key === key) return { ...old, reused: true };
	}
	const t0 = performance.now();
	const dataset = synthDataset(size, seed);
	// Served minified, as a data file on the web would be (the canonical file is indented for
	// people; the app's own /data/<name>.json is minified too).
	const text = JSON.stringify(JSON.parse(datasetToJson(dataset)));
	const loaded = await parseDataset(JSON.parse(text), `synth-${size}.json`);
	if (!loaded.dataset)
		throw new Error(`synth-${size}.json does not load: ${loaded.issues[0]?.expected}`);
	const events = loaded.events;
	const count = (/** @type {(e: any) => boolean} */ f) => events.filter(f).length;
	const summary = {
		key,
		size,
		seed,
		events: events.length,
		bytes: Buffer.byteLength(text),
		precision: {
			day: count((e) => e.time.precision === 'day'),
			month: count((e) => e.time.precision === 'month'),
			year: count((e) => e.time.precision === 'year')
		},
		ranges: count((e) => e.time.kind !== 'point'),
		online: count((e) => e.place.precision === 'online'),
		located: count((e) => e.place.lat != null && e.place.precision !== 'online'),
		categories: (loaded.dataset.meta.categories ?? []).map((c) => c.id),
		targets: selectionTargets(events),
		seconds: 0
	};
	mkdirSync(outDir, { recursive: true });
	writeFileSync(data, text);
	writeFileSync(items, JSON.stringify(comparisonItems(events)));
	summary.seconds = (performance.now() - t0) / 1000;
	writeFileSync(info, JSON.stringify(summary, null, '\t'));
	return { ...summary, reused: false };
}

const [outDir, seedText, ...sizes] = process.argv.slice(2);
if (!outDir || !seedText || sizes.length === 0) {
	console.error('usage: node --import tsx bench/lib/prepare-data.js <outDir> <seed> <size>...');
	process.exit(2);
}
const stamp = sourceStamp();
const out = [];
for (const s of sizes) out.push(await prepare(outDir, Number(seedText), Number(s), stamp));
process.stdout.write(JSON.stringify(out));
