/** Ends the run with one plain line, "Summary: N passed, N failed", after Jest's own summary. */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `Summary: ${results.numPassedTests} passed, ${results.numFailedTests} failed\n`;
    process.once("exit", () => process.stderr.write(line));
  }
}
