import { makeStyles, tokens } from "@fluentui/react-components";
import { column, plainList } from "../style-blocks";

/** Shared look of the detail view's sections and coded lines. */
export const useDetailStyles = makeStyles({
  section: column(tokens.spacingVerticalS),
  heading: { margin: 0 },
  list: plainList(tokens.spacingVerticalXXS),
  line: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
    // Opened from a search hit: the line lights up; a keyboard user also sees the focus ring.
    ":focus": { outlineStyle: "none", backgroundColor: tokens.colorBrandBackground2 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  lineText: { paddingTop: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: 0 },
  label: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  subList: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  target: {
    ":focus": { outlineStyle: "none" },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});
