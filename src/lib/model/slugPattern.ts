/**
 * The one rule for ids (slugs), shared by the schema, the fast path and the importers; free of the
 * schema library so the first page load does not pay for it.
 */

/** Names every JavaScript object already has: `constructor`, `__proto__`, `toString`, … */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * True for a name every JavaScript object already has. Such an id breaks any library that keeps
 * items in a plain object (vis-timeline does: an event `constructor` blanks the timeline).
 */
export function isPrototypeName(name: string): boolean {
	return PROTOTYPE_NAMES.has(name);
}

/**
 * A slug: lower-case letters, digits and single hyphens, and not `constructor`, the one name of
 * {@link isPrototypeName} a slug can spell (slugPattern.test.ts checks that).
 */
export const SLUG_PATTERN = /^(?!constructor$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an id that is a prototype name is expected to be, for issues. */
export const NOT_A_PROTOTYPE_NAME =
	'an id other than a name every JavaScript object has (constructor, toString, __proto__, …)';
