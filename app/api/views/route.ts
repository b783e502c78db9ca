// POST /api/views {"articleId": 123}: the article page's view beacon. 204 whether
// or not this reader was already counted today (the beacon tells nothing back).
import { NextResponse } from "next/server";
import { clientIp } from "@/app/_lib/auth/request";
import { recordView } from "@/app/_lib/mutations/record-view";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  let body: unknown;
  try {
    // Read as text whatever the content type says, then parse.
    const text = await request.text();
    if (text.length > 1000) throw new Error("too long");
    body = JSON.parse(text);
  } catch {
    return NextResponse.json(
      { error: { code: "invalid_json", message: 'The body must be JSON like {"articleId": 123}.', fields: {} } },
      { status: 400 },
    );
  }
  const result = await recordView(body, { ip: clientIp(request), userAgent: request.headers.get("user-agent") ?? "" });
  if (!result.ok) {
    return NextResponse.json(
      { error: { code: result.code, message: result.message, fields: result.fields ?? {} } },
      { status: result.status },
    );
  }
  return new NextResponse(null, { status: 204, headers: { "cache-control": "no-store" } });
}

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
