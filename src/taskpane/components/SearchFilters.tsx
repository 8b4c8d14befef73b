import {
  Caption1,
  Field,
  makeStyles,
  SearchBox,
  Select,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkRegular } from "@fluentui/react-icons";
import { column } from "./style-blocks";
import { useI18n } from "../i18n/context";
import type { StringKey } from "../i18n/strings";
import { KIND_FILTERS, LEVELS, type BrowseFilters, type KindFilter } from "../view-models/search-model";

const KIND_LABEL: Record<KindFilter, StringKey> = {
  task: "kindTask",
  knowledge: "kindKnowledge",
  skill: "kindSkill",
  attitude: "kindAttitude",
};

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  level: { minWidth: "120px" },
  kinds: column(tokens.spacingVerticalXXS),
  kindLabel: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface SearchFiltersProps {
  filters: BrowseFilters;
  onChange(filters: BrowseFilters): void;
}

/** The search box, the level filter and the kinds to search in. */
export function SearchFilters({ filters, onChange }: SearchFiltersProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const toggleKind = (kind: KindFilter): void => {
    const kinds = new Set(filters.kinds);
    if (!kinds.delete(kind)) kinds.add(kind);
    onChange({ ...filters, kinds });
  };
  return (
    <div role="search" className={styles.root}>
      <Field label={t("searchLabel")}>
        <SearchBox
          value={filters.query}
          placeholder={t("searchPlaceholder")}
          dismiss={{ "aria-label": t("clearSearch"), title: t("clearSearch") }}
          onChange={(_event, data) => onChange({ ...filters, query: data.value })}
        />
      </Field>
      <div className={styles.row}>
        <Field label={t("levelLabel")} className={styles.level}>
          <Select
            value={filters.level === null ? "" : String(filters.level)}
            onChange={(_event, data) =>
              onChange({ ...filters, level: data.value === "" ? null : Number(data.value) })
            }
          >
            <option value="">{t("levelAll")}</option>
            {LEVELS.map((level) => (
              <option key={level} value={String(level)}>
                {t("levelOption", { level })}
              </option>
            ))}
          </Select>
        </Field>
        <div
          role="group"
          aria-labelledby="search-kinds-label"
          aria-describedby="search-kinds-hint"
          className={styles.kinds}
        >
          <span id="search-kinds-label" className={styles.kindLabel}>
            {t("kindsLabel")}
          </span>
          <div className={styles.toggles}>
            {KIND_FILTERS.map((kind) => {
              // Chosen reads as chosen: filled in the brand colour, with a check mark, not a faint grey.
              const checked = filters.kinds.has(kind);
              return (
                <ToggleButton
                  key={kind}
                  size="small"
                  checked={checked}
                  appearance={checked ? "primary" : "secondary"}
                  icon={checked ? <CheckmarkRegular /> : undefined}
                  onClick={() => toggleKind(kind)}
                >
                  {t(KIND_LABEL[kind])}
                </ToggleButton>
              );
            })}
          </div>
          <Caption1 id="search-kinds-hint" className={styles.hint}>
            {t("kindsHint")}
          </Caption1>
        </div>
      </div>
    </div>
  );
}
