/**
 * `site <file> --out <dir> [--force] [--no-gazetteer]`: build a static copy of Chronoatlas whose
 * default dataset is `<file>` (any format `import` reads). The file is imported with the same
 * code as everywhere (`parseDataFile`, with the gazetteer), written as canonical JSON to a
 * temporary folder, and the site is built by Vite with the environment pointing at it
 * (src/lib/server/siteDataset.ts), so the prerendered pages hold it like the bundled dataset.
 *
 * Exit 0: built, every row in; 1: built, some rows rejected; 2: nothing built.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { parseDataFile } from '../lib/model/formats/parseDataFile';
import { datasetToJson } from '../lib/model/formats/json';
import { slugify } from '../lib/model/formats/slug';
import type { CliIo } from './cliIo';
import { lazyResolver } from './importCommand';
import { reportIssues } from './reportIssues';

/** Options of `site`. */
export interface SiteOptions {
	out?: string;
	force?: boolean;
	gazetteer?: boolean;
	/** Runs the build (tests replace it); resolves to its exit code. */
	build?: (root: string, env: Record<string, string>) => Promise<number>;
}

/** Why `dir` may not be written, or null: not empty without --force, or holding the project. */
export async function outDirProblem(
	dir: string,
	root: string,
	cwd: string,
	force: boolean
): Promise<string | null> {
	// The build empties its output folder first: never one that holds the project or the user's work.
	for (const precious of [root, cwd]) {
		if (precious === dir || precious.startsWith(dir.endsWith(sep) ? dir : dir + sep))
			return `${dir} holds ${precious === root ? 'the project' : 'the current folder'}; choose another --out`;
	}
	if (!existsSync(dir)) return null;
	let entries: string[];
	try {
		entries = await readdir(dir);
	} catch {
		return `${dir} is not a folder`;
	}
	if (entries.length > 0 && !force) return `${dir} is not empty; add --force to replace it`;
	return null;
}

/** Run `vite build` in the project with extra environment; resolves to its exit code. */
function viteBuild(root: string, env: Record<string, string>): Promise<number> {
	return new Promise((done) => {
		const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
		const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
			cwd: root,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'inherit', 'inherit']
		});
		child.on('error', () => done(2));
		child.on('close', (code) => done(code ?? 2));
	});
}

/** Run `site`; returns the exit code. */
export async function siteCommand(io: CliIo, input: string, opts: SiteOptions): Promise<number> {
	if (!opts.out) {
		io.err('error: site needs --out <dir>, the folder to write the site to');
		return 2;
	}
	const out = resolve(io.cwd, opts.out);
	const problem = await outDirProblem(out, resolve(io.root), resolve(io.cwd), opts.force ?? false);
	if (problem) {
		io.err(`error: ${problem}`);
		return 2;
	}
	const path = resolve(io.cwd, input);
	const file = relative(io.cwd, path) || input;
	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (e) {
		io.err(`error: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
		return 2;
	}
	const r = await parseDataFile({
		name: file,
		bytes,
		resolvePlace: opts.gazetteer === false ? undefined : lazyResolver(io.root)
	});
	const counts = reportIssues(io.out, r.issues);
	if (!r.dataset || r.events.length === 0) {
		io.err(`error: no events could be read from ${file}; nothing built`);
		return 2;
	}
	const name = slugify(basename(path, extname(path))) || 'my-data';
	const tmp = await mkdtemp(join(tmpdir(), 'chronoatlas-site-'));
	try {
		const json = join(tmp, 'dataset.json');
		await writeFile(json, datasetToJson(r.dataset));
		io.err(`building the site with ${r.events.length} events from ${file} (${r.format})…`);
		const code = await (opts.build ?? viteBuild)(io.root, {
			CHRONOATLAS_DATASET_FILE: json,
			CHRONOATLAS_DATASET_NAME: name,
			CHRONOATLAS_BUILD_DIR: out
		});
		if (code !== 0 || !existsSync(join(out, 'index.html'))) {
			io.err(`error: the build failed (exit ${code}); see above`);
			return 2;
		}
	} finally {
		await rm(tmp, { recursive: true, force: true });
	}
	io.out(
		`wrote ${relative(io.cwd, out) || out}: Chronoatlas with ${r.events.length} events from ${file}; ` +
			`${counts.rejectedRows} rows rejected. Put the folder on any static host.`
	);
	return counts.errors > 0 ? 1 : 0;
}
