import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './readUtf8';
import { ROOT, main } from './main';
import { testIo } from '../testing/testIo';

describe('main', () => {
	it.each([
		[['help'], 0],
		[[], 2],
		[['frobnicate'], 2],
		[['check', 'a', 'b'], 2],
		[['import'], 2],
		[['import', 'x.csv', '--bogus'], 2],
		[['synth', '5', '--seed', '3'], 0]
	])('%j exits %i', async (argv, code) => {
		expect(await main(argv, testIo(ROOT))).toBe(code);
	});

	it('runs as `tsx src/cli/main.ts` with exit codes (check of a bad file → 1)', () => {
		const io = testIo();
		writeFileSync(join(io.cwd, 'bad.json'), '{"meta": {}}');
		const r = spawnSync(
			process.execPath,
			[
				join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
				join(ROOT, 'src/cli/main.ts'),
				'check',
				'bad.json'
			],
			{ cwd: io.cwd, encoding: 'utf8' }
		);
		expect(r.status).toBe(1);
		expect(r.stdout).toContain('bad.json::meta.title: expected a string, got nothing');
	});
});

describe('decodeUtf8', () => {
	it('decodes UTF-8 and drops a byte-order mark', () => {
		expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]))).toEqual({
			ok: true,
			text: 'aé'
		});
	});

	it('reports where the first non-UTF-8 byte is', () => {
		const r = decodeUtf8(Buffer.from('abc\xe9def', 'latin1'));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.received).toContain('byte 3');
	});
});
