// What the server hooks load: app/_server/server-hooks.cjs, the files it requires
// from app/_server (and theirs), and the packages they require. The standalone
// build copies exactly these (standalone-finish.ts); read from the files
// themselves so a module added to the hooks is never left out of it.
import { readFileSync } from "node:fs";
import path from "node:path";

export function serverHooksFiles(dir = path.resolve("app/_server")): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const source = readFileSync(path.join(dir, file), "utf8");
    for (const [, name] of source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
      if (name.startsWith("node:")) continue;
      if (name.startsWith("./")) visit(name.slice(2));
      else packages.add(name.startsWith("@") ? name.split("/").slice(0, 2).join("/") : name.split("/")[0]);
    }
  };
  visit("server-hooks.cjs");
  return { files, packages: [...packages].sort() };
}
