// Media between the store (local disk or S3) and the archive's media/ folder.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { mediaType, type MediaStore } from "@/app/_lib/media/media-store";

export async function copyStoreToFolder(store: MediaStore, dir: string): Promise<void> {
  for await (const key of store.list()) {
    const bytes = await store.get(key);
    if (!bytes) continue; // deleted while we listed
    const file = path.join(dir, ...key.split("/"));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
}

export async function copyFolderToStore(dir: string, store: MediaStore): Promise<void> {
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const key = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/");
    await store.put(key, await readFile(path.join(e.parentPath, e.name)), mediaType(key) ?? "application/octet-stream");
  }
}
