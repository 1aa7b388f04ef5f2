/**
 * Element-wise loops over sample columns. The four arithmetic operators each have their own loops
 * (column–column, column–scalar, scalar–column) so V8 sees a monomorphic body it can inline and
 * vectorise; a shared loop calling `f(a, b)` through a pointer measured several times slower.
 */

/** Writes f(x[i], y[i]) into out for i < n. */
export type ColumnLoop = (out: Float64Array, x: Float64Array, y: Float64Array, n: number) => void;
export type LeftScalarLoop = (out: Float64Array, x: number, y: Float64Array, n: number) => void;
export type RightScalarLoop = (out: Float64Array, x: Float64Array, y: number, n: number) => void;

export interface BinaryOp {
	scalar: (a: number, b: number) => number;
	cc: ColumnLoop;
	sc: LeftScalarLoop;
	cs: RightScalarLoop;
}

export const ADD: BinaryOp = {
	scalar: (a, b) => a + b,
	cc: (o, x, y, n) => {
		for (let i = 0; i < n; i++) o[i] = x[i]! + y[i]!;
	},
	sc: (o, x, y, n) => {
		for (let i = 0; i < n; i++) o[i] = x + y[i]!;
	},
	cs: (o, x, y, n) => {
		for (let i = 0; i < n; i++) o[i] = x[i]! + y;
	}
};

export const SUBTRACT: BinaryOp = {
	scalar: (a, b) => a - b,
	cc: (o, x, y, n) => {
		for (let i = 0; i < n; i++) o[i] = x[i]! - y[i]!;
	},
	sc: (o, x, y, n) => {
		for (let i = 0; i < n; i++) o[i] = x - y[i]!;
	},
	cs: (o, x, y, n) => {
		for (let i = 0; i < n; i++) o[i] = x[i]! - y;
	}
};

export const MULTIPLY: BinaryOp = {
	scalar: (a, b) => a * b,
	cc: (o, x, y, n) => {
		for (let i = 0; i < n; i++) o[i] = x[i]! * y[i]!;
	},
	sc: (o, x, y, n) => {
		for (let i = 0; i < n; i++) o[i] = x * y[i]!;
	},
	cs: (o, x, y, n) => {
		for (let i = 0; i < n; i++) o[i] = x[i]! * y;
	}
};

export const DIVIDE: BinaryOp = {
	scalar: (a, b) => a / b,
	cc: (o, x, y, n) => {
		for (let i = 0; i < n; i++) o[i] = x[i]! / y[i]!;
	},
	sc: (o, x, y, n) => {
		for (let i = 0; i < n; i++) o[i] = x / y[i]!;
	},
	cs: (o, x, y, n) => {
		for (let i = 0; i < n; i++) o[i] = x[i]! / y;
	}
};

/** Any other two-argument function (pow, min, max): one generic loop, rare enough not to matter. */
export function genericBinary(f: (a: number, b: number) => number): BinaryOp {
	return {
		scalar: f,
		cc: (o, x, y, n) => {
			for (let i = 0; i < n; i++) o[i] = f(x[i]!, y[i]!);
		},
		sc: (o, x, y, n) => {
			for (let i = 0; i < n; i++) o[i] = f(x, y[i]!);
		},
		cs: (o, x, y, n) => {
			for (let i = 0; i < n; i++) o[i] = f(x[i]!, y);
		}
	};
}

export const POW = genericBinary((a, b) => a ** b);
