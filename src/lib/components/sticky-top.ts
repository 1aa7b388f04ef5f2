/**
 * What sticks to the top of the viewport (the site header from 720 px up, the overview's phone bar below
 * that) covers whatever a jump scrolls to: a fragment link (`#analysis-<target>`), `scrollIntoView`, focus.
 * `stickyTop` marks such an element; the document's `--sticky-top` then holds the lowest bottom edge of the
 * marked elements that stick at the moment (position sticky or fixed: the header is static on a phone), and
 * app.css pads the scrollport by it (`scroll-padding-top`), so every jump lands below them, whatever their
 * height (a header that wraps to two rows at 1024 px, the phone bar's two-line summary).
 */

/** Where a marked element sits, as its computed style and box give it. */
export interface StickyBox {
	/** Its computed `position`. */
	position: string;
	/** Its computed `top` in px (NaN for `auto`). */
	top: number;
	/** Its height in px. */
	height: number;
}

/** The lowest bottom edge, in px from the viewport's top, of the boxes that stick; 0 if none does. */
export function stickyBottom(boxes: Iterable<StickyBox>): number {
	let bottom = 0;
	for (const box of boxes) {
		if (box.position !== 'sticky' && box.position !== 'fixed') continue;
		bottom = Math.max(bottom, (Number.isFinite(box.top) ? box.top : 0) + box.height);
	}
	return Math.ceil(bottom);
}

const marked = new Set<HTMLElement>();
let observer: ResizeObserver | undefined;

function update(): void {
	const boxes = [...marked].map((node) => {
		const style = getComputedStyle(node);
		return {
			position: style.position,
			top: parseFloat(style.top),
			height: node.getBoundingClientRect().height
		};
	});
	document.documentElement.style.setProperty('--sticky-top', `${stickyBottom(boxes)}px`);
}

/** Svelte action: counts `node` among what sticks to the top while it is mounted. */
export function stickyTop(node: HTMLElement): { destroy(): void } {
	if (!observer) {
		observer = new ResizeObserver(update);
		// A width across a breakpoint may switch `position` without changing the element's size.
		window.addEventListener('resize', update);
	}
	marked.add(node);
	observer.observe(node);
	update();
	return {
		destroy() {
			marked.delete(node);
			observer?.unobserve(node);
			update();
		}
	};
}
