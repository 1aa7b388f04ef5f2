/**
 * Brent's root finder (inverse quadratic interpolation and secant steps, falling back to bisection), which
 * never leaves its bracket: as fast as the secant method on smooth effects, never slower than bisection.
 */

/** The final bracket: f(best) and f(other) differ in sign (or f(best) = 0), |f(best)| ≤ |f(other)|. */
export interface Bracket {
	best: number;
	fBest: number;
	other: number;
	fOther: number;
	/** Function evaluations made. */
	evaluations: number;
}

/**
 * Narrows [a, b], where f(a) = fa and f(b) = fb differ in sign, until it is at most 2·tolerance wide (plus
 * rounding at the magnitude of the root) or maxIterations evaluations are spent. A NaN from f stops the
 * search with the bracket so far (the caller sees fBest or fOther is not NaN; the NaN point is dropped).
 */
export function brent(
	f: (x: number) => number,
	a: number,
	b: number,
	fa: number,
	fb: number,
	tolerance: number,
	maxIterations: number
): Bracket {
	let c = a;
	let fc = fa;
	let d = b - a;
	let e = d;
	let evaluations = 0;
	for (;;) {
		if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
			c = a;
			fc = fa;
			d = e = b - a;
		}
		if (Math.abs(fc) < Math.abs(fb)) {
			[a, b, c] = [b, c, b];
			[fa, fb, fc] = [fb, fc, fb];
		}
		const tol1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
		const xm = 0.5 * (c - b);
		if (Math.abs(xm) <= tol1 || fb === 0 || evaluations >= maxIterations) {
			return { best: b, fBest: fb, other: c, fOther: fc, evaluations };
		}
		if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
			// Interpolate: the secant through a, b when a = c, else inverse quadratic through a, b, c.
			const s = fb / fa;
			let p: number;
			let q: number;
			if (a === c) {
				p = 2 * xm * s;
				q = 1 - s;
			} else {
				const qa = fa / fc;
				const r = fb / fc;
				p = s * (2 * xm * qa * (qa - r) - (b - a) * (r - 1));
				q = (qa - 1) * (r - 1) * (s - 1);
			}
			if (p > 0) q = -q;
			p = Math.abs(p);
			// Accept the step only if it stays well inside the bracket and shrinks fast enough.
			if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
				e = d;
				d = p / q;
			} else {
				d = xm;
				e = d;
			}
		} else {
			d = xm;
			e = d;
		}
		a = b;
		fa = fb;
		const next = Math.abs(d) > tol1 ? b + d : b + Math.sign(xm) * tol1;
		const fNext = f(next);
		evaluations++;
		if (Number.isNaN(fNext)) return { best: b, fBest: fb, other: c, fOther: fc, evaluations };
		b = next;
		fb = fNext;
	}
}
