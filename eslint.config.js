import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'bench/results/', 'test-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Dataset text is always rendered as text.
			'svelte/no-at-html-tags': 'error',
			// Our Maps and Sets live in $derived values that are rebuilt, never mutated.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// Layers import only downward: model, then state, then views (the map and timeline pieces,
	// then the panels and layouts of ui/), then routes. Test helpers are never shipped.
	...layer('src/lib/model/**', ['state', 'map', 'timeline', 'ui', 'present', 'embed']),
	...layer('src/lib/state/**', ['map', 'timeline', 'ui', 'present', 'embed']),
	...layer('src/lib/{map,timeline}/**', ['ui', 'present', 'embed'])
);

/**
 * Forbid a layer's files to import from the folders of `src/lib` above it, from routes and from
 * the test helpers (test files themselves may use the helpers).
 *
 * @param {string} files
 * @param {string[]} above
 */
function layer(files, above) {
	const group = [
		...above.flatMap((d) => [`$lib/${d}/*`, `**/lib/${d}/*`, `../${d}/*`, `../../${d}/*`]),
		'**/routes/*',
		'**/testing/*'
	];
	return [
		{
			files: [`${files}/*.{ts,svelte}`],
			ignores: ['**/*.test.ts'],
			rules: {
				'no-restricted-imports': [
					'error',
					{
						patterns: [
							{ group, message: 'Layers import only downward (see docs/architecture.md).' }
						]
					}
				]
			}
		}
	];
}
