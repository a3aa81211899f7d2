/**
 * SVG path of a series: one point per bucket, at the bucket's start (as CloudWatch stamps a datapoint with the
 * start of its period, and as the text description counts minutes); a null value breaks the line ("no data").
 */
export function linePath(values: readonly (number | null)[], minutesPerPoint: number, x: (m: number) => number, y: (v: number) => number): string {
  const parts: string[] = [];
  let penDown = false;
  values.forEach((v, i) => {
    if (v === null) {
      penDown = false;
      return;
    }
    const px = x(i * minutesPerPoint).toFixed(1);
    const py = y(v).toFixed(1);
    parts.push(penDown ? `L${px} ${py}` : `M${px} ${py}l0.01 0`);
    penDown = true;
  });
  return parts.join('');
}
