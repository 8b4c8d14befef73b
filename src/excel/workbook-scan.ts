import { parseCellReference, PORTABLE_NAMESPACE, type ArgumentValue, type PortableRecord } from "../portable";
import { cellAddress } from "../layout";
import { recordFromXml } from "./portable-record-xml";
import type { CustomXmlPartPort, PortableContextPort } from "./portable-port";

/** One formula cell of the workbook. */
export interface FormulaCell {
  sheet: string;
  /** "B2", without the sheet. */
  address: string;
  /** With "=". */
  formula: string;
}

/** Every sheet's formulas and values, and the record of an earlier portable rewrite. */
export interface WorkbookScan {
  sheets: string[];
  formulas: FormulaCell[];
  /** Today's value of one cell, for a call's argument. */
  valueOf(sheet: string, reference: string): ArgumentValue | undefined;
  record: PortableRecord | null;
  recordParts: CustomXmlPartPort[];
}

interface SheetCells {
  top: number;
  left: number;
  values: unknown[][];
}

function argumentValue(value: unknown): ArgumentValue | undefined {
  if (value === "" || value === null || value === undefined) return null;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value
    : undefined;
}

/**
 * Reads the whole workbook in two syncs: the sheet names and the record parts first, then every
 * sheet's used range (address, formulas, values) and the record parts' XML.
 */
export async function scanWorkbook(context: PortableContextPort): Promise<WorkbookScan> {
  const { worksheets, customXmlParts } = context.workbook;
  worksheets.load("items/name");
  const parts = customXmlParts.getByNamespace(PORTABLE_NAMESPACE);
  // eslint-disable-next-line office-addins/no-navigational-load -- the parts themselves are what is read
  parts.load("items");
  await context.sync();

  const sheets = worksheets.items.map((s) => s.name);
  const used = sheets.map((name) => {
    const range = worksheets.getItem(name).getUsedRangeOrNullObject();
    range.load(["address", "formulas", "values"]);
    return range;
  });
  const xmls = parts.items.map((part) => part.getXml());
  await context.sync();

  const cells = new Map<string, SheetCells>();
  const formulas: FormulaCell[] = [];
  used.forEach((range, i) => {
    const sheet = sheets[i]!;
    if (range.isNullObject) return;
    const topLeft = parseCellReference(range.address.split(":")[0]!);
    if (!topLeft) return;
    cells.set(sheet, { top: topLeft.row, left: topLeft.col, values: range.values });
    range.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (typeof formula === "string" && formula.startsWith("="))
          formulas.push({ sheet, address: cellAddress(topLeft.row + r, topLeft.col + c), formula });
      }),
    );
  });
  const records = xmls.map((xml) => recordFromXml(xml.value));
  return {
    sheets,
    formulas,
    valueOf(sheet, reference) {
      const cell = parseCellReference(reference);
      const area = cell && cells.get(cell.sheet ?? sheet);
      if (!cell || !area) return cell ? null : undefined;
      return argumentValue(area.values[cell.row - area.top]?.[cell.col - area.left]);
    },
    record: records.find((r) => r !== null) ?? null,
    recordParts: parts.items,
  };
}
