/**
 * A small fake of the Excel workbook behind Office.js, for the SheetPlan applier's tests.
 *
 * What it models, because the applier depends on it:
 * - the request queue: operations run only at context.sync(), in order; a failing operation
 *   rejects the sync with the operations before it applied and the rest dropped;
 * - loading: collection items and handle properties are readable only after load + sync
 *   (handles are office-addin-mock objects, which enforce this themselves);
 * - Excel's parsing of written strings: a leading apostrophe is a quote prefix, Text-formatted
 *   cells keep text, "=", "+", "-", "@" start a formula, digits and ISO dates become numbers;
 * - the rules Excel enforces on sheet and table names and on tables over merged cells.
 * Formatting properties are only recorded, keyed by the address they were set on.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnLetters, type CellRange } from "../../src/layout";
import { parseRangeAddress } from "../helpers/a1";
import type {
  CellInput,
  ChartPort,
  ChartSeriesPort,
  ChartTypePort,
  ConditionalFormatKind,
  ConditionalFormatPort,
  ExcelContextPort,
  NamedCollectionPort,
  PageLayoutPort,
  RangeFormatPort,
  RangePort,
  TablePort,
  WorksheetCollectionPort,
  WorksheetPort,
} from "../../src/excel/excel-port";

export interface FakeCell {
  text?: string;
  number?: number;
  boolean?: boolean;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat?: string;
}

export interface FakeTable {
  name: string;
  address: string;
  props: Record<string, unknown>;
  /** How many cells of its sheet held a value when Excel ran the add, in queue order. */
  cellsWhenAdded: number;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  tables: FakeTable[];
  /** Every property set, as "address|path" → value, e.g. "A1:B2|format.font.name". */
  sets: Map<string, unknown>;
  /** Calls that are not property sets: "freezeRows(9)", "setPrintTitleRows($9:$9)" … */
  calls: string[];
}

export interface FakeOptions {
  sheets?: string[];
  tables?: string[];
  active?: string;
  /** Makes the operation whose description matches throw when the queue runs. */
  failOn?: RegExp;
}

interface Operation {
  describe: string;
  bytes: number;
  run(): void;
}

const CELL_KEY = (row: number, col: number) => `${row}:${col}`;

function forEachCell(
  range: CellRange,
  visit: (row: number, col: number, i: number, j: number) => void,
): void {
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) visit(row, col, row - range.top, col - range.left);
  }
}

/** Excel's reading of one written value, as described at the top of this file. */
function parseInput(input: CellInput, numberFormat: string | undefined): FakeCell | null {
  if (input === null) return null;
  if (typeof input === "number") return { number: input };
  if (typeof input === "boolean") return { boolean: input };
  if (input.startsWith("'")) return { text: input.slice(1), quotePrefix: true };
  if (numberFormat === "@") return { text: input };
  if (/^[=+\-@]/.test(input)) return { formula: input.startsWith("=") ? input : `=${input}` };
  if (/^-?\d+(\.\d+)?$/.test(input)) return { number: Number(input) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(input)) return { number: Date.parse(input) / 86_400_000 + 25_569 };
  return input === "" ? null : { text: input };
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tableNames: string[];
  active: string;
  syncs = 0;
  /** Serialised size of each request sent (operations with their data). */
  readonly requestSizes: number[] = [];
  private queue: Operation[] = [];
  private readonly loaded = new Set<string>();
  private readonly pendingLoads = new Set<string>();
  private readonly handles: OfficeMockObject[] = [];

  constructor(private readonly options: FakeOptions = {}) {
    for (const name of options.sheets ?? ["Sheet1"]) this.sheets.push(this.emptySheet(name));
    this.tableNames = [...(options.tables ?? [])];
    this.active = options.active ?? this.sheets[0]?.name ?? "";
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** Snapshot for "the workbook is as it was" checks. */
  state(): { sheets: string[]; tables: string[]; active: string } {
    const sheetTables = this.sheets.flatMap((s) => s.tables.map((t) => t.name));
    return {
      sheets: this.sheets.map((s) => s.name),
      tables: [...this.tableNames, ...sheetTables],
      active: this.active,
    };
  }

  readonly context: ExcelContextPort = {
    workbook: {
      worksheets: this.worksheetCollection(),
      tables: this.collection("tables", () => [
        ...this.tableNames,
        ...this.sheets.flatMap((s) => s.tables.map((t) => t.name)),
      ]),
    },
    sync: () => this.sync(),
  };

  private async sync(): Promise<void> {
    this.syncs += 1;
    const queue = this.queue;
    this.queue = [];
    this.requestSizes.push(queue.reduce((sum, op) => sum + op.bytes, 0));
    for (const op of queue) {
      if (this.options.failOn?.test(op.describe)) throw new Error(`InvalidArgument: ${op.describe}`);
      op.run();
    }
    for (const key of this.pendingLoads) this.loaded.add(key);
    this.pendingLoads.clear();
    for (const handle of this.handles) await handle.sync();
  }

  /** A property load that becomes readable at the next sync. */
  requestLoad(key: string): void {
    this.pendingLoads.add(key);
  }

  requireLoaded(key: string): void {
    if (!this.loaded.has(key)) throw new Error(`PropertyNotLoaded: ${key}`);
  }

  enqueue(describe: string, run: () => void, data: unknown = null): void {
    this.queue.push({ describe, run, bytes: Buffer.byteLength(JSON.stringify({ describe, data })) });
  }

  private emptySheet(name: string): FakeSheet {
    return { name, cells: new Map(), merges: [], tables: [], sets: new Map(), calls: [] };
  }

  private collection(key: string, names: () => string[]): NamedCollectionPort<{ name: string }> {
    const loaded = this.loaded;
    const pendingLoads = this.pendingLoads;
    return {
      load(properties: string) {
        if (properties !== "items/name") throw new Error(`unexpected load ${properties}`);
        pendingLoads.add(key);
      },
      get items() {
        if (!loaded.has(key)) throw new Error(`PropertyNotLoaded: ${key}.items`);
        return names().map((name) => ({ name }));
      },
    };
  }

  private worksheetCollection(): WorksheetCollectionPort {
    const base = this.collection("worksheets", () => this.sheets.map((s) => s.name));
    return {
      load: (p: string) => base.load(p),
      get items() {
        return base.items;
      },
      add: (name: string) => {
        this.enqueue(`worksheets.add(${name})`, () => {
          const taken = this.sheets.some((s) => s.name.toUpperCase() === name.toUpperCase());
          if (taken || name.length > 31 || /[:\\/?*[\]]/.test(name))
            throw new Error(`InvalidArgument: sheet name ${name}`);
          this.sheets.push(this.emptySheet(name));
        });
        return this.worksheet(name);
      },
      getItem: (name: string) => this.worksheet(name),
      getItemOrNullObject: (name: string) => this.handle(name),
      getActiveWorksheet: () => this.handle(this.active),
    };
  }

  /** A loadable handle (office-addin-mock) for reading name / isNullObject. */
  private handle(name: string): WorksheetPort {
    const exists = this.sheets.some((s) => s.name === name);
    const mock = new OfficeMockObject({
      name,
      isNullObject: !exists,
      activate: () => this.enqueue(`activate(${name})`, () => (this.active = name)),
      delete: () => this.enqueue(`delete(${name})`, () => this.removeSheet(name)),
    });
    this.handles.push(mock);
    return mock as unknown as WorksheetPort;
  }

  removeSheet(name: string): void {
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) throw new Error(`ItemNotFound: ${name}`);
    this.sheets.splice(index, 1);
    if (this.active === name) this.active = this.sheets[Math.max(0, index - 1)]?.name ?? "";
  }

  worksheet(name: string): WorksheetPort {
    return worksheetFake(this, name);
  }

  pageLayout(name: string): PageLayoutPort {
    const layout = this.recorder<PageLayoutPort>(name, "", "pageLayout");
    return new Proxy(layout, {
      get: (target, prop, receiver) =>
        prop === "setPrintTitleRows"
          ? (rows: string) =>
              this.enqueue("setPrintTitleRows", () =>
                this.sheet(name).calls.push(`setPrintTitleRows(${rows})`),
              )
          : Reflect.get(target, prop, receiver),
    });
  }

  addTable(sheetName: string, address: string, hasHeaders: boolean): TablePort {
    return addTableFake(this, sheetName, address, hasHeaders);
  }

  range(sheetName: string, address: string): RangePort {
    return rangeFake(this, sheetName, address);
  }

  /** An object whose every property set is queued and recorded as "address|path.to.prop". */
  recorder<T extends object>(sheetName: string, address: string, path: string): T {
    return recorderFake<T>(this, sheetName, address, path);
  }
}

function worksheetFake(fake: FakeExcel, name: string): WorksheetPort {
  // The handle follows its sheet through a rename, as Excel's do.
  let current = name;
  const on = (run: (sheet: FakeSheet) => void) => () => run(fake.sheet(current));
  const record = (address: string, path: string) => fake.recorder<RangeFormatPort>(current, address, path);
  return {
    get name() {
      return current;
    },
    set name(value: string) {
      fake.enqueue(`rename(${current}→${value})`, () => {
        if (
          fake.sheets.some((s) => s !== fake.sheet(current) && s.name.toUpperCase() === value.toUpperCase())
        )
          throw new Error(`InvalidArgument: sheet name ${value}`);
        if (fake.active === current) fake.active = value;
        fake.sheet(current).name = value;
        current = value;
      });
    },
    isNullObject: false,
    load: () => undefined,
    set tabColor(color: string) {
      fake.enqueue(
        `tabColor`,
        on((s) => s.sets.set("|tabColor", color)),
      );
    },
    get tabColor() {
      throw new Error("write-only in this fake");
    },
    getRange: (address: string) => fake.range(current, address),
    getRanges: (address: string) => ({ format: record(address, "format") }),
    tables: {
      add: (address: string, hasHeaders: boolean) => fake.addTable(current, address, hasHeaders),
      load: (properties: string) => {
        if (properties !== "items/name") throw new Error(`unexpected load ${properties}`);
        fake.requestLoad(`tables:${current}`);
      },
      get items() {
        fake.requireLoaded(`tables:${current}`);
        return fake.sheet(current).tables.map((table) => ({
          name: table.name,
          getRange: () => ({
            load: () => fake.requestLoad(`tableRange:${table.name}`),
            get address() {
              fake.requireLoaded(`tableRange:${table.name}`);
              return `'${current}'!${table.address}`;
            },
            getCell: (row: number, column: number) => {
              const at = parseRangeAddress(table.address)!;
              const key = `validation:${table.name}:${row}:${column}`;
              return {
                dataValidation: {
                  load: () => fake.requestLoad(key),
                  get rule() {
                    fake.requireLoaded(key);
                    // The rule last set on a range holding the cell, as Excel gives it back.
                    const [, rule] = [...fake.sheet(current).sets].findLast(([k]) => {
                      const [address, path] = k.split("|");
                      const range = parseRangeAddress(address ?? "");
                      const r = at.top + row;
                      const c = at.left + column;
                      return (
                        path === "dataValidation.rule" &&
                        range !== null &&
                        r >= range.top &&
                        r <= range.bottom &&
                        c >= range.left &&
                        c <= range.right
                      );
                    }) ?? [undefined, {}];
                    return rule as { list?: { source: unknown } };
                  },
                },
              };
            },
          }),
        }));
      },
      getItem: (tableName: string) => ({
        set name(value: string) {
          fake.enqueue(`table.name=${value}`, () => {
            const table = fake.sheet(current).tables.find((t) => t.name === tableName);
            if (!table) throw new Error(`ItemNotFound: table ${tableName}`);
            if (fake.state().tables.some((t) => t.toUpperCase() === value.toUpperCase()))
              throw new Error(`InvalidArgument: table name ${value}`);
            table.name = value;
          });
        },
        get name() {
          return tableName;
        },
      }),
    },
    getUsedRange: () => usedRangeFake(fake, current),
    charts: chartsFake(fake, name),
    freezePanes: {
      freezeRows: (count: number) =>
        fake.enqueue(
          "freezeRows",
          on((s) => s.calls.push(`freezeRows(${count})`)),
        ),
      freezeColumns: (count: number) =>
        fake.enqueue(
          "freezeColumns",
          on((s) => s.calls.push(`freezeColumns(${count})`)),
        ),
      freezeAt: (range: string) =>
        fake.enqueue(
          "freezeAt",
          on((s) => s.calls.push(`freezeAt(${range})`)),
        ),
    },
    pageLayout: fake.pageLayout(name),
    horizontalPageBreaks: {
      add: (address: string) =>
        fake.enqueue(
          "horizontalPageBreaks.add",
          on((s) => s.calls.push(`horizontalPageBreaks.add(${address})`)),
        ),
    },
    activate: () => fake.enqueue(`activate(${current})`, () => (fake.active = current)),
    delete: () => fake.enqueue(`delete(${current})`, () => fake.removeSheet(current)),
  };
}

/**
 * The used range (values only) as Excel gives it: from the first to the last cell holding a
 * value, so it may start past A1; formulas read as their value, which this fake does not compute (null).
 */
function usedRangeFake(fake: FakeExcel, sheetName: string) {
  const bounds = () => {
    const keys = [...fake.sheet(sheetName).cells.keys()].map(
      (k) => k.split(":").map(Number) as [number, number],
    );
    const rows = keys.map(([r]) => r);
    const cols = keys.map(([, c]) => c);
    return {
      top: Math.min(...rows),
      left: Math.min(...cols),
      bottom: Math.max(...rows),
      right: Math.max(...cols),
    };
  };
  return {
    load: () => fake.requestLoad(`used:${sheetName}`),
    get address() {
      fake.requireLoaded(`used:${sheetName}`);
      const b = bounds();
      return `'${sheetName}'!${columnLetters(b.left)}${b.top + 1}:${columnLetters(b.right)}${b.bottom + 1}`;
    },
    get values() {
      fake.requireLoaded(`used:${sheetName}`);
      const b = bounds();
      const sheet = fake.sheet(sheetName);
      return Array.from({ length: b.bottom - b.top + 1 }, (_r, i) =>
        Array.from({ length: b.right - b.left + 1 }, (_c, j) => {
          const cell = sheet.cells.get(CELL_KEY(b.top + i, b.left + j));
          return cell?.text ?? cell?.number ?? cell?.boolean ?? "";
        }),
      );
    },
  };
}

function addTableFake(fake: FakeExcel, sheetName: string, address: string, hasHeaders: boolean): TablePort {
  const table: FakeTable = { name: "", address, props: { hasHeaders }, cellsWhenAdded: 0 };
  fake.enqueue(`tables.add(${address})`, () => {
    const sheet = fake.sheet(sheetName);
    const range = parseRangeAddress(address)!;
    const overlapsMerge = sheet.merges.some((m) => {
      const merge = parseRangeAddress(m)!;
      return (
        merge.left <= range.right &&
        merge.right >= range.left &&
        merge.top <= range.bottom &&
        merge.bottom >= range.top
      );
    });
    if (overlapsMerge) throw new Error("InvalidArgument: a table cannot overlap merged cells");
    table.cellsWhenAdded = sheet.cells.size;
    sheet.tables.push(table);
  });
  return {
    set name(value: string) {
      fake.enqueue(`table.name=${value}`, () => {
        if (fake.state().tables.some((t) => t.toUpperCase() === value.toUpperCase()))
          throw new Error(`InvalidArgument: table name ${value}`);
        table.name = value;
      });
    },
    get name() {
      return table.name;
    },
    set style(value: string) {
      fake.enqueue("table.style", () => (table.props.style = value));
    },
    get style() {
      return String(table.props.style);
    },
    set showBandedRows(value: boolean) {
      fake.enqueue("table.showBandedRows", () => (table.props.showBandedRows = value));
    },
    get showBandedRows() {
      return Boolean(table.props.showBandedRows);
    },
    set showFilterButton(value: boolean) {
      fake.enqueue("table.showFilterButton", () => (table.props.showFilterButton = value));
    },
    get showFilterButton() {
      return Boolean(table.props.showFilterButton);
    },
  };
}

function rangeFake(fake: FakeExcel, sheetName: string, address: string): RangePort {
  const bounds = () => {
    const parsed = parseRangeAddress(address);
    if (!parsed) throw new Error(`not a cell range: ${address}`);
    return parsed;
  };
  const writeCells = (
    what: string,
    data: unknown[][],
    apply: (cell: FakeCell | undefined, value: unknown) => FakeCell | null | undefined,
  ) => {
    fake.enqueue(
      `${what}(${address})`,
      () => {
        const sheet = fake.sheet(sheetName);
        const range = bounds();
        if (data.length !== range.bottom - range.top + 1) throw new Error(`InvalidArgument: ${what} rows`);
        forEachCell(range, (row, col, i, j) => {
          const value = data[i]?.[j];
          if (value === null || value === undefined) return;
          const next = apply(sheet.cells.get(CELL_KEY(row, col)), value);
          if (next) sheet.cells.set(CELL_KEY(row, col), next);
        });
      },
      data,
    );
  };
  const range: RangePort = {
    set values(data: CellInput[][]) {
      writeCells("values", data, (cell, value) => {
        const parsed = parseInput(value as CellInput, cell?.numberFormat);
        return parsed
          ? { ...parsed, ...(cell?.numberFormat ? { numberFormat: cell.numberFormat } : {}) }
          : undefined;
      });
    },
    get values(): CellInput[][] {
      throw new Error("write-only in this fake");
    },
    set numberFormat(data: (string | null)[][]) {
      writeCells("numberFormat", data, (cell, value) => ({ ...cell, numberFormat: String(value) }));
    },
    get numberFormat(): (string | null)[][] {
      throw new Error("write-only in this fake");
    },
    set formulas(data: (string | null)[][]) {
      writeCells("formulas", data, (cell, value) => ({
        ...(parseInput(String(value), cell?.numberFormat) ?? {}),
        ...(cell?.numberFormat ? { numberFormat: cell.numberFormat } : {}),
      }));
    },
    get formulas(): (string | null)[][] {
      throw new Error("write-only in this fake");
    },
    format: fake.recorder<RangeFormatPort>(sheetName, address, "format"),
    merge: () => fake.enqueue(`merge(${address})`, () => fake.sheet(sheetName).merges.push(address)),
    dataValidation: fake.recorder<RangePort["dataValidation"]>(sheetName, address, "dataValidation"),
    conditionalFormats: {
      add: (type: ConditionalFormatKind) => {
        fake.enqueue(`conditionalFormats.add(${type})`, () =>
          fake.sheet(sheetName).calls.push(`conditionalFormat(${type},${address})`),
        );
        return fake.recorder<ConditionalFormatPort>(sheetName, address, `conditionalFormat[${type}]`);
      },
    },
  };
  RANGE_ADDRESSES.set(range, address);
  return range;
}

/** The address each fake range was got for, so charts can say which cells they read. */
const RANGE_ADDRESSES = new WeakMap<object, string>();

function addressOf(range: RangePort): string {
  return RANGE_ADDRESSES.get(range) ?? "?";
}

/** A chart whose every operation is queued and recorded in the sheet's calls, as "chart[i]…". */
function chartsFake(fake: FakeExcel, sheetName: string): WorksheetPort["charts"] {
  let count = 0;
  const call = (text: string) => fake.enqueue(text, () => fake.sheet(sheetName).calls.push(text));
  return {
    add: (type: ChartTypePort, source: RangePort, seriesBy: "Columns" | "Rows"): ChartPort => {
      const chart = `chart[${count++}]`;
      call(`${chart}=add(${type},${addressOf(source)},${seriesBy})`);
      let seriesCount = 1;
      const series = (index: number): ChartSeriesPort => ({
        set name(value: string) {
          call(`${chart}.series[${index}].name=${value}`);
        },
        get name(): string {
          throw new Error("write-only in this fake");
        },
        setValues: (range: RangePort) => call(`${chart}.series[${index}].setValues(${addressOf(range)})`),
        setXAxisValues: (range: RangePort) =>
          call(`${chart}.series[${index}].setXAxisValues(${addressOf(range)})`),
      });
      return {
        title: {
          set text(value: string) {
            call(`${chart}.title=${value}`);
          },
          get text(): string {
            throw new Error("write-only in this fake");
          },
        },
        series: {
          getItemAt: (index: number) => series(index),
          add: (name?: string) => {
            call(`${chart}.series.add(${name ?? ""})`);
            return series(seriesCount++);
          },
        },
        setPosition: (start: string, end?: string) => call(`${chart}.setPosition(${start},${end ?? ""})`),
      };
    },
  };
}

function recorderFake<T extends object>(
  fake: FakeExcel,
  sheetName: string,
  address: string,
  path: string,
): T {
  return new Proxy({} as T, {
    get(_target, prop) {
      if (typeof prop !== "string") return undefined;
      if (prop === "getItem")
        return (index: string) => fake.recorder<object>(sheetName, address, `${path}.${index}`);
      return fake.recorder<object>(sheetName, address, `${path}.${prop}`);
    },
    set(_target, prop, value: unknown) {
      const key = `${address}|${path}.${String(prop)}`;
      fake.enqueue(`set ${key}`, () => fake.sheet(sheetName).sets.set(key, value), value);
      return true;
    },
  });
}
