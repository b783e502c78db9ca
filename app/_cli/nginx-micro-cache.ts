// The nginx micro-cache in front of the instances (README, "A micro-cache in
// front"): every reader URL is fetched from an instance at most once a second,
// however many readers arrive, and a publish shows within that second. Never
// cached: the newsroom (/admin, /api/admin), draft-mode previews (Next's
// __prerender_bypass cookie), responses that set a cookie or say private /
// no-store. The same text is used by the production-cluster e2e and the bench.

/** The lines inside `http { }`: the cache zone and the rules. `dir` holds the cache files. */
export function microCacheHttp(dir: string): string {
  return `
  proxy_cache_path ${dir}/micro-cache levels=1:2 keys_zone=micro:10m max_size=256m inactive=1m use_temp_path=off;
  map $request_uri $portal_private_path {
    default 0;
    ~^/admin 1;
    ~^/api/admin 1;
  }
  # Responses that must never be shared: private, no-store, or setting a cookie.
  map $upstream_http_cache_control $portal_private_reply {
    default 0;
    ~*(private|no-store) 1;
  }`;
}

/** The lines that hand a request to the `portal` upstream over kept-alive connections. */
export const proxyToPortal = `
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;`;

/** The lines inside `location / { }` (after proxy_pass). */
export const microCacheLocation = `
      proxy_cache micro;
      proxy_cache_key $scheme$host$request_uri;
      # The portal's s-maxage is for CDNs that purge on publish; here 1 s is the whole lifetime.
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_valid 200 301 302 307 308 404 410 1s;
      proxy_cache_lock on;
      proxy_cache_lock_timeout 5s;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      proxy_cache_bypass $portal_private_path $cookie___prerender_bypass;
      proxy_no_cache $portal_private_path $cookie___prerender_bypass $portal_private_reply $upstream_http_set_cookie;
      add_header X-Micro-Cache $upstream_cache_status always;`;

/**
 * The top of a throwaway nginx.conf that runs in the foreground out of `dir`
 * (pid, logs and temp folders there), up to the inside of `http { }`.
 */
export function scratchNginxTop(dir: string, opts: { workers: string; connections: number }): string {
  // Root starts worker processes as "nobody", which cannot write the temp folder.
  const user = process.getuid?.() === 0 ? "user root root;" : "";
  return `${user}
daemon off;
master_process on;
worker_processes ${opts.workers};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections ${opts.connections}; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;`;
}
