// Social cards (Open Graph / X), 1200x630, drawn with next/og from local font
// files only (satori reads .woff, not .woff2; nothing is fetched).
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { site } from "../site";
import { OG_IMAGE_SIZE } from "./urls";
import { urduTextImage } from "./og-urdu-text";

const FONT_DIR = path.join(process.cwd(), "node_modules/@fontsource/noto-serif/files");
type Weight = 400 | 700;

let fontsPromise: Promise<{ name: string; data: Buffer; weight: Weight; style: "normal" }[]> | null = null;

function loadFonts() {
  fontsPromise ??= Promise.all(
    (["latin", "latin-ext"] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        name: "Noto Serif",
        data: await readFile(path.join(FONT_DIR, `noto-serif-${subset}-${weight}-normal.woff`)),
        weight,
        style: "normal" as const,
      })),
    ),
  );
  return fontsPromise;
}

const BRAND = "#9f1239";

/** Long headlines get a smaller size, and are cut at a word near 150 characters. */
function fitHeadline(text: string): { text: string; size: number } {
  let t = text.trim();
  if (t.length > 150) t = `${t.slice(0, 150).replace(/\s+\S*$/, "")}…`;
  const size = t.length <= 50 ? 72 : t.length <= 90 ? 60 : 50;
  return { text: t, size };
}

export type CardInput = { headline: string; section?: string; footer?: string; language?: string; siteName?: string };

/** An Urdu card: its words drawn as Nastaliq images (og-urdu-text.ts), right to left. */
async function urduParts(input: CardInput) {
  const headline = fitHeadline(input.headline);
  const [title, section, footer, name] = await Promise.all([
    urduTextImage(headline.text, { size: Math.round(headline.size * 0.8), color: "#ffffff", width: 1072 }),
    input.section ? urduTextImage(input.section, { size: 26, color: "#ffffff", width: 400 }) : null,
    input.footer ? urduTextImage(input.footer, { size: 24, color: "#d4d4d8", width: 700 }) : null,
    input.siteName ? urduTextImage(input.siteName, { size: 34, color: "#ffffff", width: 600 }) : null,
  ]);
  return { title, section, footer, name };
}

export async function socialCard(input: CardInput, headers: Record<string, string> = {}): Promise<ImageResponse> {
  const headline = fitHeadline(input.headline);
  const host = new URL(site.url).host;
  const urdu = input.language === "ur" ? await urduParts(input) : null;
  // eslint-disable-next-line @next/next/no-img-element -- next/og draws <img>, not next/image
  const img = (p: { src: string; width: number; height: number }) => <img src={p.src} width={p.width} height={p.height} alt="" />;
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          background: "#111114",
          color: "#ffffff",
          fontFamily: "Noto Serif",
          borderTop: `16px solid ${BRAND}`,
          padding: "48px 64px 44px",
        }}
      >
        {/* Mirrored in Urdu: the masthead on the right, the section on the left. */}
        <div style={{ display: "flex", flexDirection: urdu ? "row-reverse" : "row", alignItems: "center", justifyContent: "space-between" }}>
          <div style={{ display: "flex", flexDirection: urdu ? "row-reverse" : "row", alignItems: "center", gap: 18 }}>
            <div
              style={{
                display: "flex",
                alignItems: "center",
                justifyContent: "center",
                width: 64,
                height: 64,
                borderRadius: 10,
                background: BRAND,
                fontSize: 44,
                fontWeight: 700,
              }}
            >
              {site.name.slice(0, 1)}
            </div>
            <div style={{ display: "flex", fontSize: 38, fontWeight: 700 }}>{urdu?.name ? img(urdu.name) : site.name}</div>
          </div>
          {input.section ? (
            <div
              style={{
                display: "flex",
                fontSize: 26,
                fontWeight: 700,
                textTransform: "uppercase",
                letterSpacing: 2,
                color: "#ffffff",
                background: BRAND,
                padding: "8px 20px",
                borderRadius: 6,
              }}
            >
              {urdu?.section ? img(urdu.section) : input.section}
            </div>
          ) : null}
        </div>
        {urdu ? (
          <div style={{ display: "flex", justifyContent: "flex-end" }}>{img(urdu.title)}</div>
        ) : (
          <div style={{ display: "flex", fontSize: headline.size, fontWeight: 700, lineHeight: 1.18 }}>{headline.text}</div>
        )}
        {/* The footer line (place and date) starts on the right in Urdu, the host is at the other end. */}
        <div
          style={{
            display: "flex",
            flexDirection: urdu ? "row-reverse" : "row",
            justifyContent: "space-between",
            alignItems: "center",
            fontSize: 24,
            color: "#d4d4d8",
          }}
        >
          <div style={{ display: "flex" }}>{urdu ? (urdu.footer ? img(urdu.footer) : "") : (input.footer ?? "")}</div>
          <div style={{ display: "flex" }}>{host}</div>
        </div>
      </div>
    ),
    { ...OG_IMAGE_SIZE, fonts: await loadFonts(), headers },
  );
}
