import { afterEach, describe, expect, it } from 'vitest';
import { qudsDaySeries } from './qudsDay';

const series = qudsDaySeries();
const byId = new Map(series.map((e) => [e.id, e]));

const hijri = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
	timeZone: 'UTC',
	month: 'numeric'
});
const ramadanMonth = (iso: string) =>
	hijri.formatToParts(new Date(`${iso}T00:00:00Z`)).find((p) => p.type === 'month')?.value;

describe('qudsDaySeries: known dates', () => {
	// [id, computed (Umm al-Qura), observed in Iran, where the observed date comes from]
	it.each([
		['quds-day-1979', '1979-08-17', '1979-08-17', 'record: the first Quds Day'],
		[
			'quds-day-2007',
			'2007-10-12',
			'2007-10-05',
			'record: Iranian rallies on Friday 5 October 2007. Umm al-Qura counts 12 October as ' +
				'30 Ramadan 1428; Iran, where Ramadan is set by moon sighting, held the day a week ' +
				'earlier. The series keeps the computed date and says observance can differ.'
		],
		['quds-day-2009', '2009-09-18', '2009-09-18', 'record'],
		['quds-day-2013', '2013-08-02', '2013-08-02', 'record (the 2013 Toronto rally was that year)'],
		['quds-day-2018', '2018-06-08', '2018-06-08', "the Friday after Rouhani's Thursday call"],
		['quds-day-2020', '2020-05-22', '2020-05-22', 'ICT report: the online conference'],
		['quds-day-2021', '2021-05-07', '2021-05-07', 'record'],
		['quds-day-2022', '2022-04-29', '2022-04-29', 'record'],
		['quds-day-2024', '2024-04-05', '2024-04-05', '"this year falling on April 5"'],
		['quds-day-2025', '2025-03-28', '2025-03-28', 'Shafaqna: "World Al-Quds Day 2025 ... today"']
	])('%s is computed as %s (observed in Iran: %s; %s)', (id, computed, observed) => {
		const ev = byId.get(id);
		expect(ev?.start).toBe(computed);
		// Where the two differ the difference is a week: one Friday earlier in Iran.
		const weeks =
			(Date.parse(`${computed}T00:00:00Z`) - Date.parse(`${observed}T00:00:00Z`)) / 604_800_000;
		expect([0, 1]).toContain(weeks);
	});
});

describe('qudsDaySeries: shape', () => {
	it('covers 1979–2026 with one event per Ramadan (2000 holds two)', () => {
		expect(series).toHaveLength(49);
		const years = new Set(series.map((e) => Number(e.start.slice(0, 4))));
		for (let y = 1979; y <= 2026; y++) expect(years.has(y)).toBe(true);
		expect(series.filter((e) => e.start.startsWith('2000')).map((e) => [e.id, e.start])).toEqual([
			['quds-day-2000', '2000-01-07'],
			['quds-day-2000-2', '2000-12-22']
		]);
		expect(new Set(series.map((e) => e.id)).size).toBe(series.length);
	});

	it.each(series.map((e) => [e.id, e.start]))('%s (%s) is a Friday in Ramadan', (_id, start) => {
		expect(new Date(`${start}T00:00:00Z`).getUTCDay()).toBe(5);
		expect(ramadanMonth(start)).toBe('9');
		// ... and the last one: a week later is no longer Ramadan.
		const next = new Date(Date.parse(`${start}T00:00:00Z`) + 604_800_000).toISOString();
		expect(ramadanMonth(next.slice(0, 10))).not.toBe('9');
	});

	it('marks every event as computed, unsourced, unlocated, in the observance category', () => {
		for (const e of series) {
			expect(e.computed).toMatch(/Umm al-Qura/);
			expect(e.computed).toMatch(/can differ/);
			expect(e.sources).toEqual([]);
			expect(e.category).toBe('observance');
			expect(e.place).toEqual({ name: 'Worldwide (computed date)', precision: 'unknown' });
			expect(e.title).toMatch(/\(computed\)$/);
		}
	});

	it.each([
		[2013, 2013, ['2013-08-02']],
		[2000, 2000, ['2000-01-07', '2000-12-22']],
		[2024, 2025, ['2024-04-05', '2025-03-28']],
		[2026, 2025, []]
	])('qudsDaySeries(%i, %i) → %j', (from, to, starts) => {
		expect(qudsDaySeries(from, to).map((e) => e.start)).toEqual(starts);
	});
});

describe('qudsDaySeries: time zone', () => {
	const tz = process.env.TZ;
	afterEach(() => {
		if (tz === undefined) delete process.env.TZ;
		else process.env.TZ = tz;
	});

	it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Tehran'])(
		'gives the same dates in %s',
		(zone) => {
			process.env.TZ = zone;
			expect(qudsDaySeries().map((e) => e.start)).toEqual(series.map((e) => e.start));
		}
	);
});

describe('qudsDaySeries: skipping ahead', () => {
	it('finds the same days as reading every Friday, over 1937–2076', () => {
		const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
			timeZone: 'UTC',
			year: 'numeric',
			month: 'numeric'
		});
		const last = new Map<string, number>();
		const end = Date.UTC(2076, 11, 31);
		let ms = Date.UTC(1937, 0, 1);
		while (new Date(ms).getUTCDay() !== 5) ms += 86_400_000;
		for (; ms <= end; ms += 7 * 86_400_000) {
			const parts = fmt.formatToParts(ms);
			const month = parts.find((p) => p.type === 'month')?.value;
			const year = parts.find((p) => p.type === 'year')?.value ?? '';
			if (month === '9') last.set(year, ms);
		}
		const expected = [...last.values()].map((t) => new Date(t).toISOString().slice(0, 10));
		expect(qudsDaySeries(1937, 2076).map((e) => e.start)).toEqual(expected);
	});
});
