/**
 * The least-norm point of a polyhedron: min ‖z‖² subject to a_k · z ≥ b_k. It is the linearised step of the
 * least-change search, solved exactly by Goldfarb and Idnani's dual active-set method (Math. Programming
 * 27, 1983) with the identity as Hessian: start at the unconstrained minimum z = 0, add the most violated
 * constraint, drop a constraint whose multiplier would turn negative. Finite, and it proves infeasibility
 * (a violated constraint that the active ones make unreachable) instead of iterating forever.
 */

/** One constraint a · z ≥ b. */
export interface LinearConstraint {
	a: readonly number[];
	b: number;
}

export type LeastNormResult =
	| { feasible: true; z: number[]; active: number[] }
	/** `blocking`: the constraint that could not be satisfied, and the active ones that stood in its way. */
	| { feasible: false; blocking: number; active: number[] };

/**
 * A new constraint's normal counts as outside the active normals' span when its component off the span has
 * at least this share of its squared length (a relative distance of about 3·10⁻⁵). Below it, rounding in
 * the projection (≈ 10⁻¹⁴) could pass for a direction and add a dependent constraint.
 */
const INDEPENDENCE = 1e-9;

const dot = (x: readonly number[], y: readonly number[]) => x.reduce((s, xi, i) => s + xi * y[i]!, 0);

/**
 * Solves min ‖z‖² s.t. every constraint, in `dimension` unknowns. `tolerance` is the violation accepted
 * (in the constraints' own units; the rows should be of comparable scale). A constraint with a = 0 is met
 * or infeasible on its own.
 */
export function leastNorm(
	constraints: readonly LinearConstraint[],
	dimension: number,
	tolerance: number
): LeastNormResult {
	const z = new Array<number>(dimension).fill(0);
	const active: number[] = [];
	let multipliers: number[] = [];
	// Each addition is permanent progress in the dual objective; this cap only guards against rounding loops.
	const maxSteps = 50 * (constraints.length + dimension + 1);
	for (let step = 0; step < maxSteps; step++) {
		let worst = -1;
		let worstSlack = -tolerance;
		constraints.forEach((c, k) => {
			const slack = dot(c.a, z) - c.b;
			if (slack < worstSlack && !active.includes(k)) [worst, worstSlack] = [k, slack];
		});
		if (worst === -1) return { feasible: true, z, active };

		const normal = constraints[worst]!.a;
		let added = 0; // the new constraint's own multiplier
		for (;;) {
			const slack = dot(normal, z) - constraints[worst]!.b;
			const normals = active.map((k) => constraints[k]!.a);
			const r = solveGram(normals, normal); // N* n⁺ = (NᵀN)⁻¹ Nᵀ n⁺
			const direction = normal.map((v, i) => v - normals.reduce((s, n, j) => s + n[i]! * r[j]!, 0));
			const curvature = dot(direction, normal);
			const fullStep = curvature > INDEPENDENCE * dot(normal, normal) ? -slack / curvature : Infinity;
			let partialStep = Infinity;
			let drop = -1;
			r.forEach((rj, j) => {
				if (rj > 1e-12 && multipliers[j]! / rj < partialStep) [partialStep, drop] = [multipliers[j]! / rj, j];
			});
			if (fullStep === Infinity && partialStep === Infinity)
				return { feasible: false, blocking: worst, active };
			const t = Math.min(fullStep, partialStep);
			if (fullStep !== Infinity) for (let i = 0; i < dimension; i++) z[i]! += t * direction[i]!;
			multipliers = multipliers.map((u, j) => u - t * r[j]!);
			added += t;
			if (t === fullStep) {
				active.push(worst);
				multipliers.push(added);
				break;
			}
			active.splice(drop, 1);
			multipliers.splice(drop, 1);
		}
	}
	return { feasible: false, blocking: -1, active };
}

/** Solves (NᵀN) r = Nᵀ v for the rows `normals` (N's columns), by Cholesky; r = [] when there are none. */
function solveGram(normals: readonly (readonly number[])[], v: readonly number[]): number[] {
	const k = normals.length;
	const gram = normals.map((ni) => normals.map((nj) => dot(ni, nj)));
	const rhs = normals.map((n) => dot(n, v));
	// Cholesky: gram = L Lᵀ. The active normals are linearly independent by construction (a constraint is
	// added only along a direction off their span), so the factor exists; a tiny floor guards rounding.
	const L = gram.map(() => new Array<number>(k).fill(0));
	for (let i = 0; i < k; i++) {
		for (let j = 0; j <= i; j++) {
			let s = gram[i]![j]!;
			for (let m = 0; m < j; m++) s -= L[i]![m]! * L[j]![m]!;
			L[i]![j] = i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / L[j]![j]!;
		}
	}
	const y = new Array<number>(k).fill(0);
	for (let i = 0; i < k; i++) {
		let s = rhs[i]!;
		for (let m = 0; m < i; m++) s -= L[i]![m]! * y[m]!;
		y[i] = s / L[i]![i]!;
	}
	const r = new Array<number>(k).fill(0);
	for (let i = k - 1; i >= 0; i--) {
		let s = y[i]!;
		for (let m = i + 1; m < k; m++) s -= L[m]![i]! * r[m]!;
		r[i] = s / L[i]![i]!;
	}
	return r;
}
