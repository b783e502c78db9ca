// A stand-in upstream for the nginx micro-cache spec: /__probe/cookie answers
// with a Set-Cookie header, /__probe/plain without; each reply counts, so a
// reply served from the cache shows as a repeated number.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type CookieProbe = { url: string; stop(): Promise<void> };

export async function startCookieProbe(): Promise<CookieProbe> {
  let count = 0;
  const server = http.createServer((req, res) => {
    count++;
    if (req.url?.startsWith("/__probe/cookie")) res.setHeader("Set-Cookie", `probe=${count}; Path=/; HttpOnly`);
    res.setHeader("Content-Type", "text/plain");
    res.end(`reply ${count}`);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => server.close(() => r())) };
}
