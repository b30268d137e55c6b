/**
 * The checks every parsed event goes through, whichever way it was read: its dates, category,
 * coordinates, sources and disputes against the dataset; and the dataset-wide check of `related`.
 */
import { eventTime } from './dates';
import type { AtlasEvent, Event, Issue } from './types';
import { describe } from './issue';

/** Where an event's issues are reported, and what it is checked against. */
export interface CheckContext {
	file: string;
	row?: number;
	categories: Set<string>;
	sources: Set<string>;
}

/**
 * What checking an event found. `needsFullParser`: a date needs the full EDTF parser, not loaded
 * yet: load it (`loadFullParser`) and check the event again.
 */
export interface CheckedEvent {
	time: AtlasEvent['time'] | null;
	issues: readonly Issue[];
	needsFullParser?: true;
}

/** No issues: shared, so that the common case allocates nothing. Never pushed to. */
const NONE: readonly Issue[] = Object.freeze([]);

function withIssue(
	list: Issue[] | null,
	ev: Event,
	ctx: CheckContext,
	field: string,
	expected: string,
	received: string,
	severity: Issue['severity']
): Issue[] {
	const out = list ?? [];
	out.push({ file: ctx.file, row: ctx.row, id: ev.id, field, expected, received, severity });
	return out;
}

/**
 * Check one parsed event against the dataset's categories and sources and derive its time.
 * Returns the issues; errors mean the event cannot be used. Plain loops and no closures: it runs
 * once per event, 100,000 times for a large `?data=` dataset.
 */
export function checkEvent(ev: Event, ctx: CheckContext): CheckedEvent {
	let issues: Issue[] | null = null;
	const t = eventTime(ev.start, ev.end);
	if (!t.ok && t.needsFullParser) return { time: null, issues: NONE, needsFullParser: true };
	if (!t.ok)
		issues = withIssue(
			issues,
			ev,
			ctx,
			t.field,
			t.error.replace(/, got .*$/, ''),
			describe(ev[t.field]),
			'error'
		);

	if (ctx.categories.size > 0 && !ctx.categories.has(ev.category)) {
		issues = withIssue(
			issues,
			ev,
			ctx,
			'category',
			`one of the categories in meta (${[...ctx.categories].join(', ')})`,
			describe(ev.category),
			'error'
		);
	}
	const p = ev.place;
	const hasLat = p.lat !== undefined;
	const hasLon = p.lon !== undefined;
	if (hasLat !== hasLon)
		issues = withIssue(
			issues,
			ev,
			ctx,
			hasLat ? 'place.lon' : 'place.lat',
			'both lat and lon, or neither',
			'only one',
			'error'
		);
	if (p.precision === 'online' && (hasLat || hasLon)) {
		issues = withIssue(
			issues,
			ev,
			ctx,
			'place.lat',
			'no coordinates for an online event (link places with place.linked)',
			describe(p.lat),
			'error'
		);
	}
	if (p.precision !== 'online' && p.precision !== 'unknown' && !hasLat && !ev.computed) {
		issues = withIssue(
			issues,
			ev,
			ctx,
			'place.lat',
			`coordinates for a place of precision "${p.precision}"`,
			'nothing',
			'warning'
		);
	}
	for (let i = 0; i < ev.sources.length; i++) {
		const source = ev.sources[i]!.source;
		if (!ctx.sources.has(source)) {
			issues = withIssue(
				issues,
				ev,
				ctx,
				`sources.${i}.source`,
				'the id of a source in sources',
				describe(source),
				'error'
			);
		}
	}
	for (let i = 0; i < ev.disputes.length; i++) {
		const values = ev.disputes[i]!.values;
		for (let j = 0; j < values.length; j++) {
			const ids = values[j]!.sources;
			for (let k = 0; k < ids.length; k++) {
				const s = ids[k]!;
				if (s !== 'record' && !ctx.sources.has(s)) {
					issues = withIssue(
						issues,
						ev,
						ctx,
						`disputes.${i}.values.${j}.sources.${k}`,
						'a source id or "record"',
						describe(s),
						'error'
					);
				}
			}
		}
	}
	if (ev.sources.length === 0 && !ev.computed)
		issues = withIssue(issues, ev, ctx, 'sources', 'at least one source', 'none', 'warning');
	return { time: t.ok ? t.time : null, issues: issues ?? NONE };
}

/**
 * Warnings for `related` ids that name no event of the dataset. `rows` maps each kept event's id
 * to its row.
 */
export function relatedIssues(events: Event[], rows: Map<string, number>, file: string): Issue[] {
	const out: Issue[] = [];
	for (let i = 0; i < events.length; i++) {
		const ev = events[i]!;
		for (let k = 0; k < ev.related.length; k++) {
			const rid = ev.related[k]!;
			if (!rows.has(rid)) {
				out.push({
					file,
					row: rows.get(ev.id),
					id: ev.id,
					field: `related.${k}`,
					expected: 'the id of an event in this dataset',
					received: describe(rid),
					severity: 'warning'
				});
			}
		}
	}
	return out;
}
