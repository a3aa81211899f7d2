import React, { type ReactNode } from 'react';

/** `text` with its `backticked` parts as <code>: the panel's texts name commands the way the pages do. */
export function withCode(text: string): ReactNode {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
