/** Thrown when a text yields no usable article; `message` is a short human reason. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}
