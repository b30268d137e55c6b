/**
 * EDTF (ISO 8601-2) dates: parsing (a fast path, else the `edtf` package), and everything the
 * views need derived in one place: the earliest and latest instant an event could cover, its
 * precision, and a human label that is never more precise than the data ("2013", "May 2020",
 * "c. 1979", "late April – 22 May 2020").
 *
 * All instants are UTC milliseconds. Labels are built from the parsed calendar fields (not from
 * instants), so they never shift a day in a non-UTC time zone.
 */
import { dateLabel, rangeLabel } from './dateLabel';

/** How finely a single EDTF date is known. */
export type DatePrecision = 'century' | 'decade' | 'year' | 'season' | 'month' | 'day';

/** A parsed single EDTF date (not an interval). */
export interface ParsedDate {
	/** The EDTF string as given. */
	edtf: string;
	/** First UTC millisecond it could denote. */
	min: number;
	/** Last UTC millisecond it could denote. */
	max: number;
	precision: DatePrecision;
	/** Astronomical year (0 = 1 BCE). */
	year: number;
	/** 0-based month, when known. */
	month?: number;
	/** Day of month, when known. */
	day?: number;
	/** For a day given as "2X": which part of the month ("early", "mid", "late"). */
	partOfMonth?: 'early' | 'mid' | 'late';
	/** For a season (EDTF 21–24): its name. */
	season?: string;
	approximate: boolean;
	uncertain: boolean;
}

/**
 * Result of parsing: never throws on user data. `needsFullParser`: the date may well be valid,
 * but only the full parser, not loaded, can tell ({@link loadFullParser}).
 */
export type DateResult =
	{ ok: true; date: ParsedDate } | { ok: false; error: string; needsFullParser?: true };

/** The number written by `n` ASCII digits of `s` from `at`, or -1 when one of them is not a digit. */
function digitsAt(s: string, at: number, n: number): number {
	let v = 0;
	for (let i = at; i < at + n; i++) {
		const d = s.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return -1;
		v = v * 10 + d;
	}
	return v;
}

function daysInMonth(year: number, month: number): number {
	if (month !== 1) return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * Fast path for the common forms (YYYY, YYYY-MM, YYYY-MM-DD, each optionally qualified with
 * ~ ? or %, plus YYYY-MM-DX and YYYX), which are nearly all real data. The `edtf` parser is exact but costs tens of
 * microseconds a call; at 100,000 events this path keeps loading under a second. It must agree
 * with `edtf` exactly: `dates.test.ts` checks that on random input. Returns null to fall back.
 * Read character by character: a regular expression's match and its groups were most of what
 * loading 100,000 dates allocated.
 */
export function parseSimple(s: string): DateResult | null {
	const q = s.charCodeAt(s.length - 1);
	// ~ approximate, ? uncertain, % both
	const approximate = q === 126 || q === 37;
	const uncertain = q === 63 || q === 37;
	const end = approximate || uncertain ? s.length - 1 : s.length;
	const year = end === 4 || end === 7 || end === 10 ? digitsAt(s, 0, 4) : -1;
	const month = end >= 7 && s.charCodeAt(4) === 45 ? digitsAt(s, 5, 2) - 1 : -2;
	const day = end === 10 && s.charCodeAt(7) === 45 ? digitsAt(s, 8, 2) : -1;
	if (year < 0 || (end >= 7 && month < -1) || (end === 10 && day < 0)) {
		return UNSPECIFIED.test(s) ? parseUnspecified(s) : null;
	}
	if (year < 1000) return null; // leave 4-digit years below 1000 (0000, 0044) to edtf's rules
	// Object literals, not spreads: this runs once per event, and a spread costs ten times more.
	if (end === 4) {
		const min = Date.UTC(year, 0, 1);
		const max = Date.UTC(year + 1, 0, 1) - 1;
		return {
			ok: true,
			date: { edtf: s, min, max, precision: 'year', year, approximate, uncertain }
		};
	}
	if (month < 0 || month > 11) return null;
	if (end === 7) {
		const min = Date.UTC(year, month, 1);
		const max = Date.UTC(year, month + 1, 1) - 1;
		return {
			ok: true,
			date: { edtf: s, min, max, precision: 'month', year, month, approximate, uncertain }
		};
	}
	if (day < 1 || day > daysInMonth(year, month)) return null;
	const min = Date.UTC(year, month, day);
	const max = min + 86_400_000 - 1;
	return {
		ok: true,
		date: { edtf: s, min, max, precision: 'day', year, month, day, approximate, uncertain }
	};
}

/** `2020-04-2X` (a part of a month) and `199X` (a decade), without qualifiers. */
const UNSPECIFIED = /^\d{4}-\d{2}-[0-2]X$|^\d{3}X$/;

/** The fast path's unspecified-digit forms (see `UNSPECIFIED`); null to fall back to `edtf`. */
function parseUnspecified(s: string): DateResult | null {
	if (s.length === 4) {
		const year = Number(s.slice(0, 3)) * 10;
		if (year < 1000) return null;
		const min = Date.UTC(year, 0, 1);
		const max = Date.UTC(year + 10, 0, 1) - 1;
		const date: ParsedDate = {
			edtf: s,
			min,
			max,
			precision: 'decade',
			year,
			approximate: false,
			uncertain: false
		};
		return { ok: true, date };
	}
	const year = Number(s.slice(0, 4));
	const month = Number(s.slice(5, 7)) - 1;
	const tens = Number(s[8]);
	if (year < 1000 || month < 0 || month > 11) return null;
	const min = Date.UTC(year, month, tens === 0 ? 1 : tens * 10);
	const max = Math.min(Date.UTC(year, month, tens * 10 + 10), Date.UTC(year, month + 1, 1)) - 1;
	const date: ParsedDate = {
		edtf: s,
		min,
		max,
		precision: 'month',
		year,
		approximate: false,
		uncertain: false,
		month,
		partOfMonth: tens === 0 ? 'early' : tens === 1 ? 'mid' : 'late'
	};
	return { ok: true, date };
}

/**
 * The largest distance from 1970 a JavaScript Date can hold, in ms (about 271,821 BCE to
 * 275,760 CE). Later instants are NaN in Date, and libraries that draw dates throw on them.
 */
export const MAX_INSTANT = 8.64e15;

/** What a date outside {@link MAX_INSTANT} is reported as. */
export function outOfRange(input: string): DateResult {
	return {
		ok: false,
		error: `a date from 271821 BCE to 275760 CE (what a JavaScript date can hold), got "${input}"`
	};
}

/** The result, or an error when it lies beyond what a JavaScript Date can hold. */
function withinRange(r: DateResult, input: string): DateResult {
	if (!r.ok || (r.date.min >= -MAX_INSTANT && r.date.max <= MAX_INSTANT)) return r;
	return outOfRange(input);
}

/** Longer text is no single EDTF date; the full parser's time grows fast with length. */
const MAX_DATE_LENGTH = 64;

/**
 * Parse one EDTF date (day, month, year, season, unspecified digits, qualifiers, BCE).
 * Intervals and sets are not single dates: an event uses `start` and `end` instead. Dates beyond
 * what a JavaScript Date can hold ({@link MAX_INSTANT}) are errors, on both paths.
 */
export function parseEdtfDate(input: string): DateResult {
	const simple = parseSimple(input.trim());
	return simple ? withinRange(simple, input) : parseEdtfDateSlow(input);
}

/** Whether an event's dates need the full parser: one of them is not taken by the fast path. */
export function needsFullParser(start: string, end?: string): boolean {
	if (parseSimple(start.trim()) === null) return true;
	const e = end?.trim() ?? '';
	return e !== '' && e !== '..' && parseSimple(e) === null;
}

/**
 * For display only (a source's date written): the date, or null when it needs the full parser
 * and that is not loaded here (the caller shows the text as written).
 */
export function parseEdtfDateIfLoaded(input: string): DateResult | null {
	const simple = parseSimple(input.trim());
	if (simple) return withinRange(simple, input);
	return fullParser ? parseEdtfDateSlow(input) : null;
}

/**
 * The `edtf` package's parser (edtfParser.ts), registered when that module is loaded. It is kept
 * out of the first download: nearly all real dates take the fast path, and what needs the full
 * parser loads it first ({@link loadFullParser}; `parseDataset` does for any date that needs it).
 */
let fullParser: ((s: string, input: string) => DateResult) | null = null;
let loading: Promise<void> | null = null;

/** Register the full parser (edtfParser.ts does, on import). */
export function useFullParser(parse: (s: string, input: string) => DateResult): void {
	fullParser = parse;
}

/** Load the full parser, once; resolves when dates that need it can be parsed. */
export function loadFullParser(): Promise<void> {
	if (fullParser) return Promise.resolve();
	loading ??= import('./edtfParser').then(() => undefined);
	return loading;
}

/**
 * Parse with the `edtf` package only (the reference the fast path is tested against). Without
 * the full parser loaded ({@link loadFullParser}), a date it would take is reported as such.
 */
export function parseEdtfDateSlow(input: string): DateResult {
	const s = input.trim();
	if (s === '') return { ok: false, error: 'an EDTF date, got an empty string' };
	if (s.includes('/') || s.startsWith('[') || s.startsWith('{')) {
		return {
			ok: false,
			error: `a single EDTF date (put a range's ends in start and end), got "${input}"`
		};
	}
	if (s.length > MAX_DATE_LENGTH) {
		return {
			ok: false,
			error: `an EDTF date of at most ${MAX_DATE_LENGTH} characters, got ${s.length} characters`
		};
	}
	if (!fullParser) {
		return {
			ok: false,
			error: `a date the full EDTF parser reads (not loaded), got "${input}"`,
			needsFullParser: true
		};
	}
	return withinRange(fullParser(s, input), input);
}

/** How an event is drawn: an exact day, the span an imprecise date could fall in, or a range. */
export type TimeKind = 'point' | 'span' | 'range';

/** Everything the views need about an event's time, derived once. */
export interface EventTime {
	/** First UTC millisecond the event could cover. */
	earliest: number;
	/** Last UTC millisecond the event could cover. */
	latest: number;
	/** Precision of the start (the coarser of start and end for ranges). */
	precision: DatePrecision;
	kind: TimeKind;
	approximate: boolean;
	uncertain: boolean;
	/** End given as "..": still going or open. */
	openEnd: boolean;
	/** Human label, never more precise than the data. */
	label: string;
}

const PRECISION_RANK: Record<DatePrecision, number> = {
	century: 0,
	decade: 1,
	year: 2,
	season: 3,
	month: 4,
	day: 5
};

/** The coarser of two precisions. */
export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
	return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}

export type TimeResult =
	| { ok: true; time: EventTime }
	| { ok: false; field: 'start' | 'end'; error: string; needsFullParser?: true };

/**
 * Derive an event's time from its EDTF `start` and optional `end` ("..": open).
 * A single day is a point; a single year, month or season is a span over the time it could
 * fall in; a start and an end make a range.
 */
export function eventTime(start: string, end?: string): TimeResult {
	const a = parseEdtfDate(start);
	if (!a.ok) return { ...a, field: 'start' };
	const s = a.date;
	if (end === undefined || end.trim() === '') {
		return {
			ok: true,
			time: {
				earliest: s.min,
				latest: s.max,
				precision: s.precision,
				kind: s.precision === 'day' ? 'point' : 'span',
				approximate: s.approximate,
				uncertain: s.uncertain,
				openEnd: false,
				label: dateLabel(s)
			}
		};
	}
	if (end.trim() === '..') {
		return {
			ok: true,
			time: {
				earliest: s.min,
				latest: s.max,
				precision: s.precision,
				kind: 'range',
				approximate: s.approximate,
				uncertain: s.uncertain,
				openEnd: true,
				label: `from ${dateLabel(s)}`
			}
		};
	}
	const b = parseEdtfDate(end);
	if (!b.ok) return { ...b, field: 'end' };
	const e = b.date;
	if (e.max < s.min) {
		return {
			ok: false,
			field: 'end',
			error: `an end on or after the start (${start}), got "${end}"`
		};
	}
	return {
		ok: true,
		time: {
			earliest: s.min,
			latest: Math.max(e.max, s.max),
			precision: coarser(s.precision, e.precision),
			kind: 'range',
			approximate: s.approximate || e.approximate,
			uncertain: s.uncertain || e.uncertain,
			openEnd: false,
			label: rangeLabel(s, e)
		}
	};
}
