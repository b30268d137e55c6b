import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../lib/model/formats/csv';
import { parseGeoJson } from '../lib/model/formats/geojson';
import { datasetToJson } from '../lib/model/formats/json';
import * as S from '../lib/model/schema';
import { synthDataset } from '../lib/model/synth';
import { exportCommand, sidecarPath } from './exportCommand';
import { testIo } from '../testing/testIo';

function withDataset() {
	const io = testIo();
	writeFileSync(join(io.cwd, 'd.json'), datasetToJson(synthDataset(100, 2)));
	return io;
}

describe('export', () => {
	it('writes CSV and its sidecar, which read back to the same dataset', async () => {
		const io = withDataset();
		expect(await exportCommand(io, 'd.json', { to: 'csv', out: 'out/events.csv' })).toBe(0);
		const side = JSON.parse(readFileSync(join(io.cwd, 'out/events.meta.json'), 'utf8'));
		const back = parseCsv(readFileSync(join(io.cwd, 'out/events.csv'), 'utf8'), {
			file: 'events.csv',
			meta: side.meta,
			sources: side.sources
		});
		expect(back.dataset).toEqual(S.Dataset.parse(synthDataset(100, 2)));
	});

	it.each(['geojson', 'timelinejs', 'json'])('writes %s to stdout without --out', async (to) => {
		const io = withDataset();
		expect(await exportCommand(io, 'd.json', { to })).toBe(0);
		expect(JSON.parse(io.written)).toBeTypeOf('object');
	});

	it('writes GeoJSON that reads back the same', async () => {
		const io = withDataset();
		await exportCommand(io, 'd.json', { to: 'geojson' });
		expect(parseGeoJson(io.written, { file: 'x' }).dataset).toEqual(
			S.Dataset.parse(synthDataset(100, 2))
		);
	});

	it.each([
		[{ to: 'xml' }, 'd.json'],
		[{}, 'd.json'],
		[{ to: 'csv' }, 'missing.json']
	])('exits 2 for %j of %s', async (opts, target) => {
		expect(await exportCommand(withDataset(), target, opts)).toBe(2);
	});

	// --out replaced an existing file and its .meta.json without asking.
	it.each([
		['CSV', 'out/events.csv'],
		['sidecar', 'out/events.meta.json'],
		['GeoJSON file', 'out/events.geojson']
	])('replaces an existing %s only with --force', async (_what, existing) => {
		const io = withDataset();
		mkdirSync(join(io.cwd, 'out'));
		writeFileSync(join(io.cwd, existing), 'keep me');
		const to = existing.endsWith('.geojson') ? 'geojson' : 'csv';
		const out = to === 'csv' ? 'out/events.csv' : existing;
		expect(await exportCommand(io, 'd.json', { to, out })).toBe(2);
		expect(readFileSync(join(io.cwd, existing), 'utf8')).toBe('keep me');
		expect(io.errors.join('\n')).toContain(`${existing} exists; add --force`);
		if (to === 'csv' && existing !== out) {
			expect(() => readFileSync(join(io.cwd, out))).toThrow();
		}
		expect(await exportCommand(io, 'd.json', { to, out, force: true })).toBe(0);
		expect(readFileSync(join(io.cwd, existing), 'utf8')).not.toBe('keep me');
	});

	it('names the sidecar after the CSV', () => {
		expect(sidecarPath('a/events.csv')).toBe('a/events.meta.json');
		expect(sidecarPath('events')).toBe('events.meta.json');
	});
});
