// Hosts a chart made by Observable Plot (or any DOM-building function) inside a Preact tree.
import { useEffect, useRef } from 'preact/hooks';

export function PlotFigure({
  make,
  label,
  deps,
}: {
  /** Builds the chart for the width available. */
  make: (width: number) => Element;
  label: string;
  deps: readonly unknown[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const chart = make(Math.max(320, host.clientWidth - 24));
    host.replaceChildren(chart);
    return () => chart.remove();
  }, deps);
  return <figure class="plot" ref={ref} role="img" aria-label={label} />;
}
