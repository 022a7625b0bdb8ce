import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ObjectExistsError
} from "./chunk-E2PLYZ6Q.js";

// src/store/local.ts
import { constants, createReadStream } from "node:fs";
import { copyFile, mkdir, readdir, stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
var LocalStore = class {
  location;
  constructor(root) {
    this.location = resolve(root);
  }
  uri(key) {
    return join(this.location, ...key.split("/"));
  }
  async put(key, file) {
    const target = this.uri(key);
    await mkdir(dirname(target), { recursive: true });
    try {
      await copyFile(file, target, constants.COPYFILE_EXCL);
    } catch (error) {
      if (error.code === "EEXIST") throw new ObjectExistsError(target);
      throw error;
    }
  }
  get(key) {
    return Promise.resolve(createReadStream(this.uri(key)));
  }
  async head(key) {
    const info = await stat(this.uri(key)).catch(() => void 0);
    return info?.isFile() ? { key, size: info.size } : void 0;
  }
  async *list(prefix) {
    const base = this.uri(prefix.replace(/\/[^/]*$/, ""));
    const entries = await readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
    const keys = [];
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const key = relative(this.location, join(entry.parentPath, entry.name)).split(sep).join("/");
      if (!key.startsWith(prefix) || key.split("/").some((part) => part.startsWith("."))) continue;
      keys.push({ key, size: (await stat(join(entry.parentPath, entry.name))).size });
    }
    yield* keys.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  }
};

export {
  LocalStore
};
//# sourceMappingURL=chunk-ASDM2U35.js.map
