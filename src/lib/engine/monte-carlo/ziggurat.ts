/**
 * Standard normal numbers by Marsaglia and Tsang's ziggurat (2000), 256 layers, written so that every
 * JavaScript engine gives the same bits and each sample takes a fixed number of generator outputs.
 *
 * Why the ziggurat: Box–Muller needs a logarithm and a cosine or sine per value, and the portable ones of
 * portable-math.ts cost about 66 ns per normal here. The ziggurat's fast path (98.5 % of values, counted)
 * is one multiplication and one comparison; only the wedges and the tail (1.5 %) need portableExp and
 * portableLog.
 *
 * Portability: the layer table is computed once from the published constants with portableExp,
 * portableLog and Math.sqrt (correctly rounded), and every draw uses only +, −, ×, ÷, comparisons, integer
 * bit operations and those functions, so the same seed gives the same bits in Node and in every browser.
 *
 * Fixed consumption: every sample takes exactly one step of its stream, one 64-bit output of xoroshiro128+
 * given as its low and high 32-bit words (so a chunk starting at sample s skips s steps, whatever the earlier
 * samples did). When the first try is rejected (wedge or tail), the further uniforms are hashes of that
 * sample's own output and a counter: a function of the sample alone, so chunks still give the numbers of one
 * run.
 */
import { portableExp, portableLog } from './portable-math';

const LAYERS = 256;
/** Where the tail starts, and the area of each layer (Marsaglia and Tsang's constants for 256 layers). */
const R = 3.6541528853610088;
const AREA = 0.00492867323399;

/** Unnormalised density e^(−x²/2). */
const density = (x: number) => portableExp(-0.5 * x * x);

// x[i]: the width of layer i (x[0] = AREA / f(R), the base strip with the tail folded in; x[1] = R; the
// widths shrink to x[256] = 0); f[i] = e^(−x[i]²/2).
const x = new Float64Array(LAYERS + 1);
const f = new Float64Array(LAYERS + 1);
x[0] = AREA / density(R);
x[1] = R;
for (let i = 1; i < LAYERS - 1; i++) x[i + 1] = Math.sqrt(-2 * portableLog(AREA / x[i]! + density(x[i]!)));
x[LAYERS] = 0;
for (let i = 0; i <= LAYERS; i++) f[i] = density(x[i]!);
f[0] = density(R);

const SCALE_23 = 2 ** -23;
const SCALE_26 = 2 ** -26;
const SCALE_53 = 2 ** -53;

/**
 * The layer widths x[0 … 256], for random.ts's column loop, which runs zigguratNormal's fast path itself
 * (read only). Not a call per value, and the table read through a local rather than this module's binding:
 * 4.9 against 5.5 ns per indicator-year for the whole model with draws (bundled, least CPU time of 15).
 */
export const ZIGGURAT_X: Float64Array = x;

/** A uniform in [0, 1) with 53 bits from two 32-bit words (their top 26 and 27 bits): the slow path's retries. */
const uniform53 = (a: number, b: number) => (a >>> 6) * SCALE_26 + (b >>> 5) * SCALE_53;

/**
 * The standard normal value for a sample whose 64-bit stream output has the low word `lo` and the high word
 * `hi` (bits 0–31 and 32–63). Bit 63 is the sign, bits 55–62 choose the layer, and bits 2–54 (53 bits) place
 * the value within the layer: the layer and the position use different bits (Marsaglia and Tsang's original
 * shares them, a known flaw), and bits 0 and 1, xoroshiro128+'s weakest (low linear complexity), are not
 * used; the next weakest only touch the position's last binary digits.
 */
export function zigguratNormal(lo: number, hi: number): number {
	const layer = (hi >>> 23) & 255;
	const z = ((hi & 0x7fffff) * SCALE_23 + (lo >>> 2) * SCALE_53) * x[layer]!;
	const value = z < x[layer + 1]! ? z : slowPath(lo, hi, layer, z);
	// The sign as a factor of ±1 (exact), not a branch: it is a coin toss, which no predictor guesses.
	return value * (1 - ((hi >>> 30) & 2));
}

/**
 * The rare part: the wedge test for the first try, then fresh tries with uniforms hashed from the sample's
 * output (retryNext).
 */
function slowPath(a: number, b: number, firstLayer: number, firstZ: number): number {
	seedRetry(a, b);
	let layer = firstLayer;
	let z = firstZ;
	for (;;) {
		if (layer === 0) return tail();
		if (f[layer]! + retryUniform() * (f[layer + 1]! - f[layer]!) < density(z)) return z;
		const c = retryNext();
		layer = c & 255;
		z = uniform53(c, retryNext()) * x[layer]!;
		if (z < x[layer + 1]!) return z;
	}
}

/** A value beyond R from the normal tail (Marsaglia's method: exact, with logarithms). */
function tail(): number {
	for (;;) {
		// 1 − u is in (0, 1]: the logarithms are finite.
		const dx = -portableLog(1 - retryUniform()) / R;
		const dy = -portableLog(1 - retryUniform());
		if (2 * dy > dx * dx) return R + dx;
	}
}

// The slow path's uniforms: word k of a sample is a hash of its output's two words and k (MurmurHash3's 32-bit
// finaliser, Math.imul: portable integer arithmetic). Module state, so the slow path allocates nothing.
let seedA = 0;
let seedB = 0;
let word = 0;

function seedRetry(a: number, b: number): void {
	seedA = fmix32(a ^ 0x9e3779b9);
	seedB = fmix32(b ^ 0x85ebca6b);
	word = 0;
}

/**
 * MurmurHash3's finaliser: a bijection of 32-bit integers that mixes every input bit into every output bit.
 * Returned as a signed 32-bit integer: every use takes its bits (>>>, &, ^, or an addition then ToInt32), so
 * the sign changes nothing, and V8 keeps a signed one unboxed, where an unsigned one above 2^30 was a heap
 * number allocated per call (about 0.8 MB per 100,000-sample run, a heap profile said).
 */
function fmix32(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	return h ^ (h >>> 16);
}

/** The next 32-bit word, as a signed integer (its bits are what count). */
function retryNext(): number {
	word++;
	return fmix32(seedA ^ fmix32(seedB + Math.imul(word, 0x9e3779b9)));
}

function retryUniform(): number {
	return uniform53(retryNext(), retryNext());
}
