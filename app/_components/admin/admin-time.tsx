import { site } from "@/app/_lib/site";

const fmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: site.timeZone });

/** A timestamp in the newsroom's time zone, rendered on the server. */
export function AdminTime({ iso }: { iso: string | null }) {
  if (!iso) return <span>—</span>;
  return <time dateTime={iso}>{fmt.format(new Date(iso))}</time>;
}
