import type { Language } from '../i18n/language.js';
import type { WorkshopIssue } from './workshop-issue.js';
import { messageEn } from './messages-en.js';
import { messagePtBr } from './messages-pt-br.js';

/** What a learner reads: the problem, then one concrete thing to try. */
export interface IssueText {
  readonly message: string;
  readonly hint: string;
}

/** The words for an issue in the learner's language. */
export function formatIssue(issue: WorkshopIssue, language: Language): IssueText {
  return language === 'pt-BR' ? messagePtBr(issue) : messageEn(issue);
}
