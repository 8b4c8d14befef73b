import { AnnounceProvider, makeStyles, type AnnounceContextValue } from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

interface Spoken {
  text: string;
  /** Alternates so that saying the same thing twice still changes the region. */
  turn: boolean;
}

/**
 * Live regions for screen readers, given to Fluent's `useAnnounce` (message bars announce
 * themselves through it) and to the pane's own notices, such as "copied". Not Fluent's
 * AriaLiveAnnouncer: it has a single assertive region and ignores `alert` (its source marks that
 * a TODO), so every "copied" would interrupt the reader; here polite notices wait their turn and
 * only failures interrupt.
 */
export function LiveRegion({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const [polite, setPolite] = useState<Spoken>({ text: "", turn: false });
  const [assertive, setAssertive] = useState<Spoken>({ text: "", turn: false });
  const value = useMemo<AnnounceContextValue>(
    () => ({
      announce: (text, options) =>
        (options?.alert ? setAssertive : setPolite)((last) => ({ text, turn: !last.turn })),
    }),
    [],
  );
  return (
    <AnnounceProvider value={value}>
      {children}
      <div role="status" className={styles.hidden}>
        {polite.text}
        {polite.turn ? "\u200b" : ""}
      </div>
      <div role="alert" className={styles.hidden}>
        {assertive.text}
        {assertive.turn ? "\u200b" : ""}
      </div>
    </AnnounceProvider>
  );
}
