// jincheng-rules/form: bind an existing <form> to the checks of an application type.
import type { ApplicationTypeId, Deadline, Issue, Locale, ValidationReport } from '../web/api.js';

/** How one field of the submission is found in the form, when the control's name is not its JSON Pointer. */
export type FieldMapping =
  /** The control's `name` (several controls of one name: a radio or checkbox group, or, under a `*` pointer, the items of a list by position). */
  | string
  /** The control itself. */
  | Element
  | {
      name: string | Element;
      /** The portal's raw value (a string, or each checked value of a group) → the package's value; `undefined` when it does not map (reported at the control, never thrown). */
      toValue?: (raw: string, control: Element) => unknown;
      /** The package's value → the portal's raw value (for `fill()` and suggestions). */
      fromValue?: (value: unknown) => string | undefined;
      /** A code table, the portal's code → the package's value ({"1": "citizen"}, {"Y": true, "N": false}): gives toValue and fromValue. */
      values?: { [code: string]: string | number | boolean };
    };

export interface BindFormOptions {
  /**
   * JSON Pointer → control. A control whose `name` (or `data-jc-pointer`) is the pointer needs no entry.
   * A `*` segment maps a list by position: `{"/supervisors/*\/name": "jdry_xm"}`.
   */
  fields?: { [pointer: string]: FieldMapping };
  /** The portal's own words for fields, by pointer; default: each control's <label> text (or `data-jc-label`). */
  labels?: { [pointer: string]: string };
  /** Message language; default from `<html lang>` ("en" or else "zh-CN"); a function is asked at each check. */
  locale?: Locale | (() => Locale | undefined);
  /** The day the submission is made: "YYYY-MM-DD", a Date (its day in China time), or a function giving one (e.g. the server's date). Default: the device's day in China time. */
  asOf?: string | Date | (() => string | Date | undefined);
  /** The service hall's hours, passed to validate. */
  serviceHours?: [string, string][];
  /** Where the error summary goes (an element holding a heading and a <ul>, or empty); default: one is created at the top of the form. */
  summary?: HTMLElement;
  /** Where notices go (issues with `notice`: late, ineligible, a condition to meet first), each a box with its kind as title and the core's message; default: a `.jc-notices` element created at the top of the form. They are not listed in the summary nor under a field. */
  notices?: HTMLElement;
  /** An element where the deadlines are written (rule in words, due date, provisional note), or a function that renders them. */
  deadlines?: HTMLElement | ((deadlines: Deadline[], report: ValidationReport) => void);
  /** Called with every report: of a field check, a full check or a submit. */
  onReport?: (report: ValidationReport, detail: { kind: 'field' | 'check' | 'submit'; pointer?: string }) => void;
}

export interface FormController {
  /** Resolves once the wasm module is loaded and the form decorated (rejects, code `invalid_options`, when `fields` or `labels` names a pointer the type does not have and the module was not loaded yet when bindForm was called: then bindForm itself throws). */
  ready: Promise<FormController>;
  /** Check everything and show it (messages, summary, deadlines) without blocking or moving focus. */
  check(): ValidationReport;
  /** The submission built from the form: mapped values in the package's shape, empty fields left out. */
  submission(): object;
  /** Put a submission's values into the form (through each mapping's `fromValue`). */
  fill(submission: object): void;
  /** The last report, or null. */
  readonly report: ValidationReport | null;
  /** Remove the listeners and everything the binding added; restore the controls' own attributes. */
  destroy(): void;
}

/**
 * Bind an existing form. Fields are checked when the applicant leaves or changes them, while
 * typing only when they already show an error (which clears as soon as it is fixed); a submit
 * checks everything, blocks on errors (not warnings) and moves focus to an error summary (or, when
 * only a notice blocks, to the notices). Messages, the summary and the notices are updated in place
 * (the same nodes, changed text), and a check started by leaving a field waits until a press under
 * way (a tap on a summary link or a 使用“…” button) has landed. A date control is checked when it
 * is left, never on the partial values a browser reports while its year is typed. Form properties
 * are read through `HTMLFormElement.prototype` (controls named `elements`, `id`, `append` are fine).
 * `aria-required` follows what the core's form model requires now (`formState`: an optional group once
 * filled, a condition that holds); a control whose field an earlier answer rules out (not applicable) is
 * disabled until it applies again; a `<textarea>` with a `maxlength` gets a counter, and a paste
 * cut at a `maxlength` is said beside the control and in the one live region.
 * The form also dispatches a `jincheng:report` CustomEvent ({report, kind, pointer}) with each report.
 * Throws at once (code `invalid_options`) when `fields` names a control that is not in the form, or an option is malformed.
 */
export function bindForm(form: HTMLFormElement, typeId: ApplicationTypeId | string, options?: BindFormOptions): FormController;

export type { Issue };
