import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { patchNext, CHANGES } = require("./patch-next.cjs") as {
  patchNext: (nextDir: string, changes?: string[][]) => string[];
  CHANGES: [string, string, string][];
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

  it("changes only the text it names, once, and refuses a Next without it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "patch-next-"));
    mkdirSync(path.join(dir, "dist"));
    const file = path.join(dir, "dist", "cache.js");
    const changes = [["cache.js", "const size = measure(all);", "const size = limited ? measure(all) : 0;"]];
    writeFileSync(file, "a();\nconst size = measure(all);\nb();\n");
    expect(patchNext(dir, changes)).toEqual(["cache.js: patched"]);
    expect(readFileSync(file, "utf8")).toBe("a();\nconst size = limited ? measure(all) : 0;\nb();\n");
    expect(patchNext(dir, changes)).toEqual(["cache.js: already patched"]);

    writeFileSync(file, "const size = measureDifferently(all);\n");
    expect(() => patchNext(dir, changes)).toThrow(/cache\.js: expected exactly one "const size = measure\(all\);"/);
    expect(readFileSync(file, "utf8")).toBe("const size = measureDifferently(all);\n");
  });
});
