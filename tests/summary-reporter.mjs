/** Ends the run with one plain line, "Summary: N passed, N failed", for tools that read it. */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stderr.write(`Summary: ${results.numPassedTests} passed, ${results.numFailedTests} failed\n`);
  }
}
