// The one shape every wire format is turned into before it reaches the
// database (ingest.ts); the parsers differ only in how they fill it.
export const WIRE_FORMATS = ["rss", "atom", "ninjs", "newsml-g2"] as const;
export type WireFormat = (typeof WIRE_FORMATS)[number];

export const WIRE_PUB_STATUSES = ["usable", "withheld", "canceled"] as const;
export type WirePubStatus = (typeof WIRE_PUB_STATUSES)[number];

/** What a parser read from the agency, before normalisation. Bodies may be HTML or plain text. */
export type RawWireItem = {
  guid: string | null;
  versionAt: Date | null;
  title: string;
  standfirst: string;
  bodyHtml: string;
  bodyText: string;
  dateline: string;
  byline: string;
  keywords: string[];
  subjects: string[];
  urgency: number | null;
  language: string;
  originalUrl: string;
  embargoUntil: Date | null;
  pubStatus: WirePubStatus;
  correctionNote: string;
  raw: string;
};

export type WireItemInput = {
  guid: string;
  versionAt: Date | null;
  title: string;
  standfirst: string;
  bodyHtml: string;
  bodyJson: string;
  datelinePlace: string;
  agency: string;
  byline: string;
  keywords: string[];
  subjects: string[];
  urgency: number | null;
  language: string;
  originalUrl: string;
  embargoUntil: Date | null;
  pubStatus: WirePubStatus;
  correctionNote: string;
  searchText: string;
  raw: string;
};

export type SkippedItem = { index: number; guid: string | null; reason: string };
export type ParsedWire = { items: WireItemInput[]; skipped: SkippedItem[] };

/** A whole document the parser refuses (recorded as the source's last error). */
export class WireParseError extends Error {
  name = "WireParseError";
}
