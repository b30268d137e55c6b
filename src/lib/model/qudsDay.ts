/**
 * The recurring day as a computed series: Quds Day falls on the last Friday of Ramadan. Its
 * Gregorian dates are computed from the Islamic Umm al-Qura calendar with the platform's own
 * Intl support (no table of our own), and are shown as computed, not sourced.
 *
 * Everything runs in UTC (the formatter's `timeZone` and `getUTCDay`), so the result does not
 * depend on the reader's time zone.
 */
import type { Event } from './types';

const DAY_MS = 86_400_000;
const RAMADAN = 9;
const FRIDAY = 5;

/** The method and its caveat, shown on every computed event. */
export const QUDS_DAY_METHOD =
	'Computed, not sourced: the last Friday of Ramadan in the Umm al-Qura calendar, converted to ' +
	"the Gregorian calendar with the platform's Intl support (calendar 'islamic-umalqura'). " +
	'Observance in a given country can differ by a week where Ramadan is set by local moon sighting ' +
	'or another calendar.';

interface HijriDate {
	year: number;
	month: number;
	day: number;
}

/**
 * A function reading a UTC instant as an Umm al-Qura date, or null when this platform's Intl has
 * no Umm al-Qura calendar (an unsupported calendar silently falls back to the Gregorian one).
 */
function umalquraReader(): ((ms: number) => HijriDate) | null {
	let fmt: Intl.DateTimeFormat;
	try {
		fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
			timeZone: 'UTC',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric'
		});
	} catch {
		return null;
	}
	if (fmt.resolvedOptions().calendar !== 'islamic-umalqura') return null;
	return (ms) => {
		const out: HijriDate = { year: 0, month: 0, day: 0 };
		for (const p of fmt.formatToParts(ms)) {
			// The year part can carry the era ("1399 AH") on some engines: keep the digits.
			if (p.type === 'year') out.year = parseInt(p.value, 10);
			else if (p.type === 'month') out.month = parseInt(p.value, 10);
			else if (p.type === 'day') out.day = parseInt(p.value, 10);
		}
		return out;
	};
}

/** `YYYY-MM-DD` of a UTC instant, with a four-digit year. */
function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The computed Quds Day dates (last Friday of Ramadan, Umm al-Qura) falling in the Gregorian years
 * `from` to `to`, as computed events of category "observance", in time order.
 *
 * One event per Ramadan. Its id is `quds-day-<Gregorian year>`; in a year that holds two (2000
 * holds the end of two Ramadans, in January and December), the second gets the suffix `-2`.
 * Returns an empty list on a platform without the Umm al-Qura calendar, and for `from > to`.
 */
export function qudsDaySeries(from = 1979, to = 2026): Event[] {
	const read = umalquraReader();
	if (!read || from > to) return [];
	const first = Date.UTC(from, 0, 1);
	const last = Date.UTC(to, 11, 31);
	// Start on the first Friday of `from` and step a week at a time: only Fridays matter.
	let ms = first + ((FRIDAY - new Date(first).getUTCDay() + 7) % 7) * DAY_MS;
	// The last Friday seen in each Ramadan, by Hijri year (insertion order = time order).
	const lastFriday = new Map<number, { ms: number; hijri: HijriDate }>();
	// A Ramadan ending in early January of `to + 1` never counts, but one ending after 31 December
	// of `to` must not leave an earlier Friday of it in the series: look a few weeks past the end.
	const horizon = last + 35 * DAY_MS;
	while (ms <= horizon) {
		const h = read(ms);
		if (h.month === RAMADAN) lastFriday.set(h.year, { ms, hijri: h });
		// Far from Ramadan, jump whole weeks that cannot reach it: a month has at least 29 days
		// (and this one at least one more), so fewer than (months to go - 1) × 29 days stay
		// before its first day. Reading every Friday costs ~25 ms on a page's first load.
		const monthsToGo = (RAMADAN - h.month + 12) % 12;
		ms += Math.max(1, Math.floor(((monthsToGo - 1) * 29) / 7)) * 7 * DAY_MS;
	}
	const perYear = new Map<number, number>();
	const out: Event[] = [];
	for (const { ms: day, hijri } of lastFriday.values()) {
		if (day > last) continue;
		const year = new Date(day).getUTCFullYear();
		const n = (perYear.get(year) ?? 0) + 1;
		perYear.set(year, n);
		const iso = isoDay(day);
		out.push({
			id: n === 1 ? `quds-day-${year}` : `quds-day-${year}-${n}`,
			title: n === 1 ? `Quds Day ${year} (computed)` : `Quds Day ${year}, second (computed)`,
			summary:
				`Quds Day is held on the last Friday of Ramadan. In the Umm al-Qura calendar that is ` +
				`${hijri.day} Ramadan ${hijri.year} AH, which is ${iso} in the Gregorian calendar. ` +
				`This date is computed, not taken from a source; observance in a given country can differ.`,
			start: iso,
			place: { name: 'Worldwide (computed date)', precision: 'unknown' },
			category: 'observance',
			tags: ['computed'],
			actors: [],
			sources: [],
			disputes: [],
			related: [],
			links: [],
			computed: QUDS_DAY_METHOD
		});
	}
	return out;
}
