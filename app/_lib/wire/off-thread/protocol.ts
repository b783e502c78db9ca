// Messages between the server and the wire parser's worker thread. Dates in
// the parsed items survive the structured clone as Dates.
import type { ParsedWire, WireFormat } from "../types";

export type ParseJob = { id: number; format: WireFormat; text: string; defaults: { language: string } };
export type ParseReply =
  { id: number; ok: true; parsed: ParsedWire } | { id: number; ok: false; name: string; message: string };
