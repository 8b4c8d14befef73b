import { StandardIndex, type CatalogEntry, type LoadedDocument } from "../../catalog";
import { hasErrors, parseStandardCode, type Standard } from "../../model";
import type { StringKey } from "../i18n/strings";

/** Why a document cannot be imported, or null when it can. */
export function importBlocker(loaded: LoadedDocument): StringKey | null {
  if (loaded.standards.length === 0) return "noStandardFound";
  if (hasErrors(loaded.diagnostics)) return "blockedByErrors";
  if (loaded.standards.some((s) => parseStandardCode(s.code) === null)) return "blockedByCode";
  return null;
}

/** The codes a loaded standard has and its replacement lacks, by kind. */
export interface Loss {
  code: string;
  tasks: string[];
  knowledge: string[];
  skills: string[];
  attitudes: string[];
}

/**
 * What importing `standard` would lose: the tasks and K/S/A items of the loaded standard with the
 * same code that the new one does not have (null when it replaces nothing or loses nothing).
 */
export function replacementLoss(standard: Standard, loaded: readonly CatalogEntry[]): Loss | null {
  const replaced = loaded.find((e) => e.standard.code === standard.code);
  if (!replaced) return null;
  const incoming = new StandardIndex(standard);
  const missing = (codes: string[]): string[] => codes.filter((code) => !incoming.lookup(code));
  const old = replaced.index;
  const loss: Loss = {
    code: standard.code,
    tasks: missing(old.tasks().map(({ task }) => task.code)),
    knowledge: missing(old.codesOfKind("knowledge")),
    skills: missing(old.codesOfKind("skill")),
    attitudes: missing(old.codesOfKind("attitude")),
  };
  const lost = loss.tasks.length + loss.knowledge.length + loss.skills.length + loss.attitudes.length;
  return lost === 0 ? null : loss;
}

/** One document read for import, as the user reviews it. */
export interface Review {
  id: number;
  /** The file's name; "" for pasted text. */
  source: string;
  loaded: LoadedDocument;
  chosen: boolean;
  /** The user accepted what replacing a loaded standard would lose. */
  lossAccepted: boolean;
}

/** Whether a reviewed document goes in when the user confirms. */
export function willImport(review: Review, entries: readonly CatalogEntry[]): boolean {
  if (!review.chosen || importBlocker(review.loaded)) return false;
  return review.lossAccepted || review.loaded.standards.every((s) => !replacementLoss(s, entries));
}
