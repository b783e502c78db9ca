// Who manages publisher pages: editors and admins (the pages speak for the
// whole publication, so authors and contributors only read them on the site).
import { atLeast, type Actor } from "../auth/roles";

export const PAGE_MANAGER_ROLE = "editor" as const;

export const canManagePages = (actor: Actor) => atLeast(actor.role, PAGE_MANAGER_ROLE);
