/**
 * `schema`: the published JSON Schema of the dataset format, generated from the runtime zod
 * schema so it is never written twice by hand. `check` compares the committed file with it.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { Dataset } from '../lib/model/schema';
import type { CliIo } from './cliIo';

/** Where the schema is published (served by the site as /schema/dataset.schema.json). */
export const SCHEMA_PATH = 'static/schema/dataset.schema.json';

/** The JSON Schema text for the dataset format, exactly as `schema` writes it. */
export function datasetJsonSchema(): string {
	const schema = z.toJSONSchema(Dataset, { io: 'input' });
	return JSON.stringify(schema, null, '\t') + '\n';
}

/** Whether the committed schema file matches the runtime schema; null when the file is missing. */
export async function schemaIsFresh(root: string): Promise<boolean | null> {
	let text: string;
	try {
		text = await readFile(join(root, SCHEMA_PATH), 'utf8');
	} catch {
		return null;
	}
	return text === datasetJsonSchema();
}

/** Write the schema file; prints the path. */
export async function schemaCommand(io: CliIo): Promise<number> {
	const path = join(io.root, SCHEMA_PATH);
	await mkdir(dirname(path), { recursive: true });
	await writeFile(path, datasetJsonSchema());
	io.out(`wrote ${SCHEMA_PATH}`);
	return 0;
}
