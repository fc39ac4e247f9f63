import path from 'node:path';

/** Whether `target` is `folder` or lies under it, by path alone (neither need exist; links are not followed). */
export function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
