/**
 * `story <dataset> <story.json> [--id id] [--force]`: add a story (as the explorer downloads it,
 * or written by hand) to a dataset's `meta.stories`. Steps naming events the dataset does not have
 * are reported and left out; a story with the same id is replaced only with --force. Only
 * `meta.stories` changes: the rest of the file is written back as it was read.
 */
import { writeFile } from 'node:fs/promises';
import { basename, extname, relative, resolve } from 'node:path';
import { parseDatasetJson } from '../lib/model/formats/json';
import { slugify } from '../lib/model/formats/slug';
import { checkStories, readStory } from '../lib/model/stories';
import { SLUG_PATTERN } from '../lib/model/slugPattern';
import type { CliIo } from './cliIo';
import { datasetFiles } from './checkCommand';
import { readUtf8 } from './readUtf8';
import { reportIssues } from './reportIssues';

/** Run `story`; returns the exit code (1 when steps were left out, 2 when nothing was written). */
export async function storyCommand(
	io: CliIo,
	target: string,
	storyFile: string,
	opts: { id?: string; force?: boolean }
): Promise<number> {
	const [abs] = await datasetFiles(io, target);
	if (!abs) {
		io.err(`error: no dataset "${target}"`);
		return 2;
	}
	const file = relative(io.cwd, abs) || abs;
	const storyPath = resolve(io.cwd, storyFile);
	const [data, story] = await Promise.all([readUtf8(abs), readUtf8(storyPath)]);
	if (!data.ok) {
		io.err(`${file}:: expected ${data.expected}, got ${data.received}`);
		return 2;
	}
	if (!story.ok) {
		io.err(`${storyFile}:: expected ${story.expected}, got ${story.received}`);
		return 2;
	}
	let rawStory: unknown;
	let raw: { meta?: { stories?: unknown[] } } & Record<string, unknown>;
	try {
		rawStory = JSON.parse(story.text);
		raw = JSON.parse(data.text);
	} catch (e) {
		io.err(`error: not JSON: ${e instanceof Error ? e.message : String(e)}`);
		return 2;
	}
	const fileId = (rawStory as { id?: unknown } | null)?.id;
	const title = (rawStory as { title?: unknown } | null)?.title;
	const id =
		opts.id ??
		(typeof fileId === 'string' && fileId !== 'tour' && SLUG_PATTERN.test(fileId)
			? fileId
			: slugify(typeof title === 'string' ? title : basename(storyFile, extname(storyFile))));
	if (!SLUG_PATTERN.test(id)) {
		io.err(`error: --id must be a slug (lower-case letters, digits, hyphens), got "${id}"`);
		return 2;
	}
	const parsed = readStory(rawStory, id);
	if (!parsed) {
		io.err(
			`${storyFile}:: expected a story: a "title" and a list of "steps", each with an "event" id`
		);
		return 2;
	}
	const loaded = await parseDatasetJson(data.text, file);
	if (!loaded.dataset || !raw.meta || typeof raw.meta !== 'object') {
		reportIssues(io.err, loaded.issues);
		return 2;
	}
	const ids = new Set(loaded.events.map((e) => e.id));
	const checked = checkStories(
		{ ...loaded.dataset.meta, story: undefined, stories: [parsed] },
		(x) => ids.has(x),
		storyFile
	);
	const counts = reportIssues(io.err, checked.issues);
	const kept = checked.meta.stories![0]!;
	const stories = Array.isArray(raw.meta.stories) ? raw.meta.stories.slice() : [];
	const at = stories.findIndex((s) => (s as { id?: unknown } | null)?.id === id);
	if (at >= 0 && !opts.force) {
		io.err(`error: ${file} has a story "${id}" already; add --force to replace it`);
		return 2;
	}
	if (at >= 0) stories[at] = kept;
	else stories.push(kept);
	raw.meta.stories = stories;
	await writeFile(abs, JSON.stringify(raw, null, '\t') + '\n');
	io.err(
		`${at >= 0 ? 'replaced' : 'added'} story "${id}" (${kept.steps.length} steps) in ${file}` +
			(counts.warnings ? `; ${counts.warnings} steps left out` : '')
	);
	return counts.warnings ? 1 : 0;
}
