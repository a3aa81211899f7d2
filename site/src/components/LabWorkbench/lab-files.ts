// The shape of site/src/generated/lab-files.json (written by site/scripts/generate-lab-files.ts from the lab
// definitions): each code lab's files as the in-browser panel shows them, and the text of every lab file.

/** One tab of a lab's panel. */
export interface LabFile {
  /** Where it lives in the repository (`labs/04-batch-size/handler.ts`, or `solutions/01-…/order-result.ts`). */
  readonly path: string;
  /** The learner's work (a file of the lab's definition), or read-only context (inherited from an earlier lab). */
  readonly edit: boolean;
  /** For a file to edit: the reference's path (`solutions/04-batch-size/handler.ts`). */
  readonly solutionPath?: string;
}

/** What the panel's duration control offers (from the lab definition, as `run NN --hours` reads it). */
export interface LabRunHours {
  /** The hours the lab's messages and page suggest (`run 07 --hours 26`), one click each. */
  readonly suggested: readonly number[];
  /** A lab with a long run (lab 03): `--hours` writes its load at this rate for all the hours. */
  readonly longRunRatePerSecond?: number;
}

export interface LabFiles {
  readonly id: string;
  readonly slug: string;
  /** The files to edit first, then the context. */
  readonly files: readonly LabFile[];
  readonly runHours: LabRunHours;
}

/** Packages a lab file may import in the browser (bundled by bundled-modules.ts), besides the kit's two entries and lab files. */
export const BROWSER_PACKAGES: readonly string[] = ['p-limit', '@aws-sdk/util-dynamodb', '@aws-lambda-powertools/batch'];

export interface LabFilesIndex {
  readonly labs: Readonly<Record<string, LabFiles>>;
  /** Code labs the panel cannot run yet, and the imports it lacks for them (e.g. a package not bundled). */
  readonly notInBrowser: Readonly<Record<string, readonly string[]>>;
  /** The text of every file under labs/ and solutions/ a code lab uses, by repository path. */
  readonly sources: Readonly<Record<string, string>>;
}

/** The file name shown on a tab: `handler.ts`, or `solutions/01-deploy-consumer/order-result.ts` for context. */
export function tabName(file: LabFile): string {
  return file.edit ? file.path.split('/').at(-1)! : file.path;
}
