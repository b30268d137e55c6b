/**
 * `check [dataset|file.json]`: validate datasets and the published JSON Schema. Prints one line per
 * issue (`file:row:field: expected …, got …`) and a summary; succeeds only when clean (no errors,
 * no warnings).
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { formatIssue } from '../lib/model/issue';
import { parseDatasetJson } from '../lib/model/formats/json';
import type { Issue } from '../lib/model/types';
import type { CliIo } from './cliIo';
import { readUtf8 } from './readUtf8';
import { SCHEMA_PATH, schemaIsFresh } from './schemaCommand';

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** The dataset files a `check` argument names: a .json path, a directory, or a dataset name. */
export async function datasetFiles(io: CliIo, target?: string): Promise<string[]> {
	if (target === undefined) {
		const dataDir = join(io.root, 'data');
		let names: string[];
		try {
			names = (await readdir(dataDir)).sort();
		} catch {
			return [];
		}
		const files: string[] = [];
		for (const n of names) {
			const f = join(dataDir, n, 'dataset.json');
			if (await isFile(f)) files.push(f);
		}
		return files;
	}
	const asPath = resolve(io.cwd, target);
	if (target.endsWith('.json')) return [asPath];
	if (await isFile(join(asPath, 'dataset.json'))) return [join(asPath, 'dataset.json')];
	return [join(io.root, 'data', target, 'dataset.json')];
}

/** Count issues by severity. */
export function countIssues(issues: Issue[]): { errors: number; warnings: number } {
	let errors = 0;
	for (const i of issues) if (i.severity === 'error') errors++;
	return { errors, warnings: issues.length - errors };
}

/** Run `check`; returns the exit code (0 only when clean). */
export async function checkCommand(io: CliIo, target?: string): Promise<number> {
	const files = await datasetFiles(io, target);
	let events = 0;
	let errors = 0;
	let warnings = 0;
	for (const abs of files) {
		const file = relative(io.cwd, abs) || abs;
		const read = await readUtf8(abs);
		const issues: Issue[] = [];
		let count = 0;
		if (!read.ok) {
			issues.push({
				file,
				field: '',
				expected: read.expected,
				received: read.received,
				severity: 'error'
			});
		} else {
			const r = await parseDatasetJson(read.text, file);
			for (const i of r.issues) issues.push(i);
			count = r.events.length;
		}
		for (const i of issues) io.out(formatIssue(i));
		const c = countIssues(issues);
		io.out(`${file}: ${count} events, ${c.errors} errors, ${c.warnings} warnings`);
		events += count;
		errors += c.errors;
		warnings += c.warnings;
	}
	const fresh = await schemaIsFresh(io.root);
	if (fresh !== true) {
		errors++;
		io.out(
			formatIssue({
				file: relative(io.cwd, join(io.root, SCHEMA_PATH)),
				field: '',
				expected:
					'the JSON Schema generated from src/lib/model/schema.ts (run: npm run data -- schema)',
				received: fresh === null ? 'no file' : 'an out-of-date file',
				severity: 'error'
			})
		);
	}
	const clean = errors === 0 && warnings === 0;
	const what = files.length === 0 ? 'no datasets found' : `${files.length} dataset(s)`;
	io.out(
		`checked ${what}: ${events} events, ${errors} errors, ${warnings} warnings${clean ? ' (clean)' : ''}`
	);
	return clean ? 0 : 1;
}
