/** Telling what a media URL points at, for importers that are given a URL and no kind. */
import type { MediaKind } from '../types';

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$/i;
const VIDEO = /\.(?:mp4|m4v|webm|ogv|mov)$/i;
const VIDEO_HOSTS =
	/(?:^|\.)(?:youtube\.com|youtu\.be|youtube-nocookie\.com|vimeo\.com|dailymotion\.com|wistia\.com)$/i;

/**
 * The kind of an http(s) URL: "image" or "video" by its file extension or a video host, else
 * "link" (a page to link to).
 */
export function mediaKind(url: string): MediaKind {
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return 'link';
	}
	if (IMAGE.test(u.pathname)) return 'image';
	if (VIDEO.test(u.pathname) || VIDEO_HOSTS.test(u.hostname)) return 'video';
	return 'link';
}
