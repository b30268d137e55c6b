/**
 * Human labels of parsed EDTF dates, never more precise than the data: "2013", "May 2020",
 * "c. 1979", "late April – 22 May 2020", "15 March 45 BCE". Built from the calendar fields, not
 * from instants, so a label never shifts a day in a non-UTC time zone.
 */
import type { Month } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import type { ParsedDate } from './dates';

function yearLabel(y: number): string {
	// EDTF uses astronomical years: 0 is 1 BCE, -44 is 45 BCE.
	return y <= 0 ? `${1 - y} BCE` : String(y);
}

let monthNames: string[] | null = null;
/** Month names from date-fns's English locale, computed once: labels are built for every event at load. */
function monthName(m: number): string {
	monthNames ??= Array.from({ length: 12 }, (_, i) =>
		String(enUS.localize.month(i as Month, { width: 'wide' }))
	);
	return monthNames[m] ?? '';
}

/** Label parts so that ranges can drop a repeated year or month. */
function parts(d: ParsedDate): { day: string; month: string; year: string } {
	const year = yearLabel(d.year);
	switch (d.precision) {
		case 'century':
			return { day: '', month: '', year: `${d.year}s` };
		case 'decade':
			return { day: '', month: '', year: `${d.year}s` };
		case 'year':
			return { day: '', month: '', year };
		case 'season':
			return { day: '', month: d.season ?? '', year };
		case 'month':
			return {
				day: '',
				month: d.partOfMonth
					? `${d.partOfMonth} ${monthName(d.month ?? 0)}`
					: monthName(d.month ?? 0),
				year
			};
		case 'day':
			return {
				day: String(d.day ?? 1),
				month: monthName(d.month ?? 0),
				year
			};
	}
}

function qualify(text: string, d: ParsedDate): string {
	let t = text;
	if (d.approximate) t = `c. ${t}`;
	if (d.uncertain) t = `${t}?`;
	return t;
}

/** Label of a single date: "2013", "May 2020", "22 May 2020", "c. 1979", "2010s", "late April 2020". */
export function dateLabel(d: ParsedDate): string {
	const p = parts(d);
	return qualify([p.day, p.month, p.year].filter(Boolean).join(' '), d);
}

/** Label of a range, dropping what both ends share: "15–22 May 2020", "late April – 22 May 2020". */
export function rangeLabel(a: ParsedDate, b: ParsedDate): string {
	const pa = parts(a);
	const pb = parts(b);
	const qualified = a.approximate || a.uncertain || b.approximate || b.uncertain;
	const right = dateLabel(b);
	if (!qualified && pa.year === pb.year && a.precision !== 'year' && b.precision !== 'year') {
		if (
			a.precision === 'day' &&
			b.precision === 'day' &&
			pa.month === pb.month &&
			a.month === b.month
		) {
			if (pa.day === pb.day) return right;
			return `${pa.day}–${right}`;
		}
		const left = [pa.day, pa.month].filter(Boolean).join(' ');
		if (left) return `${left} – ${right}`;
	}
	if (!qualified && a.precision === 'year' && b.precision === 'year') {
		return pa.year === pb.year ? pa.year : `${pa.year}–${pb.year}`;
	}
	return `${dateLabel(a)} – ${right}`;
}

/** Result of deriving an event's time: never throws on user data. */
