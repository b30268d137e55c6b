// Benchmark of the data command line at scale (not a test): synthesize 100,000 events, export
// them to CSV, import the CSV back, and check the result. Prints wall time and peak memory per
// step. Usage: node bench/cli-import.js [count]
//
// Peak memory comes from /usr/bin/time -v when present, else from the CLI itself
// (CHRONOATLAS_REPORT_RSS=1 makes it print process.resourceUsage().maxRSS).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'chronoatlas-bench-'));
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const main = join(root, 'src', 'cli', 'main.ts');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Run one CLI command; returns its wall time, peak RSS and output. */
function run(args) {
	const cli = [process.execPath, tsx, main, ...args];
	const [cmd, ...rest] = gnuTime ? [gnuTime, '-v', ...cli] : cli;
	const t0 = performance.now();
	const r = spawnSync(cmd, rest, {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 1 << 28,
		env: { ...process.env, CHRONOATLAS_REPORT_RSS: '1' }
	});
	const seconds = (performance.now() - t0) / 1000;
	const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
	const fromCli = /maxrss_kb=(\d+)/.exec(r.stderr);
	const kb = Number((fromTime ?? fromCli)?.[1] ?? NaN);
	if (r.status !== 0) {
		console.error(`"${args.join(' ')}" exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
		process.exitCode = 1;
	}
	return { seconds, mb: kb / 1024, stdout: r.stdout, stderr: r.stderr };
}

const size = (f) => `${(statSync(join(dir, f)).size / 1e6).toFixed(1)} MB`;
const rows = [];
const step = (name, args, file) => {
	const r = run(args);
	rows.push([name, r.seconds.toFixed(2), r.mb.toFixed(0), file ? size(file) : '']);
	return r;
};

step(
	`synth ${count}`,
	['synth', String(count), '--seed', '1', '--out', 'synth.json'],
	'synth.json'
);
step(
	'export --to csv',
	['export', 'synth.json', '--to', 'csv', '--out', 'events.csv'],
	'events.csv'
);
const imported = step(
	'import csv',
	['import', 'events.csv', '--to', 'imported'],
	'imported/dataset.json'
);
step('check imported', ['check', 'imported/dataset.json']);

const summary = /imported (\d+) events/.exec(imported.stdout);
const widths = [18, 10, 15, 10];
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
console.log(
	`chronoatlas CLI benchmark: ${count} events, node ${process.version}, memory from ${gnuTime ? '/usr/bin/time -v' : 'process.resourceUsage()'}`
);
console.log(line(['step', 'time (s)', 'peak RSS (MB)', 'file']));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
console.log(`imported events: ${summary?.[1] ?? '?'} of ${count}`);
if (Number(summary?.[1]) !== count) process.exitCode = 1;
rmSync(dir, { recursive: true, force: true });
