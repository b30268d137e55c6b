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
import { eventTime, parseEdtfDate } from '../dates';
import '../edtfParser';
import type { Dataset, Issue } from '../types';
import {
	assembleDataset,
	type Draft,
	type ImportResult,
	type PlaceResolver
} from './assembleDataset';
import { csvLine, readCsvRecords } from './csvRecords';
import { htmlLinks, htmlToText, httpUrl } from './htmlToText';
import { parseJsonText } from './json';
import { slugify, uniqueSlug } from './slug';

/** A TimelineJS date: every part may be a string, a number, empty or missing. */
export interface TimelineJsDate {
	year?: string | number;
	month?: string | number;
	day?: string | number;
	hour?: string | number;
	minute?: string | number;
	second?: string | number;
	millisecond?: string | number;
	display_date?: string;
	format?: string;
}

/** A TimelineJS slide (event, title or era), as found in its JSON. */
export interface TimelineJsSlide {
	start_date?: TimelineJsDate;
	end_date?: TimelineJsDate;
	text?: { headline?: string; text?: string };
	media?: { url?: string; caption?: string; credit?: string; thumbnail?: string };
	group?: string;
	display_date?: string;
	unique_id?: string;
	type?: string;
	background?: { url?: string; color?: string };
	/** StoryMapJS-style location, found in some real TimelineJS files. */
	location?: {
		lat?: number | string;
		lon?: number | string;
		name?: string;
		zoom?: number | string;
	};
}

/** A TimelineJS document. */
export interface TimelineJsDocument {
	title?: TimelineJsSlide;
	events: TimelineJsSlide[];
	eras?: TimelineJsSlide[];
	scale?: string;
}

/** Options of the TimelineJS readers. */
export interface TimelineJsOptions {
	file: string;
	meta?: unknown;
	sources?: unknown[];
	metaFile?: string;
	/** When given, headlines and location names are looked up (only exact matches are used). */
	resolvePlace?: PlaceResolver;
}

const TITLE_MAX = 200;

function text(v: unknown): string {
	if (typeof v === 'string') return v;
	if (typeof v === 'number' && Number.isFinite(v)) return String(v);
	return '';
}

/** Field names used in issues: the JSON path or the spreadsheet column. */
interface Fields {
	year: (end: boolean) => string;
	part: (end: boolean, part: 'month' | 'day' | 'time') => string;
	headline: string;
	location: string;
}

const JSON_FIELDS: Fields = {
	year: (end) => `${end ? 'end_date' : 'start_date'}.year`,
	part: (end, part) => `${end ? 'end_date' : 'start_date'}.${part === 'time' ? 'hour' : part}`,
	headline: 'text.headline',
	location: 'location'
};

const CSV_FIELDS: Fields = {
	year: (end) => (end ? 'End Year' : 'Year'),
	part: (end, part) => `${end ? 'End ' : ''}${part[0]!.toUpperCase()}${part.slice(1)}`,
	headline: 'Headline',
	location: 'Location'
};

function edtfYear(y: number): string {
	if (Math.abs(y) > 9999) return `Y${y}`;
	return y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
}

/** A TimelineJS date as EDTF at the precision of the parts present, plus a time note. */
function toEdtf(
	d: TimelineJsDate | undefined,
	end: boolean,
	fields: Fields,
	problem: (
		field: string,
		expected: string,
		received: string,
		severity?: 'error' | 'warning'
	) => void
): { edtf?: string; time?: string; failed?: boolean } {
	if (!d || typeof d !== 'object') return {};
	const y = text(d.year).trim();
	const m = text(d.month).trim();
	const day = text(d.day).trim();
	if (y === '') {
		if (!m && !day) return {};
		problem(fields.year(end), 'a year with the month and day', 'nothing');
		return { failed: true };
	}
	if (!/^-?\d+$/.test(y)) {
		problem(fields.year(end), 'a year as a whole number', JSON.stringify(y));
		return { failed: true };
	}
	let out = edtfYear(Number(y));
	if (m !== '') {
		if (!/^\d{1,2}$/.test(m)) {
			problem(fields.part(end, 'month'), 'a month from 1 to 12', JSON.stringify(m));
			return { failed: true };
		}
		out += `-${m.padStart(2, '0')}`;
		if (day !== '') {
			if (!/^\d{1,2}$/.test(day)) {
				problem(fields.part(end, 'day'), 'a day from 1 to 31', JSON.stringify(day));
				return { failed: true };
			}
			out += `-${day.padStart(2, '0')}`;
		}
	} else if (day !== '') {
		problem(
			fields.part(end, 'day'),
			'a month with the day',
			`day ${day} without a month (day left out)`,
			'warning'
		);
	}
	const hh = text(d.hour).trim();
	const mm = text(d.minute).trim();
	const ss = text(d.second).trim();
	const time =
		hh === ''
			? undefined
			: [hh, mm || '0', ss]
					.filter((x) => x !== '')
					.map((x) => x.padStart(2, '0'))
					.join(':');
	return { edtf: out, time };
}

function firstSentence(t: string): string {
	const line = t.split('\n')[0] ?? '';
	const m = /^(.{10,100}?[.!?])\s/.exec(line + ' ');
	if (m) return m[1]!;
	if (line.length <= 100) return line;
	return line.slice(0, 100).replace(/\s+\S*$/, '') + '…';
}

/** Turn slides into drafts (events) for `assembleDataset`. */
function slidesToDrafts(
	slides: { slide: TimelineJsSlide; row: number; era: boolean }[],
	sourceId: string,
	fields: Fields,
	opts: TimelineJsOptions
): Draft[] {
	const taken = new Set<string>();
	const drafts: Draft[] = [];
	for (const { slide, row, era } of slides) {
		const issues: Issue[] = [];
		const problem = (
			field: string,
			expected: string,
			received: string,
			severity: 'error' | 'warning' = 'error'
		) => issues.push({ file: opts.file, row, field, expected, received, severity });
		const s = slide && typeof slide === 'object' ? slide : ({} as TimelineJsSlide);
		const headlineHtml = text(s.text?.headline);
		const bodyHtml = text(s.text?.text);
		const caption = htmlToText(text(s.media?.caption), true);
		const credit = htmlToText(text(s.media?.credit), true);
		const body = htmlToText(bodyHtml);
		let title = htmlToText(headlineHtml, true);
		if (title === '') {
			const fallback = firstSentence(body) || caption;
			if (fallback) {
				title = fallback;
				problem(
					fields.headline,
					'a headline',
					`nothing (title taken from the ${firstSentence(body) ? 'text' : 'media caption'})`,
					'warning'
				);
			}
		}
		if (title.length > TITLE_MAX) {
			problem(
				fields.headline,
				`a headline of at most ${TITLE_MAX} characters`,
				`${title.length} characters (shortened; full text kept in the summary)`,
				'warning'
			);
			title = title.slice(0, TITLE_MAX - 1) + '…';
		}
		const start = toEdtf(s.start_date, false, fields, problem);
		const end = toEdtf(s.end_date, true, fields, problem);
		if (!s.start_date || start.edtf === undefined) {
			if (!issues.some((i) => i.severity === 'error'))
				problem(fields.year(false), 'a start date with at least a year', 'nothing');
		}
		const notes: string[] = [];
		const display = text(s.display_date ?? s.start_date?.display_date).trim();
		if (display) notes.push(`Shown as "${display}" in the TimelineJS source.`);
		if (start.time) notes.push(`Time given: ${start.time}${end.time ? `–${end.time}` : ''}.`);
		const summaryParts = [body];
		if (title.length >= TITLE_MAX) summaryParts.unshift(htmlToText(headlineHtml, true));
		// Media may be HTML itself (a blockquote or an embed) rather than a URL.
		const mediaUrl = text(s.media?.url).trim();
		const mediaHtml = mediaUrl.startsWith('<') ? htmlToText(mediaUrl) : '';
		const mediaText = [mediaHtml, caption, credit ? `credit: ${credit}` : '']
			.filter(Boolean)
			.join('; ');
		if (mediaText) summaryParts.push(`Media: ${mediaText}`);
		const links: string[] = [];
		for (const l of [
			...htmlLinks(headlineHtml),
			...htmlLinks(bodyHtml),
			httpUrl(mediaUrl),
			...htmlLinks(mediaUrl),
			...htmlLinks(text(s.media?.credit)),
			...htmlLinks(text(s.media?.caption))
		]) {
			if (l && !links.includes(l)) links.push(l);
		}
		const givenId = text(s.unique_id).trim();
		let id: string;
		if (givenId) {
			id = uniqueSlug(givenId, taken, 'event');
			if (id !== slugify(givenId))
				problem(
					'unique_id',
					'a unique id',
					`${JSON.stringify(givenId)} again (used "${id}")`,
					'warning'
				);
		} else {
			id = uniqueSlug(
				`${era ? 'era ' : ''}${title} ${start.edtf ?? ''}`,
				taken,
				era ? 'era' : 'event'
			);
		}
		const place: Record<string, unknown> = { name: 'Unknown', precision: 'unknown' };
		const loc = s.location;
		if (loc && typeof loc === 'object') {
			const lat = Number(text(loc.lat));
			const lon = Number(text(loc.lon));
			const name = text(loc.name).trim();
			const zoom = Number(text(loc.zoom));
			if (
				text(loc.lat) !== '' &&
				text(loc.lon) !== '' &&
				Number.isFinite(lat) &&
				Number.isFinite(lon)
			) {
				place.name = name || `${lat}, ${lon}`;
				place.lat = lat;
				place.lon = lon;
				place.precision =
					zoom >= 14 ? 'site' : zoom >= 9 || !zoom ? 'city' : zoom >= 5 ? 'region' : 'country';
				place.note = 'From the TimelineJS location.';
			} else if (name) {
				place.name = name;
				delete place.precision;
			}
		} else if (opts.resolvePlace && title) {
			const r = opts.resolvePlace(title);
			if (r.status === 'found') {
				Object.assign(place, {
					name: title,
					lat: r.place.lat,
					lon: r.place.lon,
					country: r.place.country,
					precision: r.place.precision,
					note: 'Headline matched in the GeoNames gazetteer.'
				});
			} else if (r.status === 'ambiguous') {
				problem(
					fields.headline,
					'a headline naming one place (it names several in the gazetteer; left as Unknown)',
					`${JSON.stringify(title)} (${r.candidates.length} places)`,
					'warning'
				);
			}
		}
		const ev: Record<string, unknown> = {
			id,
			title,
			summary: summaryParts.filter(Boolean).join('\n\n'),
			place,
			category: era ? 'Era' : text(s.group).trim() || 'Event',
			sources: [{ source: sourceId, locator: givenId ? `slide "${givenId}"` : `slide ${row}` }],
			links
		};
		if (start.edtf !== undefined) ev.start = start.edtf;
		if (end.edtf !== undefined) ev.end = end.edtf;
		if (notes.length) ev.dateNote = notes.join(' ');
		if (era) ev.tags = ['era'];
		const reported: string[] = [];
		if (start.edtf === undefined) reported.push('start');
		if (end.failed) reported.push('end');
		drafts.push({ row, event: ev, issues, reported });
	}
	return drafts;
}

function baseName(file: string): string {
	return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '');
}

function assemble(
	doc: { title?: TimelineJsSlide; events: { slide: TimelineJsSlide; row: number; era: boolean }[] },
	fields: Fields,
	opts: TimelineJsOptions
): ImportResult {
	const base = baseName(opts.file);
	const sourceId = slugify(`timelinejs ${base}`) || 'timelinejs';
	const title = htmlToText(text(doc.title?.text?.headline), true);
	const description = htmlToText(text(doc.title?.text?.text));
	const source = {
		id: sourceId,
		title: title || base,
		publisher: 'unknown',
		type: 'other',
		perspective: 'not assessed (imported from a TimelineJS file)',
		file: opts.file.split(/[\\/]/).pop() ?? opts.file
	};
	const drafts = slidesToDrafts(doc.events, sourceId, fields, opts);
	const given = (opts.sources ?? []).filter((s) => (s as { id?: unknown })?.id !== sourceId);
	return assembleDataset(drafts, {
		file: opts.file,
		meta: opts.meta,
		sources: [...given, source],
		metaFile: opts.metaFile,
		metaDefaults: { title: title || base, description },
		resolvePlace: opts.resolvePlace
	});
}

/** Read a TimelineJS JSON file. Rows are event numbers (events[n-1]); eras are reported as `file#eras`. */
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

const CSV_COLUMNS = [
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
					expected: `the TimelineJS template columns (${CSV_COLUMNS.join(', ')})`,
					received: header
						? `a header ${JSON.stringify(header.cells.slice(0, 6).join(','))}`
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
			type: get('Type').trim().toLowerCase()
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
				continue;
			}
		}
		slides.push({ slide, row: r.line, era: slide.type === 'era' });
	}
	const result = assemble({ title, events: slides }, CSV_FIELDS, opts);
	const all = [...issues, ...result.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
	return { dataset: result.dataset, issues: all };
}

/** Read either TimelineJS form, by content: JSON when it starts with "{", else the sheet CSV. */
export function parseTimelineJs(input: string, opts: TimelineJsOptions): ImportResult {
	return input.trimStart().startsWith('{')
		? parseTimelineJsJson(input, opts)
		: parseTimelineJsCsv(input, opts);
}

function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function paragraphs(s: string): string {
	return s
		.split(/\n{2,}/)
		.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
		.join('');
}

function tjsDate(edtf: string | undefined): TimelineJsDate | undefined {
	if (!edtf || edtf === '..') return undefined;
	const r = parseEdtfDate(edtf);
	if (!r.ok) return undefined;
	const d = r.date;
	if (d.precision === 'century' || d.precision === 'decade') {
		return { year: String(new Date(d.min).getUTCFullYear()) };
	}
	const out: TimelineJsDate = { year: String(d.year) };
	if (d.month !== undefined && (d.precision === 'month' || d.precision === 'day'))
		out.month = String(d.month + 1);
	if (d.day !== undefined && d.precision === 'day') out.day = String(d.day);
	return out;
}

/**
 * Write a dataset as a TimelineJS JSON document. Text is HTML-escaped; the place, sources and
 * links are added to the slide text; imprecise dates carry our label as `display_date`.
 * TimelineJS has no places or sources, so reading this back is not lossless (use CSV or GeoJSON).
 */
export function datasetToTimelineJs(dataset: Dataset): TimelineJsDocument {
	const labels = new Map(dataset.meta.categories.map((c) => [c.id, c.label]));
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const events: TimelineJsSlide[] = [];
	for (const ev of dataset.events) {
		const start = tjsDate(ev.start);
		if (!start) continue;
		const t = eventTime(ev.start, ev.end);
		const parts = [paragraphs(ev.summary)];
		if (ev.place.precision !== 'unknown') parts.push(`<p>Place: ${escapeHtml(ev.place.name)}</p>`);
		if (ev.sources.length) {
			const cites = ev.sources.map(
				(r) => `${escapeHtml(sources.get(r.source)?.title ?? r.source)} (${escapeHtml(r.locator)})`
			);
			parts.push(`<p>Sources: ${cites.join('; ')}</p>`);
		}
		if (ev.links.length) {
			parts.push(
				`<p>${ev.links.map((l) => `<a href="${escapeHtml(l)}">${escapeHtml(l)}</a>`).join('<br>')}</p>`
			);
		}
		const slide: TimelineJsSlide = {
			unique_id: ev.id,
			start_date: start,
			text: { headline: escapeHtml(ev.title), text: parts.filter((p) => p !== '<p></p>').join('') },
			group: labels.get(ev.category) ?? ev.category
		};
		const end = tjsDate(ev.end);
		if (end) slide.end_date = end;
		if (t.ok) slide.display_date = t.time.label;
		events.push(slide);
	}
	return {
		title: {
			text: { headline: escapeHtml(dataset.meta.title), text: paragraphs(dataset.meta.description) }
		},
		events
	};
}

/** The TimelineJS template header, for tests and docs. */
export const TIMELINEJS_CSV_HEADER = csvLine(CSV_COLUMNS);
