/**
 * The reader's theme: a per-browser preference (the one module-level singleton we allow),
 * kept in localStorage and applied as `data-theme` on <html>. "system" follows the OS.
 */
export type Theme = 'system' | 'light' | 'dark' | 'contrast';

const KEY = 'chronoatlas:theme';
const THEMES: Theme[] = ['system', 'light', 'dark', 'contrast'];

class ThemePreference {
	value = $state<Theme>('system');

	/**
	 * Take up the stored preference (browser only). app.html's first script has read it from
	 * storage and applied it as `data-theme` before the first paint; this reads it back from there.
	 */
	init(): void {
		const t = document.documentElement.dataset.theme as Theme | undefined;
		this.value = t && THEMES.includes(t) ? t : 'system';
	}

	set(t: Theme): void {
		this.value = t;
		try {
			localStorage.setItem(KEY, t);
		} catch {
			// Storage can be blocked (private mode, sandboxed iframes): the choice lasts this visit.
		}
		this.apply();
	}

	private apply(): void {
		if (typeof document === 'undefined') return;
		if (this.value === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = this.value;
	}
}

/** The theme preference of this browser. */
export const theme = new ThemePreference();
/** The themes a reader can choose, with labels. */
export const THEME_CHOICES: { value: Theme; label: string }[] = [
	{ value: 'system', label: 'System' },
	{ value: 'light', label: 'Light' },
	{ value: 'dark', label: 'Dark' },
	{ value: 'contrast', label: 'High contrast' }
];
