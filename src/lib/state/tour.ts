/**
 * A story made by the reader (a "tour"), carried in the URL so it can be shared with no server:
 * the story as JSON, UTF-8, base64url (no `+`, `/` or `=` to escape). Decoding never throws: a
 * value that is not such a story gives null.
 */
import { readStory } from '$lib/model/stories';
import type { Story, StoryStep } from '$lib/model/types';

/** The id a tour is known by among the stories. */
export const TOUR_ID = 'tour';

function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]!);
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
	try {
		const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
		const out = new Uint8Array(bin.length);
		for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
		return out;
	} catch {
		return null;
	}
}

/** The story as a URL parameter value. */
export function encodeTour(story: Pick<Story, 'title' | 'intro' | 'steps'>): string {
	const plain: { title: string; intro?: string; steps: StoryStep[] } = {
		title: story.title,
		steps: story.steps.map((s) => (s.note ? { event: s.event, note: s.note } : { event: s.event }))
	};
	if (story.intro) plain.intro = story.intro;
	return toBase64Url(new TextEncoder().encode(JSON.stringify(plain)));
}

/** The story a URL parameter value carries, or null. */
export function decodeTour(value: string): Story | null {
	const bytes = fromBase64Url(value);
	if (!bytes) return null;
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return readStory(JSON.parse(text), TOUR_ID);
	} catch {
		return null;
	}
}
