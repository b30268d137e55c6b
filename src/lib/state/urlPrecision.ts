/**
 * The precision of what the URL carries: a time window rounded to a resolution that suits its
 * span, a map view to 4 decimals, and instants written as compact ISO 8601. Rounding is idempotent,
 * so a state read back from the URL writes the same URL.
 */
import type { MapView, TimeWindow } from './explorer.svelte';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
const SECOND = 1000;
/** The largest |ms| a JavaScript Date can hold. */
const MAX_TIME = 8.64e15;

/**
 * The resolution a window is written at: days for windows of four days or more, then minutes,
 * seconds and milliseconds, so that rounding never moves an end by more than a small fraction
 * of the window.
 */
export function windowResolution(w: TimeWindow): number {
	const span = Math.abs(w.end - w.start);
	if (span >= 4 * DAY) return DAY;
	if (span >= 2 * HOUR) return MINUTE;
	if (span >= 10 * SECOND) return SECOND;
	return 1;
}

/** A window rounded to its resolution (see `windowResolution`), or null when not finite. */
export function roundWindow(w: TimeWindow | null): TimeWindow | null {
	if (!w || !Number.isFinite(w.start) || !Number.isFinite(w.end)) return null;
	let cur: TimeWindow = w;
	// Rounding can widen a window across a threshold (3 d 23 h 59.5 min → 4 d); round again at
	// the coarser resolution then, so that rounding a rounded window changes nothing.
	for (;;) {
		const r = windowResolution(cur);
		const round = (ms: number) => clampTime(Math.round(ms / r) * r);
		const next = { start: round(cur.start), end: round(cur.end) };
		if (next.end <= next.start) return null;
		if (windowResolution(next) === r) return next;
		cur = next;
	}
}

function clampTime(ms: number): number {
	// Adding 0 turns -0 into 0, so that the rounded value deep-equals what decoding gives.
	return Math.min(MAX_TIME, Math.max(-MAX_TIME, ms)) + 0;
}

/** Round to `d` decimals, as written in the URL (no -0). */
function roundTo(x: number, d: number): number {
	const f = 10 ** d;
	return Math.round(x * f) / f + 0;
}

/** A map view at the URL's resolution (4 decimals for lat/lon, 2 for zoom), or null. */
export function roundMapView(v: MapView | null): MapView | null {
	if (!v || ![v.lat, v.lon, v.zoom].every(Number.isFinite)) return null;
	const lat = roundTo(v.lat, 4);
	const lon = roundTo(v.lon, 4);
	const zoom = roundTo(v.zoom, 2);
	if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || zoom < 0 || zoom > 30) return null;
	return { lat, lon, zoom };
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/**
 * An instant as compact ISO 8601 (UTC, no zone letter): `2020-05-22`, `2020-05-22T10:30`,
 * `2020-05-22T10:30:15`, `2020-05-22T10:30:15.250`. Years outside 0–9999 use the expanded
 * form (`-000044-03-15`, `+010000-01-01`).
 */
export function formatInstant(ms: number): string {
	const d = new Date(ms);
	const y = d.getUTCFullYear();
	const year = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
	let out = `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	const h = d.getUTCHours();
	const m = d.getUTCMinutes();
	const s = d.getUTCSeconds();
	const msPart = d.getUTCMilliseconds();
	if (h || m || s || msPart) {
		out += `T${pad(h)}:${pad(m)}`;
		if (s || msPart) out += `:${pad(s)}`;
		if (msPart) out += `.${pad(msPart, 3)}`;
	}
	return out;
}

const INSTANT =
	/^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z?)?)?)?$/;

/**
 * Parse what `formatInstant` writes, plus the shorthands `2020` and `2020-05` (their first
 * instant). Returns null for anything else, including impossible dates such as 2021-02-30.
 */
export function parseInstant(text: string): number | null {
	const m = INSTANT.exec(text.trim());
	if (!m) return null;
	const year = Number(m[1]);
	if (m[1] === '-000000') return null;
	const month = m[2] ? Number(m[2]) : 1;
	const day = m[3] ? Number(m[3]) : 1;
	const h = m[4] ? Number(m[4]) : 0;
	const min = m[5] ? Number(m[5]) : 0;
	const s = m[6] ? Number(m[6]) : 0;
	const ms = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
	if (month < 1 || month > 12 || day < 1 || h > 23 || min > 59 || s > 59) return null;
	const d = new Date(0);
	// setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
	d.setUTCFullYear(year, month - 1, day);
	d.setUTCHours(h, min, s, ms);
	const t = d.getTime();
	if (!Number.isFinite(t) || d.getUTCDate() !== day || d.getUTCMonth() !== month - 1) return null;
	return t;
}
