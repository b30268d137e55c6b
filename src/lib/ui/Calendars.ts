/**
 * A day in other calendars, via Intl: the Islamic (Umm al-Qura) and Persian (Solar Hijri)
 * calendars, in which many of the dates in our datasets were first reported.
 *
 * Only days are converted: a month or a year of one calendar is not a month or a year of another,
 * so a coarser date shown in another calendar would look more precise than the data.
 */
import type { EventTime } from '$lib/model/dates';

/** A calendar we convert days to. */
export type CalendarId = 'islamic-umalqura' | 'persian';

/** Calendars shown beside the Gregorian date, with their names for people. */
export const CALENDARS: ReadonlyArray<{ id: CalendarId; name: string }> = [
	{ id: 'islamic-umalqura', name: 'Islamic (Umm al-Qura)' },
	{ id: 'persian', name: 'Persian (Solar Hijri)' }
];

/** The parts of one day in a calendar. */
export interface CalendarDay {
	day: string;
	month: string;
	year: string;
	era: string;
}

const formatters = new Map<CalendarId, Intl.DateTimeFormat>();

function formatter(cal: CalendarId): Intl.DateTimeFormat {
	let f = formatters.get(cal);
	if (!f) {
		// UTC: our instants are UTC midnights, and the reader's time zone must not shift the day.
		f = new Intl.DateTimeFormat(`en-u-ca-${cal}`, {
			timeZone: 'UTC',
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			era: 'short'
		});
		formatters.set(cal, f);
	}
	return f;
}

/**
 * Create the calendars' formatters now (about 10 ms of ICU set-up), so the first selection of an
 * event known to the day does not pay for it. Called when the browser is idle after drawing, in
 * slices: stops once `budgetMs` is spent (after at least one) and says whether all are made.
 */
export function warmCalendars(budgetMs = Infinity): boolean {
	const until = performance.now() + budgetMs;
	for (const { id } of CALENDARS) {
		if (formatters.has(id)) continue;
		formatter(id);
		if (performance.now() >= until) return CALENDARS.every((c) => formatters.has(c.id));
	}
	return true;
}

/**
 * The day containing a UTC instant in a calendar, or null when it falls before the calendar's
 * first year (Intl would give year 0 or negative years, which nobody uses) or cannot be formatted.
 */
export function calendarDay(ms: number, cal: CalendarId): CalendarDay | null {
	if (!Number.isFinite(ms)) return null;
	let parts: Intl.DateTimeFormatPart[];
	try {
		parts = formatter(cal).formatToParts(ms);
	} catch {
		return null;
	}
	const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
	const day = get('day');
	const month = get('month');
	const year = get('year');
	const era = get('era');
	if (!day || !month || !year || !era || !/^\d+$/.test(year) || Number(year) < 1) return null;
	return { day, month, year, era };
}

/** One day in a calendar, day first like our Gregorian labels: "29 Ramadan 1441 AH". */
export function formatCalendarDay(ms: number, cal: CalendarId): string | null {
	const d = calendarDay(ms, cal);
	return d && `${d.day} ${d.month} ${d.year} ${d.era}`;
}

/**
 * A span of days in a calendar, dropping what both ends share:
 * "22–29 Ramadan 1441 AH", "29 Ramadan – 7 Shawwal 1441 AH", "29 Dhuʻl-Hijjah 1441 AH – 1 Muharram 1442 AH".
 * `last` is any instant in the last day (e.g. an event's `latest`).
 */
export function formatCalendarSpan(first: number, last: number, cal: CalendarId): string | null {
	const a = calendarDay(first, cal);
	const b = calendarDay(last, cal);
	if (!a || !b) return null;
	const tail = `${b.day} ${b.month} ${b.year} ${b.era}`;
	if (a.year !== b.year || a.era !== b.era)
		return `${a.day} ${a.month} ${a.year} ${a.era} – ${tail}`;
	if (a.month !== b.month) return `${a.day} ${a.month} – ${tail}`;
	if (a.day !== b.day) return `${a.day}–${tail}`;
	return tail;
}

/** An event's date in another calendar. */
export interface OtherCalendarDate {
	calendar: CalendarId;
	/** The calendar's name, e.g. "Islamic (Umm al-Qura)". */
	name: string;
	/** The date, e.g. "29 Ramadan 1441 AH" or "from 29 Ramadan 1441 AH". */
	label: string;
}

/**
 * An event's date in the Islamic and Persian calendars, only when it is known to the day (an
 * empty list otherwise: never more precise than the data). Approximate dates get "c.", uncertain
 * ones a "?", as in the Gregorian label.
 */
export function otherCalendarDates(time: EventTime): OtherCalendarDate[] {
	if (time.precision !== 'day') return [];
	const out: OtherCalendarDate[] = [];
	for (const { id, name } of CALENDARS) {
		let label =
			time.openEnd || time.kind !== 'range'
				? formatCalendarDay(time.earliest, id)
				: formatCalendarSpan(time.earliest, time.latest, id);
		if (!label) continue;
		if (time.openEnd) label = `from ${label}`;
		if (time.approximate) label = `c. ${label}`;
		if (time.uncertain) label = `${label}?`;
		out.push({ calendar: id, name, label });
	}
	return out;
}
