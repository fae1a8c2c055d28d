/**
 * Ends the run with one plain line, "Summary: N passed, N failed", after Jest's own summary. A file
 * that failed to run (an error outside its tests, such as its environment's leftover check) adds
 * "N file(s) failed to run", so the line never reads as green when Jest's exit code is not.
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const broken = results.numRuntimeErrorTestSuites;
    const line = `Summary: ${results.numPassedTests} passed, ${results.numFailedTests} failed${broken > 0 ? `, ${broken} file(s) failed to run` : ""}\n`;
    process.once("exit", () => process.stderr.write(line));
  }
}
