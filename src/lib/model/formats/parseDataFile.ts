/**
 * Reading a data file in any format we know, for the browser (`?data=`, an opened file) and the
 * command line alike: strict UTF-8, the format detected (or forced), the format's importer, then
 * `parseDataset`, so the result is the same `LoadResult` as the bundled dataset's. No parser of
 * its own: every format is read by its importer in this folder. Never throws; every row ends as
 * an event or an issue with file, row and field.
 */
import { firstInvalidUtf8 } from '../firstInvalidUtf8';
import type { LoadResult } from '../issue';
import { parseDataset } from '../parseDataset';
import type { Issue } from '../types';
import type { ImportResult, PlaceResolver } from './assembleDataset';
import { detectDataFormat, type DataFormat } from './detectDataFormat';

/** A file to read: its bytes (or its text, already decoded) and what is known about it. */
export interface DataFileInput {
	/** The file's name or URL: named in issues, and its extension is a hint to the format. */
	name: string;
	/** The raw bytes (decoded here as strict UTF-8)… */
	bytes?: Uint8Array | ArrayBuffer;
	/** …or the text. */
	text?: string;
	/** The response's Content-Type or the file's MIME type. */
	contentType?: string;
	/** The format, when the reader says so; otherwise it is detected. */
	format?: DataFormat;
	/** Resolve place names without coordinates (the gazetteer; the command line has it). */
	resolvePlace?: PlaceResolver;
	/**
	 * Or load a resolver when the file turns out to need one (the browser downloads the gazetteer
	 * only then); null when it cannot be had, and the places stay without coordinates.
	 */
	loadResolver?: () => Promise<PlaceResolver | null>;
}

/** What `parseDataFile` returns: a `LoadResult`, plus the format it was read as (null: none). */
export interface DataFileResult extends LoadResult {
	format: DataFormat | null;
}

/** The warning every importer gives for a file without meta: the browser has no --meta to offer. */
const NO_META_FIELD = 'meta';

/** Strict UTF-8 (a leading byte-order mark is dropped), or an issue saying where it goes wrong. */
export function decodeText(bytes: Uint8Array | ArrayBuffer, file: string): string | Issue {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(view);
	} catch {
		return {
			file,
			field: '',
			expected: 'a UTF-8 text file (save it as "CSV UTF-8", or convert it)',
			received: `bytes that are not UTF-8 (first at byte ${firstInvalidUtf8(view)})`,
			severity: 'error'
		};
	}
}

function unusable(issue: Issue, format: DataFormat | null = null): DataFileResult {
	return { dataset: null, events: [], issues: [issue], format };
}

/** Read a data file in any format we know into events and issues. */
export async function parseDataFile(input: DataFileInput): Promise<DataFileResult> {
	const file = input.name;
	let text: string;
	if (input.text !== undefined) text = input.text;
	else {
		const decoded = decodeText(input.bytes ?? new Uint8Array(0), file);
		if (typeof decoded !== 'string') return unusable(decoded);
		text = decoded;
	}
	let format = input.format;
	if (!format) {
		const found = detectDataFormat({ name: file, contentType: input.contentType }, text);
		if (!found.format) {
			return unusable({
				file,
				field: '',
				expected: 'a Chronoatlas dataset: our JSON or CSV, GeoJSON, or a TimelineJS file or sheet',
				received: found.received,
				severity: 'error'
			});
		}
		format = found.format;
	}
	if (format === 'json') return { ...(await parseJson(text, file)), format };
	const f = format;
	const run = (resolvePlace?: PlaceResolver) => importFile(f, text, { file, resolvePlace });
	// As on the command line, TimelineJS headlines are not looked up unless asked.
	const load = format === 'timelinejs' ? undefined : input.loadResolver;
	let imported: ImportResult | null = null;
	if (input.resolvePlace || !load) imported = await run(input.resolvePlace);
	else {
		// The first name to look up stops the read: only then is the gazetteer worth downloading.
		let asked = false;
		try {
			imported = await run(() => {
				asked = true;
				throw NEEDS_GAZETTEER;
			});
		} catch (e) {
			if (e !== NEEDS_GAZETTEER) throw e;
		}
		if (asked || !imported) imported = await run((await load().catch(() => null)) ?? undefined);
	}
	return { ...(await fromImport(imported, file)), format };
}

/** Thrown by the first look-up of a read that has no gazetteer yet. */
const NEEDS_GAZETTEER = Symbol('needs the gazetteer');

/** An importer's read (each importer, and the schema and date parser it brings, loads on demand). */
async function importFile(
	format: Exclude<DataFormat, 'json'>,
	text: string,
	opts: { file: string; resolvePlace?: PlaceResolver }
): Promise<ImportResult> {
	if (format === 'csv') return (await import('./csv')).parseCsv(text, opts);
	if (format === 'geojson') return (await import('./geojson')).parseGeoJson(text, opts);
	return (await import('./parseTimelineJs')).parseTimelineJs(text, opts);
}

/**
 * Our JSON: straight to `parseDataset`, which loads the schema only for records that need it, so
 * a plain dataset never downloads it. The JSON reader with line numbers loads for a syntax error.
 */
async function parseJson(text: string, file: string): Promise<LoadResult> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		const r = (await import('./json')).parseJsonText(text, file);
		return { dataset: null, events: [], issues: r.ok ? [] : [r.issue] };
	}
	return parseDataset(raw, file);
}

/**
 * An importer's dataset through `parseDataset` (time, derived fields, order), with the
 * importer's issues. The importer has already run the same checks row by row, with the rows'
 * own numbers, so only what `parseDataset` would still drop (never expected) is added, by id.
 */
async function fromImport(imported: ImportResult, file: string): Promise<LoadResult> {
	const issues = imported.issues.filter(
		(i) => !(i.field === NO_META_FIELD && i.severity === 'warning' && i.row === undefined)
	);
	if (!imported.dataset) return { dataset: null, events: [], issues };
	const parsed = await parseDataset(imported.dataset, file);
	for (const i of parsed.issues) {
		if (i.severity !== 'error') continue;
		// Its row is a position among the kept events, not in the file: the id finds it.
		const copy: Issue = { ...i };
		delete copy.row;
		issues.push(copy);
	}
	return { dataset: parsed.dataset, events: parsed.events, issues };
}
