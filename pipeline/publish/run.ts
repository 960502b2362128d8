// The identity of one build, passed explicitly to every stage that needs it: no module-level settings, no clock.
import type { Quality } from '../evaluate/index.js';

export interface Run {
  /** The dataset version being built (from dataset.yaml). */
  version: string;
  /** When the sources were last changed: SOURCE_DATE_EPOCH, else their last commit; null when neither is known. */
  sourceDate: Date | null;
  /** The output folder; the version is written to `<outDir>/<version>/`. */
  outDir: string;
  /** The scores of the extractor that made this build on the project's evaluation set; absent without that set. */
  quality?: Quality;
}
