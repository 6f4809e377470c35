import type { UpstreamDocument } from '../read/manifest.js';

/** A place in a table document, as shown in generated JSDoc and diagnostics. */
export interface SourceRef {
  /** Path relative to the project root, e.g. `tables/lts/status-codes.rst`. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One documented HTTP status code of a service. */
export interface StatusCodeEntry {
  readonly code: number;
  /** SCREAMING_SNAKE_CASE member name, unique within the service. */
  readonly name: string;
  /** The doc's message as written (whitespace folded). */
  readonly message: string;
  /** IANA's reason phrase, when the code is registered. */
  readonly ianaPhrase: string | undefined;
  /** Every description of the code, in document order. */
  readonly descriptions: readonly string[];
  /** Other messages other documents of the service give the code. */
  readonly otherMessages: readonly { readonly message: string; readonly source: SourceRef }[];
  /** Where the code is first documented. */
  readonly source: SourceRef;
}

/** The documented fields of one error code (a variant, where a code is documented more than once). */
export interface ErrorCodeDetails {
  /** HTTP status codes the error is returned with, ascending; empty when the doc names none. */
  readonly status: readonly number[];
  readonly message?: string;
  readonly description?: string;
  readonly solution?: string;
  /** Values of grouping columns ("Module", "Category", "Service"), e.g. `{ Module: "Public" }`. */
  readonly group?: Readonly<Record<string, string>>;
}

/** One documented service error code, such as `LTS.0009` or `AccessDenied`. */
export interface ErrorCodeEntry extends ErrorCodeDetails {
  /** The code exactly as documented. */
  readonly code: string;
  /** Enum member name: a valid identifier, unique within the service. */
  readonly name: string;
  /** Other documented variants of the same code whose content differs, in document order. */
  readonly variants: readonly ErrorCodeDetails[];
  /** Where the code is first documented. */
  readonly source: SourceRef;
}

/** Everything the generator knows about one service. */
export interface ServiceModel {
  /** Folder name in tables/, e.g. `lts`. */
  readonly key: string;
  /** PascalCase prefix of type names, e.g. `Lts`. */
  readonly typePrefix: string;
  /** UPPER_CASE prefix of constant names, e.g. `LTS`. */
  readonly constPrefix: string;
  readonly displayName: string;
  readonly documents: readonly UpstreamDocument[];
  /** Source files the service was built from, e.g. `tables/lts/status-codes.rst`. */
  readonly sourceFiles: readonly string[];
  /** Ascending by code. */
  readonly statusCodes: readonly StatusCodeEntry[];
  /** In document order. */
  readonly errorCodes: readonly ErrorCodeEntry[];
}

/** The whole catalog, services in key order. */
export interface Catalog {
  readonly services: readonly ServiceModel[];
}
