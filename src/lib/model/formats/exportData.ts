/**
 * What the explorer's Export menu downloads: the loaded dataset, or only the events the filters
 * leave, as our JSON, the CSV template (formula-safe: the command line's `datasetToCsv`) or
 * GeoJSON. Pure; opening the result gives back the same events.
 */
import type { Dataset } from '../types';
import { datasetToCsv } from './csv';
import { datasetToGeoJson } from './geojson';
import { datasetToJson } from './json';
import { slugify } from './slug';

/** The formats the explorer exports. */
export const EXPORT_FORMATS = ['json', 'csv', 'geojson'] as const;
/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file to download. */
export interface ExportFile {
	name: string;
	type: string;
	text: string;
}

const TYPES: Record<ExportFormat, { ext: string; type: string }> = {
	json: { ext: 'json', type: 'application/json' },
	csv: { ext: 'csv', type: 'text/csv' },
	geojson: { ext: 'geojson', type: 'application/geo+json' }
};

/**
 * The dataset with only the events whose ids are in `keep` (all when null), in the author's
 * order. A story keeps only the events still there; computed series are dropped when none of
 * their events is kept (when some are, opening the export computes the whole series again).
 */
export function subsetDataset(dataset: Dataset, keep: ReadonlySet<string> | null): Dataset {
	if (!keep) return dataset;
	const events = dataset.events.filter((e) => keep.has(e.id));
	const meta = { ...dataset.meta };
	if (meta.story) meta.story = meta.story.filter((id) => keep.has(id));
	// Computed events are the only ones not in the dataset's own list.
	if (meta.computedSeries && events.length === keep.size) delete meta.computedSeries;
	return { ...dataset, meta, events };
}

/** The file for `dataset` (or its subset `keep`) in `format`, named after its title. */
export function exportFile(
	dataset: Dataset,
	format: ExportFormat,
	keep: ReadonlySet<string> | null = null
): ExportFile {
	const d = subsetDataset(dataset, keep);
	const base = `${slugify(d.meta.title) || 'chronoatlas'}${keep ? '-filtered' : ''}`;
	const text =
		format === 'csv'
			? datasetToCsv(d).csv
			: format === 'geojson'
				? JSON.stringify(datasetToGeoJson(d), null, '\t') + '\n'
				: datasetToJson(d);
	return { name: `${base}.${TYPES[format].ext}`, type: TYPES[format].type, text };
}
