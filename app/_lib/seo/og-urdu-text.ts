// Urdu text for the social card, drawn by sharp (libvips → Pango → HarfBuzz)
// in Noto Nastaliq Urdu: next/og's renderer lays Arabic script out letter by
// letter, unjoined and left to right, so the Urdu card gets its text as
// transparent PNGs (joined, right to left, wrapped at words) and places them
// like any image. Pango's line spacing is generous so Nastaliq's tall
// ascenders and descenders never clip.
import "server-only";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { woffToSfnt } from "./woff-to-sfnt";

const FONT_DIR = path.join(process.cwd(), "node_modules/@fontsource/noto-nastaliq-urdu/files");

let fontFile: Promise<string> | null = null;

/** The bold Nastaliq face as a TrueType file Pango can open (written once per process). */
function nastaliqFile(): Promise<string> {
  fontFile ??= (async () => {
    const file = path.join(tmpdir(), `noto-nastaliq-urdu-700-${process.pid}.ttf`);
    await writeFile(file, woffToSfnt(await readFile(path.join(FONT_DIR, "noto-nastaliq-urdu-arabic-700-normal.woff"))));
    return file;
  })();
  return fontFile;
}

const escapeMarkup = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export type UrduTextImage = { src: string; width: number; height: number };

/** `text` as a PNG data URL at most `width` px wide, aligned to the right (the start of an Urdu line). */
export async function urduTextImage(text: string, opts: { size: number; color: string; width: number }): Promise<UrduTextImage> {
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${opts.color}">${escapeMarkup(text)}</span>`,
      font: `Noto Nastaliq Urdu ${opts.size}`,
      fontfile: await nastaliqFile(),
      rgba: true,
      width: opts.width,
      align: "right",
      wrap: "word",
      spacing: Math.round(opts.size * 0.6),
      dpi: 72,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { src: `data:image/png;base64,${data.toString("base64")}`, width: info.width, height: info.height };
}
