import { Label, makeStyles, Select, Title3, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Locale } from "../../model";
import { useI18n } from "../i18n/context";
import { htmlLang } from "../i18n/locale";
import type { StringKey } from "../i18n/strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  title: { margin: 0 },
  language: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  label: { whiteSpace: "nowrap" },
});

const LANGUAGES: { locale: Locale; name: StringKey }[] = [
  { locale: "zh", name: "languageZh" },
  { locale: "en", name: "languageEn" },
];

interface AppHeaderProps {
  /** Switches the pane's language (Office's display language, or the browser's, until the user chooses). */
  onLocaleChange?: (locale: Locale) => void;
}

export function AppHeader({ onLocaleChange }: AppHeaderProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const selectId = useId();
  return (
    <header className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {t("appTitle")}
      </Title3>
      {onLocaleChange && (
        <div className={styles.language}>
          <Label htmlFor={selectId} className={styles.label}>
            {t("language")}
          </Label>
          <Select
            id={selectId}
            value={locale}
            onChange={(_event, data) => onLocaleChange(data.value === "en" ? "en" : "zh")}
          >
            {LANGUAGES.map(({ locale: code, name }) => (
              <option key={code} value={code} lang={htmlLang(code)}>
                {t(name)}
              </option>
            ))}
          </Select>
        </div>
      )}
    </header>
  );
}
