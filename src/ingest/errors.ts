/** A file that cannot be read as a document; the message says why, for the user. */
export class IngestError extends Error {}
