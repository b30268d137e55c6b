/**
 * `import <file> [--from csv|timelinejs|geojson|json] [--to data/<name>] [--meta meta.json]
 * [--gazetteer | --no-gazetteer] [--force]`: read a file in another format, write
 * data/<name>/dataset.json with every valid row, and print the issues.
 *
 * Exit 0: all rows imported; 1: some rows rejected (the valid ones are still written);
 * 2: unusable input (empty, not UTF-8, unreadable, wrong format) or a usage problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import {
	loadGazetteer,
	resolvePlace,
	type Gazetteer,
	type GazetteerData
} from '../lib/model/gazetteer';
import type { ImportResult, PlaceResolver } from '../lib/model/formats/assembleDataset';
import { parseCsv } from '../lib/model/formats/csv';
import { detectDataFormat } from '../lib/model/formats/detectDataFormat';
import { parseGeoJson } from '../lib/model/formats/geojson';
import { datasetToJson, parseDatasetImport, parseJsonText } from '../lib/model/formats/json';
import { splitMetaFile, type MetaFileContent } from '../lib/model/formats/metaFile';
import { slugify } from '../lib/model/formats/slug';
import { parseTimelineJs } from '../lib/model/formats/parseTimelineJs';
import type { Issue } from '../lib/model/types';
import { formatIssue } from '../lib/model/issue';
import type { CliIo } from './cliIo';
import { GAZETTEER_PATH } from './gazetteerCommand';
import { decodeUtf8 } from './readUtf8';
import { reportIssues } from './reportIssues';
import { SCHEMA_PATH } from './schemaCommand';

/** The formats `import` reads. */
export const IMPORT_FORMATS = ['csv', 'timelinejs', 'geojson', 'json'] as const;
/** One of `IMPORT_FORMATS`. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Options of `import`. */
export interface ImportOptions {
	from?: string;
	to?: string;
	meta?: string;
	/** true: look up names (also headlines for TimelineJS); false: never; undefined: the format's default. */
	gazetteer?: boolean;
	force?: boolean;
}

/** Guess the format from the file name and its first bytes (the same rules as the browser). */
export function detectFormat(file: string, text: string): ImportFormat | undefined {
	return detectDataFormat({ name: file }, text).format ?? undefined;
}

/** A resolver that loads the bundled gazetteer the first time a name needs it. */
export function lazyResolver(root: string): PlaceResolver {
	let g: Gazetteer | undefined;
	return (name, country) => {
		g ??= loadGazetteer(
			JSON.parse(readFileSync(join(root, GAZETTEER_PATH), 'utf8')) as GazetteerData
		);
		return resolvePlace(g, name, country);
	};
}

/** Run `import`; returns the exit code. */
export async function importCommand(
	io: CliIo,
	input: string,
	opts: ImportOptions
): Promise<number> {
	const path = resolve(io.cwd, input);
	const file = relative(io.cwd, path) || input;
	const fail = (issue: Omit<Issue, 'severity'>) => {
		io.out(formatIssue({ ...issue, severity: 'error' }));
		io.out(`nothing imported from ${file}`);
		return 2;
	};
	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return fail({
			file,
			field: '',
			expected: 'a readable file',
			received: code === 'ENOENT' ? 'no such file' : String(code)
		});
	}
	const decoded = decodeUtf8(bytes);
	if (!decoded.ok)
		return fail({ file, field: '', expected: decoded.expected, received: decoded.received });
	const text = decoded.text;
	if (text.trim() === '')
		return fail({ file, field: '', expected: 'events to import', received: 'an empty file' });
	let format: ImportFormat | undefined;
	if (opts.from !== undefined) {
		if (!(IMPORT_FORMATS as readonly string[]).includes(opts.from)) {
			io.err(`error: --from must be one of ${IMPORT_FORMATS.join(', ')}, got "${opts.from}"`);
			return 2;
		}
		format = opts.from as ImportFormat;
	} else format = detectFormat(file, text);
	if (!format) {
		return fail({
			file,
			field: '',
			expected: `a known format (give --from ${IMPORT_FORMATS.join('|')})`,
			received: 'a file whose format cannot be told'
		});
	}

	// Meta: --meta, or for a CSV the sidecar <name>.meta.json beside it.
	let metaPath = opts.meta !== undefined ? resolve(io.cwd, opts.meta) : undefined;
	if (!metaPath && format === 'csv') {
		const sidecar = join(dirname(path), `${basename(path, extname(path))}.meta.json`);
		if (existsSync(sidecar)) {
			metaPath = sidecar;
			io.out(`using meta and sources from ${relative(io.cwd, sidecar)}`);
		}
	}
	let metaContent: MetaFileContent = {};
	let metaFile: string | undefined;
	if (metaPath) {
		metaFile = relative(io.cwd, metaPath) || metaPath;
		let metaBytes: Uint8Array;
		try {
			metaBytes = await readFile(metaPath);
		} catch {
			return fail({
				file: metaFile,
				field: '',
				expected: 'a readable meta file',
				received: 'no such file'
			});
		}
		const metaText = decodeUtf8(metaBytes);
		if (!metaText.ok)
			return fail({
				file: metaFile,
				field: '',
				expected: metaText.expected,
				received: metaText.received
			});
		const parsed = parseJsonText(metaText.text, metaFile);
		if (!parsed.ok) return fail(parsed.issue);
		const split = splitMetaFile(parsed.value);
		if ('problem' in split)
			return fail({
				file: metaFile,
				field: '',
				expected: split.problem,
				received: 'something else'
			});
		metaContent = split;
	}

	const useGazetteer = opts.gazetteer ?? format !== 'timelinejs';
	const common = {
		file,
		meta: metaContent.meta,
		sources: metaContent.sources,
		metaFile,
		resolvePlace: useGazetteer ? lazyResolver(io.root) : undefined
	};
	const result: ImportResult =
		format === 'csv'
			? parseCsv(text, common)
			: format === 'timelinejs'
				? parseTimelineJs(text, common)
				: format === 'geojson'
					? parseGeoJson(text, common)
					: parseDatasetImport(text, common);
	const counts = reportIssues(io.out, result.issues);
	if (!result.dataset) {
		io.out(`nothing imported from ${file}`);
		return 2;
	}

	// Output: --to data/<name> (a directory) or a .json file; default data/<file name>.
	const target = opts.to ?? join('data', slugify(basename(path, extname(path))) || 'imported');
	const outPath = target.endsWith('.json')
		? resolve(io.cwd, target)
		: join(resolve(io.cwd, target), 'dataset.json');
	if (existsSync(outPath) && !opts.force) {
		io.err(`error: ${relative(io.cwd, outPath)} exists; add --force to replace it`);
		return 2;
	}
	await mkdir(dirname(outPath), { recursive: true });
	const schemaRef = relative(dirname(outPath), join(io.root, SCHEMA_PATH)).split('\\').join('/');
	await writeFile(outPath, datasetToJson(result.dataset, schemaRef));
	const n = result.dataset.events.length;
	io.out(
		`imported ${n} events from ${file} (${format}) into ${relative(io.cwd, outPath)}; ` +
			`${counts.rejectedRows} rows rejected, ${counts.errors} errors, ${counts.warnings} warnings`
	);
	return counts.errors > 0 ? 1 : 0;
}
