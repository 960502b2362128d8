// The worker thread's entry: piscina calls the default export with one task at a time.
import { processDocumentToFile, type DocumentResult, type DocumentTask } from './process-document.js';

export default function run(task: DocumentTask): Promise<DocumentResult> {
  return processDocumentToFile(task);
}
