// The worker the build ships (build-worker.cjs) gives the same items, dates and
// errors as parsing on the server's thread, and a missing or broken worker file
// still parses (on the calling thread).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWire } from "../parse";
import { WireParseError } from "../types";
import { createWireParser } from "./parse-off-thread";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildWireWorker, WORKER_FILE } = require("./build-worker.cjs");

const root = path.join(import.meta.dirname, "../../../..");
const fixture = (name: string) => readFileSync(path.join(root, "test/fixtures/wire", name), "utf8");
const en = { language: "en" };
const dist = mkdtempSync(path.join(tmpdir(), "wire-worker-"));
const threaded = createWireParser(path.join(dist, WORKER_FILE));

beforeAll(async () => {
  await buildWireWorker({ projectDir: root, distDir: dist });
}, 60_000);
afterAll(() => threaded.close());

describe("wire parsing in the worker thread", () => {
  it.each([
    ["rss", "national-rss.xml"],
    ["atom", "urdu-atom.xml"],
    ["ninjs", "ninjs-2.json"],
    ["newsml-g2", "newsml-g2.xml"],
    ["newsml-g2", "newsml-kill.xml"],
  ] as const)("%s: the same items and skips as on the server thread, dates as Dates", async (format, file) => {
    const text = fixture(file);
    const parsed = await threaded.parse(format, text, en);
    expect(parsed).toEqual(parseWire(format, text, en));
    expect(parsed.items.length).toBeGreaterThan(0);
  });

  it("keeps embargo and version times as dates", async () => {
    const { items } = await threaded.parse("ninjs", fixture("ninjs-2.json"), en);
    expect(items[1].embargoUntil).toBeInstanceOf(Date);
    expect(items[1].embargoUntil?.toISOString()).toBe("2030-01-01T00:00:00.000Z");
  });

  it("a document it refuses is the same WireParseError, with its message, and the worker keeps working", async () => {
    const html = "<!doctype html><html><body><p>Not a feed</p></body></html>";
    const here = (() => {
      try {
        parseWire("rss", html, en);
      } catch (e) {
        return e as Error;
      }
    })();
    await expect(threaded.parse("rss", html, en)).rejects.toThrow(WireParseError);
    await expect(threaded.parse("rss", html, en)).rejects.toThrow(here!.message);
    expect((await threaded.parse("rss", fixture("national-rss.xml"), en)).items).toHaveLength(3);
  });

  it("without a worker file, or with a broken one, it parses on the calling thread", async () => {
    const broken = path.join(dist, "broken.cjs");
    writeFileSync(broken, "throw new Error('not a worker');");
    for (const parser of [
      createWireParser(null),
      createWireParser(path.join(dist, "missing.cjs")),
      createWireParser(broken),
    ]) {
      expect((await parser.parse("rss", fixture("national-rss.xml"), en)).items).toHaveLength(3);
      await parser.close();
    }
  });
});
