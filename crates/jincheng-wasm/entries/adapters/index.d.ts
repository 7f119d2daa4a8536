// jincheng-rules/adapters: the checks of an application type for async-validator (Element
// Plus, Ant Design Vue) and react-hook-form. Each takes the package itself as its first
// argument (the module, or its validate), so the portal's one initialised wasm instance
// does the work.
import type { ApplicationTypeId, Issue, Locale, ValidateOptions, ValidationReport } from '../web/index';

/** The package, or what the adapters use of it: validate, and schema to route an issue at a group to its first field. */
export type JinchengModule =
  | {
      validate(typeId: ApplicationTypeId, submission: unknown, options: ValidateOptions): ValidationReport;
      schema?(typeId: ApplicationTypeId, locale?: Locale | null): unknown;
    }
  | ((typeId: ApplicationTypeId, submission: unknown, options: ValidateOptions) => ValidationReport);

/** A field of the model that is not at the package's path: its dotted name in the model, or that with a code table. */
export type ModelMapping =
  | string
  | {
      name: string;
      /** The model's value → the package's value; undefined when it does not map (an error at that field, never a throw). */
      toValue?: (raw: unknown) => unknown;
      /** A code table: the model's code → the package's value ({"1": "citizen"}). */
      values?: { [code: string]: string };
    };

export interface AdapterOptions {
  locale?: Locale;
  /** The day the submission is made, or a function giving it (e.g. the server's date). */
  asOf?: string | (() => string);
  /** The portal's own labels by JSON Pointer: messages use them. */
  labels?: { [pointer: string]: string };
  serviceHours?: [string, string][];
  /** JSON Pointer → the model's field, where they differ. Keys the package does not know are the portal's own and never reported. */
  fields?: { [pointer: string]: ModelMapping };
  /** Every report (warnings and notes included, which are not errors for the form library). */
  onReport?: (report: ValidationReport) => void;
}

export interface AsyncValidatorRule {
  trigger?: string | string[];
  validator: (rule: unknown, value: unknown, callback: (errors?: Error[]) => void, source: object, options?: object) => void;
}

/**
 * async-validator rules keyed by dotted field path; any dotted path is answered (list items such
 * as "supervisors.0.name" too). Give `model` when the form library hands a validator only its
 * own field (Element Plus, Ant Design Vue): every check validates the whole model.
 */
export function asyncValidatorRules(
  pkg: JinchengModule,
  typeId: ApplicationTypeId,
  options?: AdapterOptions & { model?: () => object; trigger?: string | string[] },
): { [field: string]: AsyncValidatorRule[] };

/** A react-hook-form resolver: `(values, context, options) => Promise<{ values, errors }>`, errors nested by path. */
export function jinchengResolver(
  pkg: JinchengModule,
  typeId: ApplicationTypeId,
  options?: AdapterOptions,
): (
  values: object,
  context?: unknown,
  options?: { criteriaMode?: 'firstError' | 'all'; names?: string[] },
) => Promise<{ values: object; errors: Record<string, unknown> }>;

export type { Issue };
