import { createFocusOutlineStyle, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { plainList } from "./style-blocks";

/** A whole-width button that opens something: a list row of the pane. */
export const useCardStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    // The focus ring is drawn by an ::after box placed against the card: without a position of
    // its own it would be placed against the page, around everything (WCAG 2.4.7).
    position: "relative",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
  list: plainList(tokens.spacingVerticalS),
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});
