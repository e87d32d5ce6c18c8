/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: electron-builder require()s its hooks, and the scanner is a CommonJS package patched through Module._load. */
/**
 * electron-builder afterPack hook: flips the Electron fuses of the packaged binary, so that the shipped
 * app cannot be turned into a general Node runtime or debugged into (RunAsNode, NODE_OPTIONS and
 * --inspect off), only runs the code of its own asar, checked against its integrity hash, and encrypts
 * its cookies. Runs before signing (electron-builder signs after afterPack).
 */
const { join } = require('node:path')
const { FuseV1Options, FuseVersion, flipFuses } = require('@electron/fuses')

/** The fuses Hiwar ships with. test/main/packaging.test.ts asserts each one. */
const HIWAR_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true
}

/** The packaged Electron executable for the platform being built. */
function electronBinaryPath(context) {
  const name = context.packager.appInfo.productFilename
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`)
    case 'win32':
      return join(context.appOutDir, `${name}.exe`)
    default:
      return join(context.appOutDir, context.packager.executableName)
  }
}

async function afterPack(context, flip = flipFuses) {
  const binary = electronBinaryPath(context)
  await flip(binary, { ...HIWAR_FUSES, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' })
}

module.exports = afterPack
module.exports.default = afterPack
module.exports.HIWAR_FUSES = HIWAR_FUSES
module.exports.electronBinaryPath = electronBinaryPath
