/**
 * Work that waits for the browser to be idle after drawing: one helper, so every caller gets the
 * same fallback (no `requestIdleCallback` in some browsers) and the same cancelling.
 */

/** How long a slice of idle work may run, in ms: the idle period's remainder, 1 to 8 ms. */
export function sliceBudget(deadline?: IdleDeadline): number {
	return deadline ? Math.max(1, Math.min(8, deadline.timeRemaining())) : 8;
}

/**
 * Run `cb` when the browser is idle (at most `timeout` ms later). Returns a function that cancels
 * it if it has not run yet.
 */
export function whenIdle(cb: (deadline?: IdleDeadline) => void, timeout = 500): () => void {
	if (typeof requestIdleCallback === 'function') {
		const h = requestIdleCallback(cb, { timeout });
		return () => cancelIdleCallback(h);
	}
	const h = setTimeout(cb, 50);
	return () => clearTimeout(h);
}

/**
 * Run `work` in idle slices until it returns true (done). Each slice gets a budget in ms. Returns
 * a function that stops it.
 */
export function idleLoop(work: (budgetMs: number) => boolean, timeout = 500): () => void {
	let cancel = (): void => {};
	let stopped = false;
	const step = (d?: IdleDeadline): void => {
		if (stopped || work(sliceBudget(d))) return;
		cancel = whenIdle(step, timeout);
	};
	cancel = whenIdle(step, timeout);
	return () => {
		stopped = true;
		cancel();
	};
}

/**
 * Let the browser handle input and paint before going on (`scheduler.yield` where there is one,
 * else a new task).
 */
export function yieldToMain(): Promise<void> {
	const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof s?.yield === 'function') return s.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Call `each` on every item, yielding to the browser whenever a slice has run `budgetMs`, so
 * start-up work that would be one long task leaves the page responsive. Stops early (returning
 * false) once `alive()` is false.
 */
export async function inSlices<T>(
	items: Iterable<T>,
	each: (item: T) => void,
	alive: () => boolean = () => true,
	budgetMs = 8
): Promise<boolean> {
	let until = performance.now() + budgetMs;
	for (const item of items) {
		if (performance.now() >= until) {
			await yieldToMain();
			if (!alive()) return false;
			until = performance.now() + budgetMs;
		}
		each(item);
	}
	return alive();
}
