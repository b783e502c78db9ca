// Every server the README starts through next-server.ts (npm start,
// start:prod, the e2e and bench servers) gets a bounded heap by default.
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_HEAP_MB, heapNodeOption, nextServerEnv, serverHooksNodeOptions } from "./next-server";

describe("server heap bound", () => {
  it("is on by default, with the hooks", () => {
    const options = serverHooksNodeOptions("", {});
    expect(options).toContain("--require ");
    expect(options).toContain(`--max-old-space-size=${DEFAULT_MAX_HEAP_MB}`);
  });

  it("follows MAX_HEAP_MB, and 0 leaves Node's default", () => {
    expect(heapNodeOption({ MAX_HEAP_MB: "512" })).toBe("--max-old-space-size=512 --max-semi-space-size=8");
    expect(heapNodeOption({ MAX_HEAP_MB: "0" })).toBe("");
  });

  it("keeps an operator's own --max-old-space-size and --max-semi-space-size", () => {
    expect(serverHooksNodeOptions("--max-old-space-size=1024", { MAX_HEAP_MB: "256" })).not.toContain("=256");
    expect(serverHooksNodeOptions("--max-semi-space-size=16", {})).toMatch(new RegExp(`--max-semi-space-size=16 .*--max-old-space-size=${DEFAULT_MAX_HEAP_MB}$`));
  });

  it("names a bad MAX_HEAP_MB", () => {
    expect(() => heapNodeOption({ MAX_HEAP_MB: "lots" })).toThrow(/MAX_HEAP_MB must be a whole number of megabytes/);
    expect(() => heapNodeOption({ MAX_HEAP_MB: "16" })).toThrow(/128 or more/);
  });

  it("starts the server with two malloc arenas unless the operator set it", () => {
    expect(nextServerEnv({}, {}).MALLOC_ARENA_MAX).toBe("2");
    expect(nextServerEnv({}, { MALLOC_ARENA_MAX: "8" }).MALLOC_ARENA_MAX).toBe("8");
    expect(nextServerEnv({ MALLOC_ARENA_MAX: "4" }, {}).MALLOC_ARENA_MAX).toBe("4");
    expect(nextServerEnv({ MAX_HEAP_MB: "300" }, {}).NODE_OPTIONS).toContain("--max-old-space-size=300");
  });
});
