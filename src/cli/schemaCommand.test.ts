import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as S from '../lib/model/schema';
import { CSV_COLUMNS } from '../lib/model/formats/csv';
import { ROOT } from './main';
import { SCHEMA_PATH, datasetJsonSchema } from './schemaCommand';
import { join } from 'node:path';

describe('published JSON Schema', () => {
	it('the committed static/schema/dataset.schema.json equals the one generated from schema.ts', () => {
		const committed = readFileSync(join(ROOT, SCHEMA_PATH), 'utf8');
		// On failure run: npm run data -- schema
		expect(committed).toBe(datasetJsonSchema());
	});

	it('describes events with the required fields', () => {
		const schema = JSON.parse(datasetJsonSchema());
		const event = schema.properties.events.items;
		expect(event.required).toEqual(
			expect.arrayContaining(['id', 'title', 'summary', 'start', 'place', 'category'])
		);
	});
});

describe('docs/data.md', () => {
	const docs = readFileSync(join(ROOT, 'docs/data.md'), 'utf8');
	const shapes = {
		dataset: S.Dataset.shape,
		meta: S.Meta.shape,
		category: S.Category.shape,
		source: S.Source.shape,
		event: S.Event.shape,
		place: S.Place.shape,
		sourceRef: S.SourceRef.shape,
		dispute: S.Dispute.shape,
		recordRef: S.RecordRef.shape,
		media: S.Media.shape
	};
	it.each(Object.entries(shapes).flatMap(([k, shape]) => Object.keys(shape).map((f) => [k, f])))(
		'documents %s field %s',
		(_shape, field) => {
			expect(docs).toMatch(new RegExp(`[\`"]${field.replace('$', '\\$')}[\`"]`));
		}
	);

	it.each(CSV_COLUMNS.map((c) => c.name))('documents the CSV column %s', (name) => {
		expect(docs).toContain(`| \`${name}\``);
	});
});
