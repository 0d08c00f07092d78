// Writing to stdout with backpressure, so streaming output keeps memory constant.
import type { Writable } from 'node:stream';

export async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) {
    await new Promise<void>((resolve) => stream.once('drain', resolve));
  }
}
