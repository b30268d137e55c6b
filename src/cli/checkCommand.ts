/**
 * `check [dataset|file.json] [--documents dir]`: validate datasets, their editorial rules
 * (`editorial.ts`) and the published JSON Schema. Prints one line per issue
 * (`file:row:field: expected …, got …`) and a summary; succeeds only when clean (no errors, no
 * warnings). With `--documents`, the sources' files (`sources[].file`) are read from that
 * directory and every cited quote and link is checked against them word for word.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { formatIssue } from '../lib/model/issue';
import { parseDatasetJson } from '../lib/model/formats/json';
import { editorialIssues } from '../lib/model/editorial';
import { documentText } from '../lib/model/quotes';
import type { Dataset, Issue } from '../lib/model/types';
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

/** Options of `check`. */
export interface CheckOptions {
	/** A directory holding the source documents named by `sources[].file`. */
	documents?: string;
}

/**
 * The documents of a dataset's sources, as plain text by source id, read from `dir`; a source
 * whose file is missing there is reported.
 */
async function readDocuments(
	io: CliIo,
	dir: string,
	dataset: Dataset,
	file: string
): Promise<{ documents: Map<string, string>; issues: Issue[] }> {
	const documents = new Map<string, string>();
	const issues: Issue[] = [];
	for (const [i, s] of dataset.sources.entries()) {
		if (!s.file) continue;
		const path = resolve(io.cwd, dir, s.file);
		const read = await readUtf8(path);
		if (read.ok) documents.set(s.id, documentText(read.text));
		else
			issues.push({
				file,
				row: i + 1,
				field: `sources.${i}.file`,
				expected: `the document ${s.file} in ${dir} (${read.expected})`,
				received: read.received,
				severity: 'warning'
			});
	}
	return { documents, issues };
}

/** Each event's row in the file by id (the first row wins; duplicates are reported elsewhere). */
function rowsById(text: string): Map<string, number> {
	const rows = new Map<string, number>();
	try {
		const events = (JSON.parse(text) as { events?: unknown }).events;
		if (Array.isArray(events))
			events.forEach((e, i) => {
				const id = (e as { id?: unknown } | null)?.id;
				if (typeof id === 'string' && !rows.has(id)) rows.set(id, i + 1);
			});
	} catch {
		// Unreadable JSON is reported by the parser.
	}
	return rows;
}

/** Run `check`; returns the exit code (0 only when clean). */
export async function checkCommand(
	io: CliIo,
	target?: string,
	opts: CheckOptions = {}
): Promise<number> {
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
			// The file's valid events (computed series are added at load, not written in it).
			count = r.dataset?.events.length ?? 0;
			if (r.dataset) {
				let documents: Map<string, string> | undefined;
				if (opts.documents !== undefined) {
					const d = await readDocuments(io, opts.documents, r.dataset, file);
					for (const x of d.issues) issues.push(x);
					documents = d.documents;
				}
				const rows = rowsById(read.text);
				for (const x of editorialIssues(r.dataset, { file, rows, documents })) issues.push(x);
			}
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
