/**
 * Types for the one function of TimelineJS (the devDependency @knight-lab/timelinejs, plain
 * JavaScript) the tests call. Test support only.
 */
declare module '@knight-lab/timelinejs/src/js/core/Util.js' {
	/**
	 * TimelineJS's rewriting of link-like text (http, https and ftp addresses, `www.`, e-mail
	 * addresses) into `<a>` elements, applied to slide text, captions and credits.
	 */
	export function linkify(text: string): string;
}
