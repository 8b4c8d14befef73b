import type { Item, LevelBlock, Standard } from "../../model";
import { cellAddress } from "../a1";
import { label } from "../labels";
import { layoutFormula } from "../sheet-plan";
import { COLORS } from "../theme";
import { COLUMN } from "./columns";
import { codeAndName, printedTable, type SectionContext } from "./section";

/** Where the main table landed, for the freeze panes. */
export interface MainTableRows {
  header: number;
  last: number;
}

function lines(items: string[]): string {
  return items.join("\n");
}

function itemLines(items: Item[]): string {
  return lines(
    items.map((item) =>
      [codeAndName(item.code, item.name), ...item.details.map((d) => `  • ${d}`)].join("\n"),
    ),
  );
}

function namedCodes(codes: string[], dictionary: Item[]): string {
  const names = new Map(dictionary.map((item) => [item.code, item.name]));
  return lines(codes.map((code) => codeAndName(code, names.get(code) ?? "")));
}

/** One row per level block: the duty and task are repeated on every row because tables cannot merge. */
function blockRows(standard: Standard): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const duty of standard.duties) {
    for (const task of duty.tasks) {
      const blocks: (LevelBlock | null)[] = task.blocks.length > 0 ? task.blocks : [null];
      for (const block of blocks) {
        rows.push([
          codeAndName(duty.code, duty.name),
          codeAndName(task.code, task.name),
          block ? itemLines(block.outputs) : "",
          block ? lines(block.indicators.map((p) => codeAndName(p.code, p.text))) : "",
          block?.level ?? null,
          block ? namedCodes(block.knowledge, standard.knowledge) : "",
          block ? namedCodes(block.skills, standard.skills) : "",
        ]);
      }
    }
  }
  return rows.length > 0 ? rows : [["", "", "", "", null, "", ""]];
}

/**
 * The main table as styled cells, not an Excel table: when it runs over several printed pages
 * its header row is copied above each continuation (see pagination.ts), and an Excel table
 * would take those copies for data. A duty or task equal to the one on the row above turns grey
 * through a conditional format, so each reads once per group; the copy of the header between
 * them makes both read in full at the top of a page. Filtering and pivots use the data sheet.
 */
export function writeMainTable(context: SectionContext, top: number): MainTableRows {
  const { builder: b, standard, locale } = context;
  const headers = [
    label("duty", locale),
    label("task", locale),
    label("outputs", locale),
    label("indicators", locale),
    label("competencyLevel", locale),
    label("knowledge", locale),
    label("skills", locale),
  ];
  b.row(top, 0, headers, "tableHeader");

  const rows = blockRows(standard);
  rows.forEach((values, i) => {
    values.forEach((value, col) =>
      b.put(top + 1 + i, col, value, col === COLUMN.level ? "bodyLevel" : "body"),
    );
  });
  const last = top + rows.length;

  printedTable(context, top, last);
  if (last > top + 1) {
    for (const col of [COLUMN.duty, COLUMN.task]) {
      const here = cellAddress(top + 2, col).replace(/^([A-Z]+)/, "$$$1");
      const above = cellAddress(top + 1, col).replace(/^([A-Z]+)/, "$$$1");
      b.conditionalFormat({
        range: { top: top + 2, left: col, bottom: last, right: col },
        rule: { kind: "formula", formula: layoutFormula(`${here}=${above}`) },
        fontColor: COLORS.muted,
      });
    }
  }
  return { header: top, last };
}
