/**
 * A lightweight marker layer: a few hundred absolutely positioned, focusable elements in one
 * Leaflet pane, updated by key on every redraw. `L.marker` costs about 1 ms per marker to add
 * (1,000 take about 1 s), too slow to redraw every frame; here an unchanged marker costs
 * nothing and a moved one one `transform` write.
 *
 * Dataset text reaches the DOM only through `textContent` and `setAttribute`; the only markup
 * inserted is the shape SVG, built from constants and a validated colour (`shapes.ts`).
 *
 * The pane is a child of Leaflet's map pane, so panning moves it for free; positions are layer
 * points (world pixels minus the map's pixel origin).
 */
import type { ClusterAction, MarkerSpec } from './markers';
import { shapeSvg } from './shapes';

interface Base {
	/** Stable identity: "e:<event id>" for events, "c:<cell key>" for clusters. */
	key: string;
	/** Layer point, px. */
	x: number;
	y: number;
	/** Outside the time window. */
	dim: boolean;
}

/** One event's marker. */
export interface SingleItem extends Base {
	kind: 'single';
	spec: MarkerSpec;
	selected: boolean;
	/** Part of a spread cluster. */
	spread: boolean;
	/** For a spread marker: the offset (px) from it to the event's real position. */
	leader?: { dx: number; dy: number };
}

/** A cluster of events in one grid cell. */
export interface ClusterItem extends Base {
	kind: 'cluster';
	cellKey: number;
	count: number;
	/** The count drawn: those in the timeline's window, or all when none is. */
	shown: number;
	label: string;
	action: ClusterAction;
}

/** The button that closes a spread cluster, at its centre. */
export interface CloseItem extends Base {
	kind: 'close';
	label: string;
}

/** Anything the layer draws. */
export type LayerItem = SingleItem | ClusterItem | CloseItem;

/** What the layer reports back. */
export interface LayerHandlers {
	/** Click, Enter or Space on an item. */
	activate(item: LayerItem, via: 'pointer' | 'keyboard'): void;
	/** Pointer or focus entered (item) or left (null) an event's marker. */
	hover(item: SingleItem | null): void;
	/** Escape pressed on an item. */
	escape(): void;
	/** True while the map is being dragged (a click at the end of a drag is not a click). */
	dragging(): boolean;
	/** The focused item disappeared in a redraw: move focus somewhere sensible. */
	focusLost(lost: LayerItem): void;
}

/** Size in px of an event marker, and of the selected one. */
export const MARKER_PX = 20;
const SELECTED_PX = 30;

/** Compact count for a cluster: 12, 999, 1.2k, 12k. */
export function compactCount(n: number): string {
	if (n < 1000) return String(n);
	if (n < 10_000) return `${(Math.floor(n / 100) / 10).toFixed(1).replace(/\.0$/, '')}k`;
	return `${Math.floor(n / 1000)}k`;
}

/** Diameter in px of a cluster disc: grows with the log of its count, and with the text (`scale`). */
export function clusterSize(n: number, scale = 1): number {
	return Math.round((24 + 6 * Math.log10(Math.max(1, n))) * scale);
}

function iconSig(it: SingleItem, scale: number): string {
	const s = it.spec;
	return `${s.shape}|${s.colour}|${s.approximatePlace ? 1 : 0}|${it.selected ? 1 : 0}|${scale}`;
}

/** The marker layer. Create it once per map; call `update` on every redraw. */
export class MarkerLayer {
	readonly #pane: HTMLElement;
	readonly #h: LayerHandlers;
	readonly #els = new Map<string, HTMLElement>();
	#items = new Map<string, LayerItem>();
	readonly #sigs = new WeakMap<HTMLElement, string>();
	readonly #tip: HTMLElement;
	#hovered: HTMLElement | null = null;
	#highlighted: string | null = null;
	readonly #listeners: [string, EventListener][];
	/** Markers and clusters are drawn this many times their base size (see `uiScale`). */
	#scale = 1;
	#rescaled = false;

	constructor(pane: HTMLElement, handlers: LayerHandlers) {
		this.#pane = pane;
		this.#h = handlers;
		this.#tip = document.createElement('div');
		this.#tip.className = 'cx-tip';
		this.#tip.setAttribute('aria-hidden', 'true');
		this.#tip.hidden = true;
		pane.append(this.#tip);
		this.#listeners = [
			['click', (e) => this.#onClick(e as MouseEvent)],
			['keydown', (e) => this.#onKey(e as KeyboardEvent)],
			['mouseover', (e) => this.#onOver(e)],
			['mouseout', (e) => this.#onOut(e as MouseEvent)],
			['focusin', (e) => this.#onOver(e)],
			['focusout', (e) => this.#onOut(e as FocusEvent)],
			// A double click on a marker must not also zoom the map (Leaflet listens on its container).
			['dblclick', (e) => e.stopPropagation()]
		];
		for (const [type, fn] of this.#listeners) pane.addEventListener(type, fn);
	}

	/** Draw at this scale from the next update on (every item is redrawn once when it changes). */
	set scale(v: number) {
		if (v === this.#scale) return;
		this.#scale = v;
		this.#rescaled = true;
	}

	/** Number of items drawn. */
	get size(): number {
		return this.#els.size;
	}

	/** Is an item with this key drawn? */
	has(key: string): boolean {
		return this.#els.has(key);
	}

	/** The element of an item. */
	element(key: string): HTMLElement | undefined {
		return this.#els.get(key);
	}

	/**
	 * Draw exactly these items. Elements of unchanged keys are patched in place (so focus
	 * survives a redraw); elements whose key disappeared are re-keyed for new items of the same
	 * kind, which is much cheaper than creating them (after a zoom every cluster key changes).
	 */
	update(items: readonly LayerItem[]): void {
		const next = new Map<string, LayerItem>();
		for (const it of items) next.set(it.key, it);
		const active = document.activeElement;
		let lostFocus: LayerItem | null = null;
		const pool: Record<LayerItem['kind'], HTMLElement[]> = { single: [], cluster: [], close: [] };
		for (const [key, el] of this.#els) {
			const prev = this.#items.get(key)!;
			if (next.get(key)?.kind === prev.kind) continue;
			this.#els.delete(key);
			el.classList.remove('is-hovered');
			if (el === this.#hovered) {
				this.#hovered = null;
				this.#hideTip();
			}
			if (el === active) {
				// Never re-key the focused element: a screen reader would hear another marker.
				lostFocus = prev;
				el.remove();
				continue;
			}
			pool[prev.kind].push(el);
		}
		for (const it of items) {
			let el = this.#els.get(it.key);
			if (el) {
				this.#patch(el, this.#rescaled ? null : this.#items.get(it.key)!, it);
				continue;
			}
			el = pool[it.kind].pop();
			if (!el) {
				el = this.#create(it.kind);
				this.#pane.append(el);
			}
			this.#patch(el, null, it);
			this.#els.set(it.key, el);
		}
		for (const list of Object.values(pool)) for (const el of list) el.remove();
		this.#items = next;
		this.#rescaled = false;
		if (this.#hovered) this.#showTip(this.#hovered);
		this.highlight(this.#highlighted);
		if (lostFocus) this.#h.focusLost(lostFocus);
	}

	/** Highlight one item (an event hovered in another view, or its cluster), or none. */
	highlight(key: string | null): void {
		if (this.#highlighted && this.#highlighted !== key) {
			this.#els.get(this.#highlighted)?.classList.remove('is-hovered');
		}
		this.#highlighted = key;
		if (key) this.#els.get(key)?.classList.add('is-hovered');
	}

	/** Move keyboard focus to an item; false when it is not drawn. */
	focus(key: string): boolean {
		const el = this.#els.get(key);
		if (!el) return false;
		el.focus({ preventScroll: true });
		return true;
	}

	/** Remove every element and listener. */
	destroy(): void {
		for (const [type, fn] of this.#listeners) this.#pane.removeEventListener(type, fn);
		for (const el of this.#els.values()) el.remove();
		this.#els.clear();
		this.#items.clear();
		this.#tip.remove();
	}

	#create(kind: LayerItem['kind']): HTMLElement {
		const el = document.createElement('div');
		el.setAttribute('role', 'button');
		el.tabIndex = 0;
		if (kind === 'single') {
			el.className = 'cx-marker';
			el.dataset.testid = 'map-marker';
			const icon = document.createElement('span');
			icon.className = 'cx-icon';
			el.append(icon);
		} else if (kind === 'cluster') {
			el.className = 'cx-cluster';
			el.dataset.testid = 'map-cluster';
			const n = document.createElement('span');
			n.className = 'cx-count';
			n.setAttribute('aria-hidden', 'true');
			el.append(n);
		} else {
			el.className = 'cx-close';
			el.dataset.testid = 'map-spread-close';
			el.textContent = '×';
		}
		return el;
	}

	/** Bring an element up to date with an item; `prev` null means "set everything". */
	#patch(el: HTMLElement, prev: LayerItem | null, it: LayerItem): void {
		if (!prev) el.dataset.key = it.key;
		if (!prev || prev.x !== it.x || prev.y !== it.y) {
			el.style.transform = `translate(${it.x.toFixed(1)}px, ${it.y.toFixed(1)}px) translate(-50%, -50%)`;
		}
		if (!prev || prev.dim !== it.dim) {
			el.classList.toggle('is-dim', it.dim);
			el.toggleAttribute('data-dim', it.dim);
		}
		if (it.kind === 'single') {
			const p = prev?.kind === 'single' ? prev : null;
			if (!p) el.dataset.eventId = it.spec.id;
			const sig = iconSig(it, this.#scale);
			if (this.#sigs.get(el) !== sig) {
				this.#sigs.set(el, sig);
				const icon = el.firstElementChild as HTMLElement;
				// Safe: shapeSvg builds markup from constants and a validated #rrggbb colour only.
				icon.innerHTML = shapeSvg(
					it.spec.shape,
					it.spec.colour,
					Math.round((it.selected ? SELECTED_PX : MARKER_PX) * this.#scale),
					{ hollow: it.spec.approximatePlace }
				);
			}
			if (!p || p.spec.label !== it.spec.label) el.setAttribute('aria-label', it.spec.label);
			if (!p || p.selected !== it.selected) {
				el.classList.toggle('is-selected', it.selected);
				if (it.selected) el.setAttribute('aria-current', 'true');
				else el.removeAttribute('aria-current');
			}
			if (!p || p.spec.approximatePlace !== it.spec.approximatePlace) {
				el.toggleAttribute('data-approximate', it.spec.approximatePlace);
			}
			if (!p || p.spread !== it.spread) el.classList.toggle('is-spread', it.spread);
			if (!p || p.leader?.dx !== it.leader?.dx || p.leader?.dy !== it.leader?.dy) {
				const l = it.leader;
				const len = l ? Math.hypot(l.dx, l.dy) : 0;
				el.classList.toggle('has-leader', len > 1);
				if (l && len > 1) {
					el.style.setProperty('--leader-len', `${len.toFixed(1)}px`);
					el.style.setProperty('--leader-ang', `${Math.atan2(l.dy, l.dx).toFixed(4)}rad`);
				}
			}
		} else if (it.kind === 'cluster') {
			const p = prev?.kind === 'cluster' ? prev : null;
			if (!p || p.count !== it.count || p.shown !== it.shown) {
				(el.firstElementChild as HTMLElement).textContent = compactCount(it.shown);
				el.dataset.clusterCount = String(it.count);
				el.dataset.shown = String(it.shown);
				el.style.setProperty('--cx-size', `${clusterSize(it.shown, this.#scale)}px`);
			}
			if (!p || p.label !== it.label) el.setAttribute('aria-label', it.label);
		} else if (!prev || (prev.kind === 'close' && prev.label !== it.label)) {
			el.setAttribute('aria-label', it.label);
		}
	}

	#itemOf(e: Event): [HTMLElement, LayerItem] | null {
		const t = e.target;
		if (!(t instanceof Element)) return null;
		const el = t.closest<HTMLElement>('[data-key]');
		if (!el || !this.#pane.contains(el)) return null;
		const it = this.#items.get(el.dataset.key ?? '');
		return it ? [el, it] : null;
	}

	#onClick(e: MouseEvent): void {
		const hit = this.#itemOf(e);
		if (!hit || this.#h.dragging()) return;
		this.#h.activate(hit[1], 'pointer');
	}

	#onKey(e: KeyboardEvent): void {
		const hit = this.#itemOf(e);
		if (!hit) return;
		if (e.key === 'Enter' || e.key === ' ') {
			e.preventDefault();
			e.stopPropagation();
			this.#h.activate(hit[1], 'keyboard');
		} else if (e.key === 'Escape') {
			this.#h.escape();
		}
	}

	#onOver(e: Event): void {
		const hit = this.#itemOf(e);
		if (!hit || hit[0] === this.#hovered) return;
		this.#hovered = hit[0];
		this.#showTip(hit[0]);
		this.#h.hover(hit[1].kind === 'single' ? hit[1] : null);
	}

	#onOut(e: MouseEvent | FocusEvent): void {
		const hit = this.#itemOf(e);
		if (!hit) return;
		const to = e.relatedTarget;
		if (to instanceof Node && hit[0].contains(to)) return; // moving within the marker
		if (hit[0] !== this.#hovered) return;
		// Focus still on the marker while the pointer leaves it (or the reverse): keep it.
		if (e.type === 'mouseout' && document.activeElement === hit[0]) return;
		this.#hovered = null;
		this.#hideTip();
		this.#h.hover(null);
	}

	#showTip(el: HTMLElement): void {
		const it = this.#items.get(el.dataset.key ?? '');
		if (!it) return;
		this.#tip.textContent = it.kind === 'single' ? it.spec.label : it.label;
		const lift =
			it.kind === 'cluster' ? clusterSize(it.shown, this.#scale) / 2 : MARKER_PX * this.#scale;
		this.#tip.style.transform = `translate(${it.x.toFixed(1)}px, ${(it.y - lift - 6).toFixed(1)}px) translate(-50%, -100%)`;
		this.#tip.hidden = false;
	}

	#hideTip(): void {
		this.#tip.hidden = true;
	}
}
