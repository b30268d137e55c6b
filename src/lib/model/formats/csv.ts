/**
 * The CSV spreadsheet template: one row per event, one column per field, lists and nested values
 * in cells as `cellLists.ts` describes. Dataset-wide facts (meta, sources) travel in a sidecar
 * `<name>.meta.json`. canonical → CSV (+ sidecar) → canonical gives back the same dataset.
 * Columns are documented in docs/data.md (a test keeps that list complete).
 */
import type { Dataset, Event, Issue } from '../types';
import { describe } from '../issue';
import {
	formatListCell,
	formatSourcesCell,
	parseJsonListCell,
	parseListCell,
	parseSourcesCell,
	type CellResult
} from './cellLists';
import {
	assembleDataset,
	type Draft,
	type ImportResult,
	type PlaceResolver
} from './assembleDataset';
import { csvLine, neutralizeFormula, readCsvRecords, restoreFormula } from './csvRecords';
import { mediaKind } from './mediaKind';

/** One column of the template. */
export interface CsvColumn {
	/** Header name (case, spaces, `_` and `-` do not matter when reading). */
	name: string;
	/** The dataset field it holds. */
	field: string;
	/** Other header names accepted when reading. */
	aliases?: string[];
}

/** The template's columns, in the order `export --to csv` writes them. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
	{ name: 'id', field: 'id' },
	{ name: 'title', field: 'title', aliases: ['headline', 'name'] },
	{ name: 'summary', field: 'summary', aliases: ['description', 'text'] },
	{ name: 'start', field: 'start', aliases: ['date', 'start_date'] },
	{ name: 'end', field: 'end', aliases: ['end_date'] },
	{ name: 'date_note', field: 'dateNote' },
	{ name: 'place', field: 'place.name', aliases: ['place_name', 'location'] },
	{ name: 'lat', field: 'place.lat', aliases: ['latitude'] },
	{ name: 'lon', field: 'place.lon', aliases: ['lng', 'long', 'longitude'] },
	{ name: 'country', field: 'place.country', aliases: ['country_code'] },
	{ name: 'place_precision', field: 'place.precision', aliases: ['precision'] },
	{ name: 'place_note', field: 'place.note' },
	{ name: 'linked_places', field: 'place.linked' },
	{ name: 'category', field: 'category' },
	{ name: 'tags', field: 'tags' },
	{ name: 'actors', field: 'actors' },
	{ name: 'sources', field: 'sources' },
	{ name: 'disputes', field: 'disputes' },
	{ name: 'record', field: 'record' },
	{ name: 'related', field: 'related' },
	{ name: 'links', field: 'links' },
	{ name: 'media_url', field: 'media.url', aliases: ['media'] },
	{ name: 'media_kind', field: 'media.kind' },
	{ name: 'media_alt', field: 'media.alt' },
	{ name: 'media_caption', field: 'media.caption' },
	{ name: 'media_credit', field: 'media.credit' },
	{ name: 'media_licence', field: 'media.licence', aliases: ['media_license'] },
	{ name: 'computed', field: 'computed' }
];

/** "Place Precision", "place-precision", "placePrecision" → "place_precision". */
export function normalizeHeader(h: string): string {
	return h
		.trim()
		.replace(/([a-z])([A-Z])/g, '$1_$2')
		.toLowerCase()
		.replace(/[\s_-]+/g, '_');
}

const BY_HEADER = new Map<string, CsvColumn>();
for (const c of CSV_COLUMNS) for (const n of [c.name, ...(c.aliases ?? [])]) BY_HEADER.set(n, c);

/** Options of `parseCsv`. */
export interface CsvImportOptions {
	/** The CSV file name, for issues and the default title. */
	file: string;
	/** Meta and sources from --meta or the sidecar. */
	meta?: unknown;
	sources?: unknown[];
	/** The file they came from. */
	metaFile?: string;
	/** Resolve place names without coordinates (the gazetteer). */
	resolvePlace?: PlaceResolver;
}

// One way to match each digit: `\d+\.?\d*` backtracks quadratically on a long run of digits.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A number cell: empty → undefined; not a number → the text, for the schema to report. */
function numberCell(cell: string): number | string | undefined {
	const t = cell.trim();
	if (t === '') return undefined;
	return NUMBER.test(t) ? Number(t) : cell;
}

function titleFromFile(file: string): string {
	const base = file.split(/[\\/]/).pop() ?? file;
	return base.replace(/\.[^.]*$/, '').replace(/[-_]+/g, ' ') || 'Imported events';
}

/** Read the template CSV into a dataset. Never throws; every row ends as an event or an issue. */
export function parseCsv(text: string, opts: CsvImportOptions): ImportResult {
	const { file } = opts;
	const fatal = (expected: string, received: string, row?: number): ImportResult => ({
		dataset: null,
		issues: [{ file, row, field: '', expected, received, severity: 'error' }]
	});
	if (text.trim() === '') return fatal('a CSV file with a header row and events', 'an empty file');
	const read = readCsvRecords(text);
	const [header, ...rows] = read.records;
	const issues: Issue[] = [];
	if (!header || (read.problems[0] && read.problems[0].line < header.line)) {
		return fatal('a header row (id,title,start,…)', 'a header that cannot be read', 1);
	}
	const cols: (CsvColumn | undefined)[] = header.cells.map((h) =>
		BY_HEADER.get(normalizeHeader(h))
	);
	const index = new Map<string, number>();
	cols.forEach((c, i) => {
		const h = header.cells[i] ?? '';
		if (!c) {
			if (h.trim() !== '')
				issues.push({
					file,
					row: header.line,
					field: h,
					expected: `a template column (${CSV_COLUMNS.map((x) => x.name).join(', ')})`,
					received: `column ${describe(h)} (its cells are ignored)`,
					severity: 'warning'
				});
		} else if (index.has(c.name)) {
			issues.push({
				file,
				row: header.line,
				field: h,
				expected: `one column for ${c.name}`,
				received: 'a second one (ignored)',
				severity: 'warning'
			});
		} else index.set(c.name, i);
	});
	const missing = ['title', 'start'].filter((c) => !index.has(c));
	if (missing.length > 0) {
		const timelinejs = header.cells.some((h) => /^(year|headline)$/i.test(h.trim()));
		return fatal(
			`the template's columns, at least ${missing.join(' and ')}` +
				(timelinejs ? ' (this looks like a TimelineJS sheet: use --from timelinejs)' : ''),
			`a header ${describe(header.cells.slice(0, 6).join(','))}`,
			header.line
		);
	}
	const colName = (cell: number) => {
		const c = cols[cell];
		return c ? c.name : (header.cells[cell] ?? `column ${cell + 1}`);
	};
	for (const p of read.problems) {
		issues.push({
			file,
			row: p.line,
			field: colName(p.cell),
			expected: p.expected,
			received: p.received,
			severity: 'error'
		});
	}
	if (rows.length === 0 && read.problems.length === 0) {
		issues.push({
			file,
			row: header.line,
			field: '',
			expected: 'event rows below the header',
			received: 'only a header',
			severity: 'warning'
		});
	}
	// Rows of empty cells (spreadsheets export them) carry nothing: skip them.
	const drafts = rows
		.filter((r) => r.cells.some((c) => c.trim() !== ''))
		.map((r) => rowToDraft(r.cells, r.line, index, header.cells.length, file, colName));
	const result = assembleDataset(drafts, {
		file,
		meta: opts.meta,
		sources: opts.sources,
		metaFile: opts.metaFile,
		metaDefaults: { title: titleFromFile(file) },
		resolvePlace: opts.resolvePlace
	});
	// Issues in line order: syntax problems and row issues interleaved as in the file.
	const all = [...issues, ...result.issues];
	all.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
	return { dataset: result.dataset, issues: all };
}

function rowToDraft(
	cells: string[],
	line: number,
	index: Map<string, number>,
	width: number,
	file: string,
	colName: (cell: number) => string
): Draft {
	const issues: Issue[] = [];
	const has = (name: string) => index.has(name);
	// The quote our export puts before a formula comes off before anything else (trimming too).
	const get = (name: string) => {
		const i = index.get(name);
		return i === undefined ? '' : restoreFormula(cells[i] ?? '');
	};
	const cellIssue = (name: string, r: CellResult<unknown>) => {
		if (!r.ok) {
			issues.push({
				file,
				row: line,
				field: name,
				expected: r.expected,
				received: r.received,
				severity: 'error'
			});
		}
	};
	if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
		issues.push({
			file,
			row: line,
			field: colName(width),
			expected: `at most ${width} cells (as many as the header)`,
			received: `${cells.length} cells (the extra ones are ignored)`,
			severity: 'warning'
		});
	}
	const ev: Record<string, unknown> = {};
	const opt = (key: string, value: string) => {
		if (value !== '') ev[key] = value;
	};
	opt('id', get('id').trim());
	ev.title = get('title');
	ev.summary = get('summary');
	ev.start = get('start').trim();
	opt('end', get('end').trim());
	opt('dateNote', get('date_note'));
	const place: Record<string, unknown> = {};
	const name = get('place');
	if (name !== '') place.name = name;
	const lat = numberCell(get('lat'));
	const lon = numberCell(get('lon'));
	if (lat !== undefined) place.lat = lat;
	if (lon !== undefined) place.lon = lon;
	const country = get('country').trim();
	if (country) place.country = /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : country;
	const precision = get('place_precision').trim().toLowerCase();
	if (precision) place.precision = precision;
	const note = get('place_note');
	if (note !== '') place.note = note;
	if (has('linked_places')) {
		const r = parseJsonListCell(
			get('linked_places'),
			'places {"name", "lat", "lon", "precision", …}'
		);
		cellIssue('linked_places', r);
		if (r.ok && r.value) place.linked = r.value;
	}
	ev.place = place;
	ev.category = get('category');
	for (const key of ['tags', 'actors', 'related', 'links'] as const) {
		if (!has(key)) continue;
		const r = parseListCell(get(key));
		cellIssue(key, r);
		if (r.ok) ev[key] = r.value;
	}
	if (has('sources')) {
		const r = parseSourcesCell(get('sources'));
		cellIssue('sources', r);
		if (r.ok) ev.sources = r.value;
	}
	if (has('disputes')) {
		const r = parseJsonListCell(get('disputes'), 'disputes {"field", "values", "note"}');
		cellIssue('disputes', r);
		if (r.ok && r.value) ev.disputes = r.value;
	}
	if (has('record')) {
		const r = parseJsonListCell(get('record'), 'record notes {"about", "text", "reference"}');
		cellIssue('record', r);
		if (r.ok && r.value) ev.record = r.value;
	}
	const mediaUrl = get('media_url').trim();
	const media: Record<string, unknown> = {};
	if (mediaUrl !== '') media.url = mediaUrl;
	const kind = get('media_kind').trim().toLowerCase();
	// Without a kind, the URL tells it (image or video by extension or host, else a link).
	if (kind !== '') media.kind = kind;
	else if (mediaUrl !== '') media.kind = mediaKind(mediaUrl);
	for (const k of ['alt', 'caption', 'credit', 'licence'] as const) {
		const v = get(`media_${k}`);
		if (v !== '') media[k] = v;
	}
	if (Object.keys(media).length > 0) ev.media = media;
	opt('computed', get('computed'));
	return { row: line, event: ev, issues };
}

/** One event as template cells, in `CSV_COLUMNS` order. */
function eventCells(ev: Event): string[] {
	const p = ev.place;
	const values: Record<string, string> = {
		id: ev.id,
		title: ev.title,
		summary: ev.summary,
		start: ev.start,
		end: ev.end ?? '',
		date_note: ev.dateNote ?? '',
		place: p.name,
		lat: p.lat === undefined ? '' : String(p.lat),
		lon: p.lon === undefined ? '' : String(p.lon),
		country: p.country ?? '',
		place_precision: p.precision,
		place_note: p.note ?? '',
		linked_places: p.linked === undefined ? '' : JSON.stringify(p.linked),
		category: ev.category,
		tags: formatListCell(ev.tags),
		actors: formatListCell(ev.actors),
		sources: formatSourcesCell(ev.sources),
		disputes: ev.disputes.length === 0 ? '' : JSON.stringify(ev.disputes),
		record: ev.record === undefined ? '' : JSON.stringify(ev.record),
		related: formatListCell(ev.related),
		links: formatListCell(ev.links),
		media_url: ev.media?.url ?? '',
		media_kind: ev.media?.kind ?? '',
		media_alt: ev.media?.alt ?? '',
		media_caption: ev.media?.caption ?? '',
		media_credit: ev.media?.credit ?? '',
		media_licence: ev.media?.licence ?? '',
		computed: ev.computed ?? ''
	};
	return CSV_COLUMNS.map((c) => neutralizeFormula(values[c.name] ?? ''));
}

/**
 * Write a dataset as the template CSV plus its sidecar (`<name>.meta.json`: meta and sources).
 * Reading both back with `parseCsv` gives the same dataset. Cells a spreadsheet would run as a
 * formula start with a single quote (`neutralizeFormula`), which `parseCsv` removes again.
 */
export function datasetToCsv(dataset: Dataset): { csv: string; sidecar: string } {
	const lines = [csvLine(CSV_COLUMNS.map((c) => c.name))];
	for (const ev of dataset.events) lines.push(csvLine(eventCells(ev)));
	const sidecar =
		JSON.stringify({ meta: dataset.meta, sources: dataset.sources }, null, '\t') + '\n';
	return { csv: lines.join('\n') + '\n', sidecar };
}
