// The client's address as the app sees it (login rate limits, view
// de-duplication, the audit log). Never read from X-Forwarded-For here: that
// header is whatever the client wrote unless a trusted proxy rewrote it.
//  - Under the server hooks (npm start, the standalone server, systemd) the
//    hooks decide it from the socket and TRUST_PROXY and pass it in
//    CLIENT_ADDRESS_HEADER, overwriting any copy a client sent.
//  - On Vercel the platform sets X-Real-IP itself (a client's copy is replaced).
//  - Anywhere else (next dev, a bare `next start`) the address is unknown: "".
//    The login limits then fall back to their per-account ceilings.
import { CLIENT_ADDRESS_HEADER } from "@/app/_server/client-address.cjs";
import { processState } from "@/app/_server/process-state.cjs";

export function clientAddressFrom(headers: Headers): string {
  if (processState().clientAddressFromHooks) return headers.get(CLIENT_ADDRESS_HEADER) ?? "";
  if (process.env.VERCEL === "1") return headers.get("x-real-ip")?.trim() ?? "";
  return "";
}
