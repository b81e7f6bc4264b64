import { Matrix, solve } from 'ml-matrix';

/** A fitted logistic regression on the original feature scale. */
export interface LogisticFit {
  weights: number[];
  bias: number;
}

/**
 * Logistic regression with an L2 penalty, fitted by Newton's method (iteratively reweighted
 * least squares) on standardised features; the weights come back on the original scale.
 * `l2` penalises the standardised weights (never the bias). Deterministic: same data, same fit.
 */
export function fitLogistic(x: number[][], y: number[], l2 = 1, iterations = 25): LogisticFit {
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((s, r) => s + r[j]!, 0) / n);
  const std = mean.map((m, j) => {
    const v = x.reduce((s, r) => s + (r[j]! - m) ** 2, 0) / n;
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  // Column 0 is the bias.
  const z = new Matrix(x.map((r) => [1, ...r.map((v, j) => (v - mean[j]!) / std[j]!)]));
  let beta = Matrix.zeros(d + 1, 1);
  for (let it = 0; it < iterations; it++) {
    const eta = z.mmul(beta);
    const grad = Matrix.zeros(d + 1, 1);
    const hess = Matrix.zeros(d + 1, d + 1);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-eta.get(i, 0)));
      const w = Math.max(p * (1 - p), 1e-9);
      const row = z.getRow(i);
      for (let a = 0; a <= d; a++) {
        grad.set(a, 0, grad.get(a, 0) + (y[i]! - p) * row[a]!);
        for (let b = a; b <= d; b++) hess.set(a, b, hess.get(a, b) + w * row[a]! * row[b]!);
      }
    }
    for (let a = 0; a <= d; a++) {
      for (let b = 0; b < a; b++) hess.set(a, b, hess.get(b, a));
      if (a > 0) {
        grad.set(a, 0, grad.get(a, 0) - l2 * beta.get(a, 0));
        hess.set(a, a, hess.get(a, a) + l2);
      }
    }
    const step = solve(hess, grad);
    beta = beta.add(step);
    if (Math.max(...step.to1DArray().map(Math.abs)) < 1e-8) break;
  }
  const b = beta.to1DArray();
  const weights = mean.map((_, j) => b[j + 1]! / std[j]!);
  const bias = b[0]! - mean.reduce((s, m, j) => s + (b[j + 1]! * m) / std[j]!, 0);
  return { weights, bias };
}
