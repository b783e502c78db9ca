// One message catalogue per language (en.ts, ur.ts); pages pick theirs by the edition's language.
import type { Language } from "../domain";
import { en, type Messages } from "./en";
import { ur } from "./ur";

export type { Messages };
export const catalogues: Record<Language, Messages> = { en, ur };

/** The reader strings of an edition ("en" for anything unknown). */
export const messages = (language: string): Messages => (language === "ur" ? ur : en);
