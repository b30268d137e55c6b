/**
 * `export <dataset> --to csv|geojson|timelinejs|json [--out file] [--force]`: write a dataset in
 * another format. CSV also writes the `<name>.meta.json` sidecar (meta and sources) beside the
 * CSV, so `import` reads both back to the same dataset. Without --out the result goes to stdout
 * (for CSV, without the sidecar). An existing file (or sidecar) is replaced only with --force.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, relative, resolve } from 'node:path';
import { datasetToCsv } from '../lib/model/formats/csv';
import { datasetToGeoJson } from '../lib/model/formats/geojson';
import { datasetToJson, parseDatasetJson } from '../lib/model/formats/json';
import { datasetToTimelineJs } from '../lib/model/formats/datasetToTimelineJs';
import type { CliIo } from './cliIo';
import { datasetFiles } from './checkCommand';
import { readUtf8 } from './readUtf8';
import { reportIssues } from './reportIssues';

/** The formats `export` writes. */
export const EXPORT_FORMATS = ['csv', 'geojson', 'timelinejs', 'json'] as const;

/** The sidecar path for a CSV path: events.csv → events.meta.json. */
export function sidecarPath(csvPath: string): string {
	const ext = extname(csvPath);
	return `${ext ? csvPath.slice(0, -ext.length) : csvPath}.meta.json`;
}

/** Run `export`; returns the exit code (1 when invalid events were left out, 2 when unusable). */
export async function exportCommand(
	io: CliIo,
	target: string,
	opts: { to?: string; out?: string; force?: boolean }
): Promise<number> {
	const format = opts.to;
	if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
		io.err(
			`error: --to must be one of ${EXPORT_FORMATS.join(', ')}${format ? `, got "${format}"` : ''}`
		);
		return 2;
	}
	const [abs] = await datasetFiles(io, target);
	if (!abs) {
		io.err(`error: no dataset "${target}"`);
		return 2;
	}
	const file = relative(io.cwd, abs) || abs;
	const read = await readUtf8(abs);
	if (!read.ok) {
		io.err(`${file}:: expected ${read.expected}, got ${read.received}`);
		return 2;
	}
	const loaded = await parseDatasetJson(read.text, file);
	const counts = reportIssues(io.err, loaded.issues);
	if (!loaded.dataset) return 2;
	const dataset = loaded.dataset;
	const outputs: [string | undefined, string][] = [];
	const out = opts.out === undefined ? undefined : resolve(io.cwd, opts.out);
	switch (format) {
		case 'csv': {
			const { csv, sidecar } = datasetToCsv(dataset);
			outputs.push([out, csv]);
			if (out) outputs.push([sidecarPath(out), sidecar]);
			else io.err('note: the meta and sources sidecar is only written with --out file.csv');
			break;
		}
		case 'geojson':
			outputs.push([out, JSON.stringify(datasetToGeoJson(dataset), null, '\t') + '\n']);
			break;
		case 'timelinejs':
			outputs.push([out, JSON.stringify(datasetToTimelineJs(dataset), null, '\t') + '\n']);
			break;
		default:
			outputs.push([out, datasetToJson(dataset)]);
	}
	// Nothing is written when any of the files exists: not a CSV without its sidecar either.
	if (!opts.force) {
		const existing = outputs.filter(([path]) => path !== undefined && existsSync(path));
		if (existing.length > 0) {
			for (const [path] of existing)
				io.err(`error: ${relative(io.cwd, path!)} exists; add --force to replace it`);
			return 2;
		}
	}
	for (const [path, text] of outputs) {
		if (path === undefined) {
			io.write(text);
			continue;
		}
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, text);
		io.err(`wrote ${relative(io.cwd, path)}`);
	}
	io.err(`exported ${dataset.events.length} events from ${file} as ${format}`);
	return counts.errors > 0 ? 1 : 0;
}
