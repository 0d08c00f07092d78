// `dyad eval TASK GOLD [--pred FILE] [--json]`.
import { evaluate } from '../eval/index.js';
import { formatReport } from '../eval/report.js';

export async function evalCommand(
  task: string,
  gold: string,
  options: { pred?: string; json?: boolean },
): Promise<void> {
  const report = await evaluate(task, gold, options.pred ? { pred: options.pred } : {});
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
}
