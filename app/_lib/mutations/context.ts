import type { Actor } from "../auth/roles";

/** What every mutation gets besides its input: who is acting and from where (for the audit log). */
export type MutationContext = { actor: Actor; ip?: string };
