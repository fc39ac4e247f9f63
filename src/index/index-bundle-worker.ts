// A worker thread that indexes one bundle: each worker has its own Pagefind service, so two bundles are
// indexed at once on two cores.
import { parentPort, workerData } from 'node:worker_threads';
import { indexBundle, type BundleTask } from './index-bundle.ts';

const { outDir, bundle } = workerData as { outDir: string; bundle: BundleTask };
await indexBundle(outDir, bundle);
parentPort?.postMessage('done');
