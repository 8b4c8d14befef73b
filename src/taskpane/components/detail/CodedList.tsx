import { useId } from "react";
import { CopyCode } from "../CopyCode";
import { useDetailStyles } from "./detail-styles";

export interface CodedLine {
  code: string;
  text: string;
  details?: string[];
}

/** A labelled list of coded lines (O, P, K, S…), each code copyable and reachable from search. */
export function CodedList({ label, lines }: { label: string; lines: CodedLine[] }) {
  const styles = useDetailStyles();
  const id = useId();
  if (lines.length === 0) return null;
  return (
    <div>
      <p id={id} className={styles.label}>
        {label}
      </p>
      <ul aria-labelledby={id} className={styles.list}>
        {lines.map((line) => (
          <li key={line.code} className={styles.line} data-target={`code:${line.code}`} tabIndex={-1}>
            <CopyCode code={line.code} />
            <span className={styles.lineText}>
              {line.text}
              {line.details && line.details.length > 0 && (
                <ul className={styles.subList}>
                  {line.details.map((detail, i) => (
                    <li key={i}>{detail}</li>
                  ))}
                </ul>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
