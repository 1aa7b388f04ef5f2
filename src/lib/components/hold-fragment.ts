/**
 * A jump to a fragment (`/indicator/x#analysis-<target>`) lands where the element is when the page is first
 * drawn; then the chart, the findings and the analyses arrive above it and push it out of view (at 1024 px
 * the analysis ended 1,400 px below the viewport). `holdFragment` keeps the element at the top of the view
 * (below what sticks there: app.css's `scroll-padding-top`) while the page settles: each time the page's
 * height changes it scrolls there again, until the reader scrolls, presses a key or taps, or `ms` pass.
 */

/** The events that mean the reader has taken over the scrolling. */
const READER_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** The id a fragment names (`#analysis-x` → `analysis-x`), decoded; null for none or a link's state. */
export function fragmentId(hash: string): string | null {
	const raw = hash.replace(/^#/, '');
	if (raw === '' || raw.includes('=')) return null;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/** Keeps the element with id `id` in view while the page settles; returns a function that stops it. */
export function holdFragment(id: string, ms = 4_000): () => void {
	let last: number | null = null;
	const place = () => {
		const element = document.getElementById(id);
		if (!element) return;
		const height = document.documentElement.scrollHeight;
		if (height === last) return;
		last = height;
		element.scrollIntoView({ block: 'start' });
	};
	const observer = new ResizeObserver(place);
	observer.observe(document.body);
	const timer = setTimeout(stop, ms);
	for (const type of READER_EVENTS) window.addEventListener(type, stop, { passive: true, once: true });
	place();

	function stop() {
		observer.disconnect();
		clearTimeout(timer);
		for (const type of READER_EVENTS) window.removeEventListener(type, stop);
	}
	return stop;
}
