// One GET to an address an admin typed in (a wire feed), fenced like webhook
// deliveries: node:http(s) with address-policy's lookup, so the socket goes
// only to an address checked at connection time; literal IPs checked here;
// redirects followed (at most 3), each hop checked again. A timeout for the
// whole exchange and a cap on the body size: a slow or endless answer costs
// at most TIMEOUT and MAX_BYTES.
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { BlockedAddressError, isBlockedAddress, publicOnlyLookup } from "./address-policy";

export type FetchOptions = {
  allowPrivate: boolean;
  headers?: Record<string, string>;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
};

export type FetchResult =
  | { status: 304; etag: string; lastModified: string; body: null; bytes: 0 }
  | { status: 200; etag: string; lastModified: string; body: string; bytes: number; contentType: string };

/** An answer the caller records as the source's last error (message in plain words). */
export class FetchError extends Error {
  name = "FetchError";
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

function once(url: URL, opts: FetchOptions, deadline: number): Promise<{ res: http.IncomingMessage; req: http.ClientRequest }> {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (!opts.allowPrivate && net.isIP(host) && isBlockedAddress(host)) {
      return reject(new BlockedAddressError(`refused: ${host} is a private or local address`));
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return reject(new FetchError(`Only http and https addresses can be polled (${url.protocol})`));
    const req = (url.protocol === "https:" ? https : http).request(url, {
      method: "GET",
      headers: { "User-Agent": "Meridian-Wire/1", Accept: "application/rss+xml, application/atom+xml, application/xml, application/json;q=0.9, */*;q=0.5", ...opts.headers },
      ...(opts.allowPrivate ? {} : { lookup: publicOnlyLookup }),
    });
    const timer = setTimeout(() => req.destroy(new FetchError(`No complete answer within ${Math.round((opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`)), Math.max(0, deadline - Date.now()));
    req.on("response", (res) => {
      res.on("close", () => clearTimeout(timer));
      resolve({ res, req });
    });
    req.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.on("close", () => clearTimeout(timer));
    req.end();
  });
}

export async function fetchPublic(target: string, opts: FetchOptions): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const deadline = Date.now() + timeoutMs;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new FetchError("The source's URL is not a valid address");
  }
  for (let hop = 0; ; hop++) {
    const { res, req } = await once(url, opts, deadline);
    const status = res.statusCode ?? 0;
    const header = (name: string) => String(res.headers[name] ?? "");
    if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
      res.resume();
      if (hop >= (opts.maxRedirects ?? 3)) throw new FetchError(`Too many redirects (last to ${res.headers.location})`);
      url = new URL(res.headers.location, url);
      continue;
    }
    if (status === 304) {
      res.resume();
      return { status: 304, etag: header("etag"), lastModified: header("last-modified"), body: null, bytes: 0 };
    }
    if (status !== 200) {
      res.resume();
      throw new FetchError(status === 401 || status === 403 ? `HTTP ${status}: the source refused access (check the auth header)` : `HTTP ${status} from the source`);
    }
    const declared = Number(header("content-length") || 0);
    if (declared > maxBytes) {
      req.destroy();
      throw new FetchError(`The answer is ${Math.round(declared / 1048576)} MB, more than the ${Math.round(maxBytes / 1048576)} MB limit`);
    }
    const chunks: Buffer[] = [];
    let bytes = 0;
    await new Promise<void>((resolve, reject) => {
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > maxBytes) {
          req.destroy();
          reject(new FetchError(`The answer is larger than the ${Math.round(maxBytes / 1048576)} MB limit`));
          return;
        }
        chunks.push(chunk);
      });
      res.on("end", resolve);
      res.on("error", reject);
      res.on("aborted", () => reject(new FetchError("The source closed the connection mid-answer")));
    });
    return { status: 200, etag: header("etag"), lastModified: header("last-modified"), body: decode(Buffer.concat(chunks), header("content-type")), bytes, contentType: header("content-type") };
  }
}

/** Bytes -> text in the declared charset (UTF-8 when none, or an unknown one; XML's own declaration second). */
function decode(bytes: Buffer, contentType: string): string {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /^<\?xml[^>]*encoding=["']([\w-]+)/i.exec(bytes.subarray(0, 200).toString("latin1"))?.[1] ?? "utf-8";
  try {
    return new TextDecoder(declared.toLowerCase(), { fatal: false }).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
