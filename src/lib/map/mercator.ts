/**
 * Web Mercator, as Leaflet and every tile scheme use it: positions as x, y in [0, 1] of the world
 * (0, 0 = 180° W at the north edge), so one world pixel at zoom z is 1 / (256 × 2^z).
 */

/** Web Mercator world size in pixels at zoom 0 (Leaflet's and every tile scheme's). */
export const TILE_SIZE = 256;

/** x in [0, 1] of a longitude in Web Mercator (0 = 180° W). */
export function lonToX(lon: number): number {
	return lon / 360 + 0.5;
}

/** y in [0, 1] of a latitude in Web Mercator (0 = north edge, ±85.05° clamped). */
export function latToY(lat: number): number {
	const s = Math.sin((lat * Math.PI) / 180);
	const y = 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
	return y < 0 ? 0 : y > 1 ? 1 : y;
}

/** Longitude of a Web Mercator x in [0, 1]. */
export function xToLon(x: number): number {
	return (x - 0.5) * 360;
}

/** Latitude of a Web Mercator y in [0, 1]. */
export function yToLat(y: number): number {
	const y2 = ((180 - y * 360) * Math.PI) / 180;
	return (360 * Math.atan(Math.exp(y2))) / Math.PI - 90;
}
