/** CPU profiles taken in this process (node:inspector), written to bench/profiles/ and summarised. */
import { mkdir, writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'
import { formatTop, type CpuProfile } from './cpuprofile'
import { ROOT } from './env'

export const PROFILE_DIR = join(ROOT, 'bench', 'profiles')

/** Runs `work` under the V8 profiler; writes `<name>.cpuprofile` and returns the printable top frames. */
export async function profileInProcess(name: string, work: () => Promise<void>): Promise<string> {
  const session = new Session()
  session.connect()
  try {
    await session.post('Profiler.enable')
    await session.post('Profiler.setSamplingInterval', { interval: 200 })
    await session.post('Profiler.start')
    await work()
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile }
    await mkdir(PROFILE_DIR, { recursive: true })
    await writeFile(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile))
    return formatTop(`${name} (bench/profiles/${name}.cpuprofile)`, profile, 15)
  } finally {
    session.disconnect()
  }
}
