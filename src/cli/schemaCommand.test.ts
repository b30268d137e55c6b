import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
