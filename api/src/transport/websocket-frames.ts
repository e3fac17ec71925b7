import type { Socket } from 'node:net';
import { WebSocket } from 'ws';
import type { ChangeSink, Framer } from '../changes/sink.js';
import { CloseCodes } from './close-codes.js';

/**
 * A final, unmasked text frame from server to client (RFC 6455, section 5.2) holding
 * `prefix + payload + "}"`: the payload bytes are shared by every subscriber of a cohort, only
 * the prefix (the operation id) is the subscriber's own.
 */
function nextFrame(prefix: Buffer, payload: Buffer): Buffer {
  const length = prefix.length + payload.length + 1;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x81; // FIN, opcode 1 (text)
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  prefix.copy(frame, headerLength);
  payload.copy(frame, headerLength + prefix.length);
  frame[frame.length - 1] = 0x7d; // "}"
  return frame;
}

/** The graphql-ws `next` frame of one operation id around the shared payload. */
export class GraphqlWsFramer implements Framer {
  private readonly prefix: Buffer;

  constructor(operationId: string) {
    this.prefix = Buffer.from(`{"id":${JSON.stringify(operationId)},"type":"next","payload":`);
  }

  frame(_eventId: number | string, payload: Buffer): Buffer {
    return nextFrame(this.prefix, payload);
  }
}

/**
 * The WebSocket as the fan-out writes to it: whole frames straight onto the TCP socket, a batch
 * per write, cut loose when it falls behind. Safe beside ws's own sender because compression is
 * off (ws then writes every frame synchronously and whole) and nothing is written once closing.
 */
export class WebSocketSink implements ChangeSink {
  // ws has no public access to its net.Socket; cork/uncork and raw writes need it.
  private readonly raw: Socket;

  constructor(private readonly socket: WebSocket) {
    this.raw = (socket as unknown as { _socket: Socket })._socket;
  }

  send(frame: Buffer): void {
    this.raw.write(frame);
  }

  cork(): void {
    this.raw.cork();
  }

  uncork(): void {
    this.raw.uncork();
  }

  bufferedBytes(): number {
    return this.socket.bufferedAmount;
  }

  isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  drained(): Promise<void> {
    return new Promise<void>((resolve) => {
      if (!this.isOpen() || this.socket.bufferedAmount === 0) return resolve();
      const done = () => {
        this.raw.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.raw.once('drain', done);
      this.socket.once('close', done);
    });
  }

  cutLoose(): void {
    this.socket.close(CloseCodes.SLOW_CONSUMER, 'Slow consumer: reconnect and resume with after');
  }
}
