/**
 * Worker-thread entry: studies the texts it is sent, one at a time, and posts back each
 * outcome with the task's number. Loaded from the compiled dist/ next to worker-pool.js.
 */
import { parentPort } from 'node:worker_threads';
import { expectManyArticles, tagText } from '../analyze/nlp.js';
import { studyOne, type StudyTask } from './study-one.js';
import type { WorkerMessage } from './worker-pool.js';

parentPort?.on('message', (msg: WorkerMessage<StudyTask>) => {
  if ('id' in msg) parentPort!.postMessage({ id: msg.id, outcome: studyOne(msg.task) });
});

// The models loaded before the pool starts timing this worker's tasks (each has a budget).
expectManyArticles();
tagText('Warm up.');
parentPort?.postMessage({ ready: true });
