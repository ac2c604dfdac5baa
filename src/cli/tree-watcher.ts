/**
 * Watches a folder tree by watching each folder (not each file). An editor that saves by writing a
 * copy and renaming it over the file replaces the file's inode: a watch on the file (what Node 20's
 * recursive fs.watch sets up on Linux) goes deaf after the first such save, while the folder's watch
 * keeps reporting the name. Folders made later are watched as they appear; removed ones are dropped.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface TreeWatcher {
  close(): void;
}

/**
 * Calls `onChange(absolutePath)` for every change under `root`. `skip(dir)` leaves a folder (and
 * everything below it) unwatched; `onError` is called when the root itself is gone or can no longer be watched.
 */
export function watchTree(root: string, skip: (dir: string) => boolean, onChange: (file: string) => void, onError: (error: Error) => void): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;

  const add = (dir: string): void => {
    if (closed || watchers.has(dir) || skip(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        if (dir === root && !isFolder(root)) {
          onError(new Error(root));
          return;
        }
        const abs = name === null ? dir : path.join(dir, String(name));
        // A new folder (or one renamed into place): watch it and what is already in it; a folder
        // removed or renamed away: forget its watcher, so one made again under that name is watched.
        if (isFolder(abs)) addTree(abs);
        else forget(abs);
        onChange(abs);
      });
    } catch (error) {
      if (dir === root) throw error;
      return; // gone already, or unreadable: nothing there to build from
    }
    watcher.on('error', (error) => {
      watcher.close();
      watchers.delete(dir);
      if (dir === root) onError(error);
    });
    watchers.set(dir, watcher);
  };

  const forget = (dir: string): void => {
    for (const [watched, watcher] of watchers) {
      if (watched !== root && (watched === dir || watched.startsWith(dir + path.sep))) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };

  const addTree = (dir: string): void => {
    add(dir);
    let entries: string[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      return;
    }
    for (const name of entries) addTree(path.join(dir, name));
  };

  addTree(root);
  return {
    close() {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function isFolder(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
