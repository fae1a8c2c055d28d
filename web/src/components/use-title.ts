import { useEffect } from "react";

/** Sets the document title (announced by screen readers on navigation). */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Coalition explorer`;
  }, [title]);
}
