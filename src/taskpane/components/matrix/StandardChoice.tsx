import { Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogEntry } from "../../../catalog";
import { useI18n } from "../../i18n/context";
import { useGroupStyles } from "./matrix-styles";

const useStyles = makeStyles({
  label: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  code: { color: tokens.colorNeutralForeground3 },
});

interface StandardChoiceProps {
  entries: readonly CatalogEntry[];
  chosen: ReadonlySet<string>;
  onChange(chosen: ReadonlySet<string>): void;
}

/** The loaded standards as checkboxes: each one chosen becomes a role of the matrix. */
export function StandardChoice({ entries, chosen, onChange }: StandardChoiceProps) {
  const styles = useStyles();
  const group = useGroupStyles();
  const { t } = useI18n();
  const toggle = (code: string, checked: boolean): void => {
    const next = new Set(chosen);
    if (checked) next.add(code);
    else next.delete(code);
    onChange(next);
  };
  return (
    <fieldset className={group.group}>
      <legend className={group.legend}>{t("matrixStandards")}</legend>
      {entries.length === 0 && <Caption1 className={group.hint}>{t("listEmpty")}</Caption1>}
      {entries.map(({ standard }) => (
        <Checkbox
          key={standard.code}
          checked={chosen.has(standard.code)}
          onChange={(_event, data) => toggle(standard.code, data.checked === true)}
          label={
            <span className={styles.label}>
              <span>{standard.name}</span>
              <Caption1 className={styles.code}>{standard.code}</Caption1>
            </span>
          }
        />
      ))}
    </fieldset>
  );
}
