/** Orders pack versions ("1.2.0" < "1.10.0", "2.0.0-beta.1" < "2.0.0"); build metadata is ignored. */

function parts(version: string): { core: number[]; prerelease: string | undefined } {
  const [withoutBuild = ''] = version.split('+');
  const dash = withoutBuild.indexOf('-');
  const core = (dash === -1 ? withoutBuild : withoutBuild.slice(0, dash)).split('.').map(Number);
  return { core, prerelease: dash === -1 ? undefined : withoutBuild.slice(dash + 1) };
}

export function compareVersions(a: string, b: string): number {
  const left = parts(a);
  const right = parts(b);
  for (let i = 0; i < 3; i++) {
    const difference = (left.core[i] ?? 0) - (right.core[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  if (left.prerelease === right.prerelease) return 0;
  if (left.prerelease === undefined) return 1;
  if (right.prerelease === undefined) return -1;
  return left.prerelease.localeCompare(right.prerelease, 'en', { numeric: true });
}
