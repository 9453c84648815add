/**
 * The page's colours as Chart.js needs them (resolved rgb strings, not `light-dark()` variables),
 * read again when the theme changes: Settings → Appearance (data-theme on <html>) or the system's
 * light/dark switch. Canvas charts do not follow CSS by themselves.
 */
import { useEffect, useState } from 'react';

export interface ChartPalette {
  ink: string;
  muted: string;
  grid: string;
  series: string[];
}

/** Custom properties hold `light-dark(…)` unresolved: a probe element's computed colour resolves them. */
function resolve(variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  probe.style.display = 'none';
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

function readPalette(): ChartPalette {
  return {
    ink: resolve('--ink'),
    muted: resolve('--muted'),
    grid: resolve('--line'),
    series: [resolve('--accent'), resolve('--ok'), resolve('--warn'), resolve('--removed-ink')],
  };
}

export function useChartPalette(): ChartPalette {
  const [palette, setPalette] = useState(readPalette);
  useEffect(() => {
    const update = () => setPalette(readPalette());
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update);
    update();
    return () => {
      observer.disconnect();
      media.removeEventListener('change', update);
    };
  }, []);
  return palette;
}
