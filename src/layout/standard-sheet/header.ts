import type { Classification, Standard, VersionEntry } from "../../model";
import { label } from "../labels";
import { COLUMN, LAST_COLUMN } from "./columns";
import type { SectionContext } from "./section";

/** The version entry of the standard itself, else the newest one listed. */
export function currentVersion(standard: Standard): VersionEntry | undefined {
  return standard.versions.find((v) => v.code === standard.code) ?? standard.versions[0];
}

/**
 * Title and the facts that identify the standard, laid out as label/value pairs across the
 * table's columns so the block stays short: it sits above the frozen split.
 *
 *   A          B              C             D:E              F               G
 *   title ──────────────────────────────────────────────────────────────────────
 *   代碼        INM2521-001v2  名稱           雲端架構工程人員    基準級別          4
 *   版本        V2             發展更新日期    2024-12-15        狀態             最新版本
 *   職類別      資訊科技 / … ─────────────────────────────   職類別代碼        INM
 *   職業別 / 行業別 likewise; 工作描述 across B:G.
 */
export function writeHeader({ builder: b, standard, locale }: SectionContext, top: number): number {
  const version = currentVersion(standard);
  const title = standard.title || `${standard.name}${label("titleSuffix", locale)}`;
  b.block({ top, left: 0, bottom: top, right: LAST_COLUMN }, title, "title");

  const pairRow = (row: number, pairs: [string, string | number | null][]): void => {
    const [first, second, third] = pairs;
    if (first) {
      b.put(row, COLUMN.duty, first[0], "label");
      b.put(row, COLUMN.task, first[1], typeof first[1] === "number" ? "valueNumber" : "value");
    }
    if (second) {
      b.put(row, COLUMN.outputs, second[0], "label");
      b.block({ top: row, left: COLUMN.indicators, bottom: row, right: COLUMN.level }, second[1], "value");
    }
    if (third) {
      b.put(row, COLUMN.knowledge, third[0], "label");
      b.put(row, COLUMN.skills, third[1], typeof third[1] === "number" ? "valueNumber" : "value");
    }
  };
  pairRow(top + 1, [
    [label("code", locale), standard.code],
    [label("name", locale), standard.name],
    [label("level", locale), standard.level],
  ]);
  pairRow(top + 2, [
    [label("version", locale), version?.version ?? ""],
    [label("date", locale), version?.date ?? ""],
    [label("status", locale), version?.status ?? ""],
  ]);

  const classificationRow = (row: number, name: string, codeName: string, value: Classification): void => {
    b.put(row, COLUMN.duty, name, "label");
    b.block({ top: row, left: COLUMN.task, bottom: row, right: COLUMN.level }, value.name, "value");
    b.put(row, COLUMN.knowledge, codeName, "label");
    b.put(row, COLUMN.skills, value.code, "value");
  };
  classificationRow(top + 3, label("category", locale), label("categoryCode", locale), standard.category);
  classificationRow(
    top + 4,
    label("occupation", locale),
    label("occupationCode", locale),
    standard.occupation,
  );
  classificationRow(top + 5, label("industry", locale), label("industryCode", locale), standard.industry);

  b.put(top + 6, COLUMN.duty, label("description", locale), "label");
  b.block(
    { top: top + 6, left: COLUMN.task, bottom: top + 6, right: LAST_COLUMN },
    standard.description,
    "value",
  );
  return top + 7;
}
