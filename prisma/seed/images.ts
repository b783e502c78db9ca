// Demo images drawn locally as SVG and run through the same pipeline as uploads
// (no downloads). Abstract shapes in each section's colour.
import sharp from "sharp";
import { processImage, type ProcessedImage } from "@/app/_lib/media/process-image";
import { rng } from "./generate-articles";

function artwork(seed: number, color: string, width: number, height: number): string {
  const r = rng(seed);
  const shapes: string[] = [];
  for (let i = 0; i < 9; i++) {
    const x = r.int(0, width);
    const y = r.int(0, height);
    const size = r.int(60, 320);
    const opacity = (0.12 + r.next() * 0.35).toFixed(2);
    shapes.push(
      r.next() < 0.5
        ? `<circle cx="${x}" cy="${y}" r="${size}" fill="#ffffff" fill-opacity="${opacity}"/>`
        : `<rect x="${x - size / 2}" y="${y - size / 2}" width="${size * 1.6}" height="${size}" rx="18" fill="#0b1220" fill-opacity="${opacity}" transform="rotate(${r.int(-30, 30)} ${x} ${y})"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${color}"/><stop offset="1" stop-color="#0b1220"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>${shapes.join("")}
</svg>`;
}

export async function drawImage(seed: number, color: string, mediaDir: string, width = 1600, height = 900): Promise<ProcessedImage> {
  // Rasterize first: uploads accept bitmaps only, never SVG (it can carry script).
  const png = await sharp(Buffer.from(artwork(seed, color, width, height))).png().toBuffer();
  return processImage(png, mediaDir);
}
