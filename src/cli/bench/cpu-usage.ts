/**
 * Loaded into a benchmarked build (`node --import`): at exit, writes the process's CPU time to
 * the file named by VUNG_BUOC_CPU. CPU time varies far less than wall time on a shared machine.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.VUNG_BUOC_CPU;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ user: user / 1000, system: system / 1000 }));
  });
}
