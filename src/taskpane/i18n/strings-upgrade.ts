import type { LocalizedText } from "../../model";

/** What the Compare view's move says about a matrix's assessment (issue 11, with issue 14's sheets). */
export const UPGRADE_STRINGS = {
  doneMoveAssessment: {
    zh: "評核表「{sheet}」與職能等級、培訓需求一併重建：行為指標保留 {kept}、帶到新代碼 {carried}、待複核 {review}、封存 {archived}、新增 {added}。",
    en: "The assessment “{sheet}”, its derived levels and training needs were rebuilt: indicators {kept} kept, {carried} carried to new codes, {review} to review, {archived} archived, {added} added.",
  },
  moveAssessmentHint: {
    zh: "若活頁簿中有此矩陣的評核表，評核結果也隨行為指標移動，職能等級與培訓需求依保留的評核重新計算。",
    en: "When the workbook holds this matrix's assessment, its marks move with their indicators too, and the derived levels and training needs follow the kept marks.",
  },
} satisfies Record<string, LocalizedText>;
