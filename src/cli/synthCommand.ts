/**
 * `synth <count> [--seed n] [--to data/<name> | --out file.json]`: write a deterministic
 * synthetic dataset (see src/lib/model/synth.ts). Without --to or --out it goes to stdout.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { datasetToJson } from '../lib/model/formats/json';
import { synthDataset } from '../lib/model/synth';
import type { CliIo } from './cliIo';
import { SCHEMA_PATH } from './schemaCommand';

/** Run `synth`; returns the exit code. */
export async function synthCommand(
	io: CliIo,
	countText: string | undefined,
	opts: { seed?: string; to?: string; out?: string }
): Promise<number> {
	const count = Number(countText);
	const seed = Number(opts.seed ?? '1');
	if (!Number.isInteger(count) || count < 0 || count > 10_000_000) {
		io.err(`error: synth needs a count from 0 to 10000000, got "${countText ?? ''}"`);
		return 2;
	}
	if (!Number.isInteger(seed)) {
		io.err(`error: --seed must be an integer, got "${opts.seed}"`);
		return 2;
	}
	if (opts.to !== undefined && opts.out !== undefined) {
		io.err('error: give --to or --out, not both');
		return 2;
	}
	const t0 = performance.now();
	const dataset = synthDataset(count, seed);
	const t1 = performance.now();
	let path: string | undefined;
	if (opts.to !== undefined) path = join(resolve(io.cwd, opts.to), 'dataset.json');
	else if (opts.out !== undefined) path = resolve(io.cwd, opts.out);
	const schemaRef = path
		? relative(dirname(path), join(io.root, SCHEMA_PATH)).split('\\').join('/')
		: undefined;
	const text = datasetToJson(dataset, schemaRef);
	if (path) {
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, text);
	} else io.write(text);
	const where = path ? relative(io.cwd, path) : 'stdout';
	io.err(
		`synthesized ${count} events (seed ${seed}) in ${((t1 - t0) / 1000).toFixed(2)} s, ` +
			`wrote ${(text.length / 1e6).toFixed(1)} MB to ${where} in ${((performance.now() - t1) / 1000).toFixed(2)} s`
	);
	return 0;
}
