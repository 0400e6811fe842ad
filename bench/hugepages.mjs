// Benches run Node with glibc huge pages, as NumPy gets them: without them this VM charges
// about 16 us per first-touched 4 KiB page, which swamps any large allocation.
import { spawnSync } from 'node:child_process';

const TUNABLE = 'glibc.malloc.hugetlb=1';

/** Re-runs this script with GLIBC_TUNABLES set (and exits with its status), unless it is set. */
export function withHugePages() {
  if ((process.env.GLIBC_TUNABLES || '').includes(TUNABLE)) return;
  const env = { ...process.env, GLIBC_TUNABLES: [process.env.GLIBC_TUNABLES, TUNABLE].filter(Boolean).join(':') };
  const r = spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit', env });
  process.exit(r.status ?? 1);
}
