// Every lab's definition, in order. A test compares this list with the folders under labs/ and names any
// lab that is missing here (or a definition without its folders).
import type { LabDefinition } from '../lab-definition.js';
import { lab as lab00 } from './00-setup.js';
import { lab as lab01 } from './01-deploy-consumer.js';
import { lab as lab02 } from './02-generate-load.js';
import { lab as lab03 } from './03-observe-iteratorage.js';
import { lab as lab04 } from './04-batch-size.js';
import { lab as lab05 } from './05-parallelization.js';
import { lab as lab06 } from './06-alarm.js';
import { lab as lab07 } from './07-poison-pill.js';
import { lab as lab08 } from './08-throttling.js';
import { lab as lab09 } from './09-redrive.js';
import { lab as lab10 } from './10-clean-up.js';

export const LAB_DEFINITIONS: readonly LabDefinition[] = [lab00, lab01, lab02, lab03, lab04, lab05, lab06, lab07, lab08, lab09, lab10];
