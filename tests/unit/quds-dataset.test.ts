/**
 * The flagship dataset (data/quds-day/dataset.json) against its promises: it validates
 * cleanly, the key events are dated as the documents allow, every claim is cited, disputes name
 * known sources, and loaded terms appear only inside attributed quotations.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventTime } from '../../src/lib/model/dates';
import { parseDataset } from '../../src/lib/model/parseDataset';
import type { Event } from '../../src/lib/model/types';

const FILE = 'data/quds-day/dataset.json';
const raw: unknown = JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8'));
const result = await parseDataset(raw, FILE);
const dataset = result.dataset;
const events: Event[] = dataset?.events ?? [];
const byId = new Map(events.map((e) => [e.id, e]));
const sourceIds = new Set((dataset?.sources ?? []).map((s) => s.id));

/**
 * Terms that carry one side's characterization, as they occur in the five documents. In our own
 * text they may appear only inside a quotation in a sentence that attributes it.
 */
const LOADED_TERMS: RegExp[] = [
	/\bterror(?:ist|ists|ism)?\b/i,
	/\bmartyr(?:s|dom)?\b/i,
	/\bzionis(?:t|ts|m)\b/i,
	/\busurp(?:er|ers|ed|ing|ation)?\b/i,
	/\boccupation\b/i,
	/\boccupied\b/i,
	/\bincite(?:s|d|ment)?\b/i,
	/\bhate\b/i,
	/\bgenocide\b/i,
	/\bapartheid\b/i,
	/\bliberat(?:e|ed|es|ion|ing)\b/i,
	/\bresistance\b/i,
	/\bextremis(?:t|ts|m)\b/i,
	/\bradicals?\b/i,
	/\bantisemiti(?:c|sm)\b/i,
	/\bmassacres?\b/i,
	/\batrocit(?:y|ies)\b/i,
	/\boppress(?:ed|or|ors|ion|ive)\b/i,
	/\bdesecrat(?:e|ed|ion)\b/i,
	/\bstorm(?:ed|ing)\b/i,
	/\bproxies\b/i,
	/\bpro-iranian\b/i,
	/\bshow of force\b/i,
	/\bpropaganda\b/i,
	/\belimination\b/i,
	/\bjihad(?:i|ist|ists)?\b/i,
	/\bmujahid(?:s|een)?\b/i,
	/\bfinal solution\b/i,
	/\bregime\b/i,
	/\bbrutal(?:ity)?\b/i,
	/\bcrimes?\b/i,
	/\baggression\b/i,
	/\billegal\b/i,
	/\bfreedom fighters?\b/i,
	/\bdestruction\b/i,
	/\binnocent\b/i,
	/\bdespotic\b/i,
	/\benemy\b/i,
	/\bbullies\b/i
];

/** Proper names that contain a loaded term without characterizing anyone. */
const NAMES = ['International Institute for Counter-Terrorism', 'Counter-Terrorism'];

/** Words that attribute a quotation to someone within its sentence. */
const ATTRIBUTION =
	/\b(?:according to|says?|said|calls?|called|describes?|described|wrote|writes|tweeted|quotes?|quoted|reports?|reported|stated|states|noted|notes|added|captioned|claims?|claimed|in (?:his|her|its|their|the report's|the article's) words|wording|rendering|paraphrase)\b/i;

/** Spans of text inside double quotation marks (straight or curly). */
function quoteSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const m of text.matchAll(/“[^”]*”|"[^"]*"/g)) {
		spans.push([m.index, m.index + m[0].length]);
	}
	return spans;
}

/** Sentence ranges, ignoring full stops inside quotations. */
function sentenceRanges(text: string, spans: [number, number][]): [number, number][] {
	const masked = [...text];
	for (const [a, b] of spans) for (let i = a + 1; i < b - 1; i++) masked[i] = 'x';
	const flat = masked.join('');
	const ranges: [number, number][] = [];
	let start = 0;
	for (const m of flat.matchAll(/[.!?](?=\s+|$)/g)) {
		ranges.push([start, m.index + 1]);
		start = m.index + 1;
	}
	if (start < text.length) ranges.push([start, text.length]);
	return ranges;
}

/**
 * The loaded terms in `text` that are not inside an attributed quotation: either outside any
 * quotation marks, or quoted in a sentence that says nowhere (outside its quotes) who said it.
 */
export function unattributedLoadedTerms(text: string): string[] {
	let t = text;
	for (const name of NAMES) t = t.split(name).join(' '.repeat(name.length));
	const spans = quoteSpans(t);
	const sentences = sentenceRanges(t, spans);
	const found: string[] = [];
	for (const term of LOADED_TERMS) {
		const re = new RegExp(term.source, 'gi');
		for (const m of t.matchAll(re)) {
			const i = m.index;
			const inQuote = spans.some(([a, b]) => i > a && i < b);
			if (!inQuote) {
				found.push(m[0]);
				continue;
			}
			const [sa, sb] = sentences.find(([a, b]) => i >= a && i < b) ?? [0, t.length];
			let outside = t.slice(sa, sb);
			for (const [a, b] of spans) {
				if (a >= sa && b <= sb) {
					outside = outside.slice(0, a - sa) + ' '.repeat(b - a) + outside.slice(b - sa);
				}
			}
			if (!ATTRIBUTION.test(outside)) found.push(m[0]);
		}
	}
	return found;
}

describe('unattributedLoadedTerms (the checker itself)', () => {
	it.each([
		['plain neutral text', 'Rallies were held in Tehran on 8 June 2018.', []],
		['a loaded term stated as fact', 'The occupation of Jerusalem continued.', ['occupation']],
		['quoted but not attributed', 'The “Zionist regime” was criticized.', ['Zionist', 'regime']],
		[
			'quoted and attributed with "according to"',
			'According to the report, he spoke of “the Zionist regime”.',
			[]
		],
		['quoted and attributed with "said"', 'He said that “resistance is alive”.', []],
		[
			'attribution in another sentence does not count',
			'The article says so. The crowd wanted “liberation”.',
			['liberation']
		],
		[
			'a full stop inside the quotation does not end the sentence',
			'He wrote: “the west bank should be armed. The only thing is the use of force”, the report says.',
			[]
		],
		[
			'a loaded word outside quotes is caught even when the sentence is attributed',
			'According to the article, the martyrs were honoured.',
			['martyrs']
		],
		['straight quotes work too', 'The article calls it "the Israeli genocide in Gaza".', []],
		[
			'a proper name is not a characterization',
			'The International Institute for Counter-Terrorism was founded in 1996.',
			[]
		],
		['terrorism outside a name is caught', 'They fought terrorism.', ['terrorism']]
	])('%s', (_label, text, expected) => {
		expect(unattributedLoadedTerms(text)).toEqual(expected);
	});
});

describe('the Quds Day dataset', () => {
	it('validates with no errors and no warnings', () => {
		expect(result.issues).toEqual([]);
		expect(dataset).not.toBeNull();
		expect(events.length).toBeGreaterThan(40);
		expect(result.events.filter((e) => !e.computed)).toHaveLength(events.length);
	});

	it('asks for the computed Quds Day series and has its category', () => {
		expect(dataset?.meta.computedSeries).toContain('quds-day');
		expect(dataset?.meta.categories.map((c) => c.id)).toContain('observance');
	});

	it('keeps computed events out of the file, and clear of the series ids', () => {
		for (const e of events) {
			expect(e.computed).toBeUndefined();
			expect(e.id).not.toMatch(/^quds-day-\d{4}(?:-\d+)?$/);
		}
	});

	it('has the 1979 declaration with a recorded dispute over its year', () => {
		const d = byId.get('khomeini-declares-quds-day-1979');
		expect(d).toBeDefined();
		expect(d?.start.slice(0, 4)).toBe('1979');
		const year = d?.disputes.find((x) => x.field === 'start');
		expect(year?.values.map((v) => v.value)).toEqual(expect.arrayContaining(['1979', '1980']));
		expect(year?.values.some((v) => v.sources.includes('record'))).toBe(true);
		const who = d?.disputes.find((x) => x.field === 'actors');
		expect(who?.values.some((v) => v.value.includes('Ali Khomenei'))).toBe(true);
		expect(who?.values.some((v) => v.sources.includes('record') && /Ruhollah/.test(v.value))).toBe(
			true
		);
	});

	it('dates the 2013 Toronto rally to the year only', () => {
		const t = byId.get('toronto-rally-2013');
		expect(t?.start).toBe('2013');
		const time = eventTime(t?.start ?? '');
		expect(time.ok && time.time.precision).toBe('year');
		expect(t?.place.precision).toBe('city');
	});

	it('has the 2020 online conference online, without coordinates, with linked places', () => {
		const c = byId.get('ihrc-online-conference-2020');
		expect(c?.start).toBe('2020-05-22');
		expect(c?.place.precision).toBe('online');
		expect(c?.place.lat).toBeUndefined();
		expect(c?.place.lon).toBeUndefined();
		const linked = c?.place.linked ?? [];
		expect(linked.length).toBeGreaterThanOrEqual(20);
		for (const l of linked) {
			expect(l.lat).toBeTypeOf('number');
			expect(l.lon).toBeTypeOf('number');
			expect(['country', 'city']).toContain(l.precision);
		}
	});

	it('gives no online event coordinates', () => {
		for (const e of events.filter((x) => x.place.precision === 'online')) {
			expect(e.place.lat, e.id).toBeUndefined();
		}
	});

	it.each(events.map((e) => [e.id, e]))('%s cites a known source with a locator', (_id, e) => {
		expect(e.sources.length).toBeGreaterThan(0);
		for (const s of e.sources) {
			expect(sourceIds.has(s.source), s.source).toBe(true);
			expect(s.locator.trim()).not.toBe('');
			if (s.quote) expect(s.quote.length).toBeLessThanOrEqual(300);
		}
	});

	it('cites only known sources or "record" in disputes', () => {
		const disputes = events.flatMap((e) => e.disputes);
		expect(disputes.length).toBeGreaterThanOrEqual(10);
		for (const d of disputes) {
			for (const v of d.values) {
				for (const s of v.sources) expect(s === 'record' || sourceIds.has(s), s).toBe(true);
			}
		}
	});

	it('records participation figures that only one side gives, and a headline–body mismatch', () => {
		const fields = (id: string) => byId.get(id)?.disputes.map((d) => d.field) ?? [];
		expect(fields('iran-rallies-2025')).toContain('participants');
		expect(fields('gaza-war-2023')).toContain('casualties');
		const kl = byId
			.get('kuala-lumpur-rally-2025')
			?.disputes.find((d) => d.field === 'participants');
		expect(kl?.values.map((v) => v.locator)).toEqual(
			expect.arrayContaining(['para. 9 (subheading)', 'para. 10'])
		);
	});

	it('gives every source a publisher, a date written and how it was derived', () => {
		for (const s of dataset?.sources ?? []) {
			expect(s.publisher).not.toBe('');
			expect(s.written).toBeTruthy();
			expect(s.writtenNote).toBeTruthy();
			expect(s.perspective).not.toBe('');
		}
	});

	it('lists story ids that exist', () => {
		for (const id of dataset?.meta.story ?? []) expect(byId.has(id), id).toBe(true);
	});

	it.each(events.map((e) => [e.id, e]))(
		'%s keeps loaded terms inside attributed quotations',
		(_id, e) => {
			expect(unattributedLoadedTerms(e.title)).toEqual([]);
			expect(unattributedLoadedTerms(e.summary)).toEqual([]);
			expect(unattributedLoadedTerms(e.dateNote ?? '')).toEqual([]);
			for (const d of e.disputes) expect(unattributedLoadedTerms(d.note)).toEqual([]);
		}
	);
});
