// jincheng-rules/adapters: the checks of an application type for async-validator (Element
// Plus, Ant Design Vue), react-hook-form and any Standard Schema (v1) form library. Each
// takes the package itself as its first argument (the module, or its validate), so the
// portal's one initialised wasm instance does the work.
import type { ApplicationTypeId, Issue, Locale, ValidationReport } from '../web/api.js';

/** One field's state in the core's form model (`formState`). */
export interface FieldStateLike {
  pointer: string;
  label: string;
  kind: string;
  required: boolean;
  applicable: boolean;
}

/** The package, or what the adapters use of it: validate, and formState (the form model: required, applicable, kinds, where an issue at a group goes; the mapping's pointers checked at creation). */
export type JinchengModule =
  | {
      validate(typeId: ApplicationTypeId, submission: any, options?: any): ValidationReport;
      formState?(typeId: ApplicationTypeId, submission: unknown, options?: any): { fields: FieldStateLike[] };
    }
  | ((typeId: ApplicationTypeId, submission: any, options?: any) => ValidationReport);

/** A value of a code table: what the package's field holds (a code, yes/no, a number). */
export type CodeValue = string | number | boolean;

/**
 * A field of the model that is not at the package's path: its dotted name in the model
 * (`"dwmc"`; a list index as `*`: `"/staff/*\/name": "renyuan.*.xm"`), or that with a code table.
 */
export type ModelMapping =
  | string
  | {
      name: string;
      /** The model's value → the package's value; undefined when it does not map (an error at that field, never a throw). */
      toValue?: (raw: any) => unknown;
      /** The package's value → the model's (for suggestions). */
      fromValue?: (value: any) => unknown;
      /** A code table: the model's code → the package's value ({"1": "citizen"}, {"Y": true, "N": false}). */
      values?: { [code: string]: CodeValue };
    };

/** An issue as the adapters hand it on: with the field's name in the model, and whether the page has a control for it. */
export type AdapterIssue = Issue & {
  /** The field's name in the model (an issue at a group: its first field's). */
  name: string;
  /** False for an error the form cannot show (no control of that name): show it yourself, e.g. above the submit button. */
  placed: boolean;
};

/** Every report, warnings, notes and deadlines included (which a form library does not show). */
export type AdapterReport = Omit<ValidationReport, 'issues'> & { issues: AdapterIssue[] };

/** The same options in every adapter (and in bindForm). Checked when the adapter is created: a malformed one, or a pointer the type does not have, throws with code `invalid_options` naming it. */
export interface AdapterOptions {
  /** Message language, or a function giving it (read at each check). */
  locale?: Locale | (() => Locale | undefined);
  /** The day the submission is made ("YYYY-MM-DD", a Date: its day in China time), or a function giving it (read at each check: e.g. the server's date). */
  asOf?: string | Date | (() => string | Date | undefined);
  /** The portal's own labels by JSON Pointer: messages use them. */
  labels?: { [pointer: string]: string };
  serviceHours?: [string, string][];
  /** JSON Pointer → the model's field, where they differ. Keys of the model the package does not know are the portal's own and never reported. */
  fields?: { [pointer: string]: ModelMapping };
  /** The one path for what the form library does not show: every report (warnings, notes, deadlines; errors without a control: `placed: false`). */
  onReport?: (report: AdapterReport) => void;
}

/** One async-validator rule (the shape of Element Plus's FormItemRule). */
export interface AsyncValidatorRule {
  /** What the core's form model requires now (Element Plus shows the asterisk). */
  readonly required: boolean;
  trigger?: string | string[];
  validator: (rule: any, value: any, callback: (errors?: Error[]) => void, source: any, options?: any) => void;
}

/** async-validator rules keyed by dotted field path; any dotted path is answered (list items such as "renyuan.0.xm" too). */
export type AsyncValidatorRules = { [field: string]: AsyncValidatorRule[] } & {
  /** Validate the form (`options.form`) and the whole model: false while any error remains, with a control on the page or not. */
  $validate(): Promise<boolean>;
  /** The report for the model now (also handed to onReport). */
  $report(): AdapterReport;
  /** The form model's state of a field by its name, for the model now: `applicable` false → hide or disable its form item. */
  $state(name: string): FieldStateLike | undefined;
  /** The mapping as given, pointer → name. */
  readonly $names: { [pointer: string]: string };
  $nameOf(pointer: string): string;
  $pointerOf(name: string): string;
};

/**
 * async-validator rules: `required` and `trigger` per field from the core's form model
 * (blur for text, change for choices, yes/no and dates). Give `form: () => formRef.value`
 * (Element Plus) for the model, the labels of its form items, the re-validation of the
 * fields whose checks read a changed field, and `placed`; or `model` when the form library
 * hands a validator only its own field.
 */
export function asyncValidatorRules(
  pkg: JinchengModule,
  typeId: ApplicationTypeId,
  options?: AdapterOptions & { model?: () => object; form?: () => unknown; trigger?: string | string[] },
): AsyncValidatorRules;

/** What react-hook-form passes a resolver (its ResolverOptions). */
export interface ResolverOptionsLike {
  criteriaMode?: 'firstError' | 'all';
  names?: readonly string[];
  fields?: { [name: string]: unknown };
  shouldUseNativeValidation?: boolean;
}

/** A react-hook-form `Resolver<T>`: errors at the model's own names, nested, field arrays as arrays; with the mapping. */
export type JinchengResolver<T> = ((
  values: T,
  context: unknown,
  options: ResolverOptionsLike,
) => Promise<{ values: T; errors: Record<string, never> } | { values: Record<string, never>; errors: Record<string, any> }>) & {
  /** The mapping as given, pointer → name. */
  readonly names: { [pointer: string]: string };
  nameOf(pointer: string): string;
  pointerOf(name: string): string;
};

/** A react-hook-form resolver, typed for the form's values: `useForm<Values>({ resolver: jinchengResolver(jincheng, typeId, options) })`. */
export function jinchengResolver<T extends Record<string, any> = Record<string, any>>(
  pkg: JinchengModule,
  typeId: ApplicationTypeId,
  options?: AdapterOptions & {
    /** What useForm returned: after a field is checked, the fields whose checks read it are validated again (`trigger`). */
    form?: () => { trigger(names: any): unknown } | undefined;
  },
): JinchengResolver<T>;

/** The Standard Schema v1 interface (standardschema.dev), written out so that no package is needed for it. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardSchemaV1.Result<Output> | Promise<StandardSchemaV1.Result<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}
export declare namespace StandardSchemaV1 {
  type Result<Output> = { readonly value: Output; readonly issues?: undefined } | { readonly issues: ReadonlyArray<Issue> };
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
  }
}

/** A Standard Schema (v1) of an application type, with the mapping: issues at the model's own paths (`['renyuan', 0, 'xm']`). */
export function standardSchema<T = Record<string, any>>(
  pkg: JinchengModule,
  typeId: ApplicationTypeId,
  options?: AdapterOptions,
): StandardSchemaV1<T, T> & {
  readonly names: { [pointer: string]: string };
  nameOf(pointer: string): string;
  pointerOf(name: string): string;
};

export type { Issue };
