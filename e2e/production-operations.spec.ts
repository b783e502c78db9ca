// Operations: health checks, request ids and JSON logs without secrets, and a
// graceful stop under load (SIGTERM loses no request the server accepted).
import http from "node:http";
import { expect, test } from "@playwright/test";
import { jsonLines, request, startInstance } from "./production-helpers";

test.describe("production: operations", () => {
  test("liveness and readiness answer, and every response carries a request id", async ({ baseURL }) => {
    const live = await request(`${baseURL}/api/health`);
    expect(live.status).toBe(200);
    const ready = await request(`${baseURL}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({ status: "ok", database: "ok" });
    expect(ready.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    // An id from the load balancer is kept, so its logs and ours line up.
    const traced = await request(`${baseURL}/api/health`, { headers: { "X-Request-Id": "lb-trace-0001" } });
    expect(traced.headers["x-request-id"]).toBe("lb-trace-0001");
  });

  test("SIGTERM under load: every accepted request is answered, the database is closed, exit code 0", async ({ baseURL }) => {
    test.setTimeout(120_000);
    // Story pages to load (uncached in the new instance, so requests are in flight when the signal comes).
    const front = await request(`${baseURL}/`);
    const paths = ["/", "/api/health/ready", ...new Set([...front.body.matchAll(/href="(\/news\/[a-z0-9-]+)"/g)].map((m) => m[1]))].slice(0, 20);
    expect(paths.length).toBeGreaterThan(10);

    const server = await startInstance();
    // A login with a password, to check it never reaches the logs.
    const secret = "not-the-password-9f3c1e";
    const login = await request(`${server.url}/api/admin/login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email: "editor@meridian.local", password: secret }),
    });
    expect(login.status).toBe(401);

    type Outcome = { id: string; status?: number; error?: string };
    const outcomes: Outcome[] = [];
    let stopped = false;
    let signalled = false;
    let n = 0;
    const worker = async (w: number) => {
      while (!stopped) {
        const id = `load-${w}-${n++}`;
        try {
          const reply = await request(`${server.url}${paths[n % paths.length]}`, { headers: { "X-Request-Id": id } });
          outcomes.push({ id, status: reply.status });
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code ?? String(err);
          outcomes.push({ id, error: code });
          // Refused: the server no longer accepts connections, as it should after SIGTERM.
          if (signalled && code === "ECONNREFUSED") return;
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, w) => worker(w));
    while (outcomes.length < 24) await new Promise((r) => setTimeout(r, 20));
    // One request certainly in flight: its headers are in, its body comes after the signal.
    const body = JSON.stringify({ email: "editor@meridian.local", password: secret });
    const slow = http.request(`${server.url}/api/admin/login`, {
      method: "POST",
      agent: false,
      // Expect: 100-continue: Node answers "continue" once it has parsed the headers and handed the request to the app.
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), origin: server.url, "x-request-id": "slow-request-1", expect: "100-continue" },
    });
    const slowReply = new Promise<number>((resolve, reject) => {
      slow.on("response", (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      slow.on("error", reject);
    });
    const headersTaken = new Promise<void>((resolve) => slow.on("continue", () => resolve()));
    slow.flushHeaders();
    await headersTaken;
    signalled = true;
    server.process.kill("SIGTERM");
    // The body is sent only once the server has logged the signal, however loaded the machine.
    await expect.poll(() => server.logs().includes("shutting down"), { timeout: 15_000 }).toBe(true);
    slow.end(body);
    expect(await slowReply).toBe(401);
    const code = await server.exited;
    stopped = true;
    await Promise.all(workers);

    expect(code).toBe(0);
    const logs = jsonLines(server.logs());
    const accepted = new Map(logs.filter((l) => l.msg === "request" || l.msg === "request failed").map((l) => [l.reqId as string, l]));
    // Requests the server accepted (it logged them) must have been answered in full, without a 5xx.
    const failed = outcomes.filter((o) => accepted.has(o.id) && (o.error || (o.status ?? 0) >= 500));
    expect(failed).toEqual([]);
    expect(outcomes.filter((o) => accepted.has(o.id)).length).toBeGreaterThan(24);
    // The slow request was in flight when the signal came, and was answered after it.
    const signalAt = logs.findIndex((l) => String(l.msg).startsWith("shutting down"));
    expect(signalAt).toBeGreaterThan(0);
    expect(logs.slice(signalAt).find((l) => l.reqId === "slow-request-1")).toMatchObject({ status: 401 });
    // After the signal: the database closed and the shutdown completed (two
    // lines written within a millisecond; the pipe does not promise their order).
    const afterSignal = logs.slice(signalAt).map((l) => l.msg);
    expect(afterSignal, JSON.stringify(logs.slice(-4))).toEqual(expect.arrayContaining(["database closed", "shutdown complete"]));
    // Structured request lines: id, method, path, status, duration.
    expect(logs.find((l) => l.msg === "request" && l.path === "/")).toMatchObject({ method: "GET", status: 200, reqId: expect.any(String) });
    expect(server.logs()).not.toContain(secret);
  });
});
