/** The workbook's default standard for the functions, kept in the workbook's settings so it travels with the file. */
export const DEFAULT_STANDARD_SETTING = "competency.defaultStandard";

/** Queues the read of the setting; its value is there after the caller's next sync. */
export function queueDefaultStandardRead(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(DEFAULT_STANDARD_SETTING);
  setting.load("value");
  return setting;
}

export function defaultStandardOf(setting: Excel.Setting): string | null {
  if (setting.isNullObject === true) return null;
  return typeof setting.value === "string" && setting.value.trim() !== "" ? setting.value : null;
}

/** Queues setting (or clearing, with null) the default; the caller syncs. */
export function queueDefaultStandardWrite(context: Excel.RequestContext, reference: string | null): void {
  if (reference === null) context.workbook.settings.getItemOrNullObject(DEFAULT_STANDARD_SETTING).delete();
  else context.workbook.settings.add(DEFAULT_STANDARD_SETTING, reference);
}
