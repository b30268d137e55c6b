/**
 * The flagship dataset (data/quds-day/dataset.json) against its promises: it
 * validates cleanly and passes the editorial rules, the key events are dated as the documents and
 * the record allow, every claim is cited, what comes from the record names its reference, and
 * disputes name known sources. (`npm run data -- check --documents <folder>` also checks every
 * cited quote and link against the source documents, where they are at hand.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventTime } from '../../src/lib/model/dates';
import { editorialIssues } from '../../src/lib/model/editorial';
import { parseDataset } from '../../src/lib/model/parseDataset';
import type { Event } from '../../src/lib/model/types';

const FILE = 'data/quds-day/dataset.json';
const raw: unknown = JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8'));
const result = await parseDataset(raw, FILE);
const dataset = result.dataset;
const events: Event[] = dataset?.events ?? [];
const byId = new Map(events.map((e) => [e.id, e]));
const sourceIds = new Set((dataset?.sources ?? []).map((s) => s.id));

describe('the Quds Day dataset', () => {
	it('validates with no errors and no warnings', () => {
		expect(result.issues).toEqual([]);
		expect(dataset).not.toBeNull();
		expect(events.length).toBe(61);
		expect(result.events.filter((e) => !e.computed)).toHaveLength(events.length);
	});

	it('passes the editorial rules: wording, verbatim quotes, the record', () => {
		expect(dataset && editorialIssues(dataset, { file: FILE })).toEqual([]);
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

	it('dates the 1979 declaration from the record, with the documents’ years as a dispute', () => {
		const d = byId.get('khomeini-declares-quds-day-1979');
		expect(d?.start).toBe('1979-08-07');
		expect(d?.place.name).toBe('Qom');
		expect(d?.record?.map((r) => r.about)).toEqual(
			expect.arrayContaining(['start', 'place', 'actors'])
		);
		const year = d?.disputes.find((x) => x.field === 'start');
		expect(year?.values.map((v) => v.value.slice(0, 4))).toEqual(['1979', '1980', '7 Au']);
		expect(year?.values.some((v) => v.sources.includes('record'))).toBe(true);
		const who = d?.disputes.find((x) => x.field === 'actors');
		expect(who?.values.some((v) => v.value.includes('Ali Khomenei'))).toBe(true);
		expect(who?.values.some((v) => v.sources.includes('record') && /Ruhollah/.test(v.value))).toBe(
			true
		);
	});

	it('dates and places the 2013 Toronto rally from the record, keeping the article’s year', () => {
		const t = byId.get('toronto-rally-2013');
		expect(t?.start).toBe('2013-08-03?');
		const time = eventTime(t?.start ?? '');
		expect(time.ok && time.time.precision).toBe('day');
		expect(time.ok && time.time.uncertain).toBe(true);
		expect(t?.place.precision).toBe('site');
		expect(t?.summary).not.toMatch(/do not themselves contain/);
		const year = t?.disputes.find((x) => x.field === 'start');
		expect(year?.values[0]?.value).toMatch(/^2013 /);
		const account = t?.disputes.find((x) => x.field === 'account');
		expect(account?.values.map((v) => v.sources)).toEqual([
			['rouhani-turnout-article-2018'],
			['record']
		]);
		expect(t?.record?.map((r) => r.about)).toEqual(
			expect.arrayContaining(['start', 'place', 'account'])
		);
	});

	it('draws no uncertainty as a range: the designations take the record’s dates', () => {
		const uk = byId.get('uk-designates-hezbollah');
		expect([uk?.start, uk?.end]).toEqual(['2019-02-25', '2019-03-01']);
		const de = byId.get('germany-designates-hezbollah');
		expect([de?.start, de?.end]).toEqual(['2020-04-30', undefined]);
		for (const e of [uk, de]) {
			expect(e?.disputes[0]?.values[0]?.value).toContain('"in the past year"');
			expect(e?.record?.some((r) => r.about === 'start' && r.url)).toBe(true);
		}
	});

	it('places the killing of Soleimani and names the strike, from the record', () => {
		const s = byId.get('soleimani-killed-2020');
		expect(s?.place).toMatchObject({ name: 'Baghdad International Airport', precision: 'site' });
		expect(s?.record?.map((r) => r.about).sort()).toEqual(['actors', 'place']);
	});

	it.each([
		['khamenei-final-solution-banner-2020', 'title', /the ICT report renders as/],
		['khamenei-final-solution-banner-2020', 'summary', /It seems/],
		['khamenei-banner-deleted-2020', 'title', /supposes/],
		['muslim-world-protests-2022', 'title', /^Embassy article reports/],
		['ihrc-online-conference-2020', 'summary', /since 1979, not of the IHRC/],
		[
			'khamenei-quds-day-address-2022',
			'summary',
			/"condemned the Zionist regime's occupation of Jerusalem"/
		],
		[
			'iran-rallies-2025',
			'summary',
			/"in solidarity with Palestine and to condemn the Israeli regime’s atrocities/
		]
	] as const)('%s: its %s attributes or hedges as its document does', (id, field, re) => {
		expect(byId.get(id)?.[field]).toMatch(re);
	});

	it.each([
		['london-quds-day-parade-2017', ['Islamic Human Rights Commission (IHRC)']],
		[
			'mapim-memorandum-2025',
			['Mohd Azmi Abdul Hamid', 'Malaysian Consultative Council for Islamic Organisations (Mapim)']
		]
	] as const)('%s lists only who took part', (id, actors) => {
		expect(byId.get(id)?.actors).toEqual(actors);
	});

	it('names disputed places by every name and says why they have no country', () => {
		const aqsa = byId.get('al-aqsa-clashes-2022')?.place;
		expect(aqsa?.name).toMatch(/Al-Aqsa Mosque compound \(Haram al-Sharif \/ Temple Mount\)/);
		expect(aqsa?.country).toBeUndefined();
		const budgam = byId.get('budgam-magam-rally-2025')?.place;
		expect(budgam?.country).toBeUndefined();
		expect(budgam?.note).toMatch(/sovereignty is disputed/);
	});

	it.each([
		['us-recognizes-jerusalem-2017', '2017-12-06'],
		['covid-19-restrictions-2020', '2020-03-11'],
		['gaza-fighting-may-2021', '2021-05-10'],
		['abraham-accords-2020', '2020-09-15'],
		['uk-proscribes-hezbollah-military-wing-2008', '2008-07-02'],
		['ict-report-published-2020', '2020-05']
	])('has the context the documents rely on: %s, cited, dated %s', (id, start) => {
		const e = byId.get(id);
		expect(e?.start).toBe(start);
		expect(e?.sources.length).toBeGreaterThan(0);
		if (start.length === 10) expect(e?.record?.some((r) => r.about === 'start')).toBe(true);
	});

	it('attaches the links the ICT report cites to the events they support', () => {
		const links = events.flatMap((e) => e.sources.filter((s) => s.url));
		expect(links.length).toBeGreaterThanOrEqual(19);
		for (const l of links) {
			expect(l.source).toBe('ict-jerusalem-day-2020');
			expect(l.locator).toMatch(/^footnote/);
		}
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

	it('records a headline–body mismatch, and the casualty figure against the record', () => {
		const fields = (id: string) => byId.get(id)?.disputes.map((d) => d.field) ?? [];
		expect(fields('gaza-war-2023')).toContain('casualties');
		const kl = byId
			.get('kuala-lumpur-rally-2025')
			?.disputes.find((d) => d.field === 'participants');
		expect(kl?.values.map((v) => v.locator)).toEqual(
			expect.arrayContaining(['para. 9 (subheading)', 'para. 10'])
		);
	});

	it('gives every source a publisher, its address, a date written and how it was derived', () => {
		for (const s of dataset?.sources ?? []) {
			expect(s.publisher).not.toBe('');
			expect(s.publisher).not.toBe('unknown');
			expect(s.url).toMatch(/^https:\/\//);
			expect(s.written).toBeTruthy();
			expect(s.writtenNote).toBeTruthy();
			expect(s.perspective).not.toBe('');
		}
	});

	it('lists story ids that exist', () => {
		for (const id of dataset?.meta.story ?? []) expect(byId.has(id), id).toBe(true);
	});
});
