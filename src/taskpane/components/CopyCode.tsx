import { Button, makeStyles, tokens, useAnnounce } from "@fluentui/react-components";
import { CheckmarkRegular, CopyRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { useClipboard } from "../hooks/useClipboard";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({
  code: {
    minWidth: "auto",
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    flexShrink: 0,
  },
});

const CONFIRMATION_MS = 1500;

interface CopyCodeProps {
  code: string;
  /** "chip" shows the code on the button; "icon" only the copy icon, for codes shown beside it. */
  variant?: "chip" | "icon";
}

/** A code that copies itself to the clipboard in one click, and says so. */
export function CopyCode({ code, variant = "chip" }: CopyCodeProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const copy = useClipboard();
  const { announce } = useAnnounce();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const onClick = async (): Promise<void> => {
    const done = await copy(code);
    setCopied(done);
    announce(done ? t("copied", { code }) : t("copyFailed"), { alert: !done });
  };

  return (
    <Button
      size="small"
      appearance="subtle"
      className={styles.code}
      icon={copied ? <CheckmarkRegular /> : <CopyRegular />}
      iconPosition="after"
      aria-label={t("copyCode", { code })}
      title={t("copyCode", { code })}
      onClick={() => void onClick()}
    >
      {variant === "chip" ? code : null}
    </Button>
  );
}
