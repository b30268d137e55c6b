import { describe, expect, it } from 'vitest';
import type { Resolution } from '../gazetteer';
import type { Issue } from '../types';
import { OKABE_ITO } from './assembleDataset';
import { parseCsv } from './csv';

const HEADER = 'id,title,summary,start,end,place,lat,lon,country,place_precision,category,sources';
const meta = {
	title: 'Test',
	licence: 'CC BY 4.0',
	categories: [
		{ id: 'protest', label: 'Protest', colour: '#E69F00' },
		{ id: 'statement', label: 'Statement', colour: '#56B4E9' }
	]
};
const sources = [
	{ id: 'bbc', title: 'BBC', publisher: 'BBC', type: 'news', perspective: 'UK public media' }
];
const GOOD_A = 'a,First,,2020-05-22,,Toronto,43.65,-79.38,CA,city,protest,bbc@para. 1';
const GOOD_B = 'b,Second,,2021,,Online,,,,online,statement,bbc@headline';

function csv(...rows: string[]): string {
	return [HEADER, ...rows].join('\n') + '\n';
}

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');

describe('parseCsv: bad input is reported with row and field; the valid rows survive', () => {
	it.each([
		['an invalid date', 'c,Bad,,2020-13-45,,Paris,48.85,2.35,FR,city,protest,bbc@p. 2', 'start'],
		[
			'an end before the start',
			'c,Bad,,2020-05-01,2019,Paris,48.85,2.35,FR,city,protest,bbc@p. 2',
			'end'
		],
		['latitude 95', 'c,Bad,,2020,,Nowhere,95,10,,site,protest,bbc@p. 2', 'place.lat'],
		[
			'a latitude with a decimal comma',
			'c,Bad,,2020,,Nowhere,"43,7",10,,site,protest,bbc@p. 2',
			'place.lat'
		],
		[
			'a latitude without longitude',
			'c,Bad,,2020,,Nowhere,43,,,site,protest,bbc@p. 2',
			'place.lon'
		],
		['a duplicate id', 'a,Again,,2020,,Online,,,,online,protest,bbc@p. 2', 'id'],
		['a missing title', 'c,,,2020,,Online,,,,online,protest,bbc@p. 2', 'title'],
		['an unknown category', 'c,Bad,,2020,,Online,,,,online,riot,bbc@p. 2', 'category'],
		['an unknown source', 'c,Bad,,2020,,Online,,,,online,protest,cnn@p. 2', 'sources.0.source'],
		['a citation without locator', 'c,Bad,,2020,,Online,,,,online,protest,bbc', 'sources'],
		['an unknown precision', 'c,Bad,,2020,,Online,,,,web,protest,bbc@p. 2', 'place.precision'],
		['a broken CSV quote', 'c,"Bad,,2020,,Online,,,,online,protest,bbc@p. 2', 'title'],
		['text after a closing quote', 'c,"Bad"x,,2020,,Online,,,,online,protest,bbc@p. 2', 'title']
	])('%s', (_name, bad, field) => {
		const r = parseCsv(csv(GOOD_A, bad, GOOD_B), { file: 'e.csv', meta, sources });
		const errs = errors(r.issues);
		expect(errs).toEqual([expect.objectContaining({ file: 'e.csv', row: 3, field })]);
		expect(r.dataset?.events.map((e) => e.id)).toEqual(['a', 'b']);
	});

	it('reports bad JSON in a disputes cell', () => {
		const text =
			'id,title,start,place,place_precision,category,disputes\nc,T,2020,Online,online,protest,"[{oops"\n';
		const r = parseCsv(text, { file: 'e.csv', meta, sources });
		expect(errors(r.issues)).toEqual([expect.objectContaining({ row: 2, field: 'disputes' })]);
		expect(r.dataset?.events).toEqual([]);
	});

	it('counts rows by physical line, also after a cell spanning lines', () => {
		const r = parseCsv(
			csv(
				'x,"Two\nlines",,2020,,Online,,,,online,protest,bbc@p',
				'c,,,2020,,Online,,,,online,protest,bbc@p'
			),
			{
				file: 'e.csv',
				meta,
				sources
			}
		);
		expect(errors(r.issues)).toEqual([expect.objectContaining({ row: 4, field: 'title' })]);
	});

	it.each([
		['an empty file', ''],
		['only spaces', '  \n \n'],
		['no title or start column', 'foo,bar\n1,2\n']
	])('%s is unusable (dataset null)', (_name, text) => {
		const r = parseCsv(text, { file: 'e.csv' });
		expect(r.dataset).toBeNull();
		expect(errors(r.issues).length).toBeGreaterThan(0);
	});

	it('reads a header without rows as an empty dataset, with a warning', () => {
		const r = parseCsv(HEADER + '\n', { file: 'e.csv', meta, sources });
		expect(r.dataset?.events).toEqual([]);
		expect(r.issues).toEqual([expect.objectContaining({ row: 1, severity: 'warning' })]);
	});

	it('points a TimelineJS sheet to --from timelinejs', () => {
		const r = parseCsv('Year,Month,Day,Headline,Text\n2001,,,A,\n', { file: 'e.csv' });
		expect(r.issues[0]?.expected).toContain('--from timelinejs');
	});

	it('warns about unknown columns and cells beyond the header', () => {
		const r = parseCsv('title,start,colour\nA,2020,red,extra\n', { file: 'e.csv' });
		expect(r.issues.filter((i) => i.field === 'colour' && i.row === 1)).toHaveLength(1);
		expect(
			r.issues.filter((i) => i.row === 2 && i.severity === 'warning' && /cells/.test(i.expected))
		).toHaveLength(1);
		expect(r.dataset?.events).toHaveLength(1);
	});
});

describe('parseCsv drops a bad optional field with a warning and keeps the row', () => {
	it('a javascript: link among good ones, a colour #fff and a source URL with a space', () => {
		const r = parseCsv(csv(GOOD_A, GOOD_B), {
			file: 'e.csv',
			meta: {
				...meta,
				categories: [...meta.categories, { id: 'unused', label: 'U', colour: '#fff' }]
			},
			sources: [{ ...sources[0], url: 'https://example.org/a b' }]
		});
		expect(errors(r.issues)).toEqual([]);
		expect(r.dataset?.events.map((e) => e.id)).toEqual(['a', 'b']);
		expect(r.dataset?.sources[0]).not.toHaveProperty('url');
		expect(r.dataset?.meta.categories[2]?.colour).toBe(OKABE_ITO[2]);
		const links = parseCsv(
			'title,start,place,links\nA,2020,Online,javascript:alert(1); https://ok.org/\n',
			{
				file: 'l.csv'
			}
		);
		expect(links.dataset?.events[0]?.links).toEqual(['https://ok.org/']);
		expect(links.issues).toContainEqual(
			expect.objectContaining({ row: 2, field: 'links.0', severity: 'warning' })
		);
	});
});

describe('parseCsv and long cells', () => {
	// The number pattern backtracked quadratically on a long run of digits.
	it('reads a latitude of a million digits at once', () => {
		const t = Date.now();
		const r = parseCsv(`title,start,place,lat,lon\nA,2020,X,${'1'.repeat(1_000_000)}x,1\n`, {
			file: 'e.csv'
		});
		expect(errors(r.issues)).toEqual([
			expect.objectContaining({
				row: 2,
				field: 'place.lat',
				received: expect.stringContaining('...')
			})
		]);
		expect(Date.now() - t).toBeLessThan(3000);
	});
});

describe('parseCsv without meta', () => {
	const text = [
		'title,start,place,category,tags,sources',
		'A,2020,Online,Mass protest,students; labour,irna@headline',
		'B,2021,Online,mass-protest,,irna@para. 2',
		'C,2022-03,Online,statement,,bbc@p. 1',
		'D,2022-04,Online,,,bbc@p. 1'
	].join('\n');
	const r = parseCsv(text, { file: 'data/my-events.csv' });

	it('makes categories from the values seen, with Okabe–Ito colours', () => {
		expect(r.dataset?.meta.categories).toEqual([
			expect.objectContaining({ id: 'mass-protest', label: 'Mass protest', colour: OKABE_ITO[0] }),
			expect.objectContaining({ id: 'statement', label: 'Statement', colour: OKABE_ITO[1] }),
			expect.objectContaining({ id: 'uncategorized', colour: OKABE_ITO[2] })
		]);
		expect(r.dataset?.events.map((e) => e.category)).toEqual([
			'mass-protest',
			'mass-protest',
			'statement',
			'uncategorized'
		]);
	});

	it('makes placeholder sources from the ids seen, with one warning each', () => {
		expect(r.dataset?.sources.map((s) => s.id)).toEqual(['bbc', 'irna']);
		expect(r.issues.filter((i) => i.field === 'sources' && i.severity === 'warning')).toHaveLength(
			2
		);
	});

	it('makes ids from title and date, and a title from the file name', () => {
		expect(r.dataset?.events.map((e) => e.id)).toEqual([
			'a-2020',
			'b-2021',
			'c-2022-03',
			'd-2022-04'
		]);
		expect(r.dataset?.meta.title).toBe('my events');
	});

	it('reads lists separated by ";"', () => {
		expect(r.dataset?.events[0]?.tags).toEqual(['students', 'labour']);
	});

	it('skips rows of empty cells and reads a place named Online as online', () => {
		const t = 'title,start,place,category\n,,,\nA,2020,online,x\n ,, ,\n';
		const d = parseCsv(t, { file: 'e.csv' });
		expect(d.issues.filter((i) => i.field !== 'meta' && i.field !== 'sources')).toEqual([]);
		expect(d.dataset?.events.map((e) => e.place)).toEqual([
			{ name: 'online', precision: 'online' }
		]);
	});

	// A dispute's values or sources that were not a list threw while collecting the cited ids.
	it.each([
		['values a number', '{"field":"x","values":5,"note":"n"}'],
		['values an object', '{"field":"x","values":{"a":1},"note":"n"}'],
		[
			'sources a number',
			'{"field":"x","values":[{"value":"a","sources":5},{"value":"b","sources":["record"]}],"note":"n"}'
		],
		[
			'sources an object',
			'{"field":"x","values":[{"value":"a","sources":{}},{"value":"b","sources":["record"]}],"note":"n"}'
		],
		['a null dispute', 'null']
	])('reports a dispute with %s at its row and drops it; every row loads', (_name, dispute) => {
		const cell = `"[${dispute.replace(/"/g, '""')}]"`;
		const t = `title,start,place,disputes\nA,2020,Online,\nB,2021,Online,${cell}\nC,2022,Online,\n`;
		const d = parseCsv(t, { file: 'e.csv' });
		expect(d.dataset?.events.map((e) => [e.title, e.disputes])).toEqual([
			['A', []],
			['B', []],
			['C', []]
		]);
		expect(errors(d.issues)).toEqual([]);
		expect(d.issues).toContainEqual(
			expect.objectContaining({
				row: 3,
				field: expect.stringMatching(/^disputes\.0/),
				severity: 'warning'
			})
		);
	});

	it('keeps generated ids clear of ids given later in the file', () => {
		const t = 'id,title,start,place\n,A,2020,Online\na-2020,B,2021,Online\n';
		const d = parseCsv(t, { file: 'e.csv' }).dataset;
		expect(d?.events.map((e) => e.id)).toEqual(['a-2020-2', 'a-2020']);
	});
});

describe('parseCsv with a gazetteer', () => {
	const resolver = (name: string, country?: string): Resolution => {
		if (name === 'Canada')
			return {
				status: 'found',
				place: { name: 'Canada', lat: 60, lon: -95, country: 'CA', precision: 'country' }
			};
		if (name === 'Toronto' && country === 'CA')
			return {
				status: 'found',
				place: { name: 'Toronto', lat: 43.71, lon: -79.4, country: 'CA', precision: 'city' }
			};
		if (name === 'Toronto')
			return {
				status: 'ambiguous',
				candidates: [
					{ name: 'Toronto', lat: 43.71, lon: -79.4, country: 'CA', precision: 'city' },
					{ name: 'Toronto', lat: 40.46, lon: -80.6, country: 'US', precision: 'city' }
				]
			};
		return { status: 'not-found', reason: 'no such name in the gazetteer' };
	};
	const text =
		'title,start,place,country\nA,2020,Toronto,CA\nB,2020,Toronto,\nC,2020,Atlantis,\nD,2020,Toronto,Canada\n';
	const r = parseCsv(text, { file: 'e.csv', resolvePlace: resolver });

	it('fills coordinates and precision for a resolved name, noting where they came from', () => {
		expect(r.dataset?.events[0]?.place).toMatchObject({
			lat: 43.71,
			lon: -79.4,
			precision: 'city',
			country: 'CA'
		});
		expect(r.dataset?.events[0]?.place.note).toContain('gazetteer');
	});

	it('leaves an ambiguous name unresolved and lists the candidates', () => {
		expect(r.dataset?.events[1]?.place).toEqual({ name: 'Toronto', precision: 'unknown' });
		const w = r.issues.find((i) => i.row === 3 && i.field === 'place.name');
		expect(w?.severity).toBe('warning');
		expect(w?.expected).toContain('40.46, -80.6');
	});

	it('reads a country given by name as its code', () => {
		expect(r.dataset?.events[3]?.place).toMatchObject({ country: 'CA', lat: 43.71 });
	});

	it('reports a name it does not know', () => {
		expect(r.issues.find((i) => i.row === 4 && i.field === 'place.name')?.received).toContain(
			'Atlantis'
		);
		expect(r.dataset?.events[2]?.place.lat).toBeUndefined();
	});
});
