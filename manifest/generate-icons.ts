import { PNG } from 'pngjs';

/**
 * The two Teams app icons, drawn from simple geometry (deterministic: same input, same bytes).
 * The glyph is a relay baton: a diagonal rounded stick with two grip bands.
 * - color.png, 192×192: a rounded square in the accent colour with the white baton inside the
 *   central 96×96 safe area.
 * - outline.png, 32×32: the white baton on a transparent background, nearly edge to edge. Teams
 *   requires only white and transparent pixels, so every pixel is white with alpha 0 or 255.
 */

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

export interface AppIcons {
  readonly color: Buffer;
  readonly outline: Buffer;
}

/** Samples per pixel side for anti-aliasing the colour icon. */
const SUPERSAMPLE = 4;

/** Baton axis from A to B in unit glyph space (y down), its radius and its grip bands (ranges along the axis). */
const BATON = {
  ax: 0.2,
  ay: 0.8,
  bx: 0.8,
  by: 0.2,
  radius: 0.15,
  bands: [
    [0.2, 0.28],
    [0.72, 0.8],
  ],
} as const;

/** True when the point (x, y) of unit glyph space is on the baton. */
function onBaton(x: number, y: number): boolean {
  const dx = BATON.bx - BATON.ax;
  const dy = BATON.by - BATON.ay;
  const t = Math.max(0, Math.min(1, ((x - BATON.ax) * dx + (y - BATON.ay) * dy) / (dx * dx + dy * dy)));
  const px = BATON.ax + t * dx - x;
  const py = BATON.ay + t * dy - y;
  if (px * px + py * py > BATON.radius * BATON.radius) return false;
  return !BATON.bands.some(([from, to]) => t >= from && t <= to);
}

/** True when the point (x, y) of unit space is inside a square with corners rounded by `r`. */
function inRoundedSquare(x: number, y: number, r: number): boolean {
  if (x < 0 || x > 1 || y < 0 || y > 1) return false;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Parses "#RRGGBB". */
function parseHexColor(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`accent colour must be #RRGGBB, got "${hex}"`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** The full-colour icon: white baton on a rounded square of `accentColor`, anti-aliased. */
export function drawColorIcon(accentColor: string, size = COLOR_ICON_SIZE): Buffer {
  const accent = parseHexColor(accentColor);
  const white = [255, 255, 255] as const;
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const glyphMargin = 0.25; // the glyph fills the central half: Teams' 96×96 safe area at 192×192
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sums over the sub-samples.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!inRoundedSquare(x, y, 0.22)) continue;
          const gx = (x - glyphMargin) / (1 - 2 * glyphMargin);
          const gy = (y - glyphMargin) / (1 - 2 * glyphMargin);
          const c = onBaton(gx, gy) ? white : accent;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a === 0 ? 0 : Math.round(r / a);
      png.data[i + 1] = a === 0 ? 0 : Math.round(g / a);
      png.data[i + 2] = a === 0 ? 0 : Math.round(b / a);
      png.data[i + 3] = Math.round((255 * a) / samples);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** The outline icon: white baton, transparent elsewhere; a pixel is opaque when most of it is on the baton. */
export function drawOutlineIcon(size = OUTLINE_ICON_SIZE): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const margin = 0.03;
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = ((px + (sx + 0.5) / SUPERSAMPLE) / size - margin) / (1 - 2 * margin);
          const y = ((py + (sy + 0.5) / SUPERSAMPLE) / size - margin) / (1 - 2 * margin);
          if (onBaton(x, y)) covered++;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = covered * 2 >= samples ? 255 : 0;
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** Both icons, the colour one in `accentColor` (the manifest's accentColor). */
export function generateIcons(accentColor: string): AppIcons {
  return { color: drawColorIcon(accentColor), outline: drawOutlineIcon() };
}
