/**
 * Telling which of the formats we read a file is in, from its name, its content type and its
 * first characters: shared by the command line (`import`), `?data=` and opening a file in the
 * browser, so all three agree.
 */

/** The formats Chronoatlas reads: our JSON, our CSV template, GeoJSON, TimelineJS (JSON or sheet CSV). */
export const DATA_FORMATS = ['json', 'csv', 'geojson', 'timelinejs'] as const;
/** One of {@link DATA_FORMATS}. */
export type DataFormat = (typeof DATA_FORMATS)[number];

/** What is known about a file before it is parsed. */
export interface FormatHints {
	/** A file name or URL path (its extension is a hint). */
	name: string;
	/** The response's Content-Type or the file's MIME type, if any. */
	contentType?: string;
}

/** What detection found: a format, or why there is none (for the reader). */
export type Detection = { format: DataFormat } | { format: null; received: string };

/** True when `v` names a format (`?format=`, `--from`). */
export function isDataFormat(v: string): v is DataFormat {
	return (DATA_FORMATS as readonly string[]).includes(v);
}

/** The extension of a file name or URL path, lower case, with its dot ("" when none). */
export function extensionOf(name: string): string {
	const path = name.split(/[?#]/, 1)[0] ?? '';
	const last = path.split(/[\\/]/).pop() ?? '';
	const dot = last.lastIndexOf('.');
	return dot > 0 ? last.slice(dot).toLowerCase() : '';
}

const TIMELINEJS_HEADER = /(^|[,;\t])"?Year"?([,;\t]|$)/i;

/** The format of a file, from its name, content type and text (only its start is read, mostly). */
export function detectDataFormat(hints: FormatHints, text: string): Detection {
	const ext = extensionOf(hints.name);
	const type = (hints.contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
	const head = text.slice(0, 4096);
	const start = head.trimStart();
	if (start === '') return { format: null, received: 'an empty file' };
	if (start.startsWith('<')) {
		return {
			format: null,
			received: /^<(!doctype html|html|head|body)/i.test(start)
				? 'an HTML page (is the address that of the file itself, and is the sheet published?)'
				: 'markup (XML or HTML), not data'
		};
	}
	if (ext === '.geojson' || type === 'application/geo+json') return { format: 'geojson' };
	if (start.startsWith('{') || start.startsWith('[')) {
		if (/"type"\s*:\s*"Feature(Collection)?"/.test(head)) return { format: 'geojson' };
		// Our files open with "meta"; a TimelineJS file has none, and its dates may come late.
		if (/"meta"\s*:/.test(head)) return { format: 'json' };
		if (/"start_date"\s*:/.test(text)) return { format: 'timelinejs' };
		if (/"events"\s*:/.test(head)) return { format: 'json' };
		try {
			JSON.parse(text);
		} catch (e) {
			return { format: null, received: `text that is not valid JSON (${(e as Error).message})` };
		}
		return {
			format: null,
			received: 'JSON that is not a dataset (no "events", "meta", "features" or "start_date")'
		};
	}
	const first = head.split(/\r?\n/, 1)[0] ?? '';
	if (TIMELINEJS_HEADER.test(first) && /Headline/i.test(first)) return { format: 'timelinejs' };
	const csvByName = ext === '.csv' || ext === '.tsv' || ext === '.txt';
	const csvByType = type === 'text/csv' || type === 'text/tab-separated-values';
	if (csvByName || csvByType || /[,;\t]/.test(first)) return { format: 'csv' };
	return { format: null, received: 'text that is neither JSON nor a table with a header row' };
}
