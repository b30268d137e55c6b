/**
 * TimelineJS slides into our drafts: dates to EDTF, HTML to plain text and links, places from
 * StoryMapJS-style locations or the gazetteer, ids from headlines; then the shared assembly.
 */
import '../edtfParser';
import type { Issue } from '../types';
import { assembleDataset, type Draft, type ImportResult } from './assembleDataset';
import { htmlLinks, htmlToText } from './htmlToText';
import { readMedia, text, titleMedia } from './timelineJsMedia';
import { slugify, uniqueSlug } from './slug';
import { describe } from '../issue';
import { isPrototypeName, NOT_A_PROTOTYPE_NAME } from '../slugPattern';
import type { TimelineJsDate, TimelineJsOptions, TimelineJsSlide } from './timelineJsTypes';

const TITLE_MAX = 200;

/** Where a format keeps each part of a slide: field names used in issues. */
export interface Fields {
	year: (end: boolean) => string;
	part: (end: boolean, part: 'month' | 'day' | 'time') => string;
	headline: string;
	location: string;
	media: string;
	thumbnail: string;
	background: string;
	type: string;
}

/** Where the JSON format keeps a slide's parts. */
export const JSON_FIELDS: Fields = {
	year: (end) => `${end ? 'end_date' : 'start_date'}.year`,
	part: (end, part) => `${end ? 'end_date' : 'start_date'}.${part === 'time' ? 'hour' : part}`,
	headline: 'text.headline',
	location: 'location',
	media: 'media.url',
	thumbnail: 'media.thumbnail',
	background: 'background',
	type: 'type'
};

/** Where the spreadsheet template keeps a row's parts. */
export const CSV_FIELDS: Fields = {
	year: (end) => (end ? 'End Year' : 'Year'),
	part: (end, part) => `${end ? 'End ' : ''}${part[0]!.toUpperCase()}${part.slice(1)}`,
	headline: 'Headline',
	location: 'Location',
	media: 'Media',
	thumbnail: 'Media Thumbnail',
	background: 'Background',
	type: 'Type'
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
		problem(fields.year(end), 'a year as a whole number', describe(y));
		return { failed: true };
	}
	// TimelineJS shows year -500 as "500 BCE": its years are historical, with no year 0, while
	// EDTF years are astronomical (0 is 1 BCE, -499 is 500 BCE).
	const year = Number(y);
	if (year === 0) {
		problem(
			fields.year(end),
			'a year other than 0 (TimelineJS has none: -1 is 1 BCE, 1 is 1 CE)',
			'0 (read as 1 BCE)',
			'warning'
		);
	}
	let out = edtfYear(year < 0 ? year + 1 : year);
	if (m !== '') {
		if (!/^\d{1,2}$/.test(m)) {
			problem(fields.part(end, 'month'), 'a month from 1 to 12', describe(m));
			return { failed: true };
		}
		out += `-${m.padStart(2, '0')}`;
		if (day !== '') {
			if (!/^\d{1,2}$/.test(day)) {
				problem(fields.part(end, 'day'), 'a day from 1 to 31', describe(day));
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
	if (hh === '') return { edtf: out };
	const parts = [hh, mm || '0', ss].filter((x) => x !== '');
	const valid = parts.every((x, i) => /^\d{1,2}$/.test(x) && Number(x) <= (i === 0 ? 23 : 59));
	if (!valid) {
		problem(
			fields.part(end, 'time'),
			'a time of day such as 14:30 (hours 0 to 23, minutes and seconds 0 to 59)',
			`${describe(parts.join(':'))} (left out)`,
			'warning'
		);
		return { edtf: out };
	}
	return { edtf: out, time: parts.map((x) => x.padStart(2, '0')).join(':') };
}

function firstSentence(t: string): string {
	const line = t.split('\n')[0] ?? '';
	const m = /^(.{10,100}?[.!?])\s/.exec(line + ' ');
	if (m) return m[1]!;
	if (line.length <= 100) return line;
	return line.slice(0, 100).replace(/\s+\S*$/, '') + '…';
}

/** Turn slides into drafts (events) for `assembleDataset`. */
export function slidesToDrafts(
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
		const media = readMedia(s, fields, problem);
		// Caption and credit travel with the media; without one they stay in the summary.
		if (media.kept) {
			if (caption) media.kept.caption = caption;
			if (credit) media.kept.credit = credit;
		}
		const mediaText = [
			media.text,
			media.kept ? '' : caption,
			!media.kept && credit ? `credit: ${credit}` : ''
		]
			.filter(Boolean)
			.join('; ');
		if (mediaText) summaryParts.push(`Media: ${mediaText}`);
		// A Set: a text of a megabyte may hold tens of thousands of links.
		const links = new Set<string>();
		for (const list of [
			htmlLinks(headlineHtml),
			htmlLinks(bodyHtml),
			media.links,
			htmlLinks(text(s.media?.credit)),
			htmlLinks(text(s.media?.caption))
		])
			for (const l of list) links.add(l);
		const type = text(s.type).trim().toLowerCase();
		if (type !== '' && type !== 'title' && type !== 'era') {
			problem(
				fields.type,
				'"title", "era" or nothing',
				`${describe(text(s.type))} (read as an event)`,
				'warning'
			);
		}
		const givenId = text(s.unique_id).trim();
		let id: string;
		if (givenId) {
			id = uniqueSlug(givenId, taken, 'event');
			const slug = slugify(givenId);
			if (isPrototypeName(slug))
				problem(
					'unique_id',
					NOT_A_PROTOTYPE_NAME,
					`${describe(givenId)} (used "${id}")`,
					'warning'
				);
			else if (id !== slug)
				problem('unique_id', 'a unique id', `${describe(givenId)} again (used "${id}")`, 'warning');
			else if (slug !== givenId)
				problem(
					'unique_id',
					'an id made of lower-case letters, digits and single hyphens',
					`${describe(givenId)} (used "${id}")`,
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
					`${describe(title)} (${r.candidates.length} places)`,
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
			links: [...links]
		};
		if (start.edtf !== undefined) ev.start = start.edtf;
		if (end.edtf !== undefined) ev.end = end.edtf;
		if (notes.length) ev.dateNote = notes.join(' ');
		if (era) ev.tags = ['era'];
		if (media.kept) ev.media = media.kept;
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

/** Assemble drafts into a dataset with one source for the file. */
export function assemble(
	doc: {
		title?: TimelineJsSlide;
		/** The title slide's row (the spreadsheet's line), when it has one. */
		titleRow?: number;
		events: { slide: TimelineJsSlide; row: number; era: boolean }[];
	},
	fields: Fields,
	opts: TimelineJsOptions
): ImportResult {
	const titleIssues = titleMedia(doc.title, doc.titleRow, fields, opts.file);
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
	const result = assembleDataset(drafts, {
		file: opts.file,
		meta: opts.meta,
		sources: [...given, source],
		metaFile: opts.metaFile,
		metaDefaults: { title: title || base, description },
		resolvePlace: opts.resolvePlace
	});
	for (const i of result.issues) titleIssues.push(i);
	return { dataset: result.dataset, issues: titleIssues };
}
