import { describe, expect, it, vi } from 'vitest';
import { lazyResolver } from '../../../cli/importCommand';
import type { PlaceResolver } from './assembleDataset';
import { parseDataFile } from './parseDataFile';

const HEADER = 'id,title,start,place,lat,lon,place_precision,category,country';
const NAMED = [
	HEADER,
	'a,In Toronto,2020-05-22,Toronto,,,,protest,CA',
	'b,In Paris,2019,Paris,48.85,2.35,city,strike,',
	'c,Online,2021,Online,,,online,statement,',
	'd,Somewhere,2022,Xyzzyville,,,,protest,'
].join('\n');
const LOCATED = [HEADER, 'b,In Paris,2019,Paris,48.85,2.35,city,strike,'].join('\n');
const root = process.cwd();

/** A place's coordinates and precision, by event id. */
function places(r: Awaited<ReturnType<typeof parseDataFile>>) {
	return Object.fromEntries(
		r.events.map((e) => [e.id, [e.place.lat, e.place.lon, e.place.precision, e.place.country]])
	);
}

describe('parseDataFile with a resolver loaded on demand', () => {
	it('gives what the command line gives with the gazetteer', async () => {
		const cli = await parseDataFile({
			name: 'e.csv',
			text: NAMED,
			resolvePlace: lazyResolver(root)
		});
		const load = vi.fn(async () => lazyResolver(root));
		const browser = await parseDataFile({ name: 'e.csv', text: NAMED, loadResolver: load });
		expect(load).toHaveBeenCalledTimes(1);
		expect(places(browser)).toEqual(places(cli));
		expect(browser.issues).toEqual(cli.issues);
		expect(places(browser).a?.slice(0, 2)).toEqual([43.71, -79.4]);
	});

	it.each([
		['a file whose places all have coordinates', LOCATED, 'csv'],
		['a TimelineJS sheet (headlines are looked up only when asked)', null, 'timelinejs']
	])('does not load it for %s', async (_, text, format) => {
		const load = vi.fn(async (): Promise<PlaceResolver | null> => null);
		const sheet = 'Year,Month,Day,Headline,Text\n2020,5,22,Toronto,A rally';
		await parseDataFile({
			name: 'f',
			text: text ?? sheet,
			format: format as 'csv' | 'timelinejs',
			loadResolver: load
		});
		expect(load).not.toHaveBeenCalled();
	});

	it('keeps the rows without coordinates, as without a gazetteer, when it cannot be loaded', async () => {
		const none = await parseDataFile({ name: 'e.csv', text: NAMED });
		const failed = await parseDataFile({
			name: 'e.csv',
			text: NAMED,
			loadResolver: async () => null
		});
		expect(failed).toEqual(none);
		expect(places(failed).a?.slice(0, 2)).toEqual([undefined, undefined]);
	});
});
