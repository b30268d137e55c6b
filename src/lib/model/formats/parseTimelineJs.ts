/**
 * TimelineJS (Knight Lab) timelines: its JSON (`events[]` with `start_date` {year, month, day,
 * hour, …}, `text` {headline, text}, `media`, `group`, `display_date`, `unique_id`; a `title`
 * slide; `eras`) and its Google-Sheets template CSV (Year, Month, Day, Time, End Year, …,
 * Headline, Text, Media, …, Type, Group, Background).
 *
 * Quirks handled: numbers given as strings, empty strings for missing parts, HTML in headlines
 * and text (turned into plain text, http/https links kept in `links`), empty `unique_id` (a
 * unique slug is made from headline and date). Precision follows the parts present (a year alone
 * is "2013"). TimelineJS has no places: events get {name: "Unknown", precision: "unknown"},
 * except for StoryMapJS-style `location` {lat, lon, name} objects, or when a gazetteer is given
 * and a headline is exactly a known place name. Each file becomes one source that every event
 * cites by slide. Eras become events of category "era".
 */
import type { Issue } from '../types';
import { describe } from '../issue';
import type { ImportResult } from './assembleDataset';
import { csvLine, readCsvRecords } from './csvRecords';
import { parseJsonText } from './json';
import { CSV_FIELDS, JSON_FIELDS, assemble } from './timelineJsSlides';
import type {
	TimelineJsDate,
	TimelineJsDocument,
	TimelineJsOptions,
	TimelineJsSlide
} from './timelineJsTypes';

export function parseTimelineJsJson(input: string, opts: TimelineJsOptions): ImportResult {
	const parsed = parseJsonText(input, opts.file);
	if (!parsed.ok) return { dataset: null, issues: [parsed.issue] };
	const raw = parsed.value as Partial<TimelineJsDocument> | null;
	// Some files wrap the timeline: { "timeline": { … } }.
	const doc = (
		raw && typeof raw === 'object' && 'timeline' in raw
			? (raw as { timeline: unknown }).timeline
			: raw
	) as Partial<TimelineJsDocument> | null;
	if (!doc || typeof doc !== 'object' || !Array.isArray(doc.events)) {
		return {
			dataset: null,
			issues: [
				{
					file: opts.file,
					field: 'events',
					expected: 'a TimelineJS document with an "events" list',
					received:
						doc && typeof doc === 'object'
							? `fields ${Object.keys(doc).slice(0, 5).join(', ')}`
							: typeof doc,
					severity: 'error'
				}
			]
		};
	}
	const eras = Array.isArray(doc.eras) ? doc.eras : [];
	const n = doc.events.length;
	const slides = [
		...doc.events.map((slide, i) => ({ slide, row: i + 1, era: false })),
		...eras.map((slide, i) => ({ slide, row: n + i + 1, era: true }))
	];
	const result = assemble({ title: doc.title, events: slides }, JSON_FIELDS, { ...opts });
	for (const issue of result.issues) {
		if (issue.row !== undefined && issue.row > n && issue.file === opts.file) {
			issue.file = `${opts.file}#eras`;
			issue.row -= n;
		}
	}
	return result;
}

/** The columns of TimelineJS's spreadsheet template, in its order. */
export const TIMELINEJS_CSV_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;

function timeParts(t: string): Pick<TimelineJsDate, 'hour' | 'minute' | 'second'> {
	const [hour, minute, second] = t.trim().split(/[:.]/);
	return { hour, minute, second };
}

/** Read a TimelineJS spreadsheet (its Google Sheets template saved as CSV). Rows are CSV lines. */
export function parseTimelineJsCsv(input: string, opts: TimelineJsOptions): ImportResult {
	const { file } = opts;
	if (input.trim() === '') {
		return {
			dataset: null,
			issues: [
				{
					file,
					field: '',
					expected: 'a TimelineJS sheet',
					received: 'an empty file',
					severity: 'error'
				}
			]
		};
	}
	const read = readCsvRecords(input);
	const [header, ...rows] = read.records;
	const index = new Map<string, number>();
	header?.cells.forEach((h, i) => index.set(h.trim().toLowerCase(), i));
	if (!header || !index.has('year') || !index.has('headline')) {
		return {
			dataset: null,
			issues: [
				{
					file,
					row: 1,
					field: '',
					expected: `the TimelineJS template columns (${TIMELINEJS_CSV_COLUMNS.join(', ')})`,
					received: header
						? `a header ${describe(header.cells.slice(0, 6).join(','))}`
						: 'no header',
					severity: 'error'
				}
			]
		};
	}
	const issues: Issue[] = read.problems.map((p) => ({
		file,
		row: p.line,
		field: header.cells[p.cell] ?? `column ${p.cell + 1}`,
		expected: p.expected,
		received: p.received,
		severity: 'error' as const
	}));
	let title: TimelineJsSlide | undefined;
	let titleRow: number | undefined;
	const slides: { slide: TimelineJsSlide; row: number; era: boolean }[] = [];
	for (const r of rows) {
		if (r.cells.every((c) => c.trim() === '')) continue;
		const get = (c: string) => r.cells[index.get(c.toLowerCase()) ?? -1] ?? '';
		const date = (prefix: string): TimelineJsDate => ({
			year: get(`${prefix}Year`),
			month: get(`${prefix}Month`),
			day: get(`${prefix}Day`),
			...timeParts(get(`${prefix}Time`))
		});
		const slide: TimelineJsSlide = {
			start_date: date(''),
			end_date: date('End '),
			display_date: get('Display Date'),
			text: { headline: get('Headline'), text: get('Text') },
			media: {
				url: get('Media'),
				credit: get('Media Credit'),
				caption: get('Media Caption'),
				thumbnail: get('Media Thumbnail')
			},
			group: get('Group'),
			type: get('Type').trim().toLowerCase(),
			background: get('Background')
		};
		if (slide.type === 'title') {
			if (title) {
				issues.push({
					file,
					row: r.line,
					field: 'Type',
					expected: 'one title slide',
					received: 'a second one (read as an event)',
					severity: 'warning'
				});
			} else {
				title = slide;
				titleRow = r.line;
				continue;
			}
		}
		slides.push({ slide, row: r.line, era: slide.type === 'era' });
	}
	const result = assemble({ title, titleRow, events: slides }, CSV_FIELDS, opts);
	const all = [...issues, ...result.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
	return { dataset: result.dataset, issues: all };
}

/** Read either TimelineJS form, by content: JSON when it starts with "{", else the sheet CSV. */
export function parseTimelineJs(input: string, opts: TimelineJsOptions): ImportResult {
	return input.trimStart().startsWith('{')
		? parseTimelineJsJson(input, opts)
		: parseTimelineJsCsv(input, opts);
}

/** The header line of TimelineJS's spreadsheet template. */
export const TIMELINEJS_CSV_HEADER = csvLine(TIMELINEJS_CSV_COLUMNS);
