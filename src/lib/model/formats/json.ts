/**
 * The canonical dataset file (`data/<name>/dataset.json`): reading it into validated data and
 * writing it back in one stable layout.
 */
import { describe, type LoadResult } from '../issue';
import { parseDataset } from '../parseDataset';
import {
	assembleDataset,
	type Draft,
	type ImportResult,
	type PlaceResolver
} from './assembleDataset';
import type { Dataset, DatasetInput, Issue } from '../types';

/** Event fields whose default is an empty list: left out of the file when empty. */
const LIST_DEFAULTS = ['tags', 'actors', 'sources', 'disputes', 'related', 'links'] as const;

/**
 * Serialize a dataset as canonical JSON: tab-indented, keys in schema order as given, empty
 * default lists and undefined fields left out (reading restores them), trailing newline.
 * `schemaRef` sets `$schema` (e.g. a relative path to static/schema/dataset.schema.json).
 */
export function datasetToJson(dataset: Dataset | DatasetInput, schemaRef?: string): string {
	const events = dataset.events.map((ev) => {
		const out: Record<string, unknown> = { ...ev };
		for (const k of LIST_DEFAULTS) {
			const v = out[k];
			if (Array.isArray(v) && v.length === 0) delete out[k];
		}
		return out;
	});
	const doc: Record<string, unknown> = {};
	const ref = schemaRef ?? dataset.$schema;
	if (ref !== undefined) doc.$schema = ref;
	doc.meta = dataset.meta;
	doc.sources = dataset.sources ?? [];
	doc.events = events;
	return JSON.stringify(doc, null, '\t') + '\n';
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let last = -1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		last = i;
	}
	return { line, column: offset - last };
}

/** Parse JSON text, reporting a syntax error with its line as an issue (row = line). */
export function parseJsonText(
	text: string,
	file: string
): { ok: true; value: unknown } | { ok: false; issue: Issue } {
	if (text.trim() === '') {
		return {
			ok: false,
			issue: {
				file,
				field: '',
				expected: 'a JSON document',
				received: 'an empty file',
				severity: 'error'
			}
		};
	}
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		const m = /position (\d+)/.exec(message);
		const where = m ? lineColumn(text, Number(m[1])) : undefined;
		return {
			ok: false,
			issue: {
				file,
				row: where?.line,
				field: '',
				expected: 'valid JSON',
				received: where ? `${message} (column ${where.column})` : message,
				severity: 'error'
			}
		};
	}
}

/** Read a canonical dataset file: JSON syntax, then `parseDataset`. Never throws. */
export async function parseDatasetJson(text: string, file: string): Promise<LoadResult> {
	const parsed = parseJsonText(text, file);
	if (!parsed.ok) return { dataset: null, events: [], issues: [parsed.issue] };
	return parseDataset(parsed.value, file);
}

/** Options of `parseDatasetImport`. */
export interface JsonImportOptions {
	file: string;
	/** Meta and sources from --meta, replacing the file's own. */
	meta?: unknown;
	sources?: unknown[];
	metaFile?: string;
	resolvePlace?: PlaceResolver;
}

function isObject(v: unknown): v is Record<string, unknown> {
	return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Import a dataset file (our JSON format) like the other formats: the same row checks, plus ids
 * made for events without one and place names resolved with the gazetteer.
 */
export function parseDatasetImport(text: string, opts: JsonImportOptions): ImportResult {
	const { file } = opts;
	const parsed = parseJsonText(text, file);
	if (!parsed.ok) return { dataset: null, issues: [parsed.issue] };
	const doc = parsed.value;
	if (!isObject(doc) || !Array.isArray(doc.events)) {
		return {
			dataset: null,
			issues: [
				{
					file,
					field: 'events',
					expected: 'a dataset object with meta, sources and events',
					received: describe(isObject(doc) ? doc.events : doc),
					severity: 'error'
				}
			]
		};
	}
	const drafts: Draft[] = doc.events.map((e, i) => {
		if (!isObject(e)) {
			return {
				row: i + 1,
				event: {},
				issues: [
					{
						file,
						row: i + 1,
						field: '',
						expected: 'an event object',
						received: describe(e),
						severity: 'error' as const
					}
				],
				reported: ['id', 'title', 'summary', 'start', 'place', 'category']
			};
		}
		const event = { ...e };
		if (isObject(e.place)) event.place = { ...e.place };
		return { row: i + 1, event, issues: [] };
	});
	const ownMeta = opts.meta === undefined;
	return assembleDataset(drafts, {
		file,
		meta: opts.meta ?? doc.meta,
		sources: opts.sources ?? (Array.isArray(doc.sources) ? doc.sources : undefined),
		metaFile: ownMeta ? file : opts.metaFile,
		metaDefaults: { title: 'Imported events' },
		resolvePlace: opts.resolvePlace
	});
}
