/** A CliIo for tests: a temporary working directory and captured output. Test support only. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../cli/cliIo';

/** Captured output of a command run through `testIo`. */
export interface Captured extends CliIo {
	lines: string[];
	errors: string[];
	written: string;
}

/** A fresh temporary directory as cwd; `root` defaults to the cwd (pass the repo root for the gazetteer). */
export function testIo(root?: string): Captured {
	const cwd = mkdtempSync(join(tmpdir(), 'chronoatlas-cli-'));
	const io: Captured = {
		root: root ?? cwd,
		cwd,
		lines: [],
		errors: [],
		written: '',
		out: (l) => io.lines.push(l),
		err: (l) => io.errors.push(l),
		write: (t) => (io.written += t)
	};
	return io;
}
