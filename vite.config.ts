import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173 },
	preview: { port: 4173 },
	// The file parser's worker loads the importers on demand, which needs an ES module worker.
	worker: { format: 'es' },
	// NO_MINIFY=1 npm run build: readable function names in `npm run bench -- --profile` profiles.
	build: {
		minify: process.env.NO_MINIFY ? false : undefined,
		sourcemap: Boolean(process.env.SOURCEMAP)
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/testing/seededRandom.ts']
	}
});
