import type { WorkshopIssue } from './workshop-issue.js';
import { messageEn } from './messages-en.js';

/**
 * The one error type the kit throws at learners. It carries a structured {@link WorkshopIssue};
 * the words come from `formatIssue(issue, language)`, so the same error reads well in pt-BR and en.
 * `message` holds the English text, for logs and for tests that do not pick a language.
 */
export class WorkshopError extends Error {
  override readonly name = 'WorkshopError';
  readonly issue: WorkshopIssue;

  constructor(issue: WorkshopIssue, options?: { readonly cause?: unknown }) {
    super(messageEn(issue).message, options);
    this.issue = issue;
  }

  get code(): WorkshopIssue['code'] {
    return this.issue.code;
  }
}

/** True when `value` is a {@link WorkshopError} (works across module copies, unlike `instanceof` alone). */
export function isWorkshopError(value: unknown): value is WorkshopError {
  return value instanceof WorkshopError || (value instanceof Error && value.name === 'WorkshopError' && 'issue' in value);
}
