/**
 * The shapes a category may use (its non-colour cue), in legend order: one list for the schema,
 * the importers and the map, kept free of dependencies so the map's initial code stays small.
 */
export const CATEGORY_SHAPES = [
	'circle',
	'square',
	'diamond',
	'triangle',
	'star',
	'hexagon',
	'cross',
	'ring'
] as const;
