import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../contract";

const COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** Severity as a coloured badge with its name in words (colour is never the only signal). */
export function SeverityBadge({ severity, label }: { severity: Severity; label: string }) {
  return (
    <Badge appearance="filled" color={COLOR[severity]} shape="rounded" size="medium" data-severity={severity}>
      {label}
    </Badge>
  );
}
