import {
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { TableSearchRegular } from "@fluentui/react-icons";
import { MAX_PEOPLE, peopleCountProblem } from "../../../layout/staffing-matrix";
import { pick } from "../../../model";
import type { SelectedNames, TaskpaneActions } from "../../actions/actions";
import type { ActionRunner, StatusMessage } from "../../hooks/useActionRunner";
import { useI18n, type Translate } from "../../i18n/context";
import { typedNames, wholeNumber } from "../../view-models/matrix-plan";
import { useGroupStyles } from "./matrix-styles";

/** Empty rows to fill in later, names typed or pasted, or names read from the selected range (Excel only). */
export type PeopleSource = "rows" | "typed" | "names";

export interface NamesRead {
  address: string;
  names: string[];
}

const MAX = MAX_PEOPLE.toLocaleString("en");
/** Names shown after a read, so the user sees that the right cells were taken. */
const SHOWN_NAMES = 5;

/** The first few names, and an ellipsis when there are more. */
function namesPreview(names: string[], t: Translate): string {
  const shown = names.slice(0, SHOWN_NAMES).join(t("listSeparator"));
  return names.length > SHOWN_NAMES ? `${shown}${t("moreNames")}` : shown;
}

function readStatus(read: SelectedNames, t: Translate): StatusMessage {
  if (read.ok) return { intent: "success", text: t("doneReadSelection", { count: read.names.length }) };
  const { address } = read;
  return read.reason === "empty"
    ? { intent: "error", text: t("selectionEmpty", { address }) }
    : { intent: "error", text: t("selectionTooLarge", { address, count: read.count, max: MAX }) };
}

interface PeopleChoiceProps {
  actions: TaskpaneActions;
  runner: ActionRunner;
  source: PeopleSource;
  onSourceChange(source: PeopleSource): void;
  count: string;
  onCountChange(count: string): void;
  names: NamesRead | null;
  onNamesRead(names: NamesRead): void;
  typed: string;
  onTypedChange(text: string): void;
}

/** Who the matrix rates: empty rows, names typed or pasted, or (in Excel) the names in the selected range. */
export function PeopleChoice(props: PeopleChoiceProps) {
  const { actions, runner, source, onSourceChange, count, onCountChange, names, onNamesRead } = props;
  const { typed, onTypedChange } = props;
  const group = useGroupStyles();
  const { t, locale } = useI18n();
  const counted = wholeNumber(count);
  // Said as soon as it is typed: 0 people or too many is as wrong as "1.5".
  const outOfRange = counted === null ? null : peopleCountProblem(counted);
  const countProblem =
    counted === null
      ? t("wholeNumberNeeded")
      : outOfRange && !outOfRange.ok
        ? pick(outOfRange.error.message, locale)
        : null;

  const readSelection = (): void => {
    if (actions.mode !== "excel") return;
    void runner.run({
      progress: t("progressReadSelection"),
      perform: async () => {
        const read = await actions.readSelectedNames();
        if (read.ok) onNamesRead({ address: read.address, names: read.names });
        return read;
      },
      done: (read) => readStatus(read, t),
      failed: (reason) => ({ intent: "error", text: t("failReadSelection", { detail: reason }) }),
    });
  };

  const countField = (
    <Field
      label={t("peopleCount")}
      hint={t("peopleCountHint", { max: MAX })}
      validationState={countProblem ? "error" : "none"}
      validationMessage={countProblem ?? undefined}
    >
      <Input
        type="number"
        min={1}
        max={MAX_PEOPLE}
        step={1}
        value={count}
        onChange={(_event, data) => onCountChange(data.value)}
      />
    </Field>
  );
  const typedCount = typedNames(typed).length;
  const typedField = (
    <Field
      label={t("typedNames")}
      hint={typedCount > 0 ? t("typedNamesCount", { count: typedCount }) : t("typedNamesHint")}
    >
      <Textarea
        resize="vertical"
        rows={5}
        value={typed}
        onChange={(_event, data) => onTypedChange(data.value)}
      />
    </Field>
  );

  return (
    <div className={group.group}>
      <Field label={t("matrixPeople")}>
        <RadioGroup
          value={source}
          onChange={(_event, data) =>
            onSourceChange(data.value === "names" || data.value === "typed" ? data.value : "rows")
          }
        >
          <Radio value="rows" label={t("peopleRows")} />
          <Radio value="typed" label={t("peopleTyped")} />
          {actions.mode === "excel" && <Radio value="names" label={t("peopleNames")} />}
        </RadioGroup>
      </Field>
      {source === "rows" && countField}
      {source === "typed" && typedField}
      {source === "names" && actions.mode === "excel" && (
        <>
          {names ? (
            <Text>
              {t("namesRead", {
                address: names.address,
                count: names.names.length,
                names: namesPreview(names.names, t),
              })}
            </Text>
          ) : (
            <Caption1 className={group.hint}>{t("readSelectionHint")}</Caption1>
          )}
          <Button
            icon={<TableSearchRegular />}
            disabledFocusable={runner.busy !== null}
            onClick={readSelection}
          >
            {t("readSelection")}
          </Button>
        </>
      )}
    </div>
  );
}
