import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/context";
import { wholeNumber } from "../../view-models/matrix-plan";
import { useGroupStyles } from "./matrix-styles";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  // An input is as wide as 20 characters unless told otherwise: two side by side overflow 320 px.
  input: { minWidth: 0, width: "100%" },
});

/** The scale as typed: whole numbers are checked here, the range by the layout on insert. */
export interface ScaleText {
  min: string;
  max: string;
}

interface ScaleFieldsProps {
  scale: ScaleText;
  onChange(scale: ScaleText): void;
}

/** The lowest and highest rating, prefilled for the kind of unit rated. */
export function ScaleFields({ scale, onChange }: ScaleFieldsProps) {
  const styles = useStyles();
  const group = useGroupStyles();
  const { t } = useI18n();
  const bound = (key: keyof ScaleText) => {
    const invalid = wholeNumber(scale[key]) === null;
    return (
      <Field
        className={styles.field}
        label={t(key === "min" ? "scaleMin" : "scaleMax")}
        validationState={invalid ? "error" : "none"}
        validationMessage={invalid ? t("wholeNumberNeeded") : undefined}
      >
        <Input
          className={styles.input}
          type="number"
          min={0}
          step={1}
          value={scale[key]}
          onChange={(_event, data) => onChange({ ...scale, [key]: data.value })}
        />
      </Field>
    );
  };
  return (
    <fieldset className={group.group}>
      <legend className={group.legend}>{t("matrixScale")}</legend>
      <div className={styles.row}>
        {bound("min")}
        {bound("max")}
      </div>
      <Caption1 className={group.hint}>{t("scaleHint")}</Caption1>
    </fieldset>
  );
}
