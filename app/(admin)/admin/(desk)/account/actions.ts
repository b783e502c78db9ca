"use server";
import { cookies, headers } from "next/headers";
import { getActor, requestIp } from "@/app/_lib/auth/server";
import { SESSION_COOKIE, sessionCookieOptions } from "@/app/_lib/auth/session";
import { changePassword } from "@/app/_lib/mutations/account";
import { AppError } from "@/app/_lib/errors";

export type PasswordState = { ok: boolean; message: string; fields: Record<string, string> };

export async function changePasswordAction(_prev: PasswordState, form: FormData): Promise<PasswordState> {
  const actor = await getActor();
  if (!actor) return { ok: false, message: "Your session has ended. Log in again.", fields: {} };
  try {
    const session = await changePassword(
      { actor, ip: await requestIp() },
      { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") },
      { userAgent: (await headers()).get("user-agent") ?? "" },
    );
    if (session) (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
    return { ok: true, message: "Password changed. Your other sessions are logged out.", fields: {} };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, message: err.message, fields: err.fields };
    throw err;
  }
}
