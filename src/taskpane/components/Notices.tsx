import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { pick, type LocalizedText } from "../../model";
import { useI18n } from "../i18n/context";

/** Says plainly that the pane is not connected to Excel and what that changes. */
export function PreviewNotice() {
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("previewTitle")}</MessageBarTitle>
        {t("previewBody")}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Problems met while loading the workbook's own standards (a damaged part is skipped). */
export function WorkbookWarnings({ warnings }: { warnings: readonly LocalizedText[] }) {
  const { t, locale } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("workbookWarnings")}</MessageBarTitle>
        <ul>
          {warnings.map((warning, i) => (
            <li key={i}>{pick(warning, locale)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
