import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import { column } from "./style-blocks";
import { DismissRegular } from "@fluentui/react-icons";
import type { ActionRunner } from "../hooks/useActionRunner";
import { useI18n } from "../i18n/context";

// In the flow under the tabs, not sticky: a sticky bar covered what scrolled under it (the
// standard's title); the live region reads each outcome out wherever the user is.
const useStyles = makeStyles({
  root: column(tokens.spacingVerticalXS),
  progress: column(tokens.spacingVerticalXXS),
  label: { fontSize: tokens.fontSizeBase200 },
});

/** Progress of the running action and the outcome of the last one, above the view they concern. */
export function StatusArea({ runner }: { runner: ActionRunner }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { busy, status } = runner;
  if (!busy && !status) return null;
  return (
    <div className={styles.root}>
      {busy && (
        <div className={styles.progress} role="status">
          <span className={styles.label}>{busy}</span>
          <ProgressBar thickness="large" aria-label={busy} />
        </div>
      )}
      {status && (
        <MessageBar intent={status.intent} layout="multiline">
          <MessageBarBody>
            {status.intent === "error" && <MessageBarTitle>{t("failTitle")}</MessageBarTitle>}
            {status.text}
            {status.detail && ` ${status.detail}`}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label={t("dismiss")}
                onClick={runner.dismiss}
              />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
