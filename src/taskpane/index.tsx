/**
 * Entry of the pane inside Word. taskpane.html loads Office.js from Microsoft's CDN first; we render once
 * Office is ready. Without Office.js (CDN blocked, page opened in a plain browser) the pane still renders and
 * says that Word was not found.
 */
import { createRoot } from "react-dom/client";
import { ThemedApp } from "./App";

let started = false;
function start() {
  if (started) return;
  started = true;
  const el = document.getElementById("root");
  if (el) createRoot(el).render(<ThemedApp />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  // Office.onReady also resolves outside Office (host null): the pane then says Word was not found.
  void Office.onReady(() => start());
} else {
  start();
}
