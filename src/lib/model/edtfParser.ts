/**
 * The `edtf` package's parser behind `parseEdtfDateSlow` (dates.ts), registered on import. Its
 * grammar is large and nearly every real date takes the fast path, so it is loaded only where a
 * date may need it: `loadFullParser` (which `parseDataset` calls for such a date), the command
 * line, the importers and the tests.
 */
import edtf, { Date as EdtfDate, Season as EdtfSeason, Year as EdtfYear } from 'edtf';
import {
	outOfRange,
	useFullParser,
	type DatePrecision,
	type DateResult,
	type ParsedDate
} from './dates';

const SEASONS: Record<number, string> = {
	21: 'spring',
	22: 'summer',
	23: 'autumn',
	24: 'winter'
};

/** Unspecified-digit bitmask positions used by edtf.js: YYYY = 1|2|4|8, MM = 16|32, DD = 64|128. */
const UNSPEC_YEAR_LAST = 8;
const UNSPEC_YEAR_LAST_TWO = 12;
const UNSPEC_MONTH = 16 | 32;
const UNSPEC_DAY = 64 | 128;

interface EdtfLike {
	type: string;
	min: number;
	max: number;
	values: number[];
	precision?: number;
	unspecified?: { value: number };
	uncertain?: { value: number } | boolean;
	approximate?: { value: number } | boolean;
}

function flag(v: EdtfLike['uncertain']): boolean {
	if (typeof v === 'boolean') return v;
	return !!v && v.value !== 0;
}

/** Parse a trimmed, non-empty single date (`s`; `input` as given, for messages) with `edtf`. */
function parseWithEdtf(s: string, input: string): DateResult {
	let d: EdtfLike;
	try {
		d = edtf(s) as unknown as EdtfLike;
	} catch {
		return { ok: false, error: `an EDTF date such as 2013, 2020-05 or 2020-05-22, got "${input}"` };
	}
	// edtf gives NaN bounds to years a JavaScript Date cannot hold.
	if (!Number.isFinite(d.min) || !Number.isFinite(d.max)) return outOfRange(input);
	const approximate = flag(d.approximate);
	const uncertain = flag(d.uncertain);
	const year = d.values[0] ?? 0;
	// instanceof, not `d.type`: edtf derives `type` from class names, which minifiers rename.
	if (d instanceof EdtfSeason) {
		const code = d.values[1] ?? 0;
		return {
			ok: true,
			date: {
				edtf: s,
				min: d.min,
				max: d.max,
				precision: 'season',
				year,
				season: SEASONS[code] ?? 'season',
				approximate,
				uncertain
			}
		};
	}
	if (!(d instanceof EdtfDate) && !(d instanceof EdtfYear)) {
		return { ok: false, error: `a single EDTF date, got "${input}"` };
	}
	const unspec = d.unspecified?.value ?? 0;
	const p = d.precision ?? 1;
	let precision: DatePrecision;
	const out: ParsedDate = {
		edtf: s,
		min: d.min,
		max: d.max,
		precision: 'year',
		year,
		approximate,
		uncertain
	};
	if ((unspec & UNSPEC_YEAR_LAST_TWO) === UNSPEC_YEAR_LAST_TWO) precision = 'century';
	else if (unspec & UNSPEC_YEAR_LAST) precision = 'decade';
	else if (p === 1 || (unspec & UNSPEC_MONTH) === UNSPEC_MONTH) precision = 'year';
	else if (p === 2 || (unspec & UNSPEC_DAY) === UNSPEC_DAY) {
		precision = 'month';
		out.month = d.values[1];
	} else {
		out.month = d.values[1];
		if (unspec & UNSPEC_DAY) {
			// "2020-04-2X": a part of the month, drawn as its span.
			precision = 'month';
			const tens = Math.floor((d.values[2] ?? 1) / 10);
			out.partOfMonth = tens === 0 ? 'early' : tens === 1 ? 'mid' : 'late';
		} else {
			precision = 'day';
			out.day = d.values[2];
		}
	}
	out.precision = precision;
	return { ok: true, date: out };
}

useFullParser(parseWithEdtf);
