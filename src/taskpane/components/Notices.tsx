import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { pick, type LocalizedText } from "../../model";
import { useI18n } from "../i18n/context";
import { previewNoticeDismissed, rememberPreviewNoticeDismissed } from "../preferences";

/**
 * Says plainly that the pane is not connected to Excel and what that changes. It takes room on
 * every view of a narrow pane, so the user can close it, for good: the header's absence of Excel
 * actions says the same from then on.
 */
export function PreviewNotice() {
  const { t } = useI18n();
  const [closed, setClosed] = useState(previewNoticeDismissed);
  if (closed) return null;
  const close = (): void => {
    rememberPreviewNoticeDismissed();
    setClosed(true);
  };
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("previewTitle")}</MessageBarTitle>
        {t("previewBody")}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            icon={<DismissRegular />}
            aria-label={t("dismissPreviewNotice")}
            onClick={close}
          />
        }
      />
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
