// Runs in every test file (vitest setupFiles): its temporary folders go when the file is done.
import { afterAll } from 'vitest';
import { removeTempDirs } from '../temp-dir.js';

afterAll(removeTempDirs);
