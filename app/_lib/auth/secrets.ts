// Random tokens and their hashes. Only hashes are stored, so a database leak
// gives no usable session or API token.
import { createHash, randomBytes } from "node:crypto";

export const randomToken = (bytes = 32) => randomBytes(bytes).toString("base64url");

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
