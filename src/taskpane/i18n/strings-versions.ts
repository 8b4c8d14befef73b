import type { LocalizedText } from "../../model";

/** The pane's strings about versions of a standard: groups, marks, comparison, out-of-date hints. */
export const VERSION_STRINGS = {
  versionCount: { zh: "已載入 {count} 個版本", en: "{count} versions loaded" },
  versionsOf: { zh: "{name} 的各版本", en: "Versions of {name}" },
  newestBadge: { zh: "最新版本", en: "Newest" },
  supersededBadge: { zh: "已被取代", en: "Superseded" },
  supersededBy: { zh: "已由 {code} 取代。", en: "Superseded by {code}." },
  referencesResolve: {
    zh: "公式中未指定版本的「{base}」使用 {code}。",
    en: "Formulas naming “{base}” without a version use {code}.",
  },
  compareVersions: { zh: "比較版本", en: "Compare versions" },
  overdueBadge: { zh: "逾三年未更新", en: "Over three years old" },
  overdueHint: {
    zh: "最近更新於 {date}，已超過三年（職能基準每三年至少檢討一次）：請到 iCAP 平台查看是否有新版本，並在「匯入」分頁匯入。",
    en: "Last updated {date}, more than three years ago (standards are reviewed at least every three years): check the iCAP platform for a newer version and import it in the Import tab.",
  },
  olderCopyBadge: { zh: "活頁簿中的舊版", en: "Older copy in this workbook" },
  olderCopyHint: {
    zh: "此活頁簿存有 {code}，但已載入較新的 {newer}：請比較版本，把矩陣移至新版，或移除舊版副本。",
    en: "This workbook carries {code}, but the newer {newer} is loaded: compare the versions, move matrices to the new version, or remove the old copy.",
  },

  compareHeading: { zh: "比較版本：{name}", en: "Compare versions: {name}" },
  compareOld: { zh: "舊版", en: "Old version" },
  compareNew: { zh: "新版", en: "New version" },
  noChanges: { zh: "兩個版本之間沒有變更。", en: "Nothing changed between the two versions." },
  changeSummary: { zh: "共 {count} 項變更：{parts}", en: "{count} {count:change/changes}: {parts}" },
  changePart: { zh: "{change} {count}", en: "{count} {change}" },
  changesTable: { zh: "變更", en: "Changes" },
  columnKind: { zh: "類別", en: "Kind" },
  columnOldCode: { zh: "舊版代碼", en: "Old code" },
  columnNewCode: { zh: "新版代碼", en: "New code" },
  columnChange: { zh: "變更", en: "Change" },
  columnBefore: { zh: "變更前", en: "Before" },
  columnAfter: { zh: "變更後", en: "After" },
  insertChangesSheet: { zh: "插入版本比較工作表", en: "Insert the changes sheet" },
  downloadChangesSheet: { zh: "下載版本比較工作表（.xlsx）", en: "Download the changes sheet (.xlsx)" },

  moveMatrix: { zh: "將使用中工作表的矩陣移至 {code}", en: "Move the active sheet's matrix to {code}" },
  moveMatrixHint: {
    zh: "評分隨項目保留：重新編號的項目帶到新代碼，名稱或級別變更的項目標示橘色待複核，刪除的項目封存於矩陣右側，新項目留空。",
    en: "Ratings follow their units: renumbered ones move to the new code, renamed or level-changed ones are marked orange for review, removed ones are archived to the right, new ones start empty.",
  },
  progressMoveMatrix: { zh: "正在移動矩陣…", en: "Moving the matrix…" },
  doneMoveMatrix: {
    zh: "已將「{sheet}」由 {from} 移至 {to}：保留 {kept}、帶到新代碼 {carried}、待複核 {review}、封存 {archived}、新增 {added}。",
    en: "Moved “{sheet}” from {from} to {to}: {kept} kept, {carried} carried to new codes, {review} to review, {archived} archived, {added} added.",
  },
  failMoveMatrix: { zh: "無法移動矩陣：{detail}", en: "Could not move the matrix: {detail}" },
  otherVersionsLoaded: {
    zh: "已載入此職能基準的其他版本：{codes}。與 {code} 相比：{summary}",
    en: "Other versions of this standard are loaded: {codes}. Compared with {code}: {summary}",
  },
  referencesSwitch: {
    zh: "匯入後，公式中未指定版本的「{base}」將改用 {to}（目前為 {from}）。",
    en: "After the import, formulas naming “{base}” without a version will use {to} instead of {from}.",
  },
} satisfies Record<string, LocalizedText>;
