/**
 * The page's grading kernel: a kernel of its own (not the notebook's, whose variables stay
 * as they are), restarted before each submission so that each is graded in a fresh one, as
 * a student's first Check after opening the notebook. It reads files as the notebook's
 * kernel does (the notebook's folder and uploads: `prepare`, sent on each start). Disposed
 * when grading is done.
 */
import type { KernelClient } from '../kernel-client/kernel-client';
import type { GradingKernel } from './grade';

export class PageGradingKernel implements GradingKernel {
  private client: KernelClient | null = null;

  constructor(
    private readonly make: () => KernelClient,
    private readonly prepare: (client: KernelClient) => void,
  ) {}

  async fresh(): Promise<void> {
    if (!this.client) {
      const client = this.make();
      client.on((m) => m.type === 'ready' && this.prepare(client));
      this.client = client;
    } else await this.client.restart();
    await this.client.ready;
  }

  execute(code: string) {
    return this.client!.execute(code, { stopOnError: false });
  }

  interrupt(): void {
    this.client?.interrupt();
  }

  dispose(): void {
    this.client?.dispose();
    this.client = null;
  }
}
