/**
 * Worker-thread entry: studies the texts it is sent, one at a time, and posts back each
 * outcome with the task's number. Loaded from the compiled dist/ next to study-pool.js.
 */
import { parentPort } from 'node:worker_threads';
import { studyOne, type StudyTask } from './study-one.js';

export interface WorkerRequest {
  id: number;
  task: StudyTask;
}

parentPort?.on('message', (msg: WorkerRequest) => {
  parentPort!.postMessage({ id: msg.id, outcome: studyOne(msg.task) });
});
