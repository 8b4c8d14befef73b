import { makeStyles, tokens } from "@fluentui/react-components";
import { highlightParts } from "../view-models/highlight";

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
  },
});

/** Text with the part matching the query marked. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const styles = useStyles();
  return (
    <>
      {highlightParts(text, query).map((part, i) =>
        part.match ? (
          <mark key={i} className={styles.mark}>
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
