/**
 * The command-line benchmark (bench/cli-import.js), run from the browser benchmark.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.js';

/**
 * Run `node bench/cli-import.js` (synth, export to CSV, import, check: 100,000 rows).
 *
 * @returns {{ output: string, ok: boolean, steps: { step: string, seconds: number, peakMb: number }[] }}
 */
export function timeCommandLine() {
	const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'cli-import.js')], {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 1 << 26
	});
	const steps = [];
	for (const line of r.stdout.split('\n')) {
		const cells = line.split('|').map((c) => c.trim());
		if (cells.length >= 3 && Number.isFinite(Number(cells[1])) && cells[1] !== '') {
			steps.push({ step: cells[0], seconds: Number(cells[1]), peakMb: Number(cells[2]) });
		}
	}
	return {
		output: `${r.stdout}${r.status === 0 ? '' : r.stderr}`.trimEnd(),
		ok: r.status === 0,
		steps
	};
}
