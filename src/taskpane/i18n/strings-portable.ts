import type { LocalizedText } from "../../model";

/** The pane's strings for sharing workbooks: make portable, restore formulas, repair (issue 10). */
export const PORTABLE_STRINGS = {
  sharingHeading: { zh: "分享活頁簿", en: "Sharing the workbook" },
  sharingHint: {
    zh: "沒有此增益集的同事（或使用 LibreOffice）會在 COMPETENCY 公式看到 #NAME?。分享前先讓公式可攜：公式會改為原生公式，並加入資料工作表與查詢表；原公式保存在活頁簿中，可隨時還原。",
    en: "Colleagues without this add-in (or in LibreOffice) see #NAME? in COMPETENCY formulas. Before sharing, make them portable: they become native formulas over an added data sheet and lookup sheet; the originals are kept in the workbook and can be restored.",
  },
  makePortable: { zh: "讓公式可攜", en: "Make formulas portable" },
  makingPortable: { zh: "正在改寫 COMPETENCY 公式…", en: "Rewriting the COMPETENCY formulas…" },
  madePortable: {
    zh: "已改寫 {cells} 個儲存格的公式，並加入工作表：{sheets}。",
    en: "Rewrote the formulas of {cells} {cells:cell/cells} and added the sheets {sheets}.",
  },
  nothingPortable: { zh: "活頁簿中沒有 COMPETENCY 公式。", en: "The workbook has no COMPETENCY formulas." },
  failPortable: { zh: "無法改寫公式：{detail}", en: "Could not rewrite the formulas: {detail}" },
  restoreFormulas: { zh: "還原公式", en: "Restore formulas" },
  restoring: { zh: "正在還原公式…", en: "Restoring the formulas…" },
  restored: {
    zh: "已還原 {restored} 個儲存格的公式。",
    en: "Restored the formulas of {restored} {restored:cell/cells}.",
  },
  restoredKept: {
    zh: "{kept} 個儲存格在改寫後被修改過，保留不動。",
    en: "{kept} {kept:cell was/cells were} changed since the rewrite and kept as they are.",
  },
  failRestore: { zh: "無法還原公式：{detail}", en: "Could not restore the formulas: {detail}" },
  brokenTitle: { zh: "有公式需要修復", en: "Some formulas need repair" },
  brokenBody: {
    zh: "{count} 個儲存格的 COMPETENCY 公式以損壞的形式儲存（_xldudf_ 或 [n]!_xldudf_），會顯示 #NAME?。",
    en: "{count} {count:cell holds a COMPETENCY formula/cells hold COMPETENCY formulas} saved in a broken form (_xldudf_ or [n]!_xldudf_), showing #NAME?.",
  },
  repairFormulas: { zh: "修復公式", en: "Repair the formulas" },
  repairing: { zh: "正在修復公式…", en: "Repairing the formulas…" },
  repaired: {
    zh: "已修復 {count} 個儲存格的公式。",
    en: "Repaired the formulas of {count} {count:cell/cells}.",
  },
  failRepair: { zh: "無法修復公式：{detail}", en: "Could not repair the formulas: {detail}" },
} satisfies Record<string, LocalizedText>;
