import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InputError
} from "./chunk-R3RSZNU2.js";

// src/inputs/paths.ts
import { constants } from "node:fs";
import { access, open, realpath, stat } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
var VIRTUAL_ROOTS = ["/proc", "/sys", "/dev"];
function virtualRoot(path) {
  return VIRTUAL_ROOTS.find((root) => path === root || path.startsWith(`${root}${sep}`));
}
async function existingAncestor(path) {
  for (let current = path; ; current = dirname(current)) {
    const real = await realpath(current).catch(() => void 0);
    if (real !== void 0) return { path: current, real };
    if (dirname(current) === current) return { path: current, real: current };
  }
}
function refuseVirtual(label, path, real, expected) {
  const root = virtualRoot(path) ?? virtualRoot(real);
  if (root) {
    throw new InputError(
      `${label}: ${expected}, got ${path}${real !== path ? ` (\u2192 ${real})` : ""}, which is in ${root}, a kernel file system`
    );
  }
}
async function checkWritableDirectory(path, label) {
  const absolute = resolve(path);
  const expected = "expected a directory to write bundles in";
  const ancestor = await existingAncestor(absolute);
  refuseVirtual(label, absolute, ancestor.real, expected);
  const info = await stat(ancestor.real).catch((error) => {
    throw new InputError(`${label}: ${expected}, got ${absolute}, which cannot be read (${error.code})`);
  });
  if (!info.isDirectory()) {
    const what = ancestor.path === absolute ? absolute : `${absolute}, under ${ancestor.path}`;
    throw new InputError(`${label}: ${expected}, got ${what}, which is a file, not a directory`);
  }
  await access(ancestor.real, constants.W_OK).catch((error) => {
    throw new InputError(
      `${label}: ${expected}, got ${absolute}, where ${ancestor.path} cannot be written (${error.code})`
    );
  });
  return absolute;
}
async function checkNotVirtual(path, label, expected) {
  const absolute = resolve(path);
  const ancestor = await existingAncestor(absolute);
  refuseVirtual(label, absolute, ancestor.real, expected);
  return absolute;
}
async function readInputFile(path, label, options) {
  const absolute = await checkInputFile(path, label, options.expected);
  const handle = await open(absolute, "r");
  try {
    const { size } = await handle.stat();
    if (size > options.maxBytes) {
      throw new InputError(
        `${label}: ${options.expected} of at most ${options.maxBytes} bytes, got ${path} with ${size} bytes`
      );
    }
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}
async function checkInputFile(path, label, expected) {
  const absolute = resolve(path);
  const ancestor = await existingAncestor(absolute);
  refuseVirtual(label, absolute, ancestor.real, expected);
  const info = await stat(absolute).catch((error) => {
    throw new InputError(
      `${label}: ${expected}, got ${path}, which cannot be read (${error.code === "ENOENT" ? "no such file" : error.code})`
    );
  });
  if (!info.isFile()) {
    throw new InputError(
      `${label}: ${expected}, got ${path}, which is ${info.isDirectory() ? "a directory" : "not a regular file"}`
    );
  }
  await access(absolute, constants.R_OK).catch((error) => {
    throw new InputError(`${label}: ${expected}, got ${path}, which cannot be read (${error.code})`);
  });
  return absolute;
}

export {
  checkWritableDirectory,
  checkNotVirtual,
  readInputFile,
  checkInputFile
};
//# sourceMappingURL=chunk-2D54V7PT.js.map
