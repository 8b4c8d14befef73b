import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { ratingScaleProblem } from "../../../layout/staffing-matrix";
import { pick } from "../../../model";
import { useI18n } from "../../i18n/context";
import { wholeNumber } from "../../view-models/matrix-plan";
import { useGroupStyles } from "./matrix-styles";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  // An input is as wide as 20 characters unless told otherwise: two side by side overflow 320 px.
  input: { minWidth: 0, width: "100%" },
});

/** The scale as typed: each bound must be a whole number; the range is checked by the layout's own rule. */
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
  const { t, locale } = useI18n();
  const min = wholeNumber(scale.min);
  const max = wholeNumber(scale.max);
  const range = min === null || max === null ? null : ratingScaleProblem({ min, max });
  // A range that does not work (5–2) is said under the highest, where it is usually mistyped.
  const rangeProblem = range && !range.ok ? pick(range.error.message, locale) : null;
  const bound = (key: keyof ScaleText) => {
    const problem =
      wholeNumber(scale[key]) === null ? t("wholeNumberNeeded") : key === "max" ? rangeProblem : null;
    return (
      <Field
        className={styles.field}
        label={t(key === "min" ? "scaleMin" : "scaleMax")}
        validationState={problem ? "error" : "none"}
        validationMessage={problem ?? undefined}
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
