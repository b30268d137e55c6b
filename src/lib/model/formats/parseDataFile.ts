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
import { parseCsv } from './csv';
import { detectDataFormat, type DataFormat } from './detectDataFormat';
import { parseGeoJson } from './geojson';
import { parseDatasetJson } from './json';
import { parseTimelineJs } from './parseTimelineJs';

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
	if (format === 'json') return { ...(await parseDatasetJson(text, file)), format };
	const opts = { file, resolvePlace: input.resolvePlace };
	const imported: ImportResult =
		format === 'csv'
			? parseCsv(text, opts)
			: format === 'geojson'
				? parseGeoJson(text, opts)
				: parseTimelineJs(text, opts);
	return { ...(await fromImport(imported, file)), format };
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
