/** A court data file that cannot be imported, with every problem found in it. */
export class CourtDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'CourtDataError';
  }
}
