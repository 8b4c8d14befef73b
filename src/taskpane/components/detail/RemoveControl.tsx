import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { CatalogEntry } from "../../../catalog";
import { useI18n } from "../../i18n/context";

interface RemoveControlProps {
  entry: CatalogEntry;
  /** A bundled standard with the same code comes back after the removal. */
  restoresBundled: boolean;
  busy: boolean;
  onRemove(): void;
}

/** Removing an imported standard, after a confirmation that says what will happen. */
export function RemoveControl({ entry, restoresBundled, busy, onRemove }: RemoveControlProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button icon={<DeleteRegular />} disabledFocusable={busy} onClick={() => setAsking(true)}>
        {t("remove")}
      </Button>
    );
  }
  const what = entry.source === "workbook" ? t("removeFromWorkbook") : t("removeFromSession");
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("removeQuestion", { code: entry.standard.code })}</MessageBarTitle>
        {what}
        {restoresBundled && ` ${t("removeRestores")}`}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          appearance="primary"
          disabledFocusable={busy}
          onClick={() => {
            setAsking(false);
            onRemove();
          }}
        >
          {t("confirmRemove")}
        </Button>
        <Button onClick={() => setAsking(false)}>{t("cancel")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
