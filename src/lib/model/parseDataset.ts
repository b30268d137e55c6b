/**
 * Parsing a dataset, the one way in for data from anywhere (the bundled dataset, a URL, a file, the
 * command line). Never throws on user data and never mutates its input: each record is read on
 * its own, so one bad event costs only itself, and every dropped event is reported with file, row
 * and field. A bad optional field (a source's URL, a link, a tag) costs only itself: it is
 * dropped with a warning and the record is kept.
 *
 * Each record takes the fast path (fastRecords.ts) when it has the common shape. One that does not
 * is read by the zod schema, and a date the fast date path does not take by the `edtf` package's
 * parser: each is loaded the first time a record needs it, and parsing carries on from there. A
 * plain dataset of any size never downloads either.
 */
import { loadFullParser } from './dates';
import { checkEvent, relatedIssues, type CheckContext } from './checkEvent';
import { computedSeries } from './computedSeries';
import { checkStories } from './stories';
import { readEventFast, readMetaFast, readSourceFast } from './fastRecords';
import { describe, sortEvents, type LoadResult } from './issue';
import type { schemaRecords as SchemaRecords } from './schemaRecords';
import { toAtlasEvent } from './toAtlasEvent';
import type { AtlasEvent, Dataset, Event, Issue, Meta, Source } from './types';

/** The top-level fields of a dataset (the schema's `Dataset`; parseDataset.test.ts checks). */
export const DATASET_KEYS: readonly string[] = ['$schema', 'meta', 'sources', 'events'];

/** Options of {@link parseDataset}. */
export interface ParseOptions {
	/**
	 * The computed events of `meta.computedSeries` when already worked out (the bundled dataset's,
	 * at build time); otherwise they are computed here.
	 */
	series?: Event[];
}

let schema: typeof SchemaRecords | null = null;

/** The schema's record readers, loaded the first time a record needs them. */
async function loadSchema(): Promise<typeof SchemaRecords> {
	schema ??= (await import('./schemaRecords')).schemaRecords;
	return schema;
}

function idOf(v: unknown): string | undefined {
	const id = v !== null && typeof v === 'object' ? (v as { id?: unknown }).id : undefined;
	return typeof id === 'string' ? id : undefined;
}

/**
 * Parse a dataset (already parsed from JSON). Bad events are dropped and reported; valid ones are
 * returned in time order with their derived fields, computed series included.
 */
export async function parseDataset(
	raw: unknown,
	file: string,
	opts: ParseOptions = {}
): Promise<LoadResult> {
	const issues: Issue[] = [];
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		issues.push({
			file,
			field: '',
			expected: 'a dataset object with meta, sources and events',
			received: describe(raw),
			severity: 'error'
		});
		return { dataset: null, events: [], issues };
	}
	const obj = raw as Record<string, unknown>;
	let meta: Meta | null = readMetaFast(obj.meta);
	if (!meta) {
		const r = (await loadSchema()).meta(obj.meta, file);
		for (const i of r.issues) issues.push(i);
		if (!r.ok) return { dataset: null, events: [], issues };
		meta = r.data;
	}
	const sources: Source[] = [];
	const rawSources = Array.isArray(obj.sources) ? obj.sources : [];
	if (obj.sources !== undefined && !Array.isArray(obj.sources)) {
		issues.push({
			file,
			field: 'sources',
			expected: 'a list',
			received: describe(obj.sources),
			severity: 'error'
		});
	}
	for (let i = 0; i < rawSources.length; i++) {
		const s = readSourceFast(rawSources[i]);
		if (s) {
			sources.push(s);
			continue;
		}
		const r = (await loadSchema()).source(rawSources[i], file, i);
		for (const x of r.issues) issues.push(x);
		if (r.ok) sources.push(r.data);
	}
	for (const k of Object.keys(obj)) {
		if (!DATASET_KEYS.includes(k)) {
			issues.push({
				file,
				field: k,
				expected: 'no unknown top-level field',
				received: k,
				severity: 'warning'
			});
		}
	}
	if (!Array.isArray(obj.events)) {
		issues.push({
			file,
			field: 'events',
			expected: 'a list of events',
			received: describe(obj.events),
			severity: 'error'
		});
		return { dataset: { meta, sources, events: [] }, events: [], issues };
	}
	const rawEvents: unknown[] = obj.events;
	const ctx: CheckContext = {
		file,
		categories: new Set(meta.categories.map((c) => c.id)),
		sources: new Set(sources.map((s) => s.id))
	};
	/** The row of each kept event, by id. */
	const rows = new Map<string, number>();
	const events: AtlasEvent[] = [];
	const kept: Event[] = [];
	for (let i = 0; i < rawEvents.length; i++) {
		const row = i + 1;
		const e = rawEvents[i];
		let ev = readEventFast(e);
		if (!ev) {
			const r = (await loadSchema()).event(e, file, row, idOf(e));
			for (const x of r.issues) issues.push(x);
			if (!r.ok) continue;
			ev = r.data;
		}
		const prev = rows.get(ev.id);
		if (prev !== undefined) {
			issues.push({
				file,
				row,
				id: ev.id,
				field: 'id',
				expected: `a unique id (row ${prev} has it already)`,
				received: describe(ev.id),
				severity: 'error'
			});
			continue;
		}
		ctx.row = row;
		let c = checkEvent(ev, ctx);
		if (c.needsFullParser) {
			await loadFullParser();
			c = checkEvent(ev, ctx);
		}
		let failed = false;
		for (let k = 0; k < c.issues.length; k++) {
			const x = c.issues[k]!;
			issues.push(x);
			if (x.severity === 'error') failed = true;
		}
		if (!c.time || failed) continue;
		rows.set(ev.id, row);
		kept.push(ev);
		events.push(toAtlasEvent(ev, c.time));
	}
	for (const x of relatedIssues(kept, rows, file)) issues.push(x);
	// The dataset keeps the author's order; the derived events are in time order.
	const dataset: Dataset = { meta, sources, events: kept };
	await addSeries(events, issues, opts.series ?? computedSeries(dataset), rows, file);
	sortEvents(events);
	if (meta.story || meta.stories) {
		const ids = new Set<string>();
		for (const e of events) ids.add(e.id);
		const s = checkStories(meta, (id) => ids.has(id), file);
		for (const x of s.issues) issues.push(x);
		dataset.meta = s.meta;
	}
	return { dataset, events, issues };
}

/** Add computed events (never over a sourced event with the same id). */
async function addSeries(
	events: AtlasEvent[],
	issues: Issue[],
	series: Event[],
	ids: Map<string, number>,
	file: string
): Promise<void> {
	for (const ev of series) {
		if (ids.has(ev.id)) continue;
		let t = checkEvent(ev, { file, categories: new Set(), sources: new Set() });
		if (t.needsFullParser) {
			await loadFullParser();
			t = checkEvent(ev, { file, categories: new Set(), sources: new Set() });
		}
		if (!t.time) {
			for (const x of t.issues) issues.push(x);
			continue;
		}
		events.push(toAtlasEvent(ev, t.time));
	}
}
