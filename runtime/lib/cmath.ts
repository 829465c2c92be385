// The `cmath` module on (real, imag) pairs (py/modcmath.c): phase, polar, rect, exp, log, log10,
// sqrt, cos, sin, with MicroPython's formulas (log through |z|², sqrt through |z|^(1/2) and half the phase).

export type Complex = readonly [re: number, im: number];

export const phase = ([re, im]: Complex): number => Math.atan2(im, re);

export const polar = (z: Complex): [number, number] => [Math.hypot(z[0], z[1]), phase(z)];

export const rect = (r: number, phi: number): Complex => [r * Math.cos(phi), r * Math.sin(phi)];

export function exp([re, im]: Complex): Complex {
  const e = Math.exp(re);
  return [e * Math.cos(im), e * Math.sin(im)];
}

// Same operation order as py/modcmath.c, so results agree to the bit where libm does.
export function log(z: Complex): Complex {
  return [0.5 * Math.log(z[0] * z[0] + z[1] * z[1]), phase(z)];
}

export function log10(z: Complex): Complex {
  return [0.5 * Math.log10(z[0] * z[0] + z[1] * z[1]), 0.4342944819032518 * phase(z)];
}

export function sqrt(z: Complex): Complex {
  const sqrtAbs = Math.pow(z[0] * z[0] + z[1] * z[1], 0.25);
  const theta = 0.5 * phase(z);
  return [sqrtAbs * Math.cos(theta), sqrtAbs * Math.sin(theta)];
}

export function cos([re, im]: Complex): Complex {
  return [Math.cos(re) * Math.cosh(im), -Math.sin(re) * Math.sinh(im)];
}

export function sin([re, im]: Complex): Complex {
  return [Math.sin(re) * Math.cosh(im), Math.cos(re) * Math.sinh(im)];
}
