// The publishing thread's entry (publishVersionOnThread): piscina calls the default export with the task.
import { publishVersion, type PublishOutcome, type PublishTask } from './publish-version.js';

export default function run(task: PublishTask): Promise<PublishOutcome> {
  return publishVersion(task);
}
