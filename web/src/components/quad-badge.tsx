// The quad class of an event as a coloured dot and its name.
import { quadColor, quadLabel } from '../lib/colors';

export function QuadBadge({ quad }: { quad: number }) {
  return (
    <span class="badge">
      <span class="dot" style={{ background: quadColor(quad) }} aria-hidden="true" />
      {quadLabel(quad)}
    </span>
  );
}
