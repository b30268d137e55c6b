import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Kit options live here (not in vite.config.ts): the static build can be hosted anywhere,
 * including under a sub-path given by BASE_PATH (e.g. BASE_PATH=/chronoatlas npm run build).
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// CHRONOATLAS_BUILD_DIR: where `npm run data -- site` writes its copy (default build/).
		adapter: adapter({
			pages: process.env.CHRONOATLAS_BUILD_DIR ?? 'build',
			assets: process.env.CHRONOATLAS_BUILD_DIR ?? 'build',
			fallback: '404.html',
			strict: true
		}),
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
