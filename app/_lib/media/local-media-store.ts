// Media on local disk, under one folder (MEDIA_DIR). The default store.
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MediaStore } from "./media-store";

export function localMediaStore(dir: string): MediaStore {
  const root = path.resolve(dir);
  const file = (key: string) => {
    const full = path.resolve(root, key);
    if (!full.startsWith(root + path.sep)) throw new Error(`Media key outside the media folder: ${key}`);
    return full;
  };
  return {
    label: dir,
    async put(key, bytes) {
      await mkdir(path.dirname(file(key)), { recursive: true });
      // Write then rename, so a failed write never leaves half a file under the key.
      const tmp = `${file(key)}.${process.pid}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, file(key));
    },
    async get(key) {
      try {
        return await readFile(file(key));
      } catch {
        return null;
      }
    },
    async delete(key) {
      await rm(file(key), { force: true });
    },
    async *list() {
      let entries;
      try {
        entries = await readdir(root, { recursive: true, withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (!e.isFile() || e.name.endsWith(".tmp")) continue;
        yield path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/");
      }
    },
  };
}
