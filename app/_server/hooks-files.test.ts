// The standalone build copies the server hooks and what they load; a module or
// package the hooks require but the copy leaves out stops the server at start.
import { describe, expect, it } from "vitest";
import { serverHooksFiles } from "./hooks-files";

describe("serverHooksFiles", () => {
  it("finds every module of the hooks and every package they load", () => {
    const { files, packages } = serverHooksFiles();
    expect(files.sort()).toEqual(["client-address.cjs", "early-rewrites.cjs", "malformed-path.cjs", "outage-page.cjs", "prerendered-route-methods.cjs", "process-state.cjs", "response-compression.cjs", "runtime-free-pages.cjs", "security-headers.cjs", "server-hooks.cjs"]);
    expect(packages).toEqual(["compression", "etag", "fresh", "negotiator", "pino"]);
  });
});
