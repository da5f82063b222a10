// @vitest-environment node
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { drawQrCode } from '@/shared/lib/qr-matrix';

/** The modules a path paints dark, read back from its "M x y h w v1 h -w z" rectangles. */
function paintedModules(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const rectangle = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/g;
  let consumed = 0;
  for (const match of path.matchAll(rectangle)) {
    const [, x, y, width, back] = match.map(Number) as [number, number, number, number, number];
    expect(back).toBe(width);
    for (let column = x; column < x + width; column += 1) grid[y]![column] = true;
    consumed += match[0].length;
  }
  expect(consumed).toBe(path.length);
  return grid;
}

describe('drawQrCode', () => {
  const values = ['https://example.org/', 'https://example.org/join?from=kiosk&lng=zh', `https://example.org/${'长'.repeat(80)}`];

  it.each(values)('paints exactly the dark modules of the encoded %s', (value) => {
    const { size, path } = drawQrCode(value);
    const encoded = encode(value, { ecc: 'M', boostEcc: true, border: 2 });
    expect(size).toBe(encoded.size);
    expect(paintedModules(path, size)).toEqual(encoded.data);
  });

  it('leaves a quiet zone of two modules on every side', () => {
    const { size, path } = drawQrCode('https://example.org/');
    const grid = paintedModules(path, size);
    const border = grid.flatMap((row, y) => row.filter((_, x) => x < 2 || y < 2 || x >= size - 2 || y >= size - 2));
    expect(border.every((dark) => !dark)).toBe(true);
    // The finder pattern's corner starts right inside it.
    expect(grid[2]![2]).toBe(true);
  });
});
