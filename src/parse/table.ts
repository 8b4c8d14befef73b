import { dutyOfTask, taskOfCode, type CodeKind, type ParsedCode } from "../model";
import { columnsOfHeader, DEFAULT_COLUMNS, type Column } from "./columns";
import { DiagnosticSink, quote } from "./diagnostics";
import {
  addPiece,
  hasLists,
  isEmptyBlock,
  newBlock,
  newItem,
  type BlockDraft,
  type DutyDraft,
  type ItemDraft,
  type TaskDraft,
} from "./drafts";
import { isBlank, type SourceLine } from "./normalize";
import { bareCodeAtStart, findCodeCandidates, leadingLevel, type CodeCandidate } from "./scan";
import { continueBrokenRow, type RowColumn } from "./page-break";
import { findHeaderRuns } from "./sections";
import { shareRow } from "./shared-row";
import { joinSplitCodes } from "./split-codes";

/** Items of one column of a row counted for its height; more than any real row holds, bounding the work. */
const ROW_ITEMS_COUNTED = 64;

/**
 * Reads the main table into drafts. Works on tab-separated rows (each cell's column is known) and
 * on line-broken PDF text (cells follow each other, column after column), one line at a time.
 *
 * A row that starts with indicators after the K/S lists of the current block either opens a new
 * level block (when a level follows) or continues the block across a page break (when K/S follow
 * without a level); such indicators wait in `pending` until that is known.
 */
export class TableReader {
  readonly duties: DutyDraft[] = [];
  private duty: DutyDraft | undefined;
  private task: TaskDraft | undefined;
  private block: BlockDraft | undefined;
  private pending: BlockDraft | undefined;
  private target: ItemDraft | undefined;
  private lastKind: CodeKind | "level" | undefined;
  private afterBreak = false;
  /** Pages seen so far, and the page of the last skill read: a K after S on one page is misplaced. */
  private page = 0;
  private skillPage = -1;
  /** Tasks written in one cell share its row (level, K, S); the last of them reads the row. */
  private rowTasks: TaskDraft[] = [];
  /** PDF text at the top of a page, before any code: the rest of the row the break cut. */
  private fragments: Array<{ text: string; line: number }> = [];
  private readonly seenCodes = new Set<string>();
  private columns: readonly Column[] | null = null;

  constructor(private readonly diagnostics: DiagnosticSink) {}

  read(source: readonly SourceLine[]): DutyDraft[] {
    const lines = joinSplitCodes(source);
    const headerLines = new Set<number>();
    for (const [start, end] of findHeaderRuns(lines)) {
      for (let i = start; i < end; i++) headerLines.add(i);
      const tabbed = lines.slice(start, end).find((l) => l.text.includes("\t"));
      if (tabbed && !this.columns) this.columns = columnsOfHeader(tabbed.text.split("\t"));
    }
    lines.forEach((line, i) => {
      if (line.pageBreak || headerLines.has(i)) {
        if (!this.afterBreak) this.page++;
        this.afterBreak = true;
      }
      if (headerLines.has(i)) return;
      if (isBlank(line)) return;
      if (line.text.includes("\t")) {
        const columns = this.columns ?? DEFAULT_COLUMNS;
        line.text.split("\t").forEach((cell, c) => {
          if (cell.trim() !== "") this.readSegment(cell, line.no, columns[c] ?? null);
        });
      } else {
        this.readSegment(line.text, line.no, null);
      }
    });
    this.flushFragments();
    this.settlePending();
    this.shareRow();
    return this.duties;
  }

  private readSegment(text: string, line: number, column: Column | null): void {
    if (column === "level") {
      const level = leadingLevel(text);
      if (level && level.rest.trim() === "") this.openLevel(level.level, line);
      else
        this.diagnostics.warning(
          line,
          "bad-level",
          `職能級別欄位不是 1–7 的數字：${quote(text)}`,
          `The level cell is not a number 1–7: ${quote(text)}`,
        );
      return;
    }
    let rest = text;
    if (column === null && this.inHead()) {
      const level = leadingLevel(text);
      if (level) {
        this.openLevel(level.level, line);
        rest = level.rest;
      }
    }
    let position = 0;
    let leading = true;
    const bare = this.bareCode(rest, column, line);
    if (bare) {
      this.open(bare.parsed, line, column);
      position = bare.end;
      leading = false;
    }
    for (const candidate of findCodeCandidates(rest)) {
      if (candidate.index < position) continue;
      const level =
        column === null ? this.levelBefore(rest.slice(position, candidate.index), candidate) : null;
      if (!level && !this.accepts(candidate, column)) continue;
      this.appendText(
        rest.slice(position, level ? position + level.at : candidate.index),
        line,
        column,
        leading,
      );
      if (level) this.openLevel(level.level, line);
      this.open(candidate.parsed, line, column);
      position = candidate.end;
      leading = false;
    }
    this.appendText(rest.slice(position), line, column, leading);
  }

  /**
   * PDF text may run an indicator, the level and the first K or S item into one line
   * ("…確認書。 3 K01 …"): a lone digit right before a K/S code, after indicators, is the level.
   */
  private levelBefore(text: string, candidate: CodeCandidate): { level: number; at: number } | null {
    if (!this.inHead() || (candidate.parsed.kind !== "knowledge" && candidate.parsed.kind !== "skill"))
      return null;
    const match = /(^|\s)([1-7])\s+$/.exec(text);
    return match ? { level: Number(match[2]), at: match.index + match[1]!.length } : null;
  }

  /** Before any K/S of the current row: duty, task, outputs and indicators are being read. */
  private inHead(): boolean {
    return (
      this.lastKind === "duty" ||
      this.lastKind === "task" ||
      this.lastKind === "output" ||
      this.lastKind === "indicator"
    );
  }

  private accepts(candidate: CodeCandidate, column: Column | null): boolean {
    const { kind, code } = candidate.parsed;
    if (column !== null) {
      if (kind === "task" && column === "task") return candidate.atStart || this.isSecondTask(code);
      if (kind === "duty" || kind === "task") return column === kind && candidate.atStart;
      if (isList(kind) && isList(column) && kind !== column)
        return candidate.afterSeparator && !candidate.afterLatinWord;
      return column === kind;
    }
    switch (kind) {
      case "duty":
        return candidate.atStart;
      case "task":
        return candidate.atStart || (this.lastKind === "task" && this.isSecondTask(code));
      case "output":
      case "indicator":
        return candidate.atStart || !this.task || taskOfCode(code) === this.task.name.code;
      case "knowledge":
      case "skill":
        // K/S follow the level, each after a space or separator; "Amazon S3" in an indicator
        // and "採用S3" anywhere are text.
        return candidate.atStart || (!this.inHead() && candidate.afterSeparator);
      default:
        return false;
    }
  }

  /** A task code after a task's name in the same cell: the next task of the same duty. */
  private isSecondTask(code: string): boolean {
    return (
      this.task !== undefined &&
      this.task.name.code !== code &&
      this.duty !== undefined &&
      dutyOfTask(code) === this.duty.name.code
    );
  }

  /**
   * An output or indicator code typed as digits only ("04.2.1", "4.2.1") at the start of its
   * cell or line, numbered under the current task, is read as the code it evidently is: in the
   * outputs or indicators column by the column; in PDF text a leading 0 is the letter O, else
   * it continues the outputs or indicators being read.
   */
  private bareCode(
    text: string,
    column: Column | null,
    line: number,
  ): { parsed: ParsedCode; end: number } | null {
    const bare = bareCodeAtStart(text);
    if (!bare || !this.task || !this.block) return null;
    const kind = column ?? this.bareKind(bare.digits, bare.zeroForO);
    if (kind !== "output" && kind !== "indicator") return null;
    const code = `${kind === "output" ? "O" : "P"}${bare.digits}`;
    if (
      taskOfCode(code) !== this.task.name.code &&
      !this.rowTasks.some((t) => taskOfCode(code) === t.name.code)
    )
      return null;
    const zh = kind === "output" ? "工作產出" : "行為指標";
    const en = kind === "output" ? "output" : "indicator";
    this.diagnostics.warning(
      line,
      "code-without-letter",
      `「${bare.typed}」缺少代碼字母，已讀為${zh} ${code}。`,
      `"${bare.typed}" has no code letter; read as ${en} ${code}.`,
    );
    return { parsed: { kind, code }, end: bare.end };
  }

  private bareKind(digits: string, zeroForO: boolean): "output" | "indicator" | null {
    if (zeroForO) return "output";
    const block = this.pending ?? this.block;
    if (this.lastKind === "task") return "output";
    if (this.lastKind === "output")
      return block?.outputs.some((o) => o.code === `O${digits}`) ? "indicator" : "output";
    return this.lastKind === "indicator" ? "indicator" : null;
  }

  /**
   * Opens the item a code starts. The current duty or task named again (a converter repeating a
   * merged cell on the next page) continues it; its repeated name goes to a detached draft.
   */
  private open(parsed: ParsedCode, line: number, column: Column | null): void {
    this.flushFragments();
    const item = newItem(parsed.kind, parsed.code, line);
    switch (parsed.kind) {
      case "duty":
        this.openDuty(item);
        break;
      case "task":
        this.openTask(item);
        break;
      case "output":
      case "indicator":
        this.openHeadItem(item);
        break;
      case "knowledge":
      case "skill":
        this.openListItem(item, column);
        break;
      default:
        return;
    }
    this.lastKind = parsed.kind;
    this.target = item;
    this.afterBreak = false;
  }

  private openDuty(item: ItemDraft): void {
    if (this.duty?.name.code === item.code) return;
    this.settlePending();
    this.shareRow();
    if (!this.firstSeen(item.code)) {
      this.diagnostics.warning(
        item.line,
        "duplicate-code",
        `主要職責 ${item.code} 重複出現。`,
        `Duty ${item.code} appears twice.`,
      );
    }
    this.duty = { name: item, tasks: [] };
    this.duties.push(this.duty);
    this.task = undefined;
    this.block = undefined;
  }

  private openTask(item: ItemDraft): void {
    if (this.task?.name.code === item.code) return;
    this.settlePending();
    const sharesRow = this.sharesRow(item);
    if (!sharesRow) this.shareRow();
    const dutyCode = dutyOfTask(item.code)!;
    if (!this.duty) {
      this.diagnostics.error(
        item.line,
        "task-without-duty",
        `工作任務 ${item.code} 之前沒有主要職責。`,
        `Task ${item.code} comes before any duty.`,
      );
      this.duty = { name: newItem("duty", dutyCode, item.line), tasks: [] };
      this.duties.push(this.duty);
    } else if (this.duty.name.code !== dutyCode) {
      this.diagnostics.warning(
        item.line,
        "task-outside-duty",
        `工作任務 ${item.code} 列在主要職責 ${this.duty.name.code} 之下。`,
        `Task ${item.code} is listed under duty ${this.duty.name.code}.`,
      );
    }
    if (!this.firstSeen(item.code)) {
      this.diagnostics.warning(
        item.line,
        "duplicate-code",
        `工作任務 ${item.code} 重複出現。`,
        `Task ${item.code} appears twice.`,
      );
    }
    this.block = newBlock(item.line);
    this.task = { name: item, blocks: [this.block] };
    this.duty.tasks.push(this.task);
    if (sharesRow) {
      const first = this.rowTasks[0]!.name.code;
      this.diagnostics.warning(
        item.line,
        "tasks-in-one-cell",
        `工作任務 ${first} 與 ${item.code} 寫在同一格：兩者共用這一列的級別、知識與技能。`,
        `Tasks ${first} and ${item.code} are written in one cell: both take this row's level, knowledge and skills.`,
      );
      this.rowTasks.push(this.task);
    } else {
      this.rowTasks = [this.task];
    }
  }

  /** A task opened while the current one has nothing yet but its name shares that task's row. */
  private sharesRow(item: ItemDraft): boolean {
    const current = this.task;
    return (
      current !== undefined &&
      this.duty !== undefined &&
      dutyOfTask(item.code) === this.duty.name.code &&
      current.blocks.length === 1 &&
      isEmptyBlock(current.blocks[0]!)
    );
  }

  /** Closes a row written for several tasks (see shareRow). */
  private shareRow(): void {
    shareRow(this.rowTasks);
    this.rowTasks = this.rowTasks.slice(-1);
  }

  /** True the first time a duty or task code is seen. */
  private firstSeen(code: string): boolean {
    if (this.seenCodes.has(code)) return false;
    this.seenCodes.add(code);
    return true;
  }

  private openHeadItem(item: ItemDraft): void {
    if (!this.task || !this.block) {
      this.orphanCode(item);
      return;
    }
    const task = taskOfCode(item.code);
    if (task !== this.task.name.code && !this.rowTasks.some((t) => t.name.code === task)) {
      this.diagnostics.warning(
        item.line,
        "code-outside-task",
        `${item.code} 列在工作任務 ${this.task.name.code} 之下。`,
        `${item.code} is listed under task ${this.task.name.code}.`,
      );
    }
    if (hasLists(this.block) && !this.pending) this.pending = newBlock(item.line);
    const container = this.pending ?? this.block;
    (item.kind === "output" ? container.outputs : container.indicators).push(item);
  }

  private openListItem(item: ItemDraft, column: Column | null): void {
    if (!this.task || !this.block) {
      this.orphanCode(item);
      return;
    }
    this.settlePending();
    const misplaced =
      column === null
        ? item.kind === "knowledge" && this.block.skills.length > 0 && this.skillPage === this.page
        : column !== item.kind;
    if (misplaced) this.misplacedListItem(item);
    if (item.kind === "skill") this.skillPage = this.page;
    (item.kind === "knowledge" ? this.block.knowledge : this.block.skills).push(item);
  }

  /** A K code printed among the skills (or an S code among the knowledge) is read as what its code says. */
  private misplacedListItem(item: ItemDraft): void {
    const knowledge = item.kind === "knowledge";
    this.diagnostics.warning(
      item.line,
      "misplaced-code",
      knowledge
        ? `${item.code} 印在職能內涵 S（技能）欄，已讀為知識項目。`
        : `${item.code} 印在職能內涵 K（知識）欄，已讀為技能項目。`,
      knowledge
        ? `${item.code} is printed in the skills (S) column; read as a knowledge item.`
        : `${item.code} is printed in the knowledge (K) column; read as a skill item.`,
    );
  }

  private openLevel(level: number, line: number): void {
    this.flushFragments();
    if (!this.task || !this.block) {
      this.diagnostics.error(
        line,
        "level-outside-task",
        `職能級別 ${level} 不屬於任何工作任務。`,
        `Level ${level} belongs to no task.`,
      );
      return;
    }
    if (this.pending) {
      this.block = this.pending;
      this.task.blocks.push(this.block);
      this.pending = undefined;
    } else if (hasLists(this.block)) {
      this.block = newBlock(line);
      this.task.blocks.push(this.block);
    } else if (this.block.level !== null) {
      this.diagnostics.warning(
        line,
        "second-level",
        `工作任務 ${this.task.name.code} 同一列有第二個級別 ${level}。`,
        `Task ${this.task.name.code} has a second level ${level} in one row.`,
      );
      return;
    }
    this.block.level = level;
    this.lastKind = "level";
  }

  /** Indicators that waited for a level and met K/S instead continue the current block. */
  private settlePending(): void {
    if (!this.pending || !this.block) return;
    this.block.outputs.push(...this.pending.outputs);
    this.block.indicators.push(...this.pending.indicators);
    this.pending = undefined;
  }

  private orphanCode(item: ItemDraft): void {
    this.diagnostics.error(
      item.line,
      "code-outside-task",
      `${item.code} 不屬於任何工作任務。`,
      `${item.code} belongs to no task.`,
    );
  }

  private appendText(piece: string, line: number, column: Column | null, leading: boolean): void {
    if (piece.trim() === "") return;
    if (leading && column === null && this.afterBreak) {
      this.fragments.push({ text: piece, line });
      return;
    }
    this.addText(leading && column !== null ? this.lastOfColumn(column) : this.target, piece, line);
  }

  private addText(target: ItemDraft | undefined, piece: string, line: number): void {
    if (!target) {
      this.diagnostics.warning(
        line,
        "text-outside-item",
        `無法歸屬的文字：${quote(piece)}`,
        `Text that belongs to no item: ${quote(piece)}`,
      );
      return;
    }
    addPiece(target, piece, line);
  }

  /** A cell that starts with text continues the last item of its column (a row broken by a page). */
  private lastOfColumn(column: Column): ItemDraft | undefined {
    const block = this.pending ?? this.block;
    switch (column) {
      case "duty":
        return this.duty?.name;
      case "task":
        return this.task?.name;
      case "output":
        return block?.outputs.at(-1) ?? this.block?.outputs.at(-1);
      case "indicator":
        return block?.indicators.at(-1) ?? this.block?.indicators.at(-1);
      case "knowledge":
        return this.block?.knowledge.at(-1);
      case "skill":
        return this.block?.skills.at(-1);
      default:
        return undefined;
    }
  }

  /** The fragments read after a page break go to the cells of the row it cut. */
  private flushFragments(): void {
    if (this.fragments.length === 0) return;
    const fragments = this.fragments;
    this.fragments = [];
    const targets = continueBrokenRow(
      fragments.map((f) => f.text),
      this.brokenRow(),
      this.target,
    );
    fragments.forEach((f, i) => this.addText(targets[i], f.text, f.line));
  }

  /** The last item of each column of the current row, with the lines the column filled. */
  private brokenRow(): RowColumn[] {
    const row = this.pending ?? this.block;
    if (!this.task || !row) return [];
    const firstRow = !this.pending && this.task.blocks.length === 1;
    const columns: RowColumn[] = [];
    const add = (column: Column, items: readonly ItemDraft[]): void => {
      const item = items.at(-1);
      const lines = items.slice(-ROW_ITEMS_COUNTED).reduce((n, i) => n + i.lines, 0);
      if (item) columns.push({ column, item, lines });
    };
    if (firstRow && this.duty?.tasks[0] === this.task) add("duty", [this.duty.name]);
    if (firstRow) add("task", [this.task.name]);
    add("output", row.outputs);
    add("indicator", row.indicators);
    add("knowledge", row.knowledge);
    add("skill", row.skills);
    return columns;
  }
}

function isList(kind: CodeKind | Column): kind is "knowledge" | "skill" {
  return kind === "knowledge" || kind === "skill";
}
