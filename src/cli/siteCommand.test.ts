import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testIo } from '../testing/testIo';
import { ROOT } from './main';
import { siteCommand } from './siteCommand';

const CSV = [
	'id,title,start,place,lat,lon,place_precision,category',
	'a,A rally,2020-05-22,Toronto,43.65,-79.38,city,protest',
	'b,Bad date,2020-13-45,Toronto,43.65,-79.38,city,protest'
].join('\n');

/** A stand-in for the Vite build: records its environment and writes an index.html. */
function fakeBuild(seen: Record<string, string>[]) {
	return async (_root: string, env: Record<string, string>) => {
		seen.push({ ...env, dataset: readFileSync(env.CHRONOATLAS_DATASET_FILE!, 'utf8') });
		mkdirSync(env.CHRONOATLAS_BUILD_DIR!, { recursive: true });
		writeFileSync(join(env.CHRONOATLAS_BUILD_DIR!, 'index.html'), '<!doctype html>');
		return 0;
	};
}

describe('site', () => {
	it('imports the file and builds with it as the default dataset', async () => {
		const io = testIo(ROOT);
		writeFileSync(join(io.cwd, 'My Events.csv'), CSV);
		const seen: Record<string, string>[] = [];
		const code = await siteCommand(io, 'My Events.csv', { out: 'site', build: fakeBuild(seen) });
		expect(code).toBe(1); // one row rejected, reported by line and field
		expect(io.lines.join('\n')).toMatch(/My Events\.csv:3:start/);
		expect(seen).toHaveLength(1);
		expect(seen[0]!.CHRONOATLAS_DATASET_NAME).toBe('my-events');
		expect(seen[0]!.CHRONOATLAS_BUILD_DIR).toBe(join(io.cwd, 'site'));
		expect(JSON.parse(seen[0]!.dataset!).events.map((e: { id: string }) => e.id)).toEqual(['a']);
		// The temporary dataset is gone once built.
		expect(existsSync(seen[0]!.CHRONOATLAS_DATASET_FILE!)).toBe(false);
		expect(io.lines.at(-1)).toMatch(/wrote site: Chronoatlas with 1 events/);
	});

	it('refuses a non-empty folder without --force, and takes it with --force', async () => {
		const io = testIo(ROOT);
		writeFileSync(join(io.cwd, 'e.csv'), CSV);
		mkdirSync(join(io.cwd, 'site'));
		writeFileSync(join(io.cwd, 'site', 'keep.txt'), 'mine');
		const seen: Record<string, string>[] = [];
		expect(await siteCommand(io, 'e.csv', { out: 'site', build: fakeBuild(seen) })).toBe(2);
		expect(io.errors.join('\n')).toMatch(/not empty; add --force/);
		expect(seen).toHaveLength(0);
		expect(
			await siteCommand(io, 'e.csv', { out: 'site', force: true, build: fakeBuild(seen) })
		).toBe(1);
		expect(seen).toHaveLength(1);
	});

	it.each([
		['the project', () => ROOT],
		['the current folder', () => '.']
	])('never writes over %s, even with --force', async (_, out) => {
		const io = testIo(ROOT);
		writeFileSync(join(io.cwd, 'e.csv'), CSV);
		const seen: Record<string, string>[] = [];
		const code = await siteCommand(io, 'e.csv', {
			out: out(),
			force: true,
			build: fakeBuild(seen)
		});
		expect(code).toBe(2);
		expect(io.errors.join('\n')).toMatch(/choose another --out/);
		expect(seen).toHaveLength(0);
	});

	it('builds nothing from a file without events, or without --out', async () => {
		const io = testIo(ROOT);
		writeFileSync(join(io.cwd, 'page.html'), '<!doctype html><p>hello');
		const seen: Record<string, string>[] = [];
		expect(await siteCommand(io, 'page.html', { out: 'site', build: fakeBuild(seen) })).toBe(2);
		expect(io.lines.join('\n')).toMatch(/an HTML page/);
		expect(await siteCommand(io, 'page.html', { build: fakeBuild(seen) })).toBe(2);
		expect(io.errors.join('\n')).toMatch(/needs --out/);
		expect(seen).toHaveLength(0);
	});
});
