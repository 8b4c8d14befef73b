import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { column } from "../style-blocks";

/** A fieldset that looks like a Fluent Field: its legend reads as the field's label. */
export const useGroupStyles = makeStyles({
  group: {
    ...column(tokens.spacingVerticalXS),
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground1,
    padding: `0 0 ${tokens.spacingVerticalXXS}`,
  },
  // "pretty" keeps a short last line such as "4。" from standing alone.
  hint: { color: tokens.colorNeutralForeground3, textWrap: "pretty" },
});
