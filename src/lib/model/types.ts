/**
 * Types of the dataset format, inferred from the runtime schema (`schema.ts`), plus the
 * derived shape the views use (`AtlasEvent`).
 */
import type * as z from 'zod';
import type * as S from './schema';
import type { EventTime } from './dates';

export type Dataset = z.output<typeof S.Dataset>;
export type DatasetInput = z.input<typeof S.Dataset>;
export type Meta = z.output<typeof S.Meta>;
export type Category = z.output<typeof S.Category>;
export type Source = z.output<typeof S.Source>;
export type Event = z.output<typeof S.Event>;
export type EventInput = z.input<typeof S.Event>;
export type Place = z.output<typeof S.Place>;
export type LinkedPlace = z.output<typeof S.LinkedPlace>;
export type PlacePrecision = z.output<typeof S.PlacePrecision>;
export type SourceRef = z.output<typeof S.SourceRef>;
export type Dispute = z.output<typeof S.Dispute>;
export type RecordRef = z.output<typeof S.RecordRef>;
export type Media = z.output<typeof S.Media>;
export type Story = z.output<typeof S.Story>;
export type StoryStep = z.output<typeof S.StoryStep>;
export type MediaKind = z.output<typeof S.MediaKind>;

/** An event with everything derived once at load: its time and its position in time order. */
export interface AtlasEvent extends Event {
	time: EventTime;
	/** Position in the dataset sorted by earliest instant (then id): a stable time order. */
	order: number;
}

/** A problem found in input, located precisely enough for a person to fix it. */
export interface Issue {
	/** The file (or URL) it was found in. */
	file: string;
	/** 1-based row: the CSV line, the JSON array position (events[n-1]), or the feature number. */
	row?: number;
	/** The field, as a dotted path: "start", "place.lat", "sources.0.source". */
	field: string;
	expected: string;
	received: string;
	/** Errors drop the row; warnings keep it. */
	severity: 'error' | 'warning';
	/** The event id when known, to help find the row. */
	id?: string;
}
