import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";

const require = createRequire(import.meta.url);
const { patchNext, CHANGES, NEXT_VERSION } = require("./patch-next.cjs") as {
  patchNext: (nextDir: string, version: string, patches?: Record<number, string[][]>) => string[];
  CHANGES: [string, string, string][];
  NEXT_VERSION: string;
};
const nextDir = path.dirname(require.resolve("next/package.json"));

describe("the portal's change to Next.js (postinstall)", () => {
  it("is in the installed Next", () => {
    for (const [file, from, to] of CHANGES) {
      const source = readFileSync(path.join(nextDir, "dist", file), "utf8");
      expect(source, file).toContain(to);
      // The old text is gone, except where the new text keeps it (a line added before it).
      const count = (text: string) => text.split(from).length - 1;
      expect(count(source), file).toBe(count(to));
    }
  });

  it("stores a rendered page without turning its RSC payload into JSON", async () => {
    const { IncrementalCache } = require("next/dist/server/lib/incremental-cache") as {
      IncrementalCache: new (opts: object) => { set: (key: string, data: object, ctx: object) => Promise<void> };
    };
    const stored: object[] = [];
    class RecordingHandler {
      async get() {
        return null;
      }
      async set(_key: string, data: object) {
        stored.push(data);
      }
      async revalidateTag() {}
      resetRequestCache() {}
    }
    const cache = new IncrementalCache({
      dev: false,
      requestHeaders: {},
      previewProps: { previewModeId: "test" },
      prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: {} },
      CurCacheHandler: RecordingHandler,
    });
    const rscData = Buffer.from("0:{}\n".repeat(1000));
    let stringified = 0;
    rscData.toJSON = () => {
      stringified += 1;
      return { type: "Buffer", data: [] };
    };
    const page = { kind: "APP_PAGE", html: "<p>story</p>", rscData, headers: {}, postponed: undefined, status: 200, segmentData: undefined };
    await cache.set("/news/a-story", page, { route: { kind: "APP_PAGE", sourceRoute: "/(site)/news/[slug]/page" }, cacheControl: { revalidate: 60, expire: undefined } });
    expect(stored).toEqual([page]);
    expect(stringified).toBe(0);
  });

  it("changes only the text it names, once, and skips a Next without it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "patch-next-"));
    mkdirSync(path.join(dir, "dist"));
    const file = path.join(dir, "dist", "cache.js");
    const patches = { 1: [["cache.js", "const size = measure(all);", "const size = limited ? measure(all) : 0;"]] };
    writeFileSync(file, "a();\nconst size = measure(all);\nb();\n");
    expect(patchNext(dir, NEXT_VERSION, patches)).toEqual(["patch 1: applied"]);
    expect(readFileSync(file, "utf8")).toBe("a();\nconst size = limited ? measure(all) : 0;\nb();\n");
    expect(patchNext(dir, NEXT_VERSION, patches)).toEqual(["patch 1: already applied"]);

    writeFileSync(file, "const size = measureDifferently(all);\n");
    expect(patchNext(dir, NEXT_VERSION, patches)).toEqual([
      "patch 1 skipped: cache.js does not hold the text it changes once; Next runs unpatched, correct but slower.",
    ]);
    expect(readFileSync(file, "utf8")).toBe("const size = measureDifferently(all);\n");
  });

  it("writes no part of a patch when one of its changes does not fit", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "patch-next-"));
    mkdirSync(path.join(dir, "dist"));
    writeFileSync(path.join(dir, "dist", "a.js"), "let request = build();\n");
    writeFileSync(path.join(dir, "dist", "b.js"), "use(requestRenamed);\n");
    const patches = { 3: [["a.js", "let request = build();", "let request = null;"], ["b.js", "use(request);", "use(request ??= build());"]] };
    expect(patchNext(dir, NEXT_VERSION, patches)).toEqual([
      "patch 3 skipped: b.js does not hold the text it changes once; Next runs unpatched, correct but slower.",
    ]);
    expect(readFileSync(path.join(dir, "dist", "a.js"), "utf8")).toBe("let request = build();\n");
  });

  it("skips every patch on a Next it was not written for, and the install goes on", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "patch-next-"));
    mkdirSync(path.join(dir, "dist"));
    writeFileSync(path.join(dir, "dist", "cache.js"), "const size = measure(all);\n");
    const patches = { 1: [["cache.js", "const size = measure(all);", "const size = 0;"]], 2: [["cache.js", "measure", "skip"]] };
    expect(patchNext(dir, "99.0.0", patches)).toEqual([
      `patch 1 skipped: Next 99.0.0 not recognised (written for ${NEXT_VERSION}); Next runs unpatched, correct but slower.`,
      `patch 2 skipped: Next 99.0.0 not recognised (written for ${NEXT_VERSION}); Next runs unpatched, correct but slower.`,
    ]);
    expect(readFileSync(path.join(dir, "dist", "cache.js"), "utf8")).toBe("const size = measure(all);\n");

    // Run as postinstall against that Next: exit code 0, the skips on stderr.
    const fakeRoot = mkdtempSync(path.join(tmpdir(), "patch-next-install-"));
    mkdirSync(path.join(fakeRoot, "node_modules", "next", "dist"), { recursive: true });
    writeFileSync(path.join(fakeRoot, "node_modules", "next", "package.json"), JSON.stringify({ name: "next", version: "99.0.0" }));
    const script = path.join(fakeRoot, "patch-next.cjs");
    writeFileSync(script, readFileSync(require.resolve("./patch-next.cjs")));
    const run = spawnSync(process.execPath, [script], { cwd: fakeRoot, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("patch-next: patch 4 skipped: Next 99.0.0 not recognised");
  });
});
