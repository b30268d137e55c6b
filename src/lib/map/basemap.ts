/**
 * The offline basemap: Natural Earth country shapes from `world-atlas` (TopoJSON), converted to
 * GeoJSON that Leaflet can draw in Web Mercator without artefacts.
 *
 * Two fixes are needed:
 * - Rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to −180 between
 *   two consecutive points, and Leaflet draws that jump as a streak across the whole map. We
 *   unwrap longitudes so that consecutive points never differ by more than 180°: the ring then
 *   continues past 180° (e.g. 190°), which Leaflet draws just east of the date line.
 * - Antarctica's ring runs along the pole, which Web Mercator cannot show: we drop it.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** Properties world-atlas gives each country. */
export interface CountryProperties {
	name: string;
}

/** A country shape of the basemap. */
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

/** ISO 3166-1 numeric code of Antarctica, as world-atlas uses it for the feature id. */
const ANTARCTICA_ID = '010';

/** The largest longitude jump between two consecutive points of a ring (0 for < 2 points). */
export function maxLongitudeJump(ring: readonly Position[]): number {
	let max = 0;
	for (let i = 1; i < ring.length; i++) {
		const d = Math.abs(ring[i]![0]! - ring[i - 1]![0]!);
		if (d > max) max = d;
	}
	return max;
}

/**
 * A copy of `ring` whose longitudes are shifted by multiples of 360° so that consecutive points
 * never differ by more than 180°. With `anchor`, the first point is first brought within 180° of
 * it (used to keep a polygon's holes next to its outer ring).
 */
export function unwrapRing(ring: readonly Position[], anchor?: number): Position[] {
	const out: Position[] = [];
	let prev = anchor;
	for (const p of ring) {
		let lon = p[0]!;
		if (prev !== undefined) {
			while (lon - prev > 180) lon -= 360;
			while (lon - prev < -180) lon += 360;
		}
		out.push([lon, ...p.slice(1)]);
		prev = lon;
	}
	return out;
}

/** A polygon's rings, unwrapped, holes kept beside their outer ring. */
export function unwrapPolygon(rings: readonly Position[][]): Position[][] {
	const outer = rings[0];
	if (!outer) return [];
	const first = unwrapRing(outer);
	const anchor = first[0]?.[0];
	return [first, ...rings.slice(1).map((r) => unwrapRing(r, anchor))];
}

function isAntarctica(f: Feature): boolean {
	return String(f.id) === ANTARCTICA_ID || f.properties?.name === 'Antarctica';
}

/**
 * Convert a world-atlas topology (`countries-110m.json` or finer) into the basemap's countries:
 * polygons only, rings unwrapped across the antimeridian, Antarctica dropped.
 *
 * @param topology the parsed TopoJSON; its `objects.countries` is used.
 * @throws Error when the topology has no `countries` object (not a world-atlas countries file).
 */
export function basemapFromTopology(
	topology: Topology
): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
	const countries = topology.objects['countries'];
	if (!countries || countries.type !== 'GeometryCollection') {
		throw new Error(
			`basemapFromTopology: expected a world-atlas topology with objects.countries (a GeometryCollection), received objects: ${Object.keys(topology.objects ?? {}).join(', ') || 'none'}`
		);
	}
	const all = feature(topology, countries as GeometryCollection<CountryProperties>);
	const features: CountryFeature[] = [];
	for (const f of all.features) {
		if (isAntarctica(f)) continue;
		const g = f.geometry;
		if (!g) continue;
		const properties: CountryProperties = { name: String(f.properties?.name ?? '') };
		if (g.type === 'Polygon') {
			features.push({
				type: 'Feature',
				id: f.id,
				properties,
				geometry: { type: 'Polygon', coordinates: unwrapPolygon(g.coordinates) }
			});
		} else if (g.type === 'MultiPolygon') {
			features.push({
				type: 'Feature',
				id: f.id,
				properties,
				geometry: { type: 'MultiPolygon', coordinates: g.coordinates.map(unwrapPolygon) }
			});
		}
	}
	return { type: 'FeatureCollection', features };
}
