import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetToJson } from '../lib/model/formats/json';
import { synthDataset } from '../lib/model/synth';
import { checkCommand } from './checkCommand';
import { SCHEMA_PATH, datasetJsonSchema } from './schemaCommand';
import { testIo } from '../testing/testIo';

function repo(files: Record<string, string>, schema: string | null = datasetJsonSchema()) {
	const io = testIo();
	const all = schema === null ? files : { [SCHEMA_PATH]: schema, ...files };
	for (const [path, text] of Object.entries(all)) {
		mkdirSync(dirname(join(io.root, path)), { recursive: true });
		writeFileSync(join(io.root, path), text);
	}
	return io;
}

const clean = datasetToJson(synthDataset(50, 1));

describe('check', () => {
	it('is clean (exit 0) for valid datasets and a fresh schema', async () => {
		const io = repo({
			'data/a/dataset.json': clean,
			'data/b/dataset.json': clean,
			'data/notes.txt': 'x'
		});
		expect(await checkCommand(io)).toBe(0);
		expect(io.lines).toEqual([
			'data/a/dataset.json: 50 events, 0 errors, 0 warnings',
			'data/b/dataset.json: 50 events, 0 errors, 0 warnings',
			'checked 2 dataset(s): 100 events, 0 errors, 0 warnings (clean)'
		]);
	});

	it('checks one dataset by name or path', async () => {
		const io = repo({ 'data/a/dataset.json': clean, 'data/b/dataset.json': '{' });
		expect(await checkCommand(io, 'a')).toBe(0);
		expect(await checkCommand(io, 'data/a/dataset.json')).toBe(0);
		expect(await checkCommand(io, 'b')).toBe(1);
	});

	it('fails on warnings too, printing file:row:field lines', async () => {
		const d = synthDataset(3, 1);
		d.events[1]!.sources = [];
		const io = repo({ 'data/a/dataset.json': datasetToJson(d) });
		expect(await checkCommand(io)).toBe(1);
		expect(io.lines[0]).toBe(
			'data/a/dataset.json:2:sources: [e000002] warning: expected at least one source, got none'
		);
		expect(io.lines.at(-1)).toBe('checked 1 dataset(s): 3 events, 0 errors, 1 warnings');
	});

	it('applies the editorial rules: a quoted phrase must be in a cited quote', async () => {
		const d = synthDataset(3, 1);
		d.events[0]!.summary = 'The ministry said it was "a complete success".';
		const io = repo({ 'data/a/dataset.json': datasetToJson(d) });
		expect(await checkCommand(io)).toBe(1);
		expect(io.lines[0]).toBe(
			'data/a/dataset.json:1:summary: [e000001] warning: expected the quoted words verbatim in a quote this event cites (sources[].quote, or record[].quote), got "a complete success"'
		);
	});

	it('checks cited quotes against the documents with --documents', async () => {
		const d = synthDataset(3, 1);
		const cited = d.events[0]!.sources![0]!;
		const source = d.sources!.find((s) => s.id === cited.source)!;
		source.file = 'doc.txt';
		cited.quote = 'words the document does not have';
		const io = repo({ 'data/a/dataset.json': datasetToJson(d), 'docs/doc.txt': 'Other words.' });
		expect(await checkCommand(io, 'a')).toBe(0);
		expect(await checkCommand(io, 'a', { documents: join(io.root, 'docs') })).toBe(1);
		expect(io.lines.join('\n')).toContain(
			'data/a/dataset.json:1:sources.0.quote: [e000001] warning: expected the quote verbatim in doc.txt, got "words the document does not have"'
		);
		const missing = repo({ 'data/a/dataset.json': datasetToJson(d) });
		expect(await checkCommand(missing, 'a', { documents: join(missing.root, 'nowhere') })).toBe(1);
		expect(missing.lines.join('\n')).toMatch(
			/sources\.\d+\.file: warning: expected the document doc\.txt/
		);
	});

	it('reports invalid JSON with its line', async () => {
		const io = repo({ 'data/a/dataset.json': '{\n  "meta": {\n  oops\n}' });
		expect(await checkCommand(io)).toBe(1);
		expect(io.lines[0]).toMatch(/^data\/a\/dataset\.json:3::/);
	});

	it('fails when the committed schema is out of date or missing', async () => {
		const stale = repo({ 'data/a/dataset.json': clean }, '{}\n');
		expect(await checkCommand(stale)).toBe(1);
		expect(stale.lines.join('\n')).toContain('an out-of-date file');
		const missing = repo({ 'data/a/dataset.json': clean }, null);
		expect(await checkCommand(missing)).toBe(1);
		expect(missing.lines.join('\n')).toContain('npm run data -- schema');
	});

	it('is clean with no datasets at all', async () => {
		const io = repo({});
		expect(await checkCommand(io)).toBe(0);
		expect(io.lines.at(-1)).toContain('no datasets found');
	});
});
