/**
 * The tests' fake of Excel (fake-excel.ts) with what the portable actions read besides: each
 * sheet's used range (formulas and values, readable after load + sync) and the workbook's custom
 * XML parts. Everything runs through the same queue, so syncs are counted and a failing
 * operation (FakeOptions.failOn) rejects its sync with the operations before it applied.
 */
import { cellAddress } from "../../src/layout";
import type {
  CustomXmlPartPort,
  FormulaSheetPort,
  PortableContextPort,
  UsedRangePort,
} from "../../src/excel/portable-port";
import { FakeExcel, type FakeCell, type FakeOptions } from "./fake-excel";
import { parseCellAddress } from "../helpers/a1";

export interface FakePart {
  xml: string;
}

function shown(cell: FakeCell): string | number | boolean {
  return cell.formula ?? cell.text ?? cell.number ?? cell.boolean ?? "";
}

export class FakePortableExcel {
  readonly excel: FakeExcel;
  readonly parts: FakePart[] = [];
  readonly context: PortableContextPort;

  constructor(options: FakeOptions = {}) {
    this.excel = new FakeExcel(options);
    const base = this.excel.context.workbook;
    const worksheets = Object.create(base.worksheets) as PortableContextPort["workbook"]["worksheets"];
    worksheets.getItem = (name: string) => this.sheet(name);
    this.context = {
      workbook: {
        worksheets,
        tables: base.tables,
        customXmlParts: {
          getByNamespace: (namespace) => this.partsIn(namespace),
          add: (xml: string) => this.excel.enqueue("customXmlParts.add", () => this.parts.push({ xml }), xml),
        },
      },
      sync: () => this.excel.context.sync(),
    };
  }

  get syncs(): number {
    return this.excel.syncs;
  }

  /** Puts cells in a sheet as a person typed them: "=…" a formula, a number, else text. */
  type(sheet: string, cells: Record<string, string | number>): void {
    for (const [address, value] of Object.entries(cells)) {
      const at = parseCellAddress(address)!;
      const cell: FakeCell =
        typeof value === "number"
          ? { number: value }
          : value.startsWith("=")
            ? { formula: value }
            : { text: value };
      this.excel.sheet(sheet).cells.set(`${at.row}:${at.col}`, cell);
    }
  }

  /** What a cell shows in the formula bar ("" when empty). */
  formula(sheet: string, address: string): string | number | boolean {
    const at = parseCellAddress(address)!;
    const cell = this.excel.sheet(sheet).cells.get(`${at.row}:${at.col}`);
    return cell ? shown(cell) : "";
  }

  private sheet(name: string): FormulaSheetPort {
    // The base fake's sheet has write-only getters: extend it, do not copy it.
    const sheet = Object.create(this.excel.worksheet(name)) as FormulaSheetPort;
    sheet.getUsedRangeOrNullObject = () => this.usedRange(name);
    return sheet;
  }

  private usedRange(name: string): UsedRangePort {
    let read: Omit<UsedRangePort, "load"> | null = null;
    const loaded = () => {
      if (!read) throw new Error(`PropertyNotLoaded: usedRange(${name})`);
      return read;
    };
    return {
      load: () =>
        this.excel.enqueue(`load usedRange(${name})`, () => {
          const cells = [...this.excel.sheet(name).cells.entries()].map(([key, cell]) => {
            const [row, col] = key.split(":").map(Number) as [number, number];
            return { row, col, cell };
          });
          if (cells.length === 0) {
            read = { isNullObject: true, address: "", formulas: [], values: [] };
            return;
          }
          const top = Math.min(...cells.map((c) => c.row));
          const left = Math.min(...cells.map((c) => c.col));
          const bottom = Math.max(...cells.map((c) => c.row));
          const right = Math.max(...cells.map((c) => c.col));
          const grid = (value: (cell: FakeCell) => unknown) =>
            Array.from({ length: bottom - top + 1 }, (_, r) =>
              Array.from({ length: right - left + 1 }, (_, c) => {
                const cell = this.excel.sheet(name).cells.get(`${top + r}:${left + c}`);
                return cell ? value(cell) : "";
              }),
            );
          read = {
            isNullObject: false,
            address: `'${name}'!${cellAddress(top, left)}:${cellAddress(bottom, right)}`,
            formulas: grid(shown),
            // The fake computes no formula: a formula cell's value reads as empty.
            values: grid((cell) => (cell.formula ? "" : shown(cell))),
          };
        }),
      get isNullObject() {
        return loaded().isNullObject;
      },
      get address() {
        return loaded().address;
      },
      get formulas() {
        return loaded().formulas;
      },
      get values() {
        return loaded().values;
      },
    };
  }

  private partsIn(namespace: string): { load(p: string): unknown; items: CustomXmlPartPort[] } {
    let items: CustomXmlPartPort[] | null = null;
    return {
      load: () =>
        this.excel.enqueue("load customXmlParts", () => {
          items = this.parts
            .filter((p) => p.xml.includes(`xmlns="${namespace}"`))
            .map((part) => this.partHandle(part));
        }),
      get items() {
        if (!items) throw new Error("PropertyNotLoaded: customXmlParts.items");
        return items;
      },
    };
  }

  private partHandle(part: FakePart): CustomXmlPartPort {
    return {
      getXml: () => {
        const result = { value: "" };
        this.excel.enqueue("getXml", () => (result.value = part.xml));
        return result;
      },
      delete: () =>
        this.excel.enqueue("customXmlPart.delete", () => this.parts.splice(this.parts.indexOf(part), 1)),
    };
  }
}
